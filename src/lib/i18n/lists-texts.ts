/**
 * What the public lists' UI says, in either language (issue 15): a fetch's progress and why it
 * failed, with the list's name; each list's "as of" date; the chooser's offer when the lists are
 * old; how a shared link's lists compare with the person's; and what a newer list replaced. Every
 * word comes from the lists' dictionaries (`lists-en.ts`, `lists-ar.ts`), each language's a chunk
 * of its own, loaded by `loadListsWords` before the lists' UI shows.
 */
import type { PublicList } from '$lib/domain/catalogue-terms';
import type { ListComparison } from '$lib/domain/list-link';
import type { ListReplacement } from '$lib/domain/list-replace';
import { ageInDays, LIST_URLS, type ListAsOf } from '$lib/domain/list-sources';
import type { FetchFailure, FetchProgress } from '$lib/lists/fetch-list';
import { formatBytes, formatDay, isolated, ltrPiece, pluralText } from './format';
import { fill, intlLocale, merged, wantWords, type Lang } from './index';
import type { ListsWords } from './lists-en';
import type { ListsResultsWords } from './lists-results-en';

/** The lists' words of each language the app has loaded, once `loadListsWords` has run. */
export const listsWords = {} as Record<Lang, ListsWords>;

/**
 * Loads the lists' words of every language loaded so far, and of any loaded later (a language
 * switch): call it before anything of the lists' UI renders.
 */
export const loadListsWords = (): Promise<void> => wantWords(loadLists);
const loadLists = merged(
	{
		en: async () => (await import('./lists-en')).listsEn,
		ar: async () => (await import('./lists-ar')).listsAr
	},
	listsWords
);

/** What a fetch or an import did, in each language loaded so far, once loaded. */
export const listsResults = {} as Record<Lang, ListsResultsWords>;

/**
 * Loads the words of what a fetch or an import did (`failureText` but offline, `replacedText`,
 * `retiringText`) and of a shared link's lists (`comparisonText`) in every language loaded so
 * far and later: with the fetch or the import, never with the page.
 */
export const loadListsResultsWords = (): Promise<void> => wantWords(loadResults);

/** Every word of the lists (their UI's and what a fetch or a link says): the chooser's parts. */
export const loadAllListsWords = async (): Promise<void> => {
	await Promise.all([loadListsWords(), loadListsResultsWords()]);
};
const loadResults = merged(
	{
		en: async () => (await import('./lists-results-en')).listsResultsEn,
		ar: async () => (await import('./lists-results-ar')).listsResultsAr
	},
	listsResults
);

/** A list's name as a sentence shows it: isolated in Arabic, so a Latin name never reorders it. */
export const listName = (list: PublicList, lang: Lang): string =>
	isolated(listsWords[lang].names[list], lang);

/**
 * What the app contacts, and that nothing about the person is sent, with the two lists' full
 * addresses (`LIST_URLS`, kept left to right in Arabic): the button's own help (`help`), or the
 * About page's words (`about`).
 */
export function privacyText(where: 'help' | 'about', lang: Lang): string {
	const m = listsWords[lang];
	return fill(where === 'help' ? m.fetch.help : m.privacy, {
		openrouter: ltrPiece(LIST_URLS.openrouter, lang),
		modelsDev: ltrPiece(LIST_URLS['models-dev'], lang)
	});
}

/**
 * A fetch's progress: "OpenRouter: 1.2 MB of 4.5 MB", or "… 1.2 MB received" with no total;
 * before the first byte, "OpenRouter: asking for the list…".
 */
export function progressText(list: PublicList, progress: FetchProgress, lang: Lang): string {
	const m = listsWords[lang].fetch;
	const values = { list: listName(list, lang), received: formatBytes(progress.received, lang) };
	if (progress.received === 0) return fill(m.waiting, values);
	return progress.total === undefined
		? fill(m.progressUnknown, values)
		: fill(m.progress, { ...values, total: formatBytes(progress.total, lang) });
}

/**
 * Why a list could not be fetched, with its name; every one ends "Nothing was changed." Offline
 * is said with the lists' words; the rest need `loadListsResultsWords`.
 */
