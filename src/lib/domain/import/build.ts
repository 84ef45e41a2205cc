/**
 * Turns the entries of any public list (as listings: one host's offer of one model) into the
 * person's own data: one model per join key, by its maker, joined to a model already in the
 * catalogue where a key or an alias matches (the catalogue's facts win), with its size where its
 * id, name or weights say it; one offer per host and variant, named "… via <host>"; and, for each
 * open model of known size that a device can hold, one offer to run it yourself (§9).
 */
import type { Catalogue, DateValue, Model, Offer, OfferRating, Price, Vendor } from '../catalogue';
import { LIST_NAMES, type Openness, type PublicList, type Task } from '../catalogue-terms';
import { memoryNeedGb } from '../memory';
import { joinKey, makeId, makerNameOf, UNKNOWN_MAKER, type Maker } from './join';
import { betterRelease, mergeOpenness, type Release } from './rules';
import { sizeOf } from './size';
import type { Alias, ImportContext, ImportCounts, OwnData } from './types';

/** One entry of a list, read: a host's offer of one model, with what the list says of both. */
export type Listing = {
	/** The model's join key (`kimi-k2.6`) and the host's variant (`free`). */
	key: string;
	variant?: string;
	/** The model's name without its maker's prefix ("Kimi K2.6"). */
	name: string;
	maker?: Maker;
	host: string;
	offerId: string;
	/** Ids earlier versions gave this entry's model (`or-moonshotai-kimi-k2.6`). */
	legacyModelIds: string[];
	price: Price;
	/** Free by the source's word, or a local runner's. */
	free: boolean;
	local: boolean;
	status: 'released' | 'legacy';
	preview?: true;
	retires?: DateValue;
	/** Its release date, stated, or only the day the list added it (`Release`). */
	released?: Release;
	task: Task;
	openness: Openness;
	url?: string;
	/**
	 * The model's weights as a Hugging Face id (`Qwen/Qwen3-8B`), where the list names them
	 * (OpenRouter's `hugging_face_id`): read for the model's size, and its weights page.
	 */
	weights?: string;
};

const words = (en: string, ar = en) => ({ en, ar });

/** A model's release date as the catalogue has it, and how it is known. */
function releaseOf(model: Model): Release | undefined {
	const date = model.dates.released;
	return date && { date, listed: model.dates.releasedFrom === 'listing' };
}

/** A model's dates with a release date: `releasedFrom` says only when it is a list's day. */
function withRelease(dates: Model['dates'], release: Release | undefined): Model['dates'] {
	if (!release) return dates;
	const { releasedFrom: _listing, ...rest } = dates;
	return release.listed
		? { ...rest, released: release.date, releasedFrom: 'listing' }
		: { ...rest, released: release.date };
}

/**
 * Whether a maker's name is only its id (`sao10k`, as earlier imports stored it, or `Sao10k`, its
 * id read as a name, `makerNameOf`: a list that gives no name for it), so that a list giving a
 * proper one (`Sao10K`) may name it.
 */
function bareName(name: string, id: string): boolean {
	return (name === name.toLowerCase() && makeId(name) === id) || name === makerNameOf(id);
}

/**
 * Ids of the models a person added (`AddModelForm`: `my-…`): a maker one of them is by was named
 * by the person, and no list renames it.
 */
const PERSON_MADE = /^my-/;

/**
 * A name without the note in brackets that ends it (`ChatGPT-4o-latest (2025-01-29)`): the
 * first `(` after the last `)` before the closing one, found by searching once, never by a
 * pattern tried at every position.
 */
function withoutEndNote(entry: string): string {
	const text = entry.trimEnd();
	const close = text.length - 1;
	if (text[close] !== ')') return entry;
	const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1);
	return open < 0 || open >= close ? entry : text.slice(0, open).trimEnd();
}

