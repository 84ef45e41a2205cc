/**
 * The chooser: catalogue + inputs → the answer (one pick for each way of using a model), ranked
 * recommendations with their reasons, the offers that are not a fit (with every reason), the ones
 * coming later, and, when nothing fits, which single change of input would give results. The
 * rules are §2's.
 *
 * Hard rules (any failure puts an offer in "Not a fit", with every failure as a reason):
 * - the device-fit table says "no" (see device-fit.ts), including cloud offers when the person
 *   wants to run on their own device only;
 * - weights not known to be open when openness is `required`: closed (an offer is closed when
 *   any model it gives is), or not stated (a public list did not say), each its own reason (an
 *   offer is open only when every model it gives has open weights);
 * - an offer of another kind than "What for" asks (`app`: free apps and subscriptions; `api`:
 *   APIs; `self`: self-hosted);
 * - a monthly cost over the budget (per-use: usage × (half input + half output price));
 * - a price not announced when a budget is set.
 * An offer whose models do not chat (embeddings, speech, images…) is no answer to any input: it
 * is left out of every list, and of the counts of suggested changes.
 * A partly known price (per-use, with fees beyond its tokens) counts its tokens only: its monthly
 * cost is a lower bound, never said to be within a budget.
 * Passing offers that are released or legacy are recommended; planned ones are recommended
 * when planned models are included. While they are not, every planned offer (the offer's own
 * status, or its model's: an offer is never more available than its model) is "Coming later",
 * whatever rule it breaks: not yet available is the first thing to say of it, and its price is not
 * announced by nature. The rules it would break today, but for its price, are its reasons there.
 * When "What for" is chosen, the offers of the other kinds are neither recommended nor "Not a
 * fit": they are their own group, `otherKinds`, after the others (a person who asks for APIs
 * sees APIs first, and the rest labelled as what it is).
 *
 * Order of Recommendations (each key breaks the ties of the one before): released, planned,
 * legacy; open, then not stated, then closed (only when openness is `preferred`); with a budget,
 * fully known prices before partly known ones; with "Highest rated first",
 * higher Chatbot Arena score (unrated after rated), with "Newest first", the newer model; lower
 * monthly cost, unknown last; device fit (fits, tight, unknown); among offers judged against
 * the memory the person gave, the larger need first (the largest model that fits, as the pick
 * takes: §2's "lower memory need" put a list of hundreds of free open models in the order of
 * the tiniest first); lower memory need (none counts as 0); newer model (the offer's newest); id. Where the rules are silent: "Coming later" uses
 * the same order, and "Not a fit" puts the offers with the fewest failures first (the nearest
 * misses), then the same order.
 *
 * The picks ("Your answer") are worked out from Recommendations alone; see `choosePicks`.
 */
import type {
	ArenaEntry,
	DateValue,
	Fee,
	Localized,
	Model,
	Offer,
	OfferKind,
	Openness,
	Price,
	RunsOn,
	Status
} from './catalogue';
import {
	deviceFit,
	type DeviceFit,
	type FitLevel,
	type FitReason,
	type MemoryNeed
} from './device-fit';
import {
	DEFAULT_INPUTS,
	DEVICES,
	LIMITS,
	type ChooserInputs,
	type Device,
	type Purpose,
	type SortOrder
} from './inputs';
import { largestParamsB, offerNeed, usableGb, weightsGb } from './memory';
import { offerOpenness, offersNoChat, offerStatus } from './offer-traits';
import { feesOf, perMillion, perUseCost } from './pricing';

/** A reason is data: a code and its values. The UI says it in the person's language. */
export type Reason =
	| FitReason
	| { code: 'closed-weights' }
	/** Openness required, and whether its weights are open is not stated (never taken for closed). */
	| { code: 'openness-unknown' }
	| { code: 'other-purpose'; purpose: Purpose }
	/** Open weights, but this offer runs them in its maker's or host's cloud. */
	| { code: 'open-weights-in-cloud'; kind: OfferKind }
	/** Closed weights, ranked after open ones because the person prefers open. */
	| { code: 'closed-after-open' }
	/** Openness not stated, ranked after open ones (and before closed ones): the person prefers open. */
	| { code: 'unknown-after-open' }
	| {
			code: 'per-use-price';
			/** Its tokens alone: with `fees`, at least this. */
			costUsd: number;
			usage: number;
			inputPerMTok: number;
			outputPerMTok: number;
			/** What it charges beyond its tokens, not counted in `costUsd`. */
			fees?: Fee[];
	  }
	| { code: 'within-budget'; costUsd: number; budgetUsd: number }
	/** A partly known price whose tokens fit the budget: its other fees are not counted. */
	| { code: 'fees-not-counted'; costUsd: number; budgetUsd: number }
	/** `partly`: the price has fees beyond its tokens, so `costUsd` is the least it costs. */
	| { code: 'over-budget'; costUsd: number; budgetUsd: number; partly?: true }
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
	/** A tier of a service: what it adds over the tier below. */
	| { code: 'tier-adds'; adds: Localized; over: Localized }
	| { code: 'planned'; expected?: DateValue };

/** One way to use a model, judged against the inputs. */
export type Option = {
	offer: Offer;
	models: Model[];
	/**
	 * US$ a month at the person's usage; undefined when the price is not announced. With `fees`,
	 * its tokens alone: a lower bound.
	 */
	monthlyCost: number | undefined;
	/** A partly known price's fees beyond its tokens; absent when the price is fully known. */
	fees?: Fee[];
	openness: Openness;
	status: Status;
	fit: DeviceFit;
	/** What it serves on the Chatbot Arena board: the offer's own rating, else its best model's. */
	rating: ArenaEntry | undefined;
	/** For an offer on the person's own device: GB it needs (4-bit), and its 4-bit file's GB. */
	needGb: number | undefined;
	fileGb: number | undefined;
	/** Why it is where it is, saying nothing the card's fields already say. */
	reasons: Reason[];
	/**
	 * The hard rules it breaks: every one in "Not a fit"; in `otherKinds`, the ones other than its
	 * kind (the group says that); empty in Recommendations and "Coming later" (where the rules a
	 * planned offer would break are among its `reasons`).
	 */
	failures: Reason[];
};

