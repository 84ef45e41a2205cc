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

/**
 * Whether `value` (`YYYY-MM-DD`) is a day that exists, in the years 1900 to 2999: "2025-02-31"
 * and "0099-01-01" are not (a date library would shift them to 3 March and 1999).
 */
export function isRealDay(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= days;
}
