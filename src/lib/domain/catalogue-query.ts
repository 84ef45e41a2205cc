/**
 * The catalogue page's filters, search and sort: a link grammar like the chooser's
 * (`/models?open=open-weights&task=embedding&runs=gpu&device=gpu&vram=24&max=20&q=deepseek&sort=price`)
 * and the filtering itself. Defaults are left out when writing; unknown or malformed parameters fall
 * back to their defaults and are named, never shown as markup.
 *
 * Where the rules are silent: offers are filtered by every filter (an offer's openness is
 * open when all its models are, closed when any is, else not stated; it does what any of its
 * models does; its date is its newest model's); a model is shown when it matches the model
 * filters (openness, what it does, status, vendor, search) and, if any offer filter is set
 * (where it runs, runs on, kind, price), at least one of its offers matches those too. "Runs on"
 * (`device`, with `vram` for a card or `ram` for a phone or computer, as in the chooser's links)
 * means runs on that device itself: an offer is kept when the chooser's rule (§2, with "on my
 * device only", so cloud offers, which run anywhere, are not counted) says it fits or is tight,
 * or, with no memory given, that it needs no more than the largest such device gives. Prices are
 * compared as a month at 1 million tokens, the chooser's default usage (a partly known price
 * by its tokens); a price not announced sorts last both ways.
 */
import { foldName, searchMatcher, searchText } from './name-match';
import { inArabic, loadedSpelling, loadSpelling } from './spelling-load';
import { inSlices, sortSteps, STEP, whole, type Steps } from './steps';
import type {
	Catalogue,
	Fee,
	Model,
	Offer,
	OfferKind,
	Openness,
	Place,
	Status,
	Task
} from './catalogue';
import { OFFER_KINDS, OPENNESS, PLACES, STATUSES, TASKS } from './catalogue-terms';
import { deviceFit } from './device-fit';
import { DEVICES, LIMITS, takesRam, type Device } from './inputs';
import { readParams, readWhole } from './link-params';
import { offerNeed } from './memory';
import { modelTask, offerOpenness, offerStatus } from './offer-traits';
import { cheapestPrice } from './cheapest';
import { monthlyCost } from './pricing';
import type { Lang } from './lang';

export const SORTS = ['name', 'price', 'date'] as const;
export type SortKey = (typeof SORTS)[number];

export type CatalogueQuery = {
	openness?: Openness;
	/** What the models do: `chat`, or a task of models that do not chat; any when absent. */
	task?: Task;
	status?: Status;
	runs?: Place;
	/** Runs on this device itself (self-hosted, judged by its memory need); any when absent. */
	device?: Device;
	/** GB of the card's memory (VRAM), whole, 1–256; only with `device: 'gpu'`. */
	vramGb?: number;
	/** GB of the phone's or computer's memory (RAM), whole, 1–1,024; only with those devices. */
	ramGb?: number;
	kind?: OfferKind;
	/** Highest monthly price in US$, whole, within the chooser's budget (`LIMITS.budget`). */
	maxPrice?: number;
	vendor?: string;
	/** Free text, at most 100 characters. */
	q?: string;
	sort: SortKey;
	/** Ascending by default; prices cheapest first, dates newest first when descending. */
	desc: boolean;
	/** Only the person's favourites. */
	fav: boolean;
};

export const defaultCatalogueQuery = (): CatalogueQuery => ({
	sort: 'name',
	desc: false,
	fav: false
});

const MAX_Q = 100;

