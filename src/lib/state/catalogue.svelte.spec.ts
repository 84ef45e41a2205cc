import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { openCatalogueStore, readOnlyStore } from '$lib/storage/catalogue-store';
import { CatalogueState } from './catalogue.svelte';

const until = async (ok: () => boolean) => {
	for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('CatalogueState', () => {
	it('shows the bundled catalogue until storage answers, then follows IndexedDB', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `state-${Math.random()}` });
		const state = new CatalogueState(async () => store);
		expect(state.source).toBe('bundled');
		expect(state.catalogue).toBe(shippedCatalogue);
		const stop = state.start();
		await until(() => state.source === 'indexeddb');
		expect(state.source).toBe('indexeddb');
		// Storage holds the shipped catalogue unchanged: the same object stays, nothing redraws.
		expect(state.catalogue).toBe(shippedCatalogue);
		const mine = { ...shippedCatalogue.offers[0]!, id: 'mine' };
		await store.addOwn({
			vendors: [],
			models: [],
			offers: [mine],
			edits: [],
			notes: [],
			favourites: []
		});
		await until(() => state.catalogue !== shippedCatalogue);
		expect(state.catalogue.offers.map((o) => o.id).sort()).toEqual(
			[...shippedCatalogue.offers.map((o) => o.id), 'mine'].sort()
		);
		await store.resetOwn();
		await until(() => state.catalogue === shippedCatalogue);
		expect(state.catalogue).toBe(shippedCatalogue);
		stop();
	});

	it('is read-only, with the reason, where storage cannot be opened', async () => {
		const state = new CatalogueState(async () =>
			readOnlyStore(shippedCatalogue, 'SecurityError: no')
		);
		const stop = state.start();
		await until(() => state.source === 'read-only');
		expect(state.source).toBe('read-only');
		expect(state.problem).toBe('SecurityError: no');
		expect(state.catalogue).toBe(shippedCatalogue);
		stop();
	});

	it('refuses a file over 64 MB before reading it', async () => {
		const state = new CatalogueState(async () => readOnlyStore(shippedCatalogue, 'no'));
		const big = new Blob([new Uint8Array(64 * 1024 * 1024 + 1)]);
		let read = false;
		Object.defineProperty(big, 'text', { value: () => ((read = true), Promise.resolve('')) });
		expect(await state.importFile(big)).toEqual({
			ok: false,
			problem: { code: 'too-large', bytes: 64 * 1024 * 1024 + 1 }
		});
		expect(read).toBe(false);
	});

	it('waits for storage to open before writing, so an early save is never lost', async () => {
		const name = `early-${Math.random()}`;
		let release: () => void = () => {};
		const gate = new Promise<void>((r) => (release = r));
		const state = new CatalogueState(async (onVersionChange) => {
			await gate;
			return openCatalogueStore(shippedCatalogue, { name, onVersionChange });
		});
		const stop = state.start();
		const own = {
			vendors: [],
			models: [{ ...structuredClone(shippedCatalogue.models[0]!), id: 'my-early' }],
			offers: [],
			edits: [],
			notes: [],
			favourites: []
		};
		const saving = state.addOwn(own);
		release();
		await saving;
		const check = await openCatalogueStore(shippedCatalogue, { name });
		expect((await check.readOwn()).models.map((m) => m.id)).toEqual(['my-early']);
		check.close();
		stop();
	});
});
