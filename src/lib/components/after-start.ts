/**
 * How many waiting cards come back in one task after the start: a card is 2–3 ms of the page's
 * thread on a mid-range phone (about 10 ms under Lighthouse's 4× slower CPU), so three stay well
 * under the 50 ms of a long task.
 */
export const AFTER_START_STEP = 3;

declare global {
	interface Window {
		/**
		 * The prerendered cards wholly below the first screen, id → height in CSS px, as the
		 * browser laid out the first frame of a fresh visit (app.html); unset otherwise.
		 */
		__belowFirstScreen?: Record<string, number>;
	}
}

/** The cards that may still wait: id → height, taken once from app.html's report. */
let below: Map<string, number> | undefined;
/** The waiting cards' wake-ups, top to bottom. */
const queue: (() => void)[] = [];

/**
 * Whether the prerendered card with this `id` waits until after the page's start. Making a
 * prerendered page live (hydration) is one task, and on `/` most of it was the answer's cards,
 * most of them below the first screen: about 150 of its 260 ms under a 4× slower CPU, the page's
 * longest task. A card the person cannot see yet is left out of that task, a stand-in of its
 * height keeping its place, and drawn again `AFTER_START_STEP` a task, top to bottom, each task a
 * frame after the last. Which cards: those app.html's `IntersectionObserver` saw wholly below the
 * first screen as the browser laid out the first frame of a fresh visit, so the app never lays
 * the page out to learn it (reading places during the start would force a layout inside it).
 * Never held back: cards on or above the first screen (a link to a
 * card), hidden ones, any on a reload or a step back (whose scroll is restored as the app starts)
 * or after a scroll before the start, those of an answer the app computes anew (a link's, the
 * last inputs': `data-pending`) and any made after the start. Returns the height (CSS px) the
 * card's stand-in keeps, `wake` being called when the card is to be drawn; or `undefined` to draw
 * it at once (`wake` is then never called). While cards wait, the root element has `data-drawing`
 * (what tests wait for before they read the cards).
 */
export function waitsForStart(id: string, wake: () => void): number | undefined {
	const root = typeof document === 'undefined' ? undefined : document.documentElement;
	if (!root) return undefined;
	// Taken at the first card, in the start: an answer the app computes anew (a link's, the last
	// inputs': `data-pending`, which the page takes off once it has) has none that wait.
	below ??= new Map(
		root.hasAttribute('data-pending') ? [] : Object.entries(window.__belowFirstScreen ?? {})
	);
	if (root.hasAttribute('data-started')) return undefined;
	const height = below.get(id);
	if (height === undefined) return undefined;
	below.delete(id);
	if (queue.push(wake) === 1) {
		root.setAttribute('data-drawing', '');
		wakeSome();
	}
	return height;
}

/** Calls the next `AFTER_START_STEP` wake-ups in a task after the next frame, and so on; the last takes `data-drawing` off. */
function wakeSome(): void {
	requestAnimationFrame(() =>
		setTimeout(() => {
			for (const wake of queue.splice(0, AFTER_START_STEP)) wake();
			if (queue.length > 0) wakeSome();
			else document.documentElement.removeAttribute('data-drawing');
		}, 0)
	);
}
