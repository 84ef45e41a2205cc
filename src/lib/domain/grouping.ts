/** Where each judged offer goes (§2): Recommendations, Not a fit, Coming later, other kinds. */
/*
 * Passing offers that are released or legacy are recommended; planned ones are recommended
 * when planned models are included. When "What for" is chosen, the offers of the other kinds are
 * neither recommended nor "Not a fit" nor "Coming later": they are their own group, `otherKinds`,
 * after the others (a person who asks for APIs sees APIs first, and the rest labelled as what it
 * is), planned or not: the kind the person left out is the first thing to say of them. While
 * planned models are not included, every other planned offer (the offer's own status, or its
 * model's: an offer is never more available than its model) is "Coming later", whatever rule it
 * breaks: not yet available is the first thing to say of it, and its price is not announced by
 * nature. The rules it would break today, but for its price, are its reasons there.
 */
import type { ChooserInputs } from './inputs';
import { broken, costOf, Judged, PURPOSE } from './judged';
import { fitKeyOf, fitOf } from './offer-fit';
import type { Prepared } from './prepared';
import { compare, PLANNED } from './ranking';

/** The lists an answer puts its offers in. */
export type Lists = {
	recommendations: Judged[];
	notAFit: Judged[];
	comingLater: Judged[];
	otherKinds: Judged[];
};

/**
 * Puts each offer in its list, unsorted: one of another kind than "What for" asks in
 * `otherKinds`, planned or not (its other failures as failures, but for the price a planned one
 * has not yet announced); else a planned offer while planned models are not included in "Coming
 * later", whatever it breaks (the rules it would break, but for its price not yet announced,
 * among its reasons); else one that breaks a rule in "Not a fit"; else in Recommendations. With `onlyRecommended`, only the recommendations are made (the
 * other lists stay empty): what trying a change of input needs.
 */
export function place(
	prepared: readonly Prepared[],
	inputs: ChooserInputs,
	onlyRecommended = false
): Lists {
	const lists: Lists = { recommendations: [], notAFit: [], comingLater: [], otherKinds: [] };
	const fitKey = fitKeyOf(inputs);
	for (const p of prepared) {
		const cost = costOf(p, inputs.usage);
		const fit = fitOf(p, fitKey, inputs);
		const bits = broken(p, inputs, cost, fit);
		// A model that does not chat is no answer later either: "Not a fit" (§2).
		const notYet = p.statusRank === PLANNED && !inputs.includePlanned && !p.noChat;
		if (onlyRecommended && (bits !== 0 || notYet)) continue;
		const list =
			bits & PURPOSE
				? lists.otherKinds
				: notYet
					? lists.comingLater
					: bits
						? lists.notAFit
						: lists.recommendations;
		list.push(new Judged(p, inputs, cost, fit, bits, notYet));
	}
	return lists;
}

/** Fewest failures first, then the order of Recommendations: "Not a fit" and the other kinds. */
export const nearestFirst = (a: Judged, b: Judged): number =>
	a.failureCount - b.failureCount || compare(a, b);

/** Whether a recommended option is shown in the folded "Run it yourself" group (§2). */
export const isFolded = (j: Judged, inputs: ChooserInputs): boolean =>
	inputs.device === undefined && j.prepared.kind === 'self-hosted' && j.fit.level === 'unknown';
