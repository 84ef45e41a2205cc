/**
 * The chooser's last inputs, kept on this device (§2: a visit without inputs shows
 * the last ones, with "Start over").
 *
 * Kept in `localStorage`, as the query string a link would carry (`device=gpu&vram=8`, without
 * `lang`, `cat` or `lists`), not in IndexedDB: the inline script of `app.html` reads the key
 * before the first paint, so a visit that will show remembered inputs never paints the default
 * answer first; and the value is read back through the link reader, which drops anything it does
 * not understand. No part of the person's catalogue, exports or resets. Where `localStorage` is
 * out of reach (some private modes) or full, nothing is remembered; nothing throws.
 */

/** The key the inputs are stored under; `app.html` reads it too. */
export const LAST_INPUTS_KEY = 'model-chooser:inputs';

/** The stored query string (no leading `?`), or undefined when there is none. Never throws. */
export function readLastInputs(): string | undefined {
	try {
		return localStorage.getItem(LAST_INPUTS_KEY) || undefined;
	} catch {
		return undefined;
	}
}

/**
 * Remembers `query` (a link's query string with or without its `?`); an empty one (the defaults)
 * forgets instead. Returns whether storage took it. Never throws.
 */
export function rememberLastInputs(query: string): boolean {
	const value = query.replace(/^\?/, '');
	try {
		if (value) localStorage.setItem(LAST_INPUTS_KEY, value);
		else localStorage.removeItem(LAST_INPUTS_KEY);
		return true;
	} catch {
		return false;
	}
}
