/**
 * The `lists` parameter of a share link (§3): which public lists the sharer's
 * catalogue holds and their as-of days, `lists=openrouter.2026-11-30,models.dev.2026-11-28`, and
 * how the receiver's own lists compare with them.
 *
 * The value is a comma-separated list of `<list>.<day>`: `<list>` is `openrouter`, `models.dev` or
 * `litellm` (`models-dev` is read too); `<day>` is the list's as-of day in UTC, `YYYY-MM-DD`, and
 * the last dot is the one before it. Every character is URL-safe, so nothing is escaped. Writing
 * gives each list once, in the order of `PUBLIC_LISTS`. Reading never throws: a part whose list
 * is unknown, whose day does not exist, or that names a list already read is named (as
 * received) and left out; the rest is read, in the canonical order. How the receiver's lists
 * compare with a link's is in `list-compare.ts`, loaded only with a link that names lists.
 */
import { isRealDay } from './dates';
import { PUBLIC_LISTS, type PublicList } from './catalogue-terms';
import type { ListAsOf } from './list-sources';

export type { ListComparison } from './list-compare';

/** A list named in a link: which list, and its as-of day (`YYYY-MM-DD`, UTC). */
export type ListTag = { list: PublicList; day: string };

/** How a link spells each list: the names people know them by. */
export const LINK_LIST_NAMES: Readonly<Record<PublicList, string>> = {
	openrouter: 'openrouter',
	'models-dev': 'models.dev',
	litellm: 'litellm'
};

/** The spellings a link may use for each list: its own, and the format id. */
const LINK_SPELLINGS = new Map<string, PublicList>(
	PUBLIC_LISTS.flatMap((list) => [
		[LINK_LIST_NAMES[list], list],
		[list, list]
	])
);

/** No value a sharer writes is longer (three lists of 24 characters at most); longer is not read. */
const MAX_LISTS_LENGTH = 200;

/** `<list>.<day>`: the day is the last 10 characters after a dot. */
const TAG = /^([a-z.-]{1,20})\.(\d{4}-\d{2}-\d{2})$/;

/**
 * Reads a `lists` value into tags in the order of `PUBLIC_LISTS`; each part that cannot be read
 * is passed to `ignore` as received (cut by the caller), and so is a day after tomorrow (UTC) by
 * `now`: no list can be as of a day still to come (a day ahead is a time zone's). Undefined when
 * the value holds no part at all (empty, or too long to be a link's), so that the parameter
 * itself is named.
 */
export function readListTags(
	value: string,
	ignore: (shown: string) => void,
	now: number = Date.now()
): ListTag[] | undefined {
	const latest = new Date(now + 86_400_000).toISOString().slice(0, 10);
	if (value.length > MAX_LISTS_LENGTH) return undefined;
	const parts = value
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
	if (parts.length === 0) return undefined;
	const tags: ListTag[] = [];
	for (const part of parts) {
		const match = TAG.exec(part);
		const list = match ? LINK_SPELLINGS.get(match[1]!) : undefined;
		const day = match?.[2];
		if (!list || !day || !isRealDay(day) || day > latest || tags.some((t) => t.list === list)) {
			ignore(part);
		} else tags.push({ list, day });
	}
	return sortTags(tags);
}

const sortTags = (tags: ListTag[]): ListTag[] =>
	tags.sort((a, b) => PUBLIC_LISTS.indexOf(a.list) - PUBLIC_LISTS.indexOf(b.list));

/** Writes tags as a `lists` value (`openrouter.2026-11-30,models.dev.2026-11-28`); `` for none. */
export function writeListTags(tags: readonly ListTag[]): string {
	const once = new Map<PublicList, string>();
	for (const { list, day } of tags) if (!once.has(list) && isRealDay(day)) once.set(list, day);
	return sortTags([...once].map(([list, day]) => ({ list, day })))
		.map(({ list, day }) => `${LINK_LIST_NAMES[list]}.${day}`)
		.join(',');
}

/** The tags a link made from this catalogue carries: each list's as-of day (UTC). */
export function listTagsOf(records: readonly ListAsOf[]): ListTag[] {
	return sortTags(records.map((r) => ({ list: r.source, day: r.asOf.slice(0, 10) })));
}
