/**
 * The one way a prerendered option card, table row or the answer's picks are brought to life after
 * the page starts, shared by `OptionItem.svelte` (an `<li>`), `LaterRow.svelte` (a `<tr>`) and
 * `ChooserResults.svelte` (a `<div>` of the picks): each keeps its own element and markup, and
 * asks this for the rest.
 */
import { dequal } from 'dequal/lite';
import { getAllContexts, hydrate, onMount, unmount, type Component } from 'svelte';
import { render } from 'svelte/server';
import { later } from './hydrate-later';

/**
 * Brings `piece` to life in an item of a long list or table (`item()`, its element, bound by the
 * caller), drawn from `props()`. Call it while the item's component is made. When `adopted`
 * (decided once: the page was prerendered with this item, and the app is starting), the item
 * takes the prerendered nodes as they are, through `{@html}` of what this returns, which does
 * not walk them; it is hydrated afterwards, a few a task (`later`), or at once if its props change
 * first (compared by value), or if the nodes taken do not show it as the page would now
 * (`shows(item)`: another item's, in another language, or with links that do not carry a chosen
 * language), or when it is pressed or focused. When not `adopted`, the caller draws `piece` as
 * usual and this does nothing. Returns the piece's HTML as a page of its own would have it, with
 * the markers `hydrate` looks for, on the server; a constant stand-in in the browser. The caller
 * renders an adopted item with `data-waiting` (the cards and rows skip their layout off the screen
 * while they wait); this takes it off once the item is hydrated.
 *
 * The piece's live props have the keys of the first `props()`, fixed then: a key that only a
 * later `props()` has is never passed on (each caller's props always have the same keys).
 */
export function hydrateLater<P extends Record<string, unknown>>(
	piece: Component<P>,
	props: () => P,
	adopted: boolean,
	item: () => HTMLElement,
	shows: (item: HTMLElement) => boolean
): string {
	const context = getAllContexts();
	const first = props();
	/**
	 * The props the piece shows: the prerendered ones till it is hydrated, so that hydration finds
	 * the nodes they made; after, each that differs by value (the start makes the answer and the
	 * rows again from equal data, which would change nothing shown).
	 */
	let shown = $state.raw(first);
	const liveProps = Object.defineProperties(
		{},
		Object.fromEntries(
			Object.keys(first).map((key) => [key, { enumerable: true, get: () => shown[key] }])
		)
	) as P;
	let live: ReturnType<typeof hydrate> | undefined;
	let takeBack: (() => void) | undefined;

	function bringToLife() {
		takeBack?.();
		takeBack = undefined;
		if (live) return;
		live = hydrate(piece, { target: item(), props: liveProps, context });
		item().removeAttribute('data-waiting');
	}

	onMount(() => {
		if (!adopted) return;
		if (shows(item())) takeBack = later(bringToLife, item());
		else bringToLife();
		return () => {
			takeBack?.();
			if (live) void unmount(live);
		};
	});

	// The props changed, or the page would now show the item otherwise (its language, how it was
	// chosen): the piece is hydrated now if it was still waiting, then shows them (an update in the
	// same task, so no frame shows the old ones).
	$effect(() => {
		const now = props();
		if (!adopted) return;
		const same = now === shown || dequal(now, shown);
		if (same && (live || shows(item()))) return;
		bringToLife();
		if (!same) shown = now;
	});

	return import.meta.env.SSR ? render(piece, { props: first, context }).body : ' ';
}
