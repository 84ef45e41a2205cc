/**
 * How many waiting cards come back in one task after the start: a card is 2–3 ms of the page's
 * thread on a mid-range phone (about 10 ms under Lighthouse's 4× slower CPU), so three stay well
 * under the 50 ms of a long task.
 */
export const AFTER_START_STEP = 3;

/** The prerendered cards wholly below the first screen: id → height in CSS px, read once. */
let below: Map<string, number> | undefined;
/** The waiting cards' wake-ups, top to bottom. */
const queue: (() => void)[] = [];

/**
 * Whether the prerendered card with this `id` waits until after the page's start. Making a
 * prerendered page live (hydration) is one task, and on `/` most of it was the answer's cards,
 * most of them below the first screen: about 150 of its 260 ms under a 4× slower CPU, the page's
 * longest task. A card the person cannot see yet (wholly below the first screen as the app
 * starts) is left out of that task, a stand-in of its height keeping its place, and drawn again
 * `AFTER_START_STEP` a task, top to bottom, each task a frame after the last. Cards on the first
 * screen or above it (a link to a card, a reload further down), hidden ones, those of an answer
 * the app computes anew (a link's, the last inputs') and any made after the start are never held
 * back. `selector` names the prerendered cards that may wait (each with an `id`); their places
 * are read in one pass at the first call (`belowFirstScreen`), so the page is laid out once.
 * Returns the height (CSS px) the card's stand-in keeps, `wake` being called when the card is to
 * be drawn; or `undefined` to draw it at once (`wake` is then never called).
 */
export function waitsForStart(id: string, selector: string, wake: () => void): number | undefined {
	const root = typeof document === 'undefined' ? undefined : document.documentElement;
	// A link's own answer (or the last inputs') replaces the prerendered one, hidden till then
	// (`data-pending`, app.html): its cards are drawn with it.
	if (!root || root.hasAttribute('data-started') || root.hasAttribute('data-pending'))
		return undefined;
	below ??= belowFirstScreen(selector);
	const height = below.get(id);
	if (height === undefined) return undefined;
	below.delete(id);
	if (queue.push(wake) === 1) wakeSome();
	return height;
}

/** Calls the next `AFTER_START_STEP` wake-ups in a task after the next frame, and so on. */
function wakeSome(): void {
	requestAnimationFrame(() =>
		setTimeout(() => {
			for (const wake of queue.splice(0, AFTER_START_STEP)) wake();
			if (queue.length > 0) wakeSome();
		}, 0)
	);
}

/**
 * The elements matching `selector` that are shown and lie wholly below the first screen (their
 * top at or past the window's bottom, `innerHeight`), as id → height in CSS px. Elements without
 * an id, hidden ones (no height: `display: none`, a closed `<details>`) and those on or above the
 * first screen are left out. Reads every place in one pass, so the page is laid out once.
 */
export function belowFirstScreen(selector: string): Map<string, number> {
	const out = new Map<string, number>();
	const bottom = window.innerHeight;
	for (const element of document.querySelectorAll<HTMLElement>(selector)) {
		const { top, height } = element.getBoundingClientRect();
		if (element.id && height > 0 && top >= bottom) out.set(element.id, height);
	}
	return out;
}
