/**
 * The latest attempt of each kind of write on the page (`star`: a star put on or taken off, on
 * any model or offer, wherever it is shown), so that only its outcome is said: an earlier
 * attempt's alert goes as soon as a later attempt of the same kind starts.
 */
const latest = $state<Record<string, symbol>>({});

/** Starts an attempt of `action` (`'star'`): it is the latest now. Returns its token. */
export function startAttempt(action: string): symbol {
	const token = Symbol(action);
	latest[action] = token;
	return token;
}

/**
 * Whether the attempt `token` is still the latest of `action`; false for no token. Reactive: read
 * in a template or a `$derived`, it changes when a later attempt starts.
 */
export function isLatestAttempt(action: string, token: symbol | undefined): boolean {
	return token !== undefined && latest[action] === token;
}
