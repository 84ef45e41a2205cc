/**
 * The chooser: catalogue + inputs → ranked recommendations with their reasons, the offers
 * that are not a fit (with every reason), the ones coming later, and, when nothing fits,
 * which single change of input would give results. The rules are PRODUCT.md §2's.
 *
 * Hard rules (any failure puts an offer in "Not a fit", with every failure as a reason):
 * - the device-fit table says "no" (see device-fit.ts), including cloud offers when the person
 *   wants to run on their own device only;
 * - closed weights when openness is `required` (an offer is open only when every model it
 *   gives has open weights);
 * - a monthly cost over the budget (per-use: usage × (half input + half output price));
 * - a price not announced when a budget is set.
 * Passing offers that are released or legacy are recommended; planned ones are recommended
 * when planned models are included, otherwise they are "Coming later".
 *
 * Ranking of recommendations (each key breaks the ties of the one before): released, planned,
 * legacy; open before closed (only when openness is `preferred`); lower monthly cost, unknown
 * last; device fit (fits, tight, unknown); lower minimum GPU memory (none counts as 0); newer
 * model (the offer's newest); id. Where the rules are silent: "Coming later" uses the same
 * order, and "Not a fit" puts the offers with the fewest failures first (the nearest misses),
 * then the same order.
 */
import type {
	DateValue,
	Localized,
	Model,
	Offer,
	Openness,
	Price,
	RunsOn,
	Status
} from './catalogue';
import { deviceFit, type DeviceFit, type FitLevel, type FitReason } from './device-fit';
import { DEFAULT_INPUTS, DEVICES, type ChooserInputs, type Device } from './inputs';

/** A reason is data: a code and its values. The UI says it in the person's language. */
export type Reason =
	| FitReason
	| { code: 'closed-weights' }
	| { code: 'open-weights' }
	| { code: 'closed' }
	| { code: 'free' }
	| { code: 'monthly-price'; costUsd: number }
	| {
			code: 'per-use-price';
			costUsd: number;
			usage: number;
			inputPerMTok: number;
			outputPerMTok: number;
	  }
	| { code: 'within-budget'; costUsd: number; budgetUsd: number }
	| { code: 'over-budget'; costUsd: number; budgetUsd: number }
	| { code: 'price-unknown' }
	| {
			code: 'versus-subscription';
			usage: number;
			costUsd: number;
			offer: Localized;
			subscription: Localized;
			subscriptionUsd: number;
			/** Million tokens a month at which both cost the same. */
			breakEvenUsage: number;
	  }
	| { code: 'planned'; expected?: DateValue }
	| { code: 'legacy' };

/** One way to use a model, judged against the inputs. */
export type Option = {
	offer: Offer;
	models: Model[];
	/** US$ a month at the person's usage; undefined when the price is not announced. */
	monthlyCost: number | undefined;
	openness: Openness;
	status: Status;
	fit: DeviceFit;
	/** Why it is where it is: cost, openness, device, status. */
	reasons: Reason[];
	/** The hard rules it breaks; empty unless it is in "Not a fit". */
	failures: Reason[];
};

/** One input changed to a value that would give results. */
export type InputChange =
	| { input: 'device'; to: Device }
	| { input: 'vramGb'; to: number }
	| { input: 'localOnly'; to: false }
	| { input: 'budget'; to: number | undefined }
	| { input: 'openness'; to: 'any' }
	| { input: 'includePlanned'; to: true };

/** What a change of one input would bring: how many options, and the best of them. */
export type Relaxation = { change: InputChange; count: number; best: Option };

export type Recommendation = {
	recommendations: Option[];
	notAFit: Option[];
	comingLater: Option[];
	/** Only when there are no recommendations: each single change that would give some. */
	relaxations: Relaxation[];
};

type CatalogueLike = { models: Model[]; offers: Offer[] };

/** US$ a month for an offer at a usage in million tokens a month; undefined if not announced. */
export function monthlyCost(price: Price, usage: number): number | undefined {
	switch (price.type) {
		case 'monthly':
			return price.usdPerMonth;
		case 'per-use':
			return perUseCost(usage, perMillion(price));
		case 'unknown':
			return undefined;
	}
}

/** US$ a million tokens, half input and half output. */
const perMillion = (price: { inputPerMTok: number; outputPerMTok: number }): number =>
	price.inputPerMTok / 2 + price.outputPerMTok / 2;

