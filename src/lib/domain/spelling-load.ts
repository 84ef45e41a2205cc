/**
 * The reading of Latin names as Arabic writes them (`spelling.ts`), a chunk of its own loaded
 * with the first search in Arabic letters, so a Latin search costs nothing of it. Shared by the
 * catalogue's search (`catalogue-query.ts`) and the model pickers (`model-pick.ts`): loaded once
 * for both.
 */
import { ARABIC_LETTER } from './name-match';

type Spelling = typeof import('./spelling');

/** The loaded module: `undefined` until asked for, `null` if it could not load. */
let spelling: Spelling | null | undefined;

/** Whether the search `q` has an Arabic letter, and so is matched by sound too. */
export function inArabic(q: string | undefined): q is string {
	return q !== undefined && ARABIC_LETTER.test(q);
}

/** The module's load, once started. */
let loading: Promise<Spelling | null> | undefined;

/**
 * Loads the reading of Latin names by sound when the search `q` is in Arabic letters and it is not
 * loaded yet. True when it was not loaded when asked and is now, so a search may answer more (ask
 * again): every caller that waited for it hears so, not only the first (two pickers, or two
 * keystrokes, may ask while it loads). False when nothing changed: a Latin search, loaded before,
 * or it could not load (then the search matches as it always did).
 */
export async function loadSpelling(q: string | undefined): Promise<boolean> {
	if (!inArabic(q) || spelling !== undefined) return false;
	loading ??= import('./spelling').catch(() => null);
	spelling = await loading;
	return spelling !== null;
}

/** The reading by sound if it has loaded (`loadSpelling`), else `undefined`. */
export function loadedSpelling(): Spelling | undefined {
	return spelling ?? undefined;
}
