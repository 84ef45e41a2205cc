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

/** The years a catalogue date may fall in, both included. */
export const DATE_YEARS = { first: 1900, last: 2999 } as const;

/** Days in a month (1 to 12) of a year of the Gregorian calendar, any year. */
function daysIn(year: number, month: number): number {
	if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The year of `value` when it is a date of the calendar (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
function calendarYear(value: string, precision: 'day' | 'any'): number | undefined {
	const match =
		precision === 'day'
			? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
			: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
	return year;
}

const inYears = (year: number) => year >= DATE_YEARS.first && year <= DATE_YEARS.last;

/**
 * Whether `value` (`YYYY-MM-DD`) is a day that exists, in the years 1900 to 2999 (`DATE_YEARS`):
 * "2025-02-31" and "0099-01-01" are not (a date library would shift them to 3 March and 1999).
 */
export function isRealDay(value: string): boolean {
	const year = calendarYear(value, 'day');
	return year !== undefined && inYears(year);
}

/**
 * Whether `value` is a date of the calendar (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in a year outside
 * 1900 to 2999 (`DATE_YEARS`): "0001-01-01", "3000-05". Such a date exists, so it is refused
 * for its year, not as a day that does not exist.
 */
export function isOutOfYears(value: string): boolean {
	const year = calendarYear(value, 'any');
	return year !== undefined && !inYears(year);
}