/** Rounded to a millionth of a dollar so float noise never decides a budget. */
const perUseCost = (usage: number, usdPerMillion: number): number =>
	Math.round(usage * usdPerMillion * 1e6) / 1e6;

const STATUS_RANK: Record<Status, number> = { released: 0, planned: 1, legacy: 2 };
const PLANNED = STATUS_RANK.planned;
const FIT_RANK: Record<FitLevel, number> = { fits: 0, tight: 1, unknown: 2, no: 3 };

/** A model's date as a number to compare: 2024-11 is 20241100; none is 0. */
function dateNumber(model: Model): number {
	const d = model.dates.released ?? model.dates.expected ?? model.dates.announced;
	if (!d) return 0;
	const [y = 0, m = 0, day = 0] = d.value.split('-').map(Number);
	return y * 10_000 + m * 100 + day;
}

/**
 * What stays the same for one catalogue whatever the inputs: resolved models, fixed keys, and
 * the price and place in one shape for every offer. Offers come in many shapes (optional
 * fields, imports); reading them in the hot loop would make every property read a slow one.
 */
type Prepared = {
	offer: Offer;
	/** 'monthly', 'per-use' or 'unknown', with the numbers of each (0 where not used). */
	priceType: Price['type'];
	usdPerMonth: number;
	usdPerMillion: number;
	runsOn: RunsOn;
	models: Model[];
	openness: Openness;
	/** The offer's newest model, as a date number. */
	newest: number;
	/** Minimum GPU memory; none counts as 0. */
	minGb: number;
	statusRank: number;
	/** The offer's place in the ranking's last keys (minimum GPU memory, newest model, id). */
	tail: number;
	expected: DateValue | undefined;
	/** For a per-use offer: the cheapest paid subscription that gives one of its models. */
	subscription: { offer: Offer; usd: number } | undefined;
};

const preparedCache = new WeakMap<
	readonly Offer[],
	{ models: readonly Model[]; list: Prepared[] }
>();

/** Resolves each offer's models once per catalogue; every later call with it reuses the work. */
function prepare(catalogue: CatalogueLike): Prepared[] {
	const hit = preparedCache.get(catalogue.offers);
	if (hit && hit.models === catalogue.models) return hit.list;
	const modelsById = new Map(catalogue.models.map((m) => [m.id, m]));
	const subscriptions = new Map<string, { offer: Offer; usd: number }>();
	for (const offer of catalogue.offers) {
		if (offer.kind !== 'subscription' || offer.price.type !== 'monthly') continue;
		const usd = offer.price.usdPerMonth;
		if (usd <= 0) continue;
		for (const id of offer.models) {
			const best = subscriptions.get(id);
			if (!best || usd < best.usd) subscriptions.set(id, { offer, usd });
		}
	}
	const list = catalogue.offers.map((offer): Prepared => {
		const models = offer.models.flatMap((id) => modelsById.get(id) ?? []);
		const expected = models.find((m) => m.dates.expected)?.dates.expected;
		const subscription =
			offer.price.type === 'per-use'
				? offer.models.flatMap((id) => subscriptions.get(id) ?? []).sort((a, b) => a.usd - b.usd)[0]
				: undefined;
		const { price, runsOn } = offer;
		const gpu = runsOn.place === 'gpu' ? runsOn : undefined;
		return {
			offer,
			priceType: price.type,
			usdPerMonth: price.type === 'monthly' ? price.usdPerMonth : 0,
			usdPerMillion: price.type === 'per-use' ? perMillion(price) : 0,
			runsOn: {
				place: runsOn.place,
				minGb: gpu?.minGb,
				comfortableGb: gpu?.comfortableGb
			} as RunsOn,
			models,
			openness:
				models.length > 0 && models.every((m) => m.openness === 'open-weights')
					? 'open-weights'
					: 'closed',
			newest: models.reduce((max, m) => Math.max(max, dateNumber(m)), 0),
			minGb: offer.runsOn.place === 'gpu' ? (offer.runsOn.minGb ?? 0) : 0,
			statusRank: STATUS_RANK[offer.status],
			tail: 0,
			expected,
			subscription
		};
	});
	// The last keys never change with the inputs: one number says where they put each offer.
	[...list]
		.sort((p, q) => p.minGb - q.minGb || q.newest - p.newest || compareIds(p, q))
		.forEach((p, i) => (p.tail = i));
	// Kept in the default answer's order: most inputs then sort a nearly sorted list, which
	// the engine's merge sort does in close to linear time.
	const { recommendations, notAFit, comingLater } = place(list, DEFAULT_INPUTS);
	const ordered = [...recommendations, ...notAFit, ...comingLater]
		.sort(compare)
		.map((j) => j.prepared);
	preparedCache.set(catalogue.offers, { models: catalogue.models, list: ordered });
	return ordered;
}

