/** One offer judged against the inputs: the hard rules it breaks (§2), its keys, its reasons. */
/*
 * Hard rules (each failure is a reason; an offer that breaks one is in "Not a fit" unless it is
 * of another kind than "What for" asks, or planned: see `grouping.ts`):
 * - the device-fit table says "no" (see device-fit.ts), including cloud offers when the person
 *   wants to run on their own device only;
 * - weights not known to be open when openness is `required`: closed (an offer is closed when
 *   any model it gives is), or not stated (a public list did not say), each its own reason (an
 *   offer is open only when every model it gives has open weights);
 * - an offer of another kind than "What for" asks (`app`: free apps and subscriptions; `api`:
 *   APIs; `self`: self-hosted);
 * - a monthly cost over the budget (per-use: usage × (half input + half output price));
 * - a price not announced when a budget is set;
 * - models that do not chat (embeddings, speech, images…): such an offer never fits, whatever the
 *   inputs, so no suggested change counts it, and it is never "Coming later".
 * A partly known price (per-use, with fees beyond its tokens) counts its tokens only: its monthly
 * cost is a lower bound, never said to be within a budget.
 */
import type { Option, Reason } from './answer';
import type { ArenaEntry, Fee, Model, Offer, OfferKind, Openness, Status } from './catalogue';
import type { DeviceFit } from './device-fit';
import type { ChooserInputs, Purpose } from './inputs';
import { weightsGb } from './memory';
import { FIT_RANK, sizeRank } from './offer-fit';
import { explain } from './option-reasons';
import type { Prepared } from './prepared';
import { perUseCost } from './pricing';
import { orderKey, PREFERRED_RANK } from './ranking';

/** The kinds of offer each "What for" asks for. */
export const PURPOSE_KINDS: Record<Purpose, readonly OfferKind[]> = {
	app: ['free-app', 'subscription'],
	api: ['api'],
	self: ['self-hosted']
};

const NO_FAILURES: readonly Reason[] = Object.freeze([]);

/** The hard rules an offer can break, as bits: counting and sorting need no arrays. */
export const DEVICE = 1;
export const CLOSED = 2;
export const PURPOSE = 4;
export const PRICE_UNKNOWN = 8;
export const OVER_BUDGET = 16;
export const OPENNESS_UNKNOWN = 32;
export const NO_CHAT = 64;

/** US$ a month for a prepared offer at a usage; undefined when the price is not announced. */
export const costOf = (p: Prepared, usage: number): number | undefined =>
	p.priceType === 'monthly'
		? p.usdPerMonth
		: p.priceType === 'per-use'
			? perUseCost(usage, p.usdPerMillion)
			: undefined;