function pick<T extends string>(list: readonly T[], value: string): T | undefined {
	return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The shape of a catalogue id: what a maker named in a link may be before the makers are known. */
const ID_SHAPE = /^[a-z0-9][a-z0-9.-]{0,79}$/;

/**
 * Reads the page's query string with the shared link rules (`link-params.ts`; `lang` is the
 * locale's, so it passes silently, and so does `fav=0`); never throws. `vendors` are the ids
 * that exist, or `undefined` while the person's own makers are still loading: then a maker of
 * the shape of an id is kept as given, to be checked once they are known.
 */
export function decodeCatalogueQuery(
	search: string,
	vendors: readonly string[] | undefined
): { query: CatalogueQuery; ignored: string[] } {
	const query = defaultCatalogueQuery();
	const { ignored } = readParams(search, {
		silent: ['lang'],
		defaults: { fav: '0' },
		// Memory is VRAM or RAM by the device, wherever `device` stands in the link.
		first: ['device'],
		handle(name, value) {
			switch (name) {
				case 'open':
					query.openness = pick(OPENNESS, value);
					return query.openness !== undefined;
				case 'task':
					query.task = pick(TASKS, value);
					return query.task !== undefined;
				case 'status':
					query.status = pick(STATUSES, value);
					return query.status !== undefined;
				case 'runs':
					query.runs = pick(PLACES, value);
					return query.runs !== undefined;
				case 'device':
					query.device = pick(DEVICES, value);
					return query.device !== undefined;
				case 'vram':
					if (query.device !== 'gpu') return false;
					query.vramGb = readWhole(value, LIMITS.vram.min, LIMITS.vram.max);
					return query.vramGb !== undefined;
				case 'ram':
					if (!takesRam(query.device)) return false;
					query.ramGb = readWhole(value, LIMITS.ram.min, LIMITS.ram.max);
					return query.ramGb !== undefined;
				case 'kind':
					query.kind = pick(OFFER_KINDS, value);
					return query.kind !== undefined;
				case 'max':
					query.maxPrice = readWhole(value, LIMITS.budget.min, LIMITS.budget.max);
					return query.maxPrice !== undefined;
				case 'vendor':
					query.vendor = vendors ? pick(vendors, value) : ID_SHAPE.test(value) ? value : undefined;
					return query.vendor !== undefined;
				case 'q': {
					const text = value.trim();
					if (text.length === 0 || text.length > MAX_Q) return false;
					query.q = text;
					return true;
				}
				case 'sort': {
					const [key, order] = value.split('-');
					const sort = pick(SORTS, key ?? '');
					if (sort === undefined || (order !== undefined && order !== 'desc')) return false;
					query.sort = sort;
					query.desc = order === 'desc';
					return true;
				}
				case 'fav':
					query.fav = value === '1';
					return query.fav;
				default:
					return false;
			}
		}
	});
	for (const key of Object.keys(query) as (keyof CatalogueQuery)[]) {
		if (query[key] === undefined) delete query[key];
	}
	return { query, ignored };
}

/** Writes the query as a query string (`` for the defaults); `lang` when the person chose one. */
export function encodeCatalogueQuery(query: CatalogueQuery, lang?: Lang): string {
	const params = new URLSearchParams();
	if (query.openness) params.set('open', query.openness);
	if (query.task) params.set('task', query.task);
	if (query.status) params.set('status', query.status);
	if (query.runs) params.set('runs', query.runs);
	if (query.device) params.set('device', query.device);
	if (query.device === 'gpu' && query.vramGb !== undefined) {
		params.set('vram', String(query.vramGb));
	}
	if (takesRam(query.device) && query.ramGb !== undefined) params.set('ram', String(query.ramGb));
	if (query.kind) params.set('kind', query.kind);
	if (query.maxPrice !== undefined) params.set('max', String(query.maxPrice));
	if (query.vendor) params.set('vendor', query.vendor);
	if (query.q) params.set('q', query.q);
	if (query.sort !== 'name' || query.desc) {
		params.set('sort', `${query.sort}${query.desc ? '-desc' : ''}`);
	}
	if (query.fav) params.set('fav', '1');
	if (lang) params.set('lang', lang);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** A model row: the model and what the table shows of it. */
export type ModelRow = {
	model: Model;
	/** Its cheapest offer's monthly price at 1 million tokens (a fully known one on a tie). */
	price: number | undefined;
	/** That offer's fees beyond its tokens, when its price is partly known. */
	fees?: Fee[];
	date: string;
	offers: Offer[];
};
/** An offer row: the offer, its models, and its monthly price at 1 million tokens. */
export type OfferRow = {
	offer: Offer;
	models: Model[];
	price: number | undefined;
	openness: Openness;
	/** Its status as the chooser reads it: never more available than its models (`offerStatus`). */
	status: Status;
	date: string;
};

/** A model's date for sorting: released, else expected, else announced (`` when none). */
export function modelDate(model: Model): string {
	const d = model.dates.released ?? model.dates.expected ?? model.dates.announced;
	return d?.value ?? '';
}

/** Search folds names as people mean them: case, diacritics, Arabic letter forms (`foldName`). */
const fold = foldName;

/**
 * One collator per language, made once: creating one per comparison dominates a big sort. Numbers
 * in names sort by their value ("Gemma 3 1B" before "Gemma 3 12B", "GPT-2" before "GPT-10").
 */
const collators = new Map<string, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
	let found = collators.get(lang);
	if (!found) collators.set(lang, (found = new Intl.Collator(lang, { numeric: true })));
	return found;
}

/** Each catalogue's offers by model id, worked out once per catalogue (its offers array). */
const offerIndexes = new WeakMap<readonly Offer[], Map<string, Offer[]>>();

function* offersByModelSteps(offers: readonly Offer[]): Steps<Map<string, Offer[]>> {
	let index = offerIndexes.get(offers);
	if (index) return index;
	index = new Map();
	for (let i = 0; i < offers.length; i++) {
		const offer = offers[i]!;
		for (const id of new Set(offer.models)) {
			const list = index.get(id);
			if (list) list.push(offer);
			else index.set(id, [offer]);
		}
		if (i % (STEP * 4) === STEP * 4 - 1) yield;
	}
	offerIndexes.set(offers, index);
	return index;
}

/** The offers that serve each model, in catalogue order: one pass, kept while the catalogue is. */
export function offersByModel(offers: readonly Offer[]): ReadonlyMap<string, Offer[]> {
	return whole(offersByModelSteps(offers));
}

type QueryCatalogue = Pick<Catalogue, 'models' | 'offers' | 'vendors'>;

/**
 * A row with its folded search text, and that text's sound string (`latinSound`) once a query in
 * Arabic letters asked for it.
 */
type Entry<R> = { row: R; text: string; sound?: string };

/**
 * What every query of one catalogue needs and no filter changes, worked out once: each offer's
 * row (its models, price, openness, date), each model's offers and cheapest price, the folded
 * search text of each record, and the rows in each order asked for so far. Kept while the
 * catalogue's arrays are the same ones (a changed catalogue comes as new arrays).
 */
type Prepared = {
	of: QueryCatalogue;
	offers: Entry<OfferRow>[];
	models: Entry<ModelRow>[];
	/** The rows sorted, by `lang sort desc`: a query keeps the rows it wants in that order. */
	orders: Map<string, Order>;
	/** Whether every row has its sound string. */
	sounded: boolean;
};
/** The rows in one order. */
type Order = { offers: Entry<OfferRow>[]; models: Entry<ModelRow>[] };
const preparedQueries = new WeakMap<readonly Offer[], Prepared>();

/** The catalogue's prepared rows, if they are worked out already. */
function preparedOf(catalogue: QueryCatalogue): Prepared | undefined {
	const found = preparedQueries.get(catalogue.offers);
	return found && found.of.models === catalogue.models && found.of.vendors === catalogue.vendors
		? found
		: undefined;
}

function* prepareSteps(catalogue: QueryCatalogue): Steps<Prepared> {
	const found = preparedOf(catalogue);
	if (found) return found;
	const modelsById = new Map(catalogue.models.map((m) => [m.id, m]));
	const vendorNames = new Map(catalogue.vendors.map((v) => [v.id, `${v.name.en} ${v.name.ar}`]));
	// Names and ids are each searched joined up too (`searchText`); a maker's name as it is. An
	// imported record's name is most often the same in both languages: folded once.
	const text = (names: { en: string; ar: string }, others: readonly string[], maker: string) =>
		searchText(
			[fold(names.en), ...(names.ar === names.en ? [] : [fold(names.ar)]), ...others.map(fold)],
			fold(maker)
		);
	const offers: Entry<OfferRow>[] = [];
	for (const offer of catalogue.offers) {
		const models = offer.models.flatMap((id) => modelsById.get(id) ?? []);
		let date = '';
		for (const model of models) if (modelDate(model) > date) date = modelDate(model);
		const row = {
			offer,
			models,
			price: monthlyCost(offer.price, 1),
			openness: offerOpenness(models),
			status: offerStatus(offer, models),
			date
		};
		const makers = models.map((m) => vendorNames.get(m.vendor) ?? '').join(' ');
		offers.push({
			row,
			text: text(offer.name, [offer.id, ...models.map((m) => m.name.en)], makers)
		});
		if (offers.length % STEP === 0) yield;
	}
	const offersOf = yield* offersByModelSteps(catalogue.offers);
	const models: Entry<ModelRow>[] = [];
	for (const model of catalogue.models) {
		const served = offersOf.get(model.id) ?? [];
		const cheapest = cheapestPrice(served);
		const row = {
			model,
			offers: served,
			price: cheapest?.usd,
			...(cheapest?.fees && { fees: cheapest.fees }),
			date: modelDate(model)
		};
		// Its aliases too: the ids a public list or an API gives it ("gpt-4o-2024-08-06").
		models.push({
			row,
			text: text(
				model.name,
				[model.id, ...(model.aliases ?? [])],
				vendorNames.get(model.vendor) ?? ''
			)
		});
		if (models.length % STEP === 0) yield;
	}
	const prepared: Prepared = { of: catalogue, offers, models, orders: new Map(), sounded: false };
	preparedQueries.set(catalogue.offers, prepared);
	return prepared;
}

/**
 * The rows in the order a query asks for, worked out once per order: by name in `lang` (then
 * id), by date, or by monthly price (not announced last both ways), each ascending or
 * descending, ties by name ascending.
 */
function* orderedSteps(prepared: Prepared, lang: Lang, sort: SortKey, desc: boolean): Steps<Order> {
	const key = `${lang} ${sort} ${desc}`;
	const known = prepared.orders.get(key);
	if (known) return known;
	const { compare: byName } = collator(lang);
	const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const flip = desc ? -1 : 1;
	type Sortable = { price: number | undefined; date: string };
	const primary = (a: Sortable, b: Sortable): number => {
		if (sort === 'price') {
			// A price not announced is last whichever way prices sort.
			if ((a.price === undefined) !== (b.price === undefined))
				return a.price === undefined ? 2 : -2;
			const [pa, pb] = [a.price ?? 0, b.price ?? 0];
			return Math.sign(pa - pb) * flip;
		}
		if (sort === 'date') return (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) * flip;
		return 0;
	};
	function* sortBy<R extends Sortable>(
		entries: Entry<R>[],
		record: (row: R) => { id: string; name: { en: string; ar: string } }
	): Steps<Entry<R>[]> {
		// Only what the comparison reads (a record's every field, copied for tens of thousands of
		// rows at once, made a long task), a step at a time.
		const keyed: { entry: Entry<R>; id: string; name: { en: string; ar: string } }[] = [];
		for (const entry of entries) {
			const { id, name } = record(entry.row);
			keyed.push({ entry, id, name });
			if (keyed.length % STEP === 0) yield;
		}
		const sorted = yield* sortSteps(keyed, (a, b) => {
			const first = primary(a.entry.row, b.entry.row);
			if (first) return first;
			const names = byName(a.name[lang], b.name[lang]) * (sort === 'name' ? flip : 1);
			return names || byId(a.id, b.id);
		});
		return sorted.map(({ entry }) => entry);
	}
	const order = {
		offers: yield* sortBy(prepared.offers, (r) => r.offer),
		models: yield* sortBy(prepared.models, (r) => r.model)
	};
	prepared.orders.set(key, order);
	return order;
}

/**
 * Each row's sound string, worked out once per catalogue when the first query in Arabic letters
 * comes (never for Latin ones); stopped and resumed, it takes up where it was.
 */
function* soundSteps(prepared: Prepared, read: (folded: string) => string): Steps<void> {
	if (prepared.sounded) return;
	let done = 0;
	for (const entries of [prepared.offers, prepared.models] as Entry<unknown>[][]) {
		for (const entry of entries) {
			if (entry.sound !== undefined) continue;
			entry.sound = read(entry.text);
			if (++done % STEP === 0) yield;
		}
	}
	prepared.sounded = true;
}

/** Up to this many models and offers together, a catalogue is prepared at once when queried. */
export const QUERY_AT_ONCE_UP_TO = 2000;

/**
 * Whether `queryCatalogue` can answer at once for this catalogue, order and search `q`: what it
 * needs is worked out already (`prepareCatalogueQuery`), or the catalogue is small enough to work
 * it out within a frame (`QUERY_AT_ONCE_UP_TO`). Once the reading of Latin names by sound has
 * loaded, a search in Arabic letters in a big catalogue also needs the rows' sound strings.
 */
export function canQueryAtOnce(
	catalogue: QueryCatalogue,
	options: { lang: Lang; sort: SortKey; desc: boolean; q?: string }
): boolean {
	if (catalogue.models.length + catalogue.offers.length <= QUERY_AT_ONCE_UP_TO) return true;
	const prepared = preparedOf(catalogue);
	if (!prepared?.orders.has(`${options.lang} ${options.sort} ${options.desc}`)) return false;
	return !loadedSpelling() || !inArabic(options.q) || prepared.sounded;
}

/**
 * Works out, in slices that give the page its turn between them (each about 12 ms), what
 * `queryCatalogue` needs for this catalogue, order and search `q`, so that a big catalogue's
 * first show never blocks the page for long; afterwards `canQueryAtOnce` is true and a query
 * costs one pass over the rows. A search in Arabic letters first loads the reading of Latin names
 * by sound (`loadSpelling`), then works out the rows' sound strings. Resolves when done, or as
 * soon as `signal` aborts (then some of it may be left).
 */
export async function prepareCatalogueQuery(
	catalogue: QueryCatalogue,
	options: { lang: Lang; sort: SortKey; desc: boolean; q?: string },
	signal?: AbortSignal
): Promise<void> {
	await loadSpelling(options.q);
	const read = inArabic(options.q) ? loadedSpelling()?.latinSound : undefined;
	await inSlices(
		(function* () {
			const prepared = yield* prepareSteps(catalogue);
			yield* orderedSteps(prepared, options.lang, options.sort, options.desc);
			if (read) yield* soundSteps(prepared, read);
		})(),
		signal
	);
}

/**
 * Filters and sorts the catalogue for the page; names sort in the given language. Everything
 * that does not depend on the filters is worked out once per catalogue and order
 * (`prepareSteps`, `orderedSteps`; in slices beforehand with `prepareCatalogueQuery`), so a keystroke costs one pass over the rows in the order already made.
 * The search keeps a record whose folded text holds the folded query, or each of its words at
 * the start of a word (`searchMatcher`: "gpt 4o" finds "gpt-4o"); a query in Arabic
 * letters also keeps one whose Latin names it spells (`spellingMatcher`), once that reading is
 * loaded (`loadSpelling`).
 */
export function queryCatalogue(
	catalogue: QueryCatalogue,
	asked: CatalogueQuery,
	options: { favourites?: ReadonlySet<string>; lang: Lang }
): { models: ModelRow[]; offers: OfferRow[] } {
	// Read once: a page's query is a reactive proxy, and reading it for each of tens of thousands of
	// rows cost more than the filtering itself.
	const query = { ...asked };
	const favourites = options.favourites ?? new Set<string>();
	const prepared = whole(prepareSteps(catalogue));
	const order = whole(orderedSteps(prepared, options.lang, query.sort, query.desc));
	const matches = query.q ? searchMatcher(query.q) : undefined;
	const spelling = loadedSpelling();
	const spelled = query.q && spelling ? spelling.spellingMatcher(query.q) : undefined;
	if (spelled && spelling) whole(soundSteps(prepared, spelling.latinSound));
	const found = (entry: Entry<unknown>) =>
		!matches || matches(entry.text) || (spelled !== undefined && spelled(entry.text, entry.sound!));
	const offerFilters = query.runs || query.device || query.kind || query.maxPrice !== undefined;
	// Each offer is judged once; a model is kept when one of its offers passes.
	const passes = new Set<Offer>();
	if (offerFilters) {
		for (const { row } of prepared.offers) {
			if (offerMatchesFilters(row.offer, row.models, query)) passes.add(row.offer);
		}
	}
	const offers: OfferRow[] = [];
	for (const entry of order.offers) {
		const { row } = entry;
		const { offer, models, openness } = row;
		const ok =
			(!offerFilters || passes.has(offer)) &&
			(!query.openness || openness === query.openness) &&
			(!query.task || models.some((m) => modelTask(m) === query.task)) &&
			(!query.status || row.status === query.status) &&
			(!query.vendor || models.some((m) => m.vendor === query.vendor)) &&
			(!query.fav || favourites.has(`offer:${offer.id}`)) &&
			found(entry);
		if (ok) offers.push(row);
	}
	const models: ModelRow[] = [];
	for (const entry of order.models) {
		const { row } = entry;
		const { model } = row;
		const ok =
			(!query.openness || model.openness === query.openness) &&
			(!query.task || modelTask(model) === query.task) &&
			(!query.status || model.status === query.status) &&
			(!query.vendor || model.vendor === query.vendor) &&
			(!offerFilters || row.offers.some((o) => passes.has(o))) &&
			(!query.fav || favourites.has(`model:${model.id}`)) &&
			found(entry);
		if (ok) models.push(row);
	}
	return { models, offers };
}

/** Whether an offer matches the offer filters alone (where it runs, runs on, kind, price). */
function offerMatchesFilters(
	offer: Offer,
	models: readonly Model[],
	query: CatalogueQuery
): boolean {
	const price = monthlyCost(offer.price, 1);
	return (
		(!query.runs || offer.runsOn.place === query.runs) &&
		(!query.kind || offer.kind === query.kind) &&
		(query.maxPrice === undefined || (price !== undefined && price <= query.maxPrice)) &&
		(!query.device || runsOnDevice(offer, models, query.device, query))
	);
}

/**
 * Whether an offer runs on the device itself, by the chooser's rule with "on my device only":
 * it fits or is tight, or, with no memory given, its need is within what such a device can give.
 * Cloud offers run anywhere, so they say nothing of the device and are left out.
 */
export function runsOnDevice(
	offer: Pick<Offer, 'runsOn'>,
	models: readonly Pick<Model, 'parameters'>[],
	device: Device,
	memory: { vramGb?: number; ramGb?: number }
): boolean {
	const fit = deviceFit(offer.runsOn, offerNeed(offer.runsOn, models), {
		device,
		vramGb: memory.vramGb,
		ramGb: memory.ramGb,
		localOnly: true
	});
	return fit.level === 'fits' || fit.level === 'tight' || fit.reason.code === 'memory-not-given';
}