const NO_FAILURES: readonly Reason[] = Object.freeze([]);

// The hard rules an offer breaks, as bits: counting and sorting need no arrays.
const DEVICE = 1;
const CLOSED = 2;
const PRICE_UNKNOWN = 4;
const OVER_BUDGET = 8;

/** US$ a month for a prepared offer at a usage; undefined when the price is not announced. */
const costOf = (p: Prepared, usage: number): number | undefined =>
	p.priceType === 'monthly'
		? p.usdPerMonth
		: p.priceType === 'per-use'
			? perUseCost(usage, p.usdPerMillion)
			: undefined;

/** Which hard rules an offer breaks (PRODUCT.md §2), as bits; 0 when it breaks none. */
function broken(
	p: Prepared,
	inputs: ChooserInputs,
	cost: number | undefined,
	fit: DeviceFit
): number {
	let bits = fit.level === 'no' ? DEVICE : 0;
	if (p.openness === 'closed' && inputs.openness === 'required') bits |= CLOSED;
	if (inputs.budget !== undefined) {
		if (cost === undefined) bits |= PRICE_UNKNOWN;
		else if (cost > inputs.budget) bits |= OVER_BUDGET;
	}
	return bits;
}

/**
 * One offer judged against the inputs. It is the `Option` the UI reads, with its ranking
 * keys as plain numbers (so sorting compares numbers), and its failures and reasons worked out
 * when first read: at tens of thousands of offers, allocation is what costs.
 */
class Judged implements Option {
	// Declared, not defined: the constructor's assignments make the object's shape in one go.
	declare readonly monthlyCost: number | undefined;
	declare readonly fit: DeviceFit;
	/** The hard rules broken, as bits, and how many. */
	declare readonly broken: number;
	declare readonly failureCount: number;
	declare readonly statusRank: number;
	declare readonly openRank: number;
	declare readonly costKey: number;
	declare readonly fitRank: number;
	declare readonly tail: number;
	declare readonly prepared: Prepared;
	declare private inputs: ChooserInputs;
	declare private explained: Reason[] | undefined;
	declare private failed: Reason[] | undefined;

	constructor(
		p: Prepared,
		inputs: ChooserInputs,
		cost: number | undefined,
		fit: DeviceFit,
		bits: number
	) {
		this.monthlyCost = cost;
		this.fit = fit;
		this.broken = bits;
		this.failureCount = (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1) + ((bits >> 3) & 1);
		this.statusRank = p.statusRank;
		this.openRank = p.openness === 'closed' && inputs.openness === 'preferred' ? 1 : 0;
		this.costKey = cost ?? Infinity;
		this.fitRank = FIT_RANK[fit.level];
		this.tail = p.tail;
		this.prepared = p;
		this.inputs = inputs;
		this.explained = undefined;
		this.failed = undefined;
	}

	/** The hard rules it breaks, as reasons: device, openness, then price. */
	get failures(): Reason[] {
		if (this.failed) return this.failed;
		const bits = this.broken;
		if (bits === 0) return (this.failed = NO_FAILURES as Reason[]);
		const failures: Reason[] = [];
		if (bits & DEVICE) failures.push(this.fit.reason);
		if (bits & CLOSED) failures.push({ code: 'closed-weights' });
		if (bits & PRICE_UNKNOWN) failures.push({ code: 'price-unknown' });
		if (bits & OVER_BUDGET) {
			const { monthlyCost: costUsd = 0, inputs } = this;
			failures.push({ code: 'over-budget', costUsd, budgetUsd: inputs.budget ?? 0 });
		}
		return (this.failed = failures);
	}

	get offer(): Offer {
		return this.prepared.offer;
	}

	get models(): Model[] {
		return this.prepared.models;
	}

	get openness(): Openness {
		return this.prepared.openness;
	}

	get status(): Status {
		return this.prepared.offer.status;
	}

