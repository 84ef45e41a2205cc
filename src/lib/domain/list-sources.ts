/**
 * The public lists the app fetches when the person asks (§10, issue 15), the "as of"
 * record each list read into the catalogue leaves behind (a fetch or a file), and when the
 * chooser offers to get the latest lists. Plain values and rules: no network, no storage. The
 * service worker imports this file to leave the lists' addresses alone, so it imports nothing
 * heavier than the catalogue's words.
 */
import { PUBLIC_LISTS, type PublicList } from './catalogue-terms';

/** The lists the app can fetch itself: the two that allow cross-origin reads. */
export const FETCHED_LISTS = ['openrouter', 'models-dev'] as const;
export type FetchedList = (typeof FETCHED_LISTS)[number];

/**
 * Where each fetched list is read from; the reader with the same format id (`openRouter`,
 * `modelsDev` in `import/`) reads what comes back, as it reads the same list from a file.
 */
export const LIST_URLS: Readonly<Record<FetchedList, string>> = {
	openrouter: 'https://openrouter.ai/api/v1/models',
	'models-dev': 'https://models.dev/api.json'
};

/** The origins the lists come from: nothing else of the app ever goes there. */
const LIST_ORIGINS = new Set(FETCHED_LISTS.map((list) => new URL(LIST_URLS[list]).origin));

/**
 * Whether an address is on one of the lists' sites (any path, query or fragment): the service
 * worker never answers such a request from a cache nor keeps its response. Never throws; an
 * address that cannot be read is not a list's.
 */
export function isListSourceUrl(url: string | URL): boolean {
	try {
		return LIST_ORIGINS.has(new URL(url).origin);
	} catch {
		return false;
	}
}

/** How a list came in: fetched from its source, or from a file the person picked. */
export type ListHow = 'fetched' | 'file';

/**
 * A list's "as of" record: which list, when it was current (`asOf`, an ISO 8601 date-time in UTC,
 * `2026-11-30T09:15:00.000Z`: the fetch's time, or the file's last-modified time), how it came in,
 * and how many entries it had (the preview's `found`). One per list: the one read last.
 */
export type ListAsOf = {
	source: PublicList;
	asOf: string;
	how: ListHow;
	entries: number;
};

/** How long a list stays fresh: older than this, the chooser offers the latest lists. */
export const STALE_AFTER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO date-time in UTC as `Date#toISOString` writes it, and nothing longer. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether a text is a date-time that exists, in the form `toISOString` writes (years 1900–2999). */
function isIsoDateTime(text: string): boolean {
	if (!ISO_DATE_TIME.test(text)) return false;
	const time = Date.parse(text);
	// `Date.parse` rolls 2026-02-30 over to March: a date that does not exist writes back differently.
	return (
		Number.isFinite(time) &&
		new Date(time).toISOString() === text &&
		text >= '1900' &&
		text < '3000'
	);
}

/** A time (a `Date`, milliseconds since 1970, or an ISO text) in milliseconds; NaN if none. */
const millis = (time: Date | number | string): number =>
	time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);

/**
 * Makes a list's "as of" record. `when` is the fetch's time, or the file's `lastModified`
 * (milliseconds); a time in the future (a clock ahead, a file from a machine that is) or one that
 * is not a time reads as `now`. `entries` is rounded and never below 0.
 */
export function listAsOf(
	source: PublicList,
	when: Date | number,
	how: ListHow,
	entries: number,
	now: Date | number = Date.now()
): ListAsOf {
	const nowMs = millis(now);
	const whenMs = millis(when);
	const at = Number.isFinite(whenMs) && whenMs <= nowMs ? whenMs : nowMs;
	return {
		source,
		asOf: new Date(at).toISOString(),
		how,
		entries: Number.isFinite(entries) ? Math.max(0, Math.round(entries)) : 0
	};
}

/** A record read back (from storage, from an export) when it is one; undefined when not. Never throws. */
export function readListAsOf(value: unknown): ListAsOf | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const { source, asOf, how, entries } = value as Record<string, unknown>;
	if (typeof source !== 'string' || !(PUBLIC_LISTS as readonly string[]).includes(source)) {
		return undefined;
	}
	if (typeof asOf !== 'string' || !isIsoDateTime(asOf)) return undefined;
	if (how !== 'fetched' && how !== 'file') return undefined;
	if (typeof entries !== 'number' || !Number.isSafeInteger(entries) || entries < 0) {
		return undefined;
	}
	return { source: source as PublicList, asOf, how, entries };
}

/**
 * Records read back, one per list (the newest where there are several), in the order of
 * `PUBLIC_LISTS`; `ignored` counts what was not a record. Never throws.
 */
