/**
 * What a person did to a page's fields before the app started. Every page is prerendered, so its
 * form can be used from the first paint: on a slow phone a second or more before the app takes it
 * over. The start (hydration) sets each field to the app's state, which knows nothing of what was
 * typed or chosen; without this, a budget typed then was wiped and the address kept none of it.
 * So the layout notes, before it hydrates, every field that differs from the page's HTML, and once
 * the pages have taken their state from the address, gives each back as the person's own input
 * event, which the page's own handlers take as if it came then. A button pressed then did nothing
 * (its handler was not there yet): app.html keeps it, and it is pressed again after the fields.
 */

declare global {
	interface Window {
		/** The page's buttons pressed before the app started, in order (kept by app.html). */
		__earlyPresses?: HTMLButtonElement[];
		/**
		 * Where the person scrolled the page before the app started, noted by app.html while
		 * `open` (the client hooks' `init` closes it just before SvelteKit scrolls) and put back
		 * once the app has started: SvelteKit scrolls to the place it saved for this
		 * entry of the history on a reload or a return (the trial: a catalogue scrolled 1,500 px
		 * down went back to its top).
		 */
		__earlyScroll?: { open: boolean };
	}
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One field the person changed, and what it held at the start. */
export type EarlyInput = { field: Field; value: string; checked: boolean };

/** Kinds of `<input>` that hold nothing a person types or chooses, or that cannot be set back. */
const NOT_INPUT = new Set(['button', 'file', 'hidden', 'image', 'reset', 'submit']);

function changed(field: Field): boolean {
	if (field.disabled) return false;
	if (field instanceof HTMLSelectElement) {
		return [...field.options].some((option) => option.selected !== option.defaultSelected);
	}
	if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
	if (NOT_INPUT.has(field.type)) return false;
	// A radio counts where it was chosen; the one it replaced follows from it.
	if (field.type === 'radio') return field.checked && !field.defaultChecked;
	if (field.type === 'checkbox') return field.checked !== field.defaultChecked;
	return field.value !== field.defaultValue;
}

/**
 * The fields under `root` whose value or check differs from the page's HTML (what the person
 * changed before the app started), in document order. Call it before the app hydrates `root`:
 * hydration sets every field to the app's state. Never throws; `null` gives none.
 */
export function readEarlyInput(root: ParentNode | null): EarlyInput[] {
	if (!root) return [];
	const fields = root.querySelectorAll<Field>('input, select, textarea');
	return [...fields]
		.filter(changed)
		.map((field) => ({ field, value: field.value, checked: 'checked' in field && field.checked }));
}

/**
 * Gives each field of `early` back what it held, as the person's input: the value or check, then
 * the `input` and `change` events a browser fires for them, so the page's handlers take it as
 * their own (a budget passes its reader, a device shows its memory field, the address follows).
 * A field the app no longer shows (replaced, not hydrated) or that already holds it is left alone.
 * Returns how many were given back.
 */
export function replayEarlyInput(early: readonly EarlyInput[]): number {
	let given = 0;
	for (const { field, value, checked } of early) {
		if (!field.isConnected) continue;
		const toggles = field instanceof HTMLInputElement && /^(?:radio|checkbox)$/.test(field.type);
		if (toggles ? field.checked === checked : field.value === value) continue;
		if (toggles) field.checked = checked;
		else field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
		field.dispatchEvent(new Event('change', { bubbles: true }));
		given++;
	}
	return given;
}

/**
 * Presses again each button of `presses` (the page's buttons pressed before the app started, in
 * order) that the app still shows and allows, after their fields were given back: "More filters"
 * opens, "See the answer" goes to the answer. Returns how many were pressed.
 */
export function replayEarlyPresses(presses: readonly HTMLButtonElement[] = []): number {
	let pressed = 0;
	for (const button of presses) {
		if (!button.isConnected || button.disabled) continue;
		button.click();
		pressed++;
	}
	return pressed;
}
