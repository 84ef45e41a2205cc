/** "Your answer" (§2): one pick for each way of using a model, and why a kind has none. */
import {
	FAILURE_CODES,
	PICK_KINDS,
	type NoPick,
	type Pick,
	type PickKind,
	type PickLine
} from './answer';
import type { Offer } from './catalogue';
import type { ChooserInputs } from './inputs';
import {
	CLOSED,
	DEVICE,
	type Judged,
	OPENNESS_UNKNOWN,
	OVER_BUDGET,
	PRICE_UNKNOWN,
	PURPOSE_KINDS
} from './judged';
import { fitsDevice } from './offer-fit';
import { compareCheapest, LEGACY } from './ranking';

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
 * The candidates a pick is chosen from: all of them, unless openness is `preferred` (each
 * `openRank` is 0 otherwise). Then those at least as open as the first of `from` (the pick's
 * candidates) by keys 1 and 2 (device fit, released before planned): a closed ChatGPT Free is
 * set aside for the open DeepSeek app, never an open model that fits for a closed one that does
 * not. A person who prefers open weights would not take the list's first open option as the
 * answer while the pick above it is closed (found by a trial, `/?open=preferred`).
 */
function openPool(candidates: readonly Judged[], from = candidates): Judged[] {
	const first = best(from, fitThenStatus);
	return candidates.filter((j) => j.openRank <= (first?.openRank ?? 0));
}

/**
 * "Your answer" (§2): one pick for each way of using a model that Recommendations has a
 * candidate of, never a legacy offer; On your device only when a device is chosen; only the
 * kinds "What for" asks for. Each pick's candidates are ranked by device fit, then released
 * before planned, then (openness `preferred`) the more open (`openPool`; its first line says
 * so), then its own keys, then the order of Recommendations (`recommendations` must come in that
 * order). For the kinds asked for without a pick: why.
 */
export function choosePicks(
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
	const preferOpen = inputs.openness === 'preferred';
	for (const kind of PICK_KINDS) {
		if (inputs.purpose !== undefined && !PURPOSE_KINDS[inputs.purpose].includes(kind)) continue;
		// Every openRank is 0 but with openness `preferred`: the pools are the lists themselves.
		const candidates = preferOpen ? openPool(byKind[kind]) : byKind[kind];
		let pick: Pick | undefined;
		if (kind === 'self-hosted' && inputs.device === undefined) {
			noPicks.push({ kind, why: 'no-device' });
			continue;
		}
		if (kind === 'free-app') pick = pickFreeApp(candidates);
		else if (kind === 'subscription') pick = pickSubscription(candidates, inputs);
		else if (kind === 'self-hosted') {
			// Its line speaks of the self-hosted offers that fit among those the pick was chosen from.
			const among = preferOpen
				? openPool(
						recommendations.filter((j) => j.prepared.kind === kind),
						byKind[kind]
					)
				: recommendations;
			pick = pickSelfHosted(candidates, among);
		} else pick = pickApi(candidates, inputs);
		if (pick?.option.status === 'planned' && !pick.lines.some((l) => l.code === 'planned')) {
			pick.lines.push({ code: 'planned' });
		}
		if (pick && candidates.length < byKind[kind].length) pick.lines.unshift({ code: 'more-open' });
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
