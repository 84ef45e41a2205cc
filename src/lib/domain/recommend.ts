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
import type { DateValue, Model, Offer, Openness, Price, Status } from './catalogue';
import { deviceFit, type DeviceFit, type FitLevel, type FitReason } from './device-fit';
import { DEVICES, type ChooserInputs, type Device } from './inputs';

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
			// Rounded to a millionth of a dollar so float noise never decides a budget.
			return Math.round(usage * (price.inputPerMTok / 2 + price.outputPerMTok / 2) * 1e6) / 1e6;
		case 'unknown':
			return undefined;
	}
}

const STATUS_RANK: Record<Status, number> = { released: 0, planned: 1, legacy: 2 };
const FIT_RANK: Record<FitLevel, number> = { fits: 0, tight: 1, unknown: 2, no: 3 };

/** A date as a sortable string: `2024-11` sorts as `2024-11-00`. */
function dateKey(model: Model): string {
	const d = model.dates.released ?? model.dates.expected ?? model.dates.announced;
	if (!d) return '';
	const [y = '0000', m = '00', day = '00'] = d.value.split('-');
	return `${y}-${m}-${day}`;
}

type Judged = Option & { newest: string; minGb: number };

function judge(offer: Offer, models: Model[], inputs: ChooserInputs): Judged {
	const cost = monthlyCost(offer.price, inputs.usage);
	const openness: Openness =
		models.length > 0 && models.every((m) => m.openness === 'open-weights')
			? 'open-weights'
			: 'closed';
	const fit = deviceFit(offer.runsOn, inputs);
	const reasons: Reason[] = [];
	const failures: Reason[] = [];

	if (fit.level === 'no') failures.push(fit.reason);
	if (openness === 'closed' && inputs.openness === 'required')
		failures.push({ code: 'closed-weights' });
	if (inputs.budget !== undefined) {
		if (cost === undefined) failures.push({ code: 'price-unknown' });
		else if (cost > inputs.budget) {
			failures.push({ code: 'over-budget', costUsd: cost, budgetUsd: inputs.budget });
		}
	}

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
	if (cost !== undefined && cost > 0 && inputs.budget !== undefined && cost <= inputs.budget) {
		reasons.push({ code: 'within-budget', costUsd: cost, budgetUsd: inputs.budget });
	}
	if (openness === 'open-weights') reasons.push({ code: 'open-weights' });
	else if (inputs.openness !== 'required') reasons.push({ code: 'closed' });
	if (fit.level !== 'no') reasons.push(fit.reason);
	if (offer.status === 'planned') {
		const expected = models.map((m) => m.dates.expected).find((d) => d !== undefined);
		reasons.push(expected ? { code: 'planned', expected } : { code: 'planned' });
	}
	if (offer.status === 'legacy') reasons.push({ code: 'legacy' });

	return {
		offer,
		models,
		monthlyCost: cost,
		openness,
		status: offer.status,
		fit,
		reasons,
		failures,
		newest: models.reduce((max, m) => (dateKey(m) > max ? dateKey(m) : max), ''),
		minGb: offer.runsOn.place === 'gpu' ? (offer.runsOn.minGb ?? 0) : 0
	};
}

function byRank(preferOpen: boolean) {
	return (a: Judged, b: Judged): number =>
		STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
		(preferOpen ? Number(a.openness === 'closed') - Number(b.openness === 'closed') : 0) ||
		(a.monthlyCost ?? Infinity) - (b.monthlyCost ?? Infinity) ||
		// Both unknown: Infinity - Infinity is NaN, which `||` passes on to the next key.
		FIT_RANK[a.fit.level] - FIT_RANK[b.fit.level] ||
		a.minGb - b.minGb ||
		(a.newest === b.newest ? 0 : a.newest > b.newest ? -1 : 1) ||
		(a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);
}

const strip = ({ newest: _n, minGb: _m, ...option }: Judged): Option => option;

/** Sorts the offers into the three lists, ranked, without looking for relaxations. */
function sortOffers(
	catalogue: CatalogueLike,
	inputs: ChooserInputs
): Omit<Recommendation, 'relaxations'> {
	const modelsById = new Map(catalogue.models.map((m) => [m.id, m]));
	const recommendations: Judged[] = [];
	const notAFit: Judged[] = [];
	const comingLater: Judged[] = [];
	for (const offer of catalogue.offers) {
		const models = offer.models.flatMap((id) => modelsById.get(id) ?? []);
		const judged = judge(offer, models, inputs);
		if (judged.failures.length > 0) notAFit.push(judged);
		else if (offer.status === 'planned' && !inputs.includePlanned) comingLater.push(judged);
		else recommendations.push(judged);
	}
	const rank = byRank(inputs.openness === 'preferred');
	recommendations.sort(rank);
	comingLater.sort(rank);
	notAFit.sort((a, b) => a.failures.length - b.failures.length || rank(a, b));
	return {
		recommendations: recommendations.map(strip),
		notAFit: notAFit.map(strip),
		comingLater: comingLater.map(strip)
	};
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
	notAFit: Option[]
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
			.filter((o) => o.failures.every((f) => f.code === 'over-budget'))
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
	const lists = sortOffers(catalogue, inputs);
	const relaxations: Relaxation[] = [];
	if (lists.recommendations.length === 0) {
		for (const change of candidateChanges(catalogue, inputs, lists.notAFit)) {
			const { recommendations } = sortOffers(catalogue, applyChange(inputs, change));
			const best = recommendations[0];
			if (!best) continue;
			const previous = relaxations.at(-1);
			// "No budget limit" says nothing new when raising the budget brings the same options.
			if (previous?.change.input === 'budget' && change.input === 'budget') {
				if (previous.count === recommendations.length) continue;
			}
			relaxations.push({ change, count: recommendations.length, best });
		}
	}
	return { ...lists, relaxations };
}