/** One input changed to a value that would give results. */
export type InputChange =
	| { input: 'device'; to: Device }
	| { input: 'vramGb'; to: number }
	| { input: 'ramGb'; to: number }
	| { input: 'localOnly'; to: false }
	| { input: 'purpose'; to: undefined }
	| { input: 'budget'; to: number | undefined }
	| { input: 'openness'; to: 'any' }
	| { input: 'includePlanned'; to: true };

/** What a change of one input would bring: how many options, and the best of them. */
export type Relaxation = { change: InputChange; count: number; best: Option };

/** The four ways of using a model that "Your answer" picks one of each (§2). */
export const PICK_KINDS = ['free-app', 'subscription', 'self-hosted', 'api'] as const;
export type PickKind = (typeof PICK_KINDS)[number];

/** Why a pick is the pick, and what else it should say; data, put in words by the UI. */
export type PickLine =
	| { code: 'best-rated-free-app'; score: number }
	| { code: 'only-free-app' }
	| { code: 'best-rated-subscription'; score: number; withinBudget: boolean }
	| { code: 'lower-tier-enough' }
	| { code: 'subscription-fits' }
	/** `effective`: the size is an effective count (Gemma 3n's "E4B"), said as such. */
	| { code: 'largest-that-fits'; paramsB: number; effective?: true }
	/** It fits, and others fit too: neither "only" nor "largest" would be true. */
	| { code: 'fits-your-device' }
	/** The one self-hosted offer in Recommendations that fits (superseded ones counted). */
	| { code: 'only-fit' }
	| { code: 'cheapest-api'; usage: number }
	/** The API pick has a partly known price (no fully known API fits): its tokens, and its fees. */
	| { code: 'cheapest-api-fees'; usage: number; fees: Fee[] }
	/** Another tier of the same service that fits: for heavier use, or the lighter one. */
	| { code: 'heavier-tier'; offer: Localized; costUsd: number }
	| { code: 'lighter-tier'; offer: Localized; costUsd: number; sameModels: boolean }
	| { code: 'highest-rated-api'; offer: Localized; costUsd: number; score: number }
	| Reason;

/** One pick: the option, why it is the pick, and the lines that go with it. */
export type Pick = { kind: PickKind; option: Option; lines: PickLine[] };

/** Why a way of using a model has no pick. */
export type NoPick = {
	kind: PickKind;
	/**
	 * `no-device`: choose a device; `memory-not-given`: enter its memory (some may fit); else the
	 * rule that kept every offer of the kind out, or `none`.
	 */
	why: 'no-device' | 'memory-not-given' | 'only-legacy' | 'none' | FailureCode;
	/** The device whose memory to enter, with `memory-not-given`. */
	device?: Device;
	/** With `only-legacy`: the superseded offer that fits (never a pick). */
	offer?: Localized;
};

export type Recommendation = {
	/** "Your answer": at most one pick a kind, in PICK_KINDS order; each is in recommendations. */
	picks: Pick[];
	/** The kinds "What for" asks about that have no pick, and why. */
	noPicks: NoPick[];
	recommendations: Option[];
	/**
	 * Self-hosted recommendations whose fit is unknown because no device is chosen: shown as one
	 * folded group ("Run it yourself: N open models — choose your device"), not one card each.
	 */
	folded: Option[];
	notAFit: Option[];
	/** Every planned offer while planned models are not included, whatever rule it breaks. */
	comingLater: Option[];
	/**
	 * With "What for" chosen, the offers of the kinds it does not ask for (released ones, and
	 * planned ones when included), in "Not a fit" order; empty when "What for" is any.
	 */
	otherKinds: Option[];
	/** Only when there are no recommendations: each single change that would give some. */
	relaxations: Relaxation[];
};

type CatalogueLike = { models: Model[]; offers: Offer[] };

const STATUS_RANK: Record<Status, number> = { released: 0, planned: 1, legacy: 2 };
const PLANNED = STATUS_RANK.planned;
const LEGACY = STATUS_RANK.legacy;
const FIT_RANK: Record<FitLevel, number> = { fits: 0, tight: 1, unknown: 2, no: 3 };

/**
 * Where the size of what runs on the person's device ranks an offer that fits, or fits tightly,
 * their memory: 0 for offers not judged by memory (apps, the cloud), then the larger need first.
 */
const SIZE_RANK_BASE = 1e9;
function sizeRank(fit: DeviceFit): number {
	const { reason } = fit;
	return reason.code === 'memory-fits' || reason.code === 'memory-tight'
		? SIZE_RANK_BASE - reason.needGb
		: 0;
}

/** The kinds of offer each "What for" asks for. */
const PURPOSE_KINDS: Record<Purpose, readonly OfferKind[]> = {
	app: ['free-app', 'subscription'],
	api: ['api'],
	self: ['self-hosted']
};

/** A model's date as a number to compare: 2024-11 is 20241100; none is 0. */
function dateNumber(model: Model): number {
	const d = model.dates.released ?? model.dates.expected ?? model.dates.announced;
	if (!d) return 0;
	const [y = 0, m = 0, day = 0] = d.value.split('-').map(Number);
	return y * 10_000 + m * 100 + day;
}

/** The best-scored board entry of some models, if any is on the board. */
function bestEntry(models: readonly Model[]): ArenaEntry | undefined {
	let best: ArenaEntry | undefined;
	for (const m of models) {
		for (const e of m.arena ?? []) if (!best || e.score > best.score) best = e;
	}
	return best;
}

