/** The address bar holds a page's state: written with replaceState whenever the state changes. */
import { onMount, tick } from 'svelte';
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';

/**
 * Keeps `search()` (a query string, `` for the defaults) in the address bar, without adding
 * to the history. Call during a page component's setup; the page reads the incoming link in
 * its own onMount, and writing starts only after SvelteKit's router has started.
 */
export function keepInAddressBar(search: () => string): void {
	let ready = $state(false);
	onMount(() => void tick().then(() => (ready = true)));
	$effect(() => {
		const next = search();
		if (ready && next !== location.search) {
			// The page's own address with only its query changed. The fragment passes untouched, so
			// it stays out of resolve(), which reads "[x]" in it as a route parameter to fill in.
			const address = resolve(`${location.pathname}${next}` as '/');
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- resolved just above
			replaceState(`${address}${location.hash}`, {});
		}
	});
}
