/**
 * A mark, in `localStorage`, that the person's catalogue differs from the shipped one (their
 * edits or their own records: a price changed, an import). The page is prerendered with the
 * shipped catalogue and the person's comes from IndexedDB after the start, a quarter of a second
 * to a second or two later; app.html reads this mark before the first paint and sets
 * `<html data-own-data>`, and app.css dims what the page shows of the catalogue
 * (`[data-shows-catalogue]`) till storage has answered (`data-storage`), so a price the person
 * changed is never shown as it was without a sign that it is not theirs yet.
 */

/** The key of the mark, which app.html reads (it cannot import this module). */
export const OWN_DATA_KEY = 'model-chooser:own-data';

/**
 * Notes whether the catalogue storage gave differs from the shipped one (`true`: it does), for
 * the next visit's first paint. Storage that refuses (a private mode) leaves no mark: such a
 * visit shows the prerendered page undimmed, as before. Never throws.
 */
export function noteOwnData(differs: boolean): void {
	try {
		if (differs) localStorage.setItem(OWN_DATA_KEY, '1');
		else localStorage.removeItem(OWN_DATA_KEY);
	} catch {
		// No mark: nothing is dimmed on the next visit.
	}
}
