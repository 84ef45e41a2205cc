/**
 * A model's date as a table shows it in one cell (the catalogue's table, Compare): the day it
 * was released; for a model not released yet, "expected March 2025" or "announced 18 February
 * 2025", so a planned model's date never reads as a release. The words are the pages' own
 * (`date` in `en-pages.ts`), which every page but the chooser loads.
 */
import type { Model } from '$lib/domain/catalogue';
import { formatDate } from './format';
import { dictionaries, fill, type Lang } from './index';

/** The cell's text, undefined when the model has no date. */
export function modelDateText(dates: Model['dates'], lang: Lang): string | undefined {
	if (dates.released) return formatDate(dates.released, lang);
	const m = dictionaries[lang].date;
	if (dates.expected) return fill(m.expected, { date: formatDate(dates.expected, lang) });
	if (dates.announced) return fill(m.announced, { date: formatDate(dates.announced, lang) });
	return undefined;
}
