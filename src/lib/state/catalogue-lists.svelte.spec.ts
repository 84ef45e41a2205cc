import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { openCatalogueStore, readOnlyStore } from '$lib/storage/catalogue-store';
import { CatalogueState } from './catalogue.svelte';

const none = { vendors: [], models: [], offers: [], edits: [], notes: [], favourites: [] };

describe('CatalogueState: whether the person’s lists are read', () => {
	it('is not until storage gives its records, so an empty list never reads as "none" too early', async () => {
		const name = `lists-${Math.random()}`;
		const store = await openCatalogueStore(shippedCatalogue, { name });
		const record = {
			source: 'openrouter' as const,
			asOf: '2026-12-01T09:00:00.000Z',
			how: 'fetched' as const,
			entries: 3
		};
		await store.addOwn({ ...none, aliases: [] }, [record]);
		let resolveOpen: () => void = () => {};
		const opening = new Promise<void>((resolve) => (resolveOpen = resolve));
		const state = new CatalogueState(async () => (await opening, store));
		const stop = state.start();
		expect(state.listsLoaded).toBe(false);
		expect(state.lists).toEqual([]);
		resolveOpen();
		await expect.poll(() => state.listsLoaded).toBe(true);
		expect(state.lists).toEqual([record]);
		stop();
	});

	it('is, with none, where storage is out of reach (read-only)', async () => {
		const state = new CatalogueState(async () => readOnlyStore(shippedCatalogue, 'no'));
		const stop = state.start();
		await expect.poll(() => state.listsLoaded).toBe(true);
		expect(state.lists).toEqual([]);
		stop();
	});
});
