/** The chooser's entry: catalogue + inputs → the whole answer (§2), from the parts below. */
/*
 * The answer: one pick for each way of using a model, ranked recommendations with their reasons,
 * the offers that are not a fit (with every reason), the ones coming later, the other kinds than
 * "What for" asks, and, when nothing fits, which single change of input would give results.
 * The parts, each with its job:
 * - `answer.ts`: the answer's shapes (options, reasons, picks, lists, changes);
 * - `prepared.ts`: what stays the same for one catalogue (kept here, per catalogue);
 * - `pricing.ts`, `offer-traits.ts`: an offer's monthly cost; its openness, status and task;
 * - `offer-fit.ts`: an offer's device fit for the inputs (the table is `device-fit.ts`);
 * - `judged.ts`: the hard rules an offer breaks, and the option the UI reads;
 *   `option-reasons.ts`: its reasons;
 * - `ranking.ts`: the order of Recommendations;
 * - `grouping.ts`: which list each offer goes to; `failure-groups.ts`: "Not a fit" by the rule
 *   broken, for long lists;
 * - `picks.ts`: "Your answer";
 * - `changes.ts`: the single changes of input that would give results.
 */
import type { Recommendation } from './answer';
import type { Model, Offer } from './catalogue';
import { relaxations } from './changes';
import { isFolded, nearestFirst, place } from './grouping';
import { DEFAULT_INPUTS, type ChooserInputs } from './inputs';
import { choosePicks } from './picks';
import { prepareOffers, type CatalogueLike, type Prepared } from './prepared';
import { compare } from './ranking';

const preparedCache = new WeakMap<
	readonly Offer[],
	{ models: readonly Model[]; list: Prepared[] }
>();

/**
 * A catalogue's offers prepared once (`prepareOffers`); every later call with the same offers
 * and models reuses the work. Kept in the default answer's order: most inputs then sort a nearly
 * sorted list, which the engine's merge sort does in close to linear time.
 */
function prepared(catalogue: CatalogueLike): Prepared[] {
	const hit = preparedCache.get(catalogue.offers);
	if (hit && hit.models === catalogue.models) return hit.list;
	const ordered = Object.values(place(prepareOffers(catalogue), DEFAULT_INPUTS))
		.flat()
		.sort(compare)
		.map((j) => j.prepared);
	preparedCache.set(catalogue.offers, { models: catalogue.models, list: ordered });
	return ordered;
}

/** Recommends offers for the inputs: the chooser's whole answer, deterministic. */
export function recommend(catalogue: CatalogueLike, inputs: ChooserInputs): Recommendation {
	const offers = prepared(catalogue);
	const { recommendations, notAFit, comingLater, otherKinds } = place(offers, inputs);
	recommendations.sort(compare);
	comingLater.sort(compare);
	notAFit.sort(nearestFirst);
	otherKinds.sort(nearestFirst);
	const { picks, noPicks } = choosePicks(recommendations, notAFit, inputs);
	return {
		picks,
		noPicks,
		recommendations,
		folded: recommendations.filter((j) => isFolded(j, inputs)),
		notAFit,
		comingLater,
		otherKinds,
		relaxations: recommendations.length === 0 ? relaxations(offers, inputs, notAFit) : []
	};
}
