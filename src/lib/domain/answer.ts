/** The chooser's answer as data (§2): options, reasons, picks, lists, changes that would help. */
import type {
	ArenaEntry,
	DateValue,
	Fee,
	Localized,
	Model,
	Offer,
	OfferKind,
	Openness,
	Status
} from './catalogue';
import type { DeviceFit, FitReason } from './device-fit';
import type { Device, Purpose } from './inputs';

/** A reason is data: a code and its values. The UI says it in the person's language. */
export type Reason =
	| FitReason
	/** Every model it gives does not chat (embeddings, speech, images…): never a fit. */
	| { code: 'no-chat' }
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
	/** First, when openness is `preferred` and less open candidates were set aside (`openPool`). */
	| { code: 'more-open' }
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

/** The chooser's whole answer for one catalogue and one set of inputs (§2). */
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

/**
 * The hard rules an offer can break, as reason codes: not chatting, then in the order the form
 * asks about them.
 */
export const FAILURE_CODES = [
	'no-chat',
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
