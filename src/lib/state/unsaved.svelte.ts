/**
 * Edits the person has typed and not yet saved (a price being edited, a note being written), so
 * that whatever would discard them (the update's "Reload", another tab's newer version) can ask
 * first. A field holds a key while its text differs from what is stored and lets it go on save,
 * on cancel, or when it leaves the page.
 */
import { SvelteSet } from 'svelte/reactivity';

class UnsavedEdits {
	#held = new SvelteSet<string>();

	/** Whether any field holds an unsaved edit now. */
	get any(): boolean {
		return this.#held.size > 0;
	}

	/** Marks `key` (e.g. `note:gpt-4o`, `offer:chatgpt-plus`) as unsaved; gives the release. */
	hold(key: string): () => void {
		this.#held.add(key);
		return () => void this.#held.delete(key);
	}

	/** Sets `key`'s state from whether its text differs from the stored value. */
	set(key: string, unsaved: boolean): void {
		if (unsaved) this.#held.add(key);
		else this.#held.delete(key);
	}
}

/** The app's one record of unsaved edits. */
export const unsavedEdits = new UnsavedEdits();
