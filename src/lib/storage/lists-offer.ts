/**
 * When the person last dismissed the chooser's offer of the latest lists, kept on this device.
 *
 * Kept in `localStorage`, not in IndexedDB: the chooser decides whether to show the offer as soon
 * as the person's data is on screen, and a synchronous read keeps the offer from flashing before
 * a dismissal is known; the value is a single date, no part of the person's catalogue, exports or
 * resets. Where `localStorage` is out of reach (some private modes), nothing is remembered and the
 * offer comes back on the next visit; nothing throws.
 */

/** The key the dismissal time is stored under. */
export const LISTS_OFFER_KEY = 'model-chooser:lists-offer-dismissed';

/**
 * The stored dismissal time (an ISO 8601 date-time in UTC, as `Date#toISOString` writes it), or
 * undefined when there is none or it cannot be read. Never throws; the value is checked by
 * `offersLatestLists`, which counts one that is not a date-time as none.
 */
export function readListsOfferDismissal(): string | undefined {
	try {
		return localStorage.getItem(LISTS_OFFER_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * Remembers that the offer was dismissed at `now` (milliseconds since 1970, or a `Date`).
 * Returns what was stored, or undefined when storage refused it (the dismissal then lasts for
 * this page only). Never throws.
 */
export function rememberListsOfferDismissal(now: Date | number = Date.now()): string | undefined {
	const time = new Date(now);
	const at = (Number.isFinite(time.getTime()) ? time : new Date()).toISOString();
	try {
		localStorage.setItem(LISTS_OFFER_KEY, at);
		return at;
	} catch {
		return undefined;
	}
}

/**
 * The key the line's last height is stored under: whole CSS pixels, 0 when nothing showed. The
 * inline script in `app.html` reads it before the first paint and keeps that much room for the
 * line (`--lists-line` on the root), so the line, which comes after the start, moves nothing.
 */
export const LISTS_LINE_KEY = 'model-chooser:lists-line';

/**
 * Remembers the height the line took (CSS pixels, rounded; 0 when it showed nothing), for the
 * next visit's first paint. Returns whether it was stored; never throws.
 */
export function rememberListsLineHeight(px: number): boolean {
	try {
		localStorage.setItem(LISTS_LINE_KEY, String(Math.max(0, Math.min(9999, Math.round(px)))));
		return true;
	} catch {
		return false;
	}
}