/** A board entry's join key: its name without a dated note (`ChatGPT-4o-latest (2025-01-29)`). */
const entryKey = (entry: string): string => joinKey(withoutEndNote(entry)).key;

/**
 * The names a maker's own API gives a shipped model, by the board entry each serves (join keys):
 * DeepSeek's API sells V3 as `deepseek-chat` and R1 as `deepseek-reasoner` (its pricing page,
 * the source of the shipped offers `deepseek-api` and `deepseek-api-r1`, FACTS.md).
 */
const API_NAMES: ReadonlyMap<string, string> = new Map([
	['deepseek-chat', 'deepseek-v3'],
	['deepseek-reasoner', 'deepseek-r1']
]);

/**
 * What an imported offer of a shipped model serves on the Chatbot Arena board, by the rule the
 * shipped offers follow (FACTS.md, "Ratings per offer"): the model's board entry its id names
 * (`gpt-4o-2024-05-13`, `deepseek-r1`, or by the maker's API name, `deepseek-chat`: `API_NAMES`);
 * else the rating the shipped offers of its kind that give this model alone agree on (an API
 * offer of `gpt-4o` serves the API's GPT-4o, 1265, never ChatGPT's 1377); else none, and the
 * chooser falls back to the model's best, as for any offer.
 */
export function shippedRating(
	key: string,
	kind: Offer['kind'],
	model: Model,
	shippedOffers: readonly Offer[]
): OfferRating | undefined {
	const entry = API_NAMES.get(key) ?? key;
	const named = model.arena?.find((e) => entryKey(e.entry) === entry);
	if (named) return { ...named };
	const ratings = shippedOffers
		.filter((o) => o.kind === kind && o.models.length === 1 && o.models[0] === model.id)
		.map((o) => o.rating);
	const first = ratings[0];
	const agree = ratings.every((r) => r?.entry === first?.entry && r?.score === first?.score);
	return first && agree ? { ...first } : undefined;
}

/** Finds models by id and by the aliases they list (join keys, ids of earlier imports). */
function modelIndex(models: readonly Model[]): Map<string, Model> {
	const index = new Map<string, Model>();
	for (const model of models) {
		for (const alias of model.aliases ?? []) if (!index.has(alias)) index.set(alias, model);
	}
	// Ids win over aliases.
	for (const model of models) index.set(model.id, model);
	return index;
}

/**
 * The most memory (GB, the 4-bit file's need, §9) a model may need for an "on your device" offer:
 * the largest graphics card's memory the chooser knows (§2, §9). DeepSeek R1 (671B,
 * about 432 GB) gets none; a 235B model (about 152 GB) gets one.
 */
export const DEVICE_OFFER_MAX_GB = 256;

/** The suffix of an "on your device" offer's id, as the shipped ones (`deepseek-local`). */
const DEVICE_SUFFIX = '-local';

/**
 * The id of a model's "on your device" offer: the model's id and `-local` (`qwen3-8b-local`), the
 * same on every import of any list, so the person's edits and notes on it stay. A list's own
 * offers always end in `-api`, so the two never meet; a model id too long for the suffix is cut
 * with a hash of the whole (`makeId`).
 */
export function deviceOfferId(modelId: string): string {
	const room = 80 - DEVICE_SUFFIX.length;
	return `${modelId.length <= room ? modelId : makeId(modelId, '', room)}${DEVICE_SUFFIX}`;
}

/** What running a model yourself brings, as the shipped offers say it. */
const RUNS_OFFLINE = words(
	'Runs offline; nothing leaves your device',
	'يعمل دون اتصال؛ لا يغادر شيء جهازك'
);

const HUGGING_FACE = 'https://huggingface.co/';

/**
 * How good a page is as the weights' "Get it" link, so the best one a model has is kept: the
 * Hugging Face page of its weights (2) before a Hugging Face search for its name (1).
 */
function pageRank(url: string): number {
	return url.startsWith(`${HUGGING_FACE}models?`) ? 1 : 2;
}