export function failureText(list: PublicList, failure: FetchFailure, lang: Lang): string {
	const name = listName(list, lang);
	if (failure.reason === 'offline')
		return fill(listsWords[lang].listsReach.offline, { list: name });
	const m = listsResults[lang];
	switch (failure.reason) {
		case 'refused':
			return fill(m.failed.refused, { list: name, status: isolated(String(failure.status), lang) });
		case 'unreachable':
		case 'blocked':
		case 'unreachable-or-blocked':
			return fill(m.listsReach[failure.reason], { list: name });
		case 'timeout':
			return fill(m.failed.timeout, {
				list: name,
				seconds: pluralText(listsWords[lang].seconds, Math.round(failure.limitMs / 1000), lang)
			});
		default:
			return fill(m.failed[failure.reason], { list: name });
	}
}

const relative = new Map<Lang, Intl.RelativeTimeFormat>();

/**
 * An age in whole days as a person says it: "today", "yesterday", "3 days ago"; from 60 days,
 * in months ("3 months ago"); from two years, in years.
 */
export function ageText(days: number, lang: Lang): string {
	let format = relative.get(lang);
	if (!format) {
		format = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
		relative.set(lang, format);
	}
	if (days < 60) return format.format(-days, 'day');
	if (days < 730) return format.format(-Math.floor(days / 30), 'month');
	return format.format(-Math.floor(days / 365), 'year');
}

/**
 * A list's "as of" line for Settings: "OpenRouter, fetched 3 days ago"; a file's by its date,
 * "LiteLLM, from a file dated 20 November 2026".
 */
export function asOfText(record: ListAsOf, lang: Lang, now: Date | number = Date.now()): string {
	const m = listsWords[lang].asOf;
	const list = listName(record.source, lang);
	return record.how === 'fetched'
		? fill(m.fetched, { list, age: ageText(ageInDays(record.asOf, now), lang) })
		: fill(m.file, { list, date: formatDay(record.asOf.slice(0, 10), lang) });
}

/**
 * The chooser's line on its lists (PRODUCT.md §10: it says how old the newest list is): for a
 * list that prices a pick (`pricingLists`), "Prices from OpenRouter, 3 days ago" (`prices`);
 * when no pick is priced from a list, the person's newest list, "Newest model list: OpenRouter,
 * 45 days ago" (`newest`). Its name and its age, from its "as of" time.
 */
export function listAgeText(
	kind: 'prices' | 'newest',
	record: Pick<ListAsOf, 'source' | 'asOf'>,
	lang: Lang,
	now: Date | number = Date.now()
): string {
	return fill(listsWords[lang].asOf[kind], {
		list: listName(record.source, lang),
		age: ageText(ageInDays(record.asOf, now), lang)
	});
}

/**
 * How one of the receiver's lists compares with a shared link's: "This link was made with
 * OpenRouter's list of 30 November 2026; yours is older (1 October 2026)." None when the same.
 */
export function comparisonText(comparison: ListComparison, lang: Lang): string | undefined {
	if (comparison.state === 'same') return undefined;
	const day = (iso: string | undefined) => (iso ? formatDay(iso, lang) : '');
	return fill(listsResults[lang].link[comparison.state], {
		list: listName(comparison.list, lang),
		linked: day(comparison.linked),
		mine: day(comparison.mine)
	});
}

/**
 * What a newer list replaced, counted in its entries (offers): "Compared with the list you had:
 * 5,100 entries updated, 200 new and 40 no longer listed (kept, marked legacy)." When the person
 * has edits, notes or stars on the list's entries, it adds that they are kept.
 */
export function replacedText(replacement: ListReplacement, lang: Lang): string {
	const m = listsResults[lang].replaced;
	const summary = fill(m.summary, {
		updated: pluralText(m.updated, replacement.offers.updated.length, lang),
		added: pluralText(m.added, replacement.offers.added.length, lang),
		gone: pluralText(m.gone, replacement.offers.gone.length, lang)
	});
	const { edits, notes, favourites } = replacement.kept;
	return edits + notes + favourites > 0 ? `${summary} ${m.kept}` : summary;
}