/**
 * What stays the same for one catalogue whatever the inputs: resolved models, fixed keys, and
 * the price and place in one shape for every offer. Offers come in many shapes (optional
 * fields, imports); reading them in the hot loop would make every property read a slow one.
 */
type Prepared = {
	offer: Offer;
	kind: OfferKind;
	/** 'monthly', 'per-use' or 'unknown', with the numbers of each (0 where not used). */
	priceType: Price['type'];
	usdPerMonth: number;
	usdPerMillion: number;
	runsOn: RunsOn;
	need: MemoryNeed;
	models: Model[];
	openness: Openness;
	/** A partly known price's fees beyond its tokens; undefined when fully known. */
	fees: Fee[] | undefined;
	rating: ArenaEntry | undefined;
	/** The Arena score, -1 when unrated. */
	score: number;
	/** Billions of parameters of its largest model; 0 when not known. */
	paramsB: number;
	/** The offer's newest model, as a date number. */
	newest: number;
	/** Its status in the answer: the offer's own, or planned while one of its models is. */
	status: Status;
	statusRank: number;
	/** The offer's place in the ranking's last keys (memory need, newest model, id). */
	tail: number;
	expected: DateValue | undefined;
	/** For a per-use offer: the cheapest paid subscription that gives one of its models. */
	subscription: { offer: Offer; usd: number } | undefined;
	/** For a tier of a service: the tier just below it, by rank. */
	lowerTier: Offer | undefined;
	/** The last device fit worked out, and the device inputs it was for (see `place`). */
	fit: DeviceFit;
	fitKey: number;
};

/** A placeholder until an offer's device fit is first worked out. */
const UNJUDGED: DeviceFit = Object.freeze({
	level: 'unknown',
	reason: { code: 'size-unknown' }
} as const);

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
	const tiers = new Map<string, Offer[]>();
	for (const offer of catalogue.offers) {
		if (offer.tier) {
			const list = tiers.get(offer.tier.service);
			if (list) list.push(offer);
			else tiers.set(offer.tier.service, [offer]);
		}
		if (offer.kind !== 'subscription' || offer.price.type !== 'monthly') continue;
		const usd = offer.price.usdPerMonth;
		if (usd <= 0) continue;
		for (const id of offer.models) {
			const best = subscriptions.get(id);
			if (!best || usd < best.usd) subscriptions.set(id, { offer, usd });
		}
	}
	const lowerTierOf = (offer: Offer): Offer | undefined => {
		const tier = offer.tier;
		if (!tier) return undefined;
		let lower: Offer | undefined;
		for (const o of tiers.get(tier.service) ?? []) {
			const rank = o.tier?.rank ?? 0;
			if (rank < tier.rank && (!lower || rank > (lower.tier?.rank ?? 0))) lower = o;
		}
		return lower;
	};
	const list = catalogue.offers.flatMap((offer): Prepared[] => {
		const models = offer.models.flatMap((id) => modelsById.get(id) ?? []);
		// A model that does not chat answers none of the chooser's questions (§2).
		if (offersNoChat(models)) return [];
		const expected = models.find((m) => m.dates.expected)?.dates.expected;
		const status = offerStatus(offer, models);
		const subscription =
			offer.price.type === 'per-use'
				? offer.models.flatMap((id) => subscriptions.get(id) ?? []).sort((a, b) => a.usd - b.usd)[0]
				: undefined;
		const { price, runsOn } = offer;
		const rating = offer.rating ?? bestEntry(models);
		const need = offerNeed(runsOn, models);
		const prepared: Prepared = {
			offer,
			kind: offer.kind,
			priceType: price.type,
			usdPerMonth: price.type === 'monthly' ? price.usdPerMonth : 0,
			usdPerMillion: price.type === 'per-use' ? perMillion(price) : 0,
			// One shape for every offer, so the hot loop's reads stay fast (see `Prepared`).
			runsOn: {
				place: runsOn.place,
				needGb: runsOn.place === 'device' ? runsOn.needGb : undefined,
				minGb: runsOn.place === 'gpu' ? runsOn.minGb : undefined,
				comfortableGb: runsOn.place === 'gpu' ? runsOn.comfortableGb : undefined
			} as RunsOn,
			need: { gb: need.gb, eightBitGb: need.eightBitGb },
			models,
			openness: offerOpenness(models),
			fees: feesOf(price),
			rating,
			score: rating?.score ?? -1,
			paramsB: largestParamsB(models) ?? 0,
			newest: models.reduce((max, m) => Math.max(max, dateNumber(m)), 0),
			status,
			statusRank: STATUS_RANK[status],
			tail: 0,
			expected,
			subscription,
			lowerTier: lowerTierOf(offer),
			fit: UNJUDGED,
			fitKey: -1
		};
		return [prepared];
	});
	// The last keys never change with the inputs: one number says where they put each offer.
	[...list]
		.sort((p, q) => (p.need.gb ?? 0) - (q.need.gb ?? 0) || q.newest - p.newest || compareIds(p, q))
		.forEach((p, i) => (p.tail = i));
	// Kept in the default answer's order: most inputs then sort a nearly sorted list, which
	// the engine's merge sort does in close to linear time.
	const { recommendations, notAFit, comingLater, otherKinds } = place(list, DEFAULT_INPUTS);
	const ordered = [...recommendations, ...notAFit, ...comingLater, ...otherKinds]
		.sort(compare)
		.map((j) => j.prepared);
	preparedCache.set(catalogue.offers, { models: catalogue.models, list: ordered });
	return ordered;
}

const NO_FAILURES: readonly Reason[] = Object.freeze([]);

// The hard rules an offer can break, as bits: counting and sorting need no arrays.
const DEVICE = 1;
const CLOSED = 2;
const PURPOSE = 4;
const PRICE_UNKNOWN = 8;
const OVER_BUDGET = 16;
const OPENNESS_UNKNOWN = 32;

