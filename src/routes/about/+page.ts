import { loadWordsOf } from '$lib/i18n/own-words';
import { loadListsWords } from '$lib/i18n/lists-texts';
import { catalogueState } from '$lib/state/catalogue.svelte';

/**
 * About charts the article's facts and says what the lists' fetch sends: the shipped records and
 * the lists' words and the page's own load before the page renders.
 */
export async function load(): Promise<void> {
	await Promise.all([catalogueState.loadRecords(), loadListsWords(), loadWordsOf('about')]);
}
