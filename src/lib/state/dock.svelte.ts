/**
 * The bar at the bottom of the screen: what the app says after the page has shown (an update,
 * ready offline, a device suggestion) goes there, over the page, so nothing on the page moves.
 */
import type { Snippet } from 'svelte';

class Dock {
	/** A page's own offer (the chooser's device suggestion), shown above the app's notices. */
	content = $state.raw<Snippet | undefined>();
}

export const dock = new Dock();