/** US$ a month for a prepared offer at a usage; undefined when the price is not announced. */
const costOf = (p: Prepared, usage: number): number | undefined =>
	p.priceType === 'monthly'
		? p.usdPerMonth
		: p.priceType === 'per-use'
			? perUseCost(usage, p.usdPerMillion)
			: undefined;

/** Which hard rules an offer breaks (§2), as bits; 0 when it breaks none. */
function broken(
	p: Prepared,
	inputs: ChooserInputs,
	cost: number | undefined,
	fit: DeviceFit
): number {
	let bits = fit.level === 'no' ? DEVICE : 0;
	if (inputs.openness === 'required') {
		if (p.openness === 'closed') bits |= CLOSED;
		else if (p.openness === 'unknown') bits |= OPENNESS_UNKNOWN;
	}
	if (inputs.purpose !== undefined && !PURPOSE_KINDS[inputs.purpose].includes(p.kind)) {
		bits |= PURPOSE;
	}
	if (inputs.budget !== undefined) {
		if (cost === undefined) bits |= PRICE_UNKNOWN;
		else if (cost > inputs.budget) bits |= OVER_BUDGET;
	}
	return bits;
}

/** How many bits are set in the six hard-rule bits. */
const countBits = (bits: number): number =>
	(bits & 1) +
	((bits >> 1) & 1) +
	((bits >> 2) & 1) +
	((bits >> 3) & 1) +
	((bits >> 4) & 1) +
	((bits >> 5) & 1);

/** Where openness `preferred` ranks an offer: open, then not stated, then closed. */
const PREFERRED_RANK: Record<Openness, number> = { 'open-weights': 0, unknown: 1, closed: 2 };

