/**
 * How the receiver's public lists compare with the ones a shared link names (`lists=`, read by
 * `list-link.ts`), by each list's as-of day. Apart from the link's reader so that a first visit,
 * which reads every link, does not carry it: it loads with a link that names lists.
 */
import { PUBLIC_LISTS, type PublicList } from './catalogue-terms';
import type { ListTag } from './list-link';
import type { ListAsOf } from './list-sources';

/**
 * How one of the receiver's lists compares with the link's, by as-of day: `same`; `older` (the
 * receiver's list is older than the link's); `newer` (the receiver's is newer); `missing` (the
 * link names a list the receiver does not have); `extra` (the receiver has a list the link does
 * not name). `linked` and `mine` are the two days, where there is one.
 */
export type ListComparison = {
	list: PublicList;
	state: 'same' | 'older' | 'newer' | 'missing' | 'extra';
	linked?: string;
	mine?: string;
};

/**
 * Compares a link's lists with the receiver's, in the order of `PUBLIC_LISTS`. A link that names
 * no list (made before lists existed, or by a sharer with none) gives no comparison: its answer
 * may differ for other reasons, which `cat` tells.
 */
export function compareListTags(
	linked: readonly ListTag[],
	mine: readonly ListAsOf[]
): ListComparison[] {
	if (linked.length === 0) return [];
	const comparisons: ListComparison[] = [];
	for (const list of PUBLIC_LISTS) {
		const link = linked.find((t) => t.list === list)?.day;
		const own = mine.find((r) => r.source === list)?.asOf.slice(0, 10);
		if (link === undefined && own === undefined) continue;
		if (link === undefined) comparisons.push({ list, state: 'extra', mine: own });
		else if (own === undefined) comparisons.push({ list, state: 'missing', linked: link });
		else {
			const state = own === link ? 'same' : own < link ? 'older' : 'newer';
			comparisons.push({ list, state, linked: link, mine: own });
		}
	}
	return comparisons;
}

/** Whether the receiver's lists differ from the link's in any way (so the answer may too). */
export const listsDiffer = (comparisons: readonly ListComparison[]): boolean =>
	comparisons.some((c) => c.state !== 'same');
