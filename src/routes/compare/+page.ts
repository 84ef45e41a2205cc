import { catalogueState } from '$lib/state/catalogue.svelte';

/** Compare counts each model's quotes from the article and facts: the shipped records load before the page renders. */
export async function load(): Promise<void> {
	await catalogueState.loadRecords();
}
