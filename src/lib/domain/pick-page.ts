/**
 * A model picker's page (`model-pick.ts`): what a picker lists with no search, kept apart from the
 * search itself, which a page loads only once its catalogue has more models than a page.
 */
import type { Model } from './catalogue';

/** How many models a picker lists at most: all of a catalogue this size, and a page of matches. */
export const PICK_AT_MOST = 200;

/** What a picker lists (`shown`, at most a page) and how many models match in all. */
export type Picked = { shown: Model[]; matched: number };

/** The first page of `models`, as a picker lists them with no search. */
export function firstPage(models: readonly Model[], atMost = PICK_AT_MOST): Picked {
	return { shown: models.slice(0, atMost), matched: models.length };
}
