import { shippedCore } from '$lib/catalogue/core';
import { catalogueState } from '$lib/state/catalogue.svelte';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per shipped model is prerendered; a model the person added opens through 200.html. */
export const entries: EntryGenerator = () => shippedCore.models.map((m) => ({ id: m.id }));

/** The model's page shows the article's quotes, the public record and the facts: loaded first. */
export const load: PageLoad = async ({ params }) => {
	await catalogueState.loadRecords();
	return { id: params.id };
};