/** Which hard rules an offer breaks (§2), as bits; 0 when it breaks none. */
export function broken(
	p: Prepared,
	inputs: ChooserInputs,
	cost: number | undefined,
	fit: DeviceFit
): number {
	let bits = p.noChat ? NO_CHAT : 0;
	if (fit.level === 'no') bits |= DEVICE;
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

/** How many bits are set in the hard-rule bits (each turn clears the lowest). */
function countBits(bits: number): number {
	let count = 0;
	for (; bits; bits &= bits - 1) count++;
	return count;
}

/**
 * One offer judged against the inputs: the `Option` the UI reads, with its ranking keys as plain
 * numbers (so sorting compares numbers). Not plain data, on purpose: at tens of thousands of
 * offers allocation is what costs, so what the UI reads of the offer is read through from its
 * `Prepared` record, and its failures and reasons are worked out when first read, then kept.
 * Each getter is documented with its shape; `toJSON` gives the plain `Option`.
 */
export class Judged implements Option {
	// Declared, not defined: the constructor's assignments make the object's shape in one go.
	/** US$ a month at the person's usage; undefined when the price is not announced. */
	declare readonly monthlyCost: number | undefined;
	/** Its device fit for the inputs (level and reason). */
	declare readonly fit: DeviceFit;
	/** The hard rules broken, as bits (`DEVICE`…`NO_CHAT`), and how many. */
	declare readonly broken: number;
	declare readonly failureCount: number;
	/** The rules of `broken` said as `failures`, and those said among `reasons`. */
	declare private shown: number;
	declare private told: number;
	/** Ranking keys, lower first (see `ranking.ts`): status, openness when preferred. */
	declare readonly statusRank: number;
	declare readonly openRank: number;
	/** 1 for a partly known price when a budget is set (ranked after fully known ones), else 0. */
	declare readonly partlyRank: number;
	/** The chosen order's key before cost (`orderKey`): 0 for cheapest first. */
	declare readonly orderKey: number;
	/** `monthlyCost`, Infinity when unknown. */
	declare readonly costKey: number;
	/** `FIT_RANK` of its fit: 0 fits … 3 not a fit. */
	declare readonly fitRank: number;
	/** The larger need first among offers judged against the person's memory; see `sizeRank`. */
	declare readonly sizeRank: number;
	/** The prepared offer's place in the last keys (memory need, newest model, id). */
	declare readonly tail: number;
	/** What stays the same for the catalogue: the offer, its models, price, rating… */
	declare readonly prepared: Prepared;
	/** The inputs it was judged against. */
	declare readonly inputs: ChooserInputs;
	declare private explained: Reason[] | undefined;
	declare private failed: Reason[] | undefined;

	/** `notYet`: planned while planned models are not included (see `grouping.ts`). */
	constructor(
		p: Prepared,
		inputs: ChooserInputs,
		cost: number | undefined,
		fit: DeviceFit,
		bits: number,
		notYet: boolean
	) {
		this.monthlyCost = cost;
		this.fit = fit;
		this.broken = bits;
		this.failureCount = countBits(bits);
		// Of another kind: the rules but its kind, which its group says (and but the price a planned
		// one has not yet announced); coming later: no failures, the rules but its price among its
		// reasons.
		const later = notYet && !(bits & PURPOSE);
		this.shown =
			bits & PURPOSE ? bits & ~PURPOSE & (notYet ? ~PRICE_UNKNOWN : ~0) : later ? 0 : bits;
		this.told = later ? bits & ~PRICE_UNKNOWN : 0;
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

	/**
	 * The hard rules it breaks, as reasons (device, openness, purpose, then price): every one in
	 * "Not a fit", all but its kind in the other kinds' group (and but the price a planned offer
	 * has not yet announced), none elsewhere. Worked out once.
	 */
	get failures(): Reason[] {
		if (this.failed) return this.failed;
		const bits = this.shown;
		if (bits === 0) return (this.failed = NO_FAILURES as Reason[]);
		return (this.failed = ruleReasons(this, bits, []));
	}

	/** The catalogue's offer, as it is (never a copy). */
	get offer(): Offer {
		return this.prepared.offer;
	}

	/** The models it gives that the catalogue has, in the offer's order. */
	get models(): Model[] {
		return this.prepared.models;
	}

	/** Open only when every model it gives is; closed when any is; else not stated. */
	get openness(): Openness {
		return this.prepared.openness;
	}

	/** A partly known price's fees beyond its tokens (not in `monthlyCost`); else undefined. */
	get fees(): Fee[] | undefined {
		return this.prepared.fees;
	}

	/** Its status in the answer: the offer's own, or planned while one of its models is. */
	get status(): Status {
		return this.prepared.status;
	}

	/** What it serves on the Chatbot Arena board: its own rating, else its best model's. */
	get rating(): ArenaEntry | undefined {
		return this.prepared.rating;
	}

	/** GB of memory it needs on the person's device (4-bit, §9); undefined when not run there. */
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

	/**
	 * Why it is where it is (`explain`), and in "Coming later" the rules it would break today
	 * (but for its price, not yet announced). Worked out once.
	 */
	get reasons(): Reason[] {
		if (this.explained) return this.explained;
		const reasons = explain(this);
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
 * Appends to `to` the hard rules of `bits` an option breaks, as reasons: that it does not chat
 * first, then in the form's order: device, openness, purpose, then price; returns `to`.
 */
function ruleReasons(j: Judged, bits: number, to: Reason[]): Reason[] {
	const { inputs } = j;
	if (bits & NO_CHAT) to.push({ code: 'no-chat' });
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
