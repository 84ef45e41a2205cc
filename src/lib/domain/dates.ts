/**
 * Dates of the catalogue at their own precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): a file with no
 * dependencies, so that the words for a date load without the catalogue's queries.
 */
import type { DateValue } from './catalogue';

/**
 * Whether a retirement date has not passed on `today` (`YYYY-MM-DD`), at the date's own
 * precision: the day itself, or a month or a year that has begun, is not past until it ends.
 */
export function retiresLater(date: DateValue, today: string): boolean {
	return date.value >= today.slice(0, date.value.length);
}