export function readListsAsOf(value: unknown): { records: ListAsOf[]; ignored: number } {
	const items: unknown[] = Array.isArray(value) ? value : [];
	let ignored = 0;
	let records: ListAsOf[] = [];
	for (const item of items) {
		const record = readListAsOf(item);
		if (!record) ignored++;
		else {
			const kept = records.find((r) => r.source === record.source);
			if (!kept || kept.asOf < record.asOf) records = withList(records, record);
		}
	}
	return { records, ignored };
}

/**
 * The records after a list was read into the catalogue: that list's record replaced by `record`,
 * whatever its date (the catalogue now holds what was read last, even an older file), the
 * others kept, in the order of `PUBLIC_LISTS`.
 */
export function withList(records: readonly ListAsOf[], record: ListAsOf): ListAsOf[] {
	return [...records.filter((r) => r.source !== record.source), record].sort(
		(a, b) => PUBLIC_LISTS.indexOf(a.source) - PUBLIC_LISTS.indexOf(b.source)
	);
}

/** The list read most recently by its as-of time; undefined when there is none. */
export function newestList(records: readonly ListAsOf[]): ListAsOf | undefined {
	let newest: ListAsOf | undefined;
	for (const record of records) if (!newest || record.asOf > newest.asOf) newest = record;
	return newest;
}

/**
 * Whole days from an as-of time to `now` ("3 days ago"): 0 on the first day, never below 0 (a
 * clock set back).
 */
export function ageInDays(asOf: string, now: Date | number = Date.now()): number {
	const elapsed = millis(now) - millis(asOf);
	return Number.isFinite(elapsed) ? Math.max(0, Math.floor(elapsed / DAY_MS)) : 0;
}

/**
 * How fresh the person's lists are: none at all; or the newest one's record and age in whole
 * days, stale when it is more than `STALE_AFTER_DAYS` days old (by the clock, not by whole days:
 * 30 days and 1 second is stale).
 */
export type Freshness =
	{ state: 'none' } | { state: 'fresh' | 'stale'; newest: ListAsOf; days: number };

/** How fresh the person's lists are, by their newest one. */
export function listFreshness(
	records: readonly ListAsOf[],
	now: Date | number = Date.now()
): Freshness {
	const newest = newestList(records);
	if (!newest) return { state: 'none' };
	const stale = millis(now) - millis(newest.asOf) > STALE_AFTER_DAYS * DAY_MS;
	return { state: stale ? 'stale' : 'fresh', newest, days: ageInDays(newest.asOf, now) };
}

/**
 * Whether the chooser offers "Get the latest lists": the person has no list, or their newest is
 * stale, and they have not dismissed the offer in the last `STALE_AFTER_DAYS` days
 * (`dismissedAt`, an ISO date-time as stored; one that cannot be read counts as none). A
 * dismissal is remembered, so the offer comes back at most once a month, never on every visit.
 */
export function offersLatestLists(
	records: readonly ListAsOf[],
	now: Date | number = Date.now(),
	dismissedAt?: string
): boolean {
	if (listFreshness(records, now).state === 'fresh') return false;
	if (dismissedAt === undefined || !isIsoDateTime(dismissedAt)) return true;
	return millis(now) - millis(dismissedAt) > STALE_AFTER_DAYS * DAY_MS;
}

/** What an offer says of the public list it came from (`Offer.list`): none for a built-in one. */
export type ListedOffer = { list?: { name: PublicList; asOf: string } };

/**
 * The lists that price the given offers (the chooser's picks): each list an offer names in its
 * `list`, once, in the order of `PUBLIC_LISTS`, with its "as of" time from the person's record
 * of it (`records`); a list with no record is dated by the newest day its offers give
 * (`2026-11-30`, read as midnight UTC). Offers of the built-in catalogue name no list: when none
 * of the offers came from a list, the answer is empty, whatever lists the person has.
 */
export function pricingLists(
	offers: readonly ListedOffer[],
	records: readonly ListAsOf[]
): Pick<ListAsOf, 'source' | 'asOf'>[] {
	const days = new Map<PublicList, string>();
	for (const { list } of offers) {
		if (!list) continue;
		const day = days.get(list.name);
		if (day === undefined || day < list.asOf) days.set(list.name, list.asOf);
	}
	return PUBLIC_LISTS.flatMap((source) => {
		const day = days.get(source);
		if (day === undefined) return [];
		const record = records.find((r) => r.source === source);
		return [{ source, asOf: record?.asOf ?? `${day}T00:00:00.000Z` }];
	});
}
