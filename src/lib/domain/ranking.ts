/** The order of Recommendations (§2's keys), as numbers on each judged offer. */
/*
 * Order of Recommendations (each key breaks the ties of the one before): released, planned,
 * legacy; open, then not stated, then closed (only when openness is `preferred`); with a budget,
 * fully known prices before partly known ones; with "Highest rated first",
 * higher Chatbot Arena score (unrated after rated), with "Newest first", the newer model; lower
 * monthly cost, unknown last; device fit (fits, tight, unknown); among offers judged against
 * the memory the person gave, the larger need first (the largest model that fits, as the pick
 * takes: §2's "lower memory need" put a list of hundreds of free open models in the order of
 * the tiniest first); lower memory need (none counts as 0); newer model (the offer's newest);
 * id. Where the rules are silent: "Coming later" uses the same order, and "Not a fit" (and the
 * other kinds than "What for" asks) puts the offers with the fewest failures first (the nearest
 * misses), then the same order.
 */
import type { Openness, Status } from './catalogue';
import type { SortOrder } from './inputs';
import type { Judged } from './judged';
import type { Prepared } from './prepared';

/** Where an offer's status ranks it: released, then planned, then legacy. */
export const STATUS_RANK: Record<Status, number> = { released: 0, planned: 1, legacy: 2 };
/** The status ranks the lists and the picks test for. */
export const PLANNED = STATUS_RANK.planned;
export const LEGACY = STATUS_RANK.legacy;

/** Where openness `preferred` ranks an offer: open, then not stated, then closed. */
export const PREFERRED_RANK: Record<Openness, number> = {
	'open-weights': 0,
	unknown: 1,
	closed: 2
};

/** The key of the chosen order that comes before cost: 0 for cheapest first. */
export function orderKey(p: Prepared, sort: SortOrder): number {
	if (sort === 'rated') return p.score < 0 ? 1 : -p.score;
	if (sort === 'new') return -p.newest;
	return 0;
}

/** Offer ids in code-point order: the last key. */
export const compareIds = (p: Prepared, q: Prepared): number =>
	p.offer.id < q.offer.id ? -1 : p.offer.id > q.offer.id ? 1 : 0;

/**
 * The ranking of §2: each key breaks the ties of the one before; the last ones
 * (memory need, newest model, id) are the prepared `tail`. Every key is a number on the judged
 * offer itself: sorting tens of thousands reads nothing else.
 */
export function compare(a: Judged, b: Judged): number {
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

/** The default order of Recommendations (cheapest first), whatever order the person chose. */
export const compareCheapest = (a: Judged, b: Judged): number =>
	a.statusRank - b.statusRank ||
	a.openRank - b.openRank ||
	a.partlyRank - b.partlyRank ||
	(a.costKey === b.costKey ? 0 : a.costKey < b.costKey ? -1 : 1) ||
	a.fitRank - b.fitRank ||
	a.tail - b.tail;
