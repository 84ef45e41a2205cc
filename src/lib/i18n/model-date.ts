/**
 * A model's date as a table shows it in one cell (the catalogue's table, Compare): the day it
 * was released; the day a public list added it (OpenRouter's `created`, `releasedFrom:
 * 'listing'`) as "on a public list since 10 May 2024", as the model's page says it; for a model
 * not released yet, "expected March 2025" or "announced 18 February 2025". So neither a list's
 * day nor a planned model's date reads as a release. The words are the pages' own (`date` in
 * `en-pages.ts`), which every page but the chooser loads.
 */
import type { Model } from '$lib/domain/catalogue';
import { formatDate } from './format';
import { dictionaries, fill, type Lang } from './index';

/** The cell's text, undefined when the model has no date. */
export function modelDateText(dates: Model['dates'], lang: Lang): string | undefined {
	const m = dictionaries[lang].date;
	if (dates.released)
		return dates.releasedFrom
			? fill(m.listed, { date: formatDate(dates.released, lang) })
			: formatDate(dates.released, lang);
	if (dates.expected) return fill(m.expected, { date: formatDate(dates.expected, lang) });
	if (dates.announced) return fill(m.announced, { date: formatDate(dates.announced, lang) });
	return undefined;
}
