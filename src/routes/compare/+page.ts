import { loadWordsOf } from '$lib/i18n/own-words';
import { catalogueState } from '$lib/state/catalogue.svelte';

/**
 * Compare counts each model's quotes from the article and facts: the shipped records and the
 * page's own words load before the page renders.
 */
export async function load(): Promise<void> {
	await Promise.all([catalogueState.loadRecords(), loadWordsOf('compare')]);
}