/**
 * The weights pages a listing gives its model (§9): the Hugging Face page of the weights the list
 * names (OpenRouter's `hugging_face_id`), and Hugging Face's search for the model's join key,
 * which lists its weights and their quantized files. models.dev and LiteLLM name no weights and
 * have no page of a model (models.dev's `doc` is its host's documentation, which the API offers
 * link to), so their models get the search. OpenRouter's own model page is not used: a model is
 * open by OpenRouter's word only when it names its weights, and one open by another list's word
 * gets the same search whichever list is imported first (the page of an earlier import stays
 * only when it is better, so the order would otherwise decide).
 */
function weightsPages(listing: Listing): string[] {
	return [
		...(listing.weights ? [`${HUGGING_FACE}${listing.weights}`] : []),
		`${HUGGING_FACE}models?search=${encodeURIComponent(listing.key)}`
	];
}

/**
 * Whether a model gets an "on your device" offer: open weights, a known size, and a need at 4
 * bits (all its parameters; an effective size as stated) of at most `DEVICE_OFFER_MAX_GB`.
 */
export function runsOnADevice(model: Pick<Model, 'openness' | 'parameters'>): boolean {
	const size = model.parameters?.totalB;
	return (
		model.openness === 'open-weights' &&
		size !== undefined &&
		memoryNeedGb(size) <= DEVICE_OFFER_MAX_GB
	);
}

function variantWords(variant: string | undefined): { en: string; ar: string } {
	if (!variant) return words('');
	if (variant === 'free') return words(' (free)', ' (مجاني)');
	return words(` (${variant})`);
}

/**
 * Builds the person's own data from listings. Models already in the catalogue (`context`) are
 * joined, never overwritten when shipped (`shipped`), and an offer of a shipped model is rated as
 * the shipped offers are (`shippedRating`); models of earlier imports are updated with what this
 * list adds (a stated release date replaces the day a list added the model). Offers keep their
 * ids, so a newer list updates them and the person's edits (kept apart, by id) still apply. A
 * maker is written only with a model by it, or to give a maker of an earlier import, named only
 * by its id, the proper name this list has for it.
 */