/** The key of the chosen order that comes before cost: 0 for cheapest first. */
function orderKey(p: Prepared, sort: SortOrder): number {
	if (sort === 'rated') return p.score < 0 ? 1 : -p.score;
	if (sort === 'new') return -p.newest;
	return 0;
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
	/** The rules of `broken` said as `failures`, and those said among `reasons` (see `place`). */
	declare private shown: number;
	declare private told: number;
	declare readonly statusRank: number;
	declare readonly openRank: number;
	/** 1 for a partly known price when a budget is set (ranked after fully known ones), else 0. */
	declare readonly partlyRank: number;
	declare readonly orderKey: number;
	declare readonly costKey: number;
	declare readonly fitRank: number;
	/** The larger need first among offers judged against the person's memory; see `sizeRank`. */
	declare readonly sizeRank: number;
	declare readonly tail: number;
	declare readonly prepared: Prepared;
	declare readonly inputs: ChooserInputs;
	declare private explained: Reason[] | undefined;
	declare private failed: Reason[] | undefined;

	constructor(
		p: Prepared,
		inputs: ChooserInputs,
		cost: number | undefined,
		fit: DeviceFit,
		bits: number,
		shown: number,
		told: number
	) {
		this.monthlyCost = cost;
		this.fit = fit;
		this.broken = bits;
		this.failureCount = countBits(bits);
		this.shown = shown;
		this.told = told;
		this.statusRank = p.statusRank;
		this.openRank = inputs.openness === 'preferred' ? PREFERRED_RANK[p.openness] : 0;
		this.partlyRank = p.fees !== undefined && inputs.budget !== undefined ? 1 : 0;
		this.orderKey = orderKey(p, inputs.sort);
		this.costKey = cost ?? Infinity;
		this.fitRank = FIT_RANK[fit.level];
		this.sizeRank = sizeRank(fit);
		this.tail = p.tail;
		this.prepared = p;
		this.inputs = inputs;
		this.explained = undefined;
		this.failed = undefined;
	}

	/** The hard rules it breaks, as reasons: device, openness, purpose, then price. */
	get failures(): Reason[] {
		if (this.failed) return this.failed;
		const bits = this.shown;
		if (bits === 0) return (this.failed = NO_FAILURES as Reason[]);
		return (this.failed = ruleReasons(this, bits, []));
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

	get fees(): Fee[] | undefined {
		return this.prepared.fees;
	}

	get status(): Status {
		return this.prepared.status;
	}

	get rating(): ArenaEntry | undefined {
		return this.prepared.rating;
	}

	get needGb(): number | undefined {
		return this.prepared.need.gb;
	}

	/**
	 * The 4-bit file's GB, from the model's size; undefined for an effective size (Gemma 3n's
	 * "E4B"): its file holds more parameters than the effective count (the maker's runtime keeps
	 * part of them out of memory), so a size worked out from that count would be too small.
	 */
	get fileGb(): number | undefined {
		const p = this.prepared;
		return p.runsOn.place === 'device' &&
			p.runsOn.needGb === undefined &&
			p.paramsB > 0 &&
			!p.models.some((m) => m.parameters?.effective)
			? weightsGb(p.paramsB)
			: undefined;
	}

	get reasons(): Reason[] {
		if (this.explained) return this.explained;
		const reasons = explain(this, this.prepared, this.inputs);
		return (this.explained = this.told === 0 ? reasons : ruleReasons(this, this.told, reasons));
	}

	/** Plain data, for tests and anything that copies an option. */
	toJSON(): Option {
		const { offer, models, monthlyCost, openness, status, fit, rating, needGb, fileGb } = this;
		const { failures, reasons, fees } = this;
		return {
			...(fees && { fees }),
			offer,
			models,
			monthlyCost,
			openness,
			status,
			fit,
			rating,
			needGb,
			fileGb,
			failures,
			reasons
		};
	}
}

/**
 * Appends to `to` the hard rules of `bits` an option breaks, as reasons, in the form's order:
 * device, openness, purpose, then price; returns `to`.
 */
function ruleReasons(j: Judged, bits: number, to: Reason[]): Reason[] {
	const { inputs } = j;
	if (bits & DEVICE) to.push(j.fit.reason);
	if (bits & CLOSED) to.push({ code: 'closed-weights' });
	if (bits & OPENNESS_UNKNOWN) to.push({ code: 'openness-unknown' });
	if (bits & PURPOSE && inputs.purpose) {
		to.push({ code: 'other-purpose', purpose: inputs.purpose });
	}
	if (bits & PRICE_UNKNOWN) to.push({ code: 'price-unknown' });
	if (bits & OVER_BUDGET) {
		const { monthlyCost: costUsd = 0 } = j;
		const budgetUsd = inputs.budget ?? 0;
		to.push(
			j.prepared.fees
				? { code: 'over-budget', costUsd, budgetUsd, partly: true }
				: { code: 'over-budget', costUsd, budgetUsd }
		);
	}
	return to;
}

const compareIds = (p: Prepared, q: Prepared): number =>
	p.offer.id < q.offer.id ? -1 : p.offer.id > q.offer.id ? 1 : 0;

/**
 * The ranking of §2: each key breaks the ties of the one before; the last ones
 * (memory need, newest model, id) are the prepared `tail`. Every key is a number on the judged
 * offer itself: sorting tens of thousands reads nothing else.
 */
function compare(a: Judged, b: Judged): number {
	return (
		a.statusRank - b.statusRank ||
		a.openRank - b.openRank ||
		a.partlyRank - b.partlyRank ||
		a.orderKey - b.orderKey ||
		(a.costKey === b.costKey ? 0 : a.costKey < b.costKey ? -1 : 1) ||
		a.fitRank - b.fitRank ||
		a.sizeRank - b.sizeRank ||
		a.tail - b.tail
	);
}

/**
 * Why an offer is where it is, in data, saying nothing its card's fields (cost, where it runs,
 * openness, status, rating) already say: how a per-use cost is worked out (and the fees it does
 * not count) and where it breaks even with a subscription, the budget, what a tier adds, open
 * weights run in a cloud, the device (a need to check, or the memory it needs against the
 * person's), an expected date.
 */
function explain(j: Judged, p: Prepared, inputs: ChooserInputs): Reason[] {
	const { offer, fees } = p;
	const cost = j.monthlyCost;
	const reasons: Reason[] = [];
	if (cost !== undefined && offer.price.type === 'per-use') {
		reasons.push({
			code: 'per-use-price',
			costUsd: cost,
			usage: inputs.usage,
			inputPerMTok: offer.price.inputPerMTok,
			outputPerMTok: offer.price.outputPerMTok,
			...(fees && { fees })
		});
		// A break-even with a lower bound would be a guess: only for a fully known price.
		if (p.subscription && !fees) {
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
	}
	if (cost !== undefined && inputs.budget !== undefined && cost <= inputs.budget) {
		// Only a fully known price is within a budget; a partly known one may cost more.
		if (fees) reasons.push({ code: 'fees-not-counted', costUsd: cost, budgetUsd: inputs.budget });
		else if (cost > 0) {
			reasons.push({ code: 'within-budget', costUsd: cost, budgetUsd: inputs.budget });
		}
	}
	if (offer.tier?.adds && p.lowerTier) {
		reasons.push({ code: 'tier-adds', adds: offer.tier.adds, over: p.lowerTier.name });
	}
	if (p.openness === 'open-weights' && p.runsOn.place === 'cloud') {
		reasons.push({ code: 'open-weights-in-cloud', kind: p.kind });
	} else if (inputs.openness === 'preferred' && p.openness !== 'open-weights') {
		reasons.push({ code: p.openness === 'closed' ? 'closed-after-open' : 'unknown-after-open' });
	}
	const fitCode = j.fit.reason.code;
	if (j.fit.level !== 'no' && fitCode !== 'cloud' && fitCode !== 'on-device') {
		reasons.push(j.fit.reason);
	}
	if (p.status === 'planned' && p.expected) {
		reasons.push({ code: 'planned', expected: p.expected });
	}
	return reasons;
}

type Lists = {
	recommendations: Judged[];
	notAFit: Judged[];
	comingLater: Judged[];
	otherKinds: Judged[];
};

/**
 * Puts each offer in its list, unsorted: a planned offer while planned models are not included
 * in "Coming later", whatever it breaks (the rules it would break, but for its price not yet
 * announced, among its reasons); else one of another kind than "What for" asks in
 * `otherKinds` (its other failures as failures); else one that breaks a rule in "Not a fit";
 * else in Recommendations. With `onlyRecommended`, only the recommendations are made (the
 * other lists stay empty): what trying a change of input needs.
 */
function place(
	prepared: readonly Prepared[],
	inputs: ChooserInputs,
	onlyRecommended = false
): Lists {
	const lists: Lists = { recommendations: [], notAFit: [], comingLater: [], otherKinds: [] };
	// An offer's fit depends on the device inputs alone: kept on the offer while they stay the
	// same, so typing a budget or a usage judges no device again.
	const fitKey =
		(inputs.device === undefined ? 0 : DEVICES.indexOf(inputs.device) + 1) * 4096 +
		(inputs.vramGb ?? inputs.ramGb ?? 0) * 2 +
		(inputs.localOnly ? 1 : 0);
	for (const p of prepared) {
		const cost = costOf(p, inputs.usage);
		let fit = p.fit;
		if (p.fitKey !== fitKey) {
			fit = p.fit = deviceFit(p.runsOn, p.need, inputs);
			p.fitKey = fitKey;
		}
		const bits = broken(p, inputs, cost, fit);
		const later = p.statusRank === PLANNED && !inputs.includePlanned;
		if (onlyRecommended && (bits !== 0 || later)) continue;
		if (later) {
			lists.comingLater.push(new Judged(p, inputs, cost, fit, bits, 0, bits & ~PRICE_UNKNOWN));
		} else if (bits & PURPOSE) {
			lists.otherKinds.push(new Judged(p, inputs, cost, fit, bits, bits & ~PURPOSE, 0));
		} else if (bits !== 0) lists.notAFit.push(new Judged(p, inputs, cost, fit, bits, bits, 0));
		else lists.recommendations.push(new Judged(p, inputs, cost, fit, 0, 0, 0));
	}
	return lists;
}

/** Sets one input to a new value, keeping the inputs valid (each memory only with its device). */
export function applyChange(inputs: ChooserInputs, change: InputChange): ChooserInputs {
	const next: ChooserInputs = { ...inputs, [change.input]: change.to };
	if (change.input === 'device') {
		delete next.vramGb;
		delete next.ramGb;
	}
	if (next.budget === undefined) delete next.budget;
	if (next.purpose === undefined) delete next.purpose;
	return next;
}

/** The whole GB of a device's memory whose usable part holds `needGb` (§2), within the limits. */
function memoryFor(device: Device, needGb: number): number | undefined {
	let gb = Math.ceil(needGb);
	while (usableGb(device, gb) < needGb) gb++;
	const max = device === 'gpu' ? LIMITS.vram.max : LIMITS.ram.max;
	return gb <= max ? gb : undefined;
}

/** The single-input changes worth trying when nothing fits, in the form's order. */
function candidateChanges(inputs: ChooserInputs, notAFit: Judged[]): InputChange[] {
	const changes: InputChange[] = [];
	const { device } = inputs;
	if (device !== undefined) {
		for (const d of DEVICES) if (d !== device) changes.push({ input: 'device', to: d });
		const memory = device === 'gpu' ? inputs.vramGb : inputs.ramGb;
		if (memory !== undefined) {
			// The least memory that lets in an offer kept out by its memory need alone.
			let least: number | undefined;
			for (const j of notAFit) {
				if (j.broken !== DEVICE || j.fit.reason.code !== 'memory-short') continue;
				const gb = memoryFor(device, j.fit.reason.needGb);
				if (gb !== undefined && (least === undefined || gb < least)) least = gb;
			}
			if (least !== undefined) {
				changes.push({ input: device === 'gpu' ? 'vramGb' : 'ramGb', to: least });
			}
		}
	}
	if (inputs.localOnly) changes.push({ input: 'localOnly', to: false });
	if (inputs.purpose !== undefined) changes.push({ input: 'purpose', to: undefined });
	if (inputs.budget !== undefined) {
		// The lowest whole-dollar budget that lets in an offer blocked by its cost alone.
		const blocked = notAFit
			.filter((o) => o.broken === OVER_BUDGET)
			.map((o) => Math.ceil(o.monthlyCost ?? Infinity))
			.filter((cost) => cost <= LIMITS.budget.max);
		if (blocked.length > 0) changes.push({ input: 'budget', to: Math.min(...blocked) });
		changes.push({ input: 'budget', to: undefined });
	}
	if (inputs.openness === 'required') changes.push({ input: 'openness', to: 'any' });
	if (!inputs.includePlanned) changes.push({ input: 'includePlanned', to: true });
	return changes;
}

/** The default order of Recommendations (cheapest first), whatever order the person chose. */
const compareCheapest = (a: Judged, b: Judged): number =>
	a.statusRank - b.statusRank ||
	a.openRank - b.openRank ||
	a.partlyRank - b.partlyRank ||
	(a.costKey === b.costKey ? 0 : a.costKey < b.costKey ? -1 : 1) ||
	a.fitRank - b.fitRank ||
	a.tail - b.tail;

/**
 * The best of some candidates by a comparison, ties broken by the default order of
 * Recommendations, so neither the catalogue's order nor the chosen sort changes a pick.
 * Undefined when there are none.
 */
function best(candidates: readonly Judged[], by: (a: Judged, b: Judged) => number) {
	let top: Judged | undefined;
	for (const j of candidates) {
		if (top === undefined || (by(j, top) || compareCheapest(j, top)) < 0) top = j;
	}
	return top;
}

/** Keys 1 and 2 of every pick: fits, tight, unknown; released before planned. */
const fitThenStatus = (a: Judged, b: Judged): number =>
	a.fitRank - b.fitRank || a.statusRank - b.statusRank;

/** Higher Arena score first, rated before unrated. */
const higherScore = (a: Judged, b: Judged): number => b.prepared.score - a.prepared.score;

/** The Free app pick: higher score, rated before unrated, then the newer model. */
function pickFreeApp(candidates: Judged[]): Pick | undefined {
	const top = best(
		candidates,
		(a, b) => fitThenStatus(a, b) || higherScore(a, b) || b.prepared.newest - a.prepared.newest
	);
	if (!top) return undefined;
	const score = top.prepared.score;
	const why: PickLine =
		candidates.length === 1 || score < 0
			? { code: 'only-free-app' }
			: { code: 'best-rated-free-app', score };
	return { kind: 'free-app', option: top, lines: [why] };
}

/**
 * The Subscription pick: higher score; of two tiers of one service that both fit, the higher
 * with a budget set, else the lower, and the line names the other tier next to it.
 */
function pickSubscription(candidates: Judged[], inputs: ChooserInputs): Pick | undefined {
	const priced = candidates.filter((j) => j.monthlyCost !== undefined);
	const budgeted = inputs.budget !== undefined;
	const tierOrder = (a: Judged, b: Judged): number => {
		const ta = a.offer.tier;
		const tb = b.offer.tier;
		if (!ta || !tb || ta.service !== tb.service) return 0;
		return budgeted ? tb.rank - ta.rank : ta.rank - tb.rank;
	};
	// One tier a service first (§2: the higher with a budget, else the lower, of those that rank
	// the same), then the best of those: a comparison that mixed the two would not be an order.
	const byService = new Map<string, Judged[]>();
	const alone: Judged[] = [];
	for (const j of priced) {
		const service = j.offer.tier?.service;
		if (service === undefined) alone.push(j);
		else {
			const tiers = byService.get(service);
			if (tiers) tiers.push(j);
			else byService.set(service, [j]);
		}
	}
	const representatives = [...alone];
	for (const tiers of byService.values()) {
		const chosen = best(
			tiers,
			(a, b) => fitThenStatus(a, b) || higherScore(a, b) || tierOrder(a, b)
		);
		if (chosen) representatives.push(chosen);
	}
	const top = best(representatives, (a, b) => fitThenStatus(a, b) || higherScore(a, b));
	if (!top) return undefined;
	const lines: PickLine[] = [];
	const tier = top.offer.tier;
	const sameService = tier
		? priced.filter((j) => j !== top && j.offer.tier?.service === tier.service)
		: [];
	const rankOf = (j: Judged) => j.offer.tier?.rank ?? 0;
	const higher = best(
		sameService.filter((j) => rankOf(j) > (tier?.rank ?? 0)),
		(a, b) => rankOf(a) - rankOf(b)
	);
	const lower = best(
		sameService.filter((j) => rankOf(j) < (tier?.rank ?? 0)),
		(a, b) => rankOf(b) - rankOf(a)
	);
	const score = top.prepared.score;
	if (budgeted && lower) {
		lines.push({ code: 'best-rated-subscription', score, withinBudget: true });
	} else if (!budgeted && higher) lines.push({ code: 'lower-tier-enough' });
	else if (score >= 0 && priced.length > 1) {
		lines.push({ code: 'best-rated-subscription', score, withinBudget: budgeted });
	} else lines.push({ code: 'subscription-fits' });
	let namesLower = false;
	if (!budgeted && higher) {
		lines.push({
			code: 'heavier-tier',
			offer: higher.offer.name,
			costUsd: higher.monthlyCost ?? 0
		});
	} else if (lower) {
		namesLower = true;
		const same = (a: Offer, b: Offer) =>
			a.models.length === b.models.length && a.models.every((id) => b.models.includes(id));
		lines.push({
			code: 'lighter-tier',
			offer: lower.offer.name,
			costUsd: lower.monthlyCost ?? 0,
			sameModels: same(lower.offer, top.offer)
		});
	}
	// What it adds over the tier below, unless the line above already names that tier.
	const adds = top.reasons.find((r) => r.code === 'tier-adds');
	if (adds && !namesLower) lines.push(adds);
	return { kind: 'subscription', option: top, lines };
}

/** Whether an offer fits the person's device, or fits with little room to spare. */
/** Fits the person's device, roomily or tightly: what the On your device pick takes. */
const fitsDevice = (j: Judged): boolean => j.fit.level === 'fits' || j.fit.level === 'tight';

/**
 * Why the On your device pick is the pick, true of every other self-hosted offer that fits
 * (`fitting`, superseded ones too): the only one; else the largest of those that fit as well as
 * it does (§2: "fits" has room to spare, "tight" has not); else, when a larger one is
 * superseded or planned (never the pick), only that it fits.
 */
function selfHostedWhy(top: Judged, fitting: readonly Judged[]): PickLine {
	const paramsB = top.prepared.paramsB;
	if (fitting.length === 1) return { code: 'only-fit' };
	const larger = fitting.some((j) => j.fitRank <= top.fitRank && j.prepared.paramsB > paramsB);
	if (paramsB <= 0 || larger) return { code: 'fits-your-device' };
	const effective = top.prepared.models.some(
		(m) => m.parameters?.effective && m.parameters.totalB === paramsB
	);
	return { code: 'largest-that-fits', paramsB, ...(effective && { effective: true as const }) };
}

/**
 * The On your device pick: fits before tight, then the larger model, higher score, newer. Its
 * line is true of every self-hosted offer in `recommendations` that fits, superseded ones too
 * (never a pick, but listed).
 */
function pickSelfHosted(
	candidates: Judged[],
	recommendations: readonly Judged[]
): Pick | undefined {
	const top = best(
		candidates.filter(fitsDevice),
		(a, b) =>
			fitThenStatus(a, b) ||
			b.prepared.paramsB - a.prepared.paramsB ||
			higherScore(a, b) ||
			b.prepared.newest - a.prepared.newest
	);
	if (!top) return undefined;
	const fitting = recommendations.filter((j) => j.prepared.kind === 'self-hosted' && fitsDevice(j));
	const lines: PickLine[] = [selfHostedWhy(top, fitting)];
	if (top.fit.reason.code !== 'on-device') lines.push(top.fit.reason);
	return { kind: 'self-hosted', option: top, lines };
}

/** 1 for a partly known price, 0 for a fully known one. */
const partly = (j: Judged): number => (j.prepared.fees ? 1 : 0);

/**
 * The API pick: a fully known price before a partly known one (whose fees may cost more than it
 * says: one only when no fully known API fits), then lower monthly cost at the usage, then
 * higher score. The highest-rated API it names is one of fully known price.
 */
function pickApi(candidates: Judged[], inputs: ChooserInputs): Pick | undefined {
	const top = best(
		candidates,
		(a, b) =>
			partly(a) - partly(b) || fitThenStatus(a, b) || a.costKey - b.costKey || higherScore(a, b)
	);
	if (!top) return undefined;
	const fees = top.prepared.fees;
	const lines: PickLine[] = [
		fees
			? { code: 'cheapest-api-fees', usage: inputs.usage, fees }
			: { code: 'cheapest-api', usage: inputs.usage }
	];
	const rated = best(
		candidates.filter(
			(j) => j.prepared.score >= 0 && j.monthlyCost !== undefined && !j.prepared.fees
		),
		(a, b) => fitThenStatus(a, b) || higherScore(a, b) || a.costKey - b.costKey
	);
	if (rated && rated !== top) {
		lines.push({
			code: 'highest-rated-api',
			offer: rated.offer.name,
			costUsd: rated.monthlyCost ?? 0,
			score: rated.prepared.score
		});
	}
	const breakEven = top.reasons.find((r) => r.code === 'versus-subscription');
	if (breakEven) lines.push(breakEven);
	return { kind: 'api', option: top, lines };
}

/**
 * "Your answer" (§2): one pick for each way of using a model that Recommendations has a
 * candidate of, never a legacy offer; On your device only when a device is chosen; only the
 * kinds "What for" asks for. Each pick's candidates are ranked by device fit, then released
 * before planned, then its own keys, then the order of Recommendations (`recommendations` must
 * come in that order). For the kinds asked for without a pick: why.
 */
function choosePicks(
	recommendations: readonly Judged[],
	notAFit: readonly Judged[],
	inputs: ChooserInputs
): { picks: Pick[]; noPicks: NoPick[] } {
	const byKind: Record<PickKind, Judged[]> = {
		'free-app': [],
		subscription: [],
		'self-hosted': [],
		api: []
	};
	for (const j of recommendations) if (j.statusRank !== LEGACY) byKind[j.prepared.kind].push(j);
	const picks: Pick[] = [];
	const noPicks: NoPick[] = [];
	for (const kind of PICK_KINDS) {
		if (inputs.purpose !== undefined && !PURPOSE_KINDS[inputs.purpose].includes(kind)) continue;
		const candidates = byKind[kind];
		let pick: Pick | undefined;
		if (kind === 'self-hosted' && inputs.device === undefined) {
			noPicks.push({ kind, why: 'no-device' });
			continue;
		}
		if (kind === 'free-app') pick = pickFreeApp(candidates);
		else if (kind === 'subscription') pick = pickSubscription(candidates, inputs);
		else if (kind === 'self-hosted') pick = pickSelfHosted(candidates, recommendations);
		else pick = pickApi(candidates, inputs);
		if (pick?.option.status === 'planned' && !pick.lines.some((l) => l.code === 'planned')) {
			pick.lines.push({ code: 'planned' });
		}
		if (pick) picks.push(pick);
		else if (
			kind === 'self-hosted' &&
			inputs.device !== undefined &&
			candidates.some((j) => j.fit.reason.code === 'memory-not-given')
		) {
			noPicks.push({ kind, why: 'memory-not-given', device: inputs.device });
		} else {
			// A superseded model that fits is never a pick, but saying nothing fits would be untrue.
			const legacy = recommendations.find(
				(j) =>
					j.prepared.kind === kind &&
					j.statusRank === LEGACY &&
					(kind !== 'self-hosted' || j.fit.level === 'fits' || j.fit.level === 'tight')
			);
			noPicks.push(
				legacy
					? { kind, why: 'only-legacy', offer: legacy.offer.name }
					: { kind, why: commonFailure(notAFit, kind) }
			);
		}
	}
	return { picks, noPicks };
}

/**
 * The rule that kept every offer of a kind out (released ones, and planned ones when they are
 * included), when one did; else `none`. Of several device rules, the first in FAILURE_CODES'
 * order, so neither the sort nor the catalogue's order changes it.
 */
function commonFailure(notAFit: readonly Judged[], kind: PickKind): NoPick['why'] {
	let shared = -1;
	let deviceCode: number = FAILURE_CODES.length;
	for (const j of notAFit) {
		if (j.prepared.kind !== kind || j.statusRank === LEGACY) continue;
		shared &= j.broken;
		if (j.broken & DEVICE) {
			const at = (FAILURE_CODES as readonly string[]).indexOf(j.fit.reason.code);
			if (at >= 0 && at < deviceCode) deviceCode = at;
		}
	}
	if (shared === -1 || shared === 0) return 'none';
	if (shared & DEVICE && deviceCode < FAILURE_CODES.length) return FAILURE_CODES[deviceCode]!;
	if (shared & CLOSED) return 'closed-weights';
	if (shared & OPENNESS_UNKNOWN) return 'openness-unknown';
	if (shared & OVER_BUDGET) return 'over-budget';
	if (shared & PRICE_UNKNOWN) return 'price-unknown';
	return 'none';
}

/** Whether a recommended option is shown in the folded "Run it yourself" group (§2). */
const isFolded = (j: Judged, inputs: ChooserInputs): boolean =>
	inputs.device === undefined && j.prepared.kind === 'self-hosted' && j.fit.level === 'unknown';

/** Recommends offers for the inputs: the chooser's whole answer, deterministic. */
export function recommend(catalogue: CatalogueLike, inputs: ChooserInputs): Recommendation {
	const prepared = prepare(catalogue);
	const { recommendations, notAFit, comingLater, otherKinds } = place(prepared, inputs);
	recommendations.sort(compare);
	comingLater.sort(compare);
	const nearestFirst = (a: Judged, b: Judged) => a.failureCount - b.failureCount || compare(a, b);
	notAFit.sort(nearestFirst);
	otherKinds.sort(nearestFirst);
	const relaxations: Relaxation[] = [];
	if (recommendations.length === 0) {
		for (const change of candidateChanges(inputs, notAFit)) {
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
	const { picks, noPicks } = choosePicks(recommendations, notAFit, inputs);
	const folded = recommendations.filter((j) => isFolded(j, inputs));
	return {
		picks,
		noPicks,
		recommendations,
		folded,
		notAFit,
		comingLater,
		otherKinds,
		relaxations
	};
}

/** The hard rules an offer can break, as reason codes, in the order the form asks about them. */
export const FAILURE_CODES = [
	'runs-in-cloud',
	'needs-phone',
	'needs-computer',
	'needs-gpu',
	'memory-short',
	'beyond-any-device',
	'closed-weights',
	'openness-unknown',
	'other-purpose',
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
