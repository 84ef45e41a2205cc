/**
 * Which navigations the service worker answers with the app's fallback page (200.html): the
 * app's own addresses, never a file's. Plain values, no Workbox: the worker and its tests share
 * them.
 */

/**
 * Workbox `NavigationRoute` denylist, tested against a URL's path and query: a navigation that
 * matches one goes to the network (a 404 when the file is not there), not to the app.
 * - `/.well-known/…`: addresses for other programs (security.txt, app links).
 * - `/sw.js`: the worker's own script, opened by hand.
 * - a path whose last part has a file extension (`/foo.png`, `/robots.txt` when absent), except
 *   a model's page: model ids may hold dots (`/models/gpt-4.1`).
 */
export const NAVIGATION_DENYLIST: readonly RegExp[] = [
	/^\/\.well-known(?:\/|\?|$)/,
	/^\/sw\.js(?:\?|$)/,
	/^(?!\/models\/[^/?]+\/?(?:\?|$))[^?]*\/[^/?]*\.[a-z0-9]{1,8}(?:\?|$)/i
];

/** Whether the fallback page answers a navigation to `url` (as Workbox decides it). */
export function answersNavigation(url: URL): boolean {
	const target = url.pathname + url.search;
	return !NAVIGATION_DENYLIST.some((pattern) => pattern.test(target));
}