export function buildOwnData(
	listings: readonly Listing[],
	list: PublicList,
	context: ImportContext,
	shipped: Pick<Catalogue, 'vendors' | 'models' | 'offers'>
): { data: OwnData; counts: ImportCounts } {
	const index = modelIndex(context.models);
	const shippedIds = new Set(shipped.models.map((m) => m.id));
	const shippedMakers = new Set(shipped.vendors.map((v) => v.id));
	const before = new Map(context.vendors.map((v) => [v.id, v]));
	const namedByPerson = new Set(
		context.models.filter((m) => PERSON_MADE.test(m.id)).map((m) => m.vendor)
	);
	const vendors = new Map<string, Vendor>();
	const models = new Map<string, Model>();
	const offers = new Map<string, Offer>();
	const aliases = new Map<string, string>();
	/** The best weights page each model has in this list, by model id (`pageRank`). */
	const pages = new Map<string, string>();
	const keepBetter = (modelId: string, url: string) => {
		const kept = pages.get(modelId);
		if (kept === undefined || pageRank(url) > pageRank(kept)) pages.set(modelId, url);
	};
	const asOf = context.today;
	const source = LIST_NAMES[list];
	let joined = 0;
	/** Models new to the catalogue, and those already in it that this list gives ways to use. */
	const fresh = new Set<string>();
	const known = new Set<string>();

	/** The maker's id; a new maker is made, and one named only by its id gets a proper name. */
	const vendorOf = (maker: Maker | undefined): string => {
		const { id, name, ar } = maker ?? { id: UNKNOWN_MAKER.id, name: UNKNOWN_MAKER.name.en };
		const kept = vendors.get(id) ?? before.get(id);
		if (!kept) {
			vendors.set(id, { id, name: maker ? words(name, ar) : { ...UNKNOWN_MAKER.name } });
		} else if (
			maker &&
			!shippedMakers.has(id) &&
			!namedByPerson.has(id) &&
			kept.name.en === kept.name.ar &&
			// A name of its id alone ("acme") gets the list's; a maker an earlier import named in
			// Latin alone gets its Arabic name.
			((bareName(kept.name.en, id) && !bareName(name, id)) || (ar && kept.name.en === name))
		) {
			vendors.set(id, { id, name: words(name, ar) });
		}
		return id;
	};

	for (const listing of listings) {
		const madeId = makeId(listing.key);
		// A key too long for an id made its id with a hash: found by that id on a later import.
		const existing = index.get(listing.key) ?? index.get(madeId);
		const modelId = existing?.id ?? madeId;
		if (!modelId) continue;
		(existing ? known : fresh).add(modelId);
		let model = models.get(modelId);
		let rating: OfferRating | undefined;
		if (existing && shippedIds.has(existing.id)) {
			joined++;
			rating = shippedRating(
				listing.key,
				listing.local ? 'self-hosted' : 'api',
				existing,
				shipped.offers
			);
		} else {
			const base: Model = model ??
				existing ?? {
					id: modelId,
					name: words(listing.name),
					vendor: vendorOf(listing.maker),
					summary: words(`Imported from ${source}.`, `مستورد من ${source}.`),
					openness: 'unknown',
					licence: words('Not stated', 'غير مذكورة'),
					status: listing.status,
					dates: {},
					citations: [],
					publicRecord: []
				};
			if (existing) joined++;
			// A maker named only by its id (an earlier list's) gets this list's name for it.
			if (listing.maker?.id === base.vendor) vendorOf(listing.maker);
			const openness = mergeOpenness(base.openness, listing.openness);
			const released = betterRelease(releaseOf(base), listing.released);
			const task = base.task ?? (listing.task === 'chat' ? undefined : listing.task);
			// A size the catalogue has (an earlier import's, or the person's own) is kept. Sizes are
			// read whatever the openness: a size is a fact of the model, shown on its page, and a
			// model whose openness this list does not know may be open by another list's word.
			const parameters = base.parameters ?? sizeOf(listing.weights, listing.key, listing.name);
			model = {
				...base,
				// A model made by an unknown maker learns its maker from a list that knows it.
				vendor:
					base.vendor === UNKNOWN_MAKER.id && listing.maker ? vendorOf(listing.maker) : base.vendor,
				openness,
				licence:
					openness === base.openness
						? base.licence
						: openness === 'open-weights'
							? words('Open weights (licence as published)', 'أوزان مفتوحة (بالرخصة المنشورة)')
							: words('Closed weights', 'أوزان مغلقة'),
				// Released as soon as one host still serves it.
				status: base.status === 'released' || listing.status === 'released' ? 'released' : 'legacy',
				dates: withRelease(base.dates, released),
				...(task ? { task } : {}),
				...(parameters ? { parameters } : {})
			};
			models.set(modelId, model);
			for (const url of weightsPages(listing)) keepBetter(modelId, url);
		}
		for (const old of listing.legacyModelIds) {
			if (old !== modelId && index.has(old) && index.get(old)!.id === old)
				aliases.set(old, modelId);
		}
		const modelName = existing?.name ?? model?.name ?? words(listing.name);
		const variant = variantWords(listing.variant);
		const offer: Offer = {
			id: listing.offerId,
			name: words(
				`${modelName.en}${variant.en} via ${listing.host}`,
				`${modelName.ar}${variant.ar} عبر ${listing.host}`
			),
			kind: listing.local ? 'self-hosted' : 'api',
			models: [modelId],
			price: listing.local ? { type: 'monthly', usdPerMonth: 0 } : listing.price,
			runsOn: listing.local ? { place: 'device' } : { place: 'cloud' },
			status: listing.status,
			...(rating ? { rating } : {}),
			host: listing.host,
			...(listing.preview ? { preview: true as const } : {}),
			...(listing.retires ? { retires: listing.retires } : {}),
			list: { name: list, asOf },
			...(listing.url ? { url: listing.url } : {}),
			perks: [],
			claims: [],
			citations: [],
			publicRecord: []
		};
		offers.set(offer.id, offer);
	}

	const listed = [...offers.values()];
	const modelList = [...models.values()];
	// One per model, after the join (never one per host); none for a shipped model, which has
	// its own offers. A model a local runner serves gets one too: the runner's offer is that
	// host's ("… via LM Studio", its page the runner's), this one the model's own, with its weights.
	const pagesBefore = earlierPages(context.offers ?? []);
	const local = modelList.filter(runsOnADevice).map((model) => {
		const page = pages.get(model.id);
		const before = pagesBefore.get(model.id);
		// An earlier import's page stays when it is better than this list's (a models.dev import
		// never turns OpenRouter's Hugging Face page into a search); on a tie the newer list's wins.
		const url = before && (!page || pageRank(before) > pageRank(page)) ? before : page;
		return deviceOffer(model, url, list, asOf);
	});
	const isFree = (o: Offer) =>
		(o.price.type === 'per-use' && o.price.inputPerMTok === 0 && o.price.outputPerMTok === 0) ||
		(o.price.type === 'monthly' && o.price.usdPerMonth === 0);
	const alias: Alias[] = [...aliases].map(([from, to]) => ({ from, to }));
	// A maker made for a model that then learnt its maker ("unknown maker") is a maker of nothing.
	const makers = new Set(modelList.map((m) => m.vendor));
	const written = [...listed, ...local];
	return {
		data: {
			vendors: [...vendors.values()].filter((v) => makers.has(v.id) || before.has(v.id)),
			models: modelList,
			offers: written,
			edits: [],
			notes: [],
			favourites: [],
			aliases: alias
		},
		counts: {
			models: modelList.length,
			sized: modelList.filter((m) => m.parameters !== undefined).length,
			newModels: fresh.size,
			knownModels: known.size,
			offers: written.length,
			knownOffers: written.filter((o) => known.has(o.models[0]!)).length,
			selfHosted: local.length,
			hosts: new Set(listed.map((o) => o.host)).size,
			free: listed.filter(isFree).length,
			legacy: listed.filter((o) => o.status === 'legacy').length,
			joined,
			notChat: modelList.filter((m) => m.task !== undefined && m.task !== 'chat').length
		}
	};
}

/** The weights pages of the catalogue's "on your device" offers, by model id. */
function earlierPages(offers: readonly Offer[]): Map<string, string> {
	const pages = new Map<string, string>();
	for (const offer of offers) {
		const modelId = offer.models[0];
		if (modelId && offer.url && offer.id === deviceOfferId(modelId)) pages.set(modelId, offer.url);
	}
	return pages;
}

/**
 * A model's "on your device" offer (§9): "<model> on your device", free, on the
 * person's own device (its need comes from the model's size), with the model's status, its
 * weights page as its "Get it" link (`weightsPages`), and the list it came with.
 */
function deviceOffer(model: Model, url: string | undefined, list: PublicList, asOf: string): Offer {
	return {
		id: deviceOfferId(model.id),
		name: words(`${model.name.en} on your device`, `${model.name.ar} على جهازك`),
		kind: 'self-hosted',
		models: [model.id],
		price: { type: 'monthly', usdPerMonth: 0 },
		runsOn: { place: 'device' },
		status: model.status,
		list: { name: list, asOf },
		...(url ? { url } : {}),
		perks: [{ ...RUNS_OFFLINE }],
		claims: [],
		citations: [],
		publicRecord: []
	};
}