	get reasons(): Reason[] {
		return (this.explained ??= explain(this, this.prepared, this.inputs));
	}

	/** Plain data, for tests and anything that copies an option. */
	toJSON(): Option {
		const { offer, models, monthlyCost, openness, status, fit, failures, reasons } = this;
		return { offer, models, monthlyCost, openness, status, fit, failures, reasons };
	}
}

const compareIds = (p: Prepared, q: Prepared): number =>
	p.offer.id < q.offer.id ? -1 : p.offer.id > q.offer.id ? 1 : 0;

/**
 * The ranking of PRODUCT.md §2: each key breaks the ties of the one before; the last ones
 * (minimum GPU memory, newest model, id) are the prepared `tail`. Every key is a number on the
 * judged offer itself: sorting tens of thousands reads nothing else.
 */
function compare(a: Judged, b: Judged): number {
	return (
		a.statusRank - b.statusRank ||
		a.openRank - b.openRank ||
		(a.costKey === b.costKey ? 0 : a.costKey < b.costKey ? -1 : 1) ||
		a.fitRank - b.fitRank ||
		a.tail - b.tail
	);
}

/** Why an offer is where it is, in data: cost, openness, device, status. */
function explain(j: Judged, p: Prepared, inputs: ChooserInputs): Reason[] {
	const { offer } = p;
	const cost = j.monthlyCost;
	const reasons: Reason[] = [];
	if (cost === undefined) {
		if (inputs.budget === undefined) reasons.push({ code: 'price-unknown' });
	} else if (cost === 0) reasons.push({ code: 'free' });
	else if (offer.price.type === 'per-use') {
		reasons.push({
			code: 'per-use-price',
			costUsd: cost,
			usage: inputs.usage,
			inputPerMTok: offer.price.inputPerMTok,
			outputPerMTok: offer.price.outputPerMTok
		});
	} else reasons.push({ code: 'monthly-price', costUsd: cost });
	if (p.subscription && cost !== undefined && offer.price.type === 'per-use') {
		reasons.push({
			code: 'versus-subscription',
			usage: inputs.usage,
			costUsd: cost,
			offer: offer.name,
			subscription: p.subscription.offer.name,
			subscriptionUsd: p.subscription.usd,
			breakEvenUsage: Math.round((p.subscription.usd / p.usdPerMillion) * 10) / 10
		});
	}
	if (cost !== undefined && cost > 0 && inputs.budget !== undefined && cost <= inputs.budget) {
		reasons.push({ code: 'within-budget', costUsd: cost, budgetUsd: inputs.budget });
	}
	if (p.openness === 'open-weights') reasons.push({ code: 'open-weights' });
	else if (inputs.openness !== 'required') reasons.push({ code: 'closed' });
	if (j.fit.level !== 'no') reasons.push(j.fit.reason);
	if (offer.status === 'planned') {
		reasons.push(p.expected ? { code: 'planned', expected: p.expected } : { code: 'planned' });
	}
	if (offer.status === 'legacy') reasons.push({ code: 'legacy' });
	return reasons;
}

type Lists = { recommendations: Judged[]; notAFit: Judged[]; comingLater: Judged[] };

/**
 * Puts each offer in its list, unsorted. With `onlyRecommended`, only the recommendations are
 * made (the other lists stay empty): what trying a change of input needs.
 */
function place(
	prepared: readonly Prepared[],
	inputs: ChooserInputs,
	onlyRecommended = false
): Lists {
	const lists: Lists = { recommendations: [], notAFit: [], comingLater: [] };
	for (const p of prepared) {
		const cost = costOf(p, inputs.usage);
		const fit = deviceFit(p.runsOn, inputs);
		const bits = broken(p, inputs, cost, fit);
		const later = bits === 0 && p.statusRank === PLANNED && !inputs.includePlanned;
		if (onlyRecommended && (bits !== 0 || later)) continue;
		const j = new Judged(p, inputs, cost, fit, bits);
		if (bits !== 0) lists.notAFit.push(j);
		else if (later) lists.comingLater.push(j);
		else lists.recommendations.push(j);
	}
	return lists;
}

/** Sets one input to a new value, keeping the inputs valid (GPU memory only with a GPU). */
export function applyChange(inputs: ChooserInputs, change: InputChange): ChooserInputs {
	const next: ChooserInputs = { ...inputs, [change.input]: change.to };
	if (next.device !== 'gpu') delete next.vramGb;
	if (next.budget === undefined) delete next.budget;
	return next;
}

/** The single-input changes worth trying when nothing fits, in the form's order. */
function candidateChanges(
	catalogue: CatalogueLike,
	inputs: ChooserInputs,
	notAFit: Judged[]
): InputChange[] {
	const changes: InputChange[] = [];
	if (inputs.device !== undefined) {
		for (const device of DEVICES)
			if (device !== inputs.device) changes.push({ input: 'device', to: device });
	}
	if (inputs.device === 'gpu' && inputs.vramGb !== undefined) {
		const have = inputs.vramGb;
		const needs = catalogue.offers
			.map((o) =>
				o.runsOn.place === 'gpu' ? (o.runsOn.minGb ?? o.runsOn.comfortableGb) : undefined
			)
			.filter((gb): gb is number => gb !== undefined && gb > have && gb <= 256)
			.map(Math.ceil);
		if (needs.length > 0) changes.push({ input: 'vramGb', to: Math.min(...needs) });
	}
	if (inputs.localOnly) changes.push({ input: 'localOnly', to: false });
	if (inputs.budget !== undefined) {
		// The lowest whole-dollar budget that lets in an offer blocked by its cost alone.
		const blocked = notAFit
			.filter((o) => o.broken === OVER_BUDGET)
			.map((o) => Math.ceil(o.monthlyCost ?? Infinity))
			.filter((cost) => cost <= 10_000);
		if (blocked.length > 0) changes.push({ input: 'budget', to: Math.min(...blocked) });
		changes.push({ input: 'budget', to: undefined });
	}
	if (inputs.openness === 'required') changes.push({ input: 'openness', to: 'any' });
	if (!inputs.includePlanned) changes.push({ input: 'includePlanned', to: true });
	return changes;
}

/** Recommends offers for the inputs: the chooser's whole answer, deterministic. */
export function recommend(catalogue: CatalogueLike, inputs: ChooserInputs): Recommendation {
	const prepared = prepare(catalogue);
	const { recommendations, notAFit, comingLater } = place(prepared, inputs);
	recommendations.sort(compare);
	comingLater.sort(compare);
	notAFit.sort((a, b) => a.failureCount - b.failureCount || compare(a, b));
	const relaxations: Relaxation[] = [];
	if (recommendations.length === 0) {
		for (const change of candidateChanges(catalogue, inputs, notAFit)) {
			const changed = place(prepared, applyChange(inputs, change), true).recommendations;
			// Only the count and the best are needed: one pass, no sort.
			const best = changed.reduce<Judged | undefined>(
				(top, j) => (top === undefined || compare(j, top) < 0 ? j : top),
				undefined
			);
			if (!best) continue;
			const previous = relaxations.at(-1);
			// "No budget limit" says nothing new when raising the budget brings the same options.
			if (previous?.change.input === 'budget' && change.input === 'budget') {
				if (previous.count === changed.length) continue;
			}
			relaxations.push({ change, count: changed.length, best });
		}
	}
	return { recommendations, notAFit, comingLater, relaxations };
}

/** The hard rules an offer can break, as reason codes, in the order the form asks about them. */
export const FAILURE_CODES = [
	'runs-in-cloud',
	'needs-phone',
	'needs-computer',
	'needs-gpu',
	'gpu-too-small',
	'closed-weights',
	'over-budget',
	'price-unknown'
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** The options that break one rule, in "Not a fit" order. */
export type FailureGroup = { code: FailureCode; options: Option[] };

/**
 * "Not a fit" by the rule broken, for long lists: one group a rule, the largest first (ties in
 * the form's order). An option that breaks several rules is in each of their groups, so the
 * counts can add up to more than the list.
 */
export function groupByFailure(notAFit: readonly Option[]): FailureGroup[] {
	const groups = new Map<FailureCode, Option[]>();
	for (const option of notAFit) {
		for (const { code } of option.failures) {
			const group = groups.get(code as FailureCode);
			if (group) group.push(option);
			else groups.set(code as FailureCode, [option]);
		}
	}
	const order = (code: FailureCode) => FAILURE_CODES.indexOf(code);
	return [...groups]
		.map(([code, options]) => ({ code, options }))
		.sort((a, b) => b.options.length - a.options.length || order(a.code) - order(b.code));
}
