import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedCore } from '$lib/catalogue/core';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { handOwn } from '$lib/domain/synthetic';
import {
	openCatalogueStore,
	readOnlyStore,
	StorageWriteError,
	type CatalogueStore
} from '$lib/storage/catalogue-store';
import { OWN_DATA_KEY } from '$lib/storage/own-data-mark';
import { CatalogueState, localDay } from './catalogue.svelte';

describe('CatalogueState', () => {
	it('shows the bundled catalogue until storage answers, then follows IndexedDB', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `state-${Math.random()}` });
		const state = new CatalogueState(async () => store);
		expect(state.source).toBe('bundled');
		expect(state.catalogue).toBe(shippedCore);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		// Storage holds the shipped catalogue unchanged: the same object stays, nothing redraws.
		expect(state.catalogue).toBe(shippedCore);
		const mine = { ...shippedCatalogue.offers[0]!, id: 'mine' };
		// No mark for the next visit's first paint: the prerendered catalogue is the person's.
		expect(localStorage.getItem(OWN_DATA_KEY)).toBeNull();
		await store.addOwn(handOwn({ offers: [mine] }));
		await expect.poll(() => state.catalogue).not.toBe(shippedCore);
		expect(state.catalogue.offers.map((o) => o.id).sort()).toEqual(
			[...shippedCatalogue.offers.map((o) => o.id), 'mine'].sort()
		);
		// It differs now: the next visit dims the prerendered catalogue till storage answers.
		expect(localStorage.getItem(OWN_DATA_KEY)).toBe('1');
		await store.resetOwn();
		await expect.poll(() => state.catalogue).toBe(shippedCore);
		expect(localStorage.getItem(OWN_DATA_KEY)).toBeNull();
		await store.setEdit('offer:chatgpt-plus', { price: { type: 'monthly', usdPerMonth: 22 } });
		await expect.poll(() => localStorage.getItem(OWN_DATA_KEY)).toBe('1');
		await store.setEdit('offer:chatgpt-plus', undefined);
		await expect.poll(() => localStorage.getItem(OWN_DATA_KEY)).toBeNull();
		stop();
	});

	it('is read-only, with the reason, where storage cannot be opened', async () => {
		const state = new CatalogueState(async () =>
			readOnlyStore(shippedCatalogue, 'SecurityError: no')
		);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('read-only');
		expect(state.problem).toBe('SecurityError: no');
		expect(state.catalogue).toBe(shippedCore);
		stop();
	});

	it('puts the shipped records back when a page asks, and keeps them through the stored catalogue', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `state-${Math.random()}` });
		const state = new CatalogueState(async () => store);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		expect(state.catalogue.facts).toEqual([]);
		await state.loadRecords();
		expect(state.catalogue).toEqual(shippedCatalogue);
		const shown = state.catalogue;
		await store.setEdit('model:gpt-4o', { openness: 'open-weights' });
		await expect.poll(() => state.catalogue).not.toBe(shown);
		// Read from storage: the records are the stored ones, the edit laid over.
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect([...state.catalogue.facts].sort(byId)).toEqual([...shippedCatalogue.facts].sort(byId));
		expect(state.catalogue.models.find((m) => m.id === 'gpt-4o')?.citations).toEqual(
			shippedCatalogue.models.find((m) => m.id === 'gpt-4o')?.citations
		);
		await store.setEdit('model:gpt-4o', undefined);
		await expect.poll(() => state.catalogue).toBe(shown);
		stop();
	});

	it('refuses a file over 64 MB before reading it', async () => {
		const state = new CatalogueState(async () => readOnlyStore(shippedCatalogue, 'no'));
		const big = new Blob([new Uint8Array(64_000_000 + 1)]);
		let read = false;
		Object.defineProperty(big, 'text', { value: () => ((read = true), Promise.resolve('')) });
		expect(await state.readFile(big)).toEqual({
			ok: false,
			problem: { code: 'too-large', bytes: 64_000_000 + 1 }
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

/** A case file of shared/cases (copied to tests/fixtures/cases), as the person would pick it. */
const caseFile = (name: string) => new Blob([readFileSync(`tests/fixtures/cases/${name}`)]);

/** A state over a fresh database, started, with the person's data on screen. */
async function started(open?: (store: CatalogueStore) => CatalogueStore) {
	const store = await openCatalogueStore(shippedCatalogue, { name: `import-${Math.random()}` });
	const state = new CatalogueState(async () => open?.(store) ?? store);
	const stop = state.start();
	await expect.poll(() => state.loaded).toBe(true);
	return { store, state, stop };
}

describe('importing: read, preview, then write', () => {
	it('reads a file into a preview and writes nothing; the commit writes the preview’s data', async () => {
		const { store, state, stop } = await started();
		const preview = await state.readFile(caseFile('models-dev-impossible-date.json'));
		if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
		expect(preview.format).toBe('models-dev');
		expect(preview.found).toBe(2);
		expect(preview.notes).toEqual([
			expect.objectContaining({ code: 'date-dropped', field: 'release_date' })
		]);
		expect((await store.readOwn()).models).toEqual([]);
		expect(await state.commitImport(preview)).toBe(preview);
		expect((await store.readOwn()).models.map((m) => m.id).sort()).toEqual(
			preview.data.models.map((m) => m.id).sort()
		);
		stop();
	});

	it('reads against the catalogue on screen: the person’s own models, and today on this device', async () => {
		const { store, state, stop } = await started();
		const old = { ...structuredClone(shippedCatalogue.models[1]!), id: 'or-acme-old' };
		await store.addOwn(handOwn({ models: [old] }));
		await expect.poll(() => state.catalogue.models.map((m) => m.id)).toContain('or-acme-old');
		const day = (offset: number) => localDay(new Date(Date.now() + offset * 86_400_000));
		const entry = (id: string, retires: string) => ({
			id,
			name: `Acme: ${id}`,
			created: 1715558400,
			expiration_date: retires,
			pricing: { prompt: '0.000001', completion: '0.000002' }
		});
		const list = { data: [entry('acme/old', day(-1)), entry('acme/new', day(1))] };
		const preview = await state.readFile(new Blob([JSON.stringify(list)]));
		if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
		// The model an earlier import made is named as the new one's old id.
		expect(preview.data.aliases).toEqual([{ from: 'or-acme-old', to: 'old' }]);
		const status = (id: string) => preview.data.offers.find((o) => o.id === id)?.status;
		expect([status('or-acme-old-api'), status('or-acme-new-api')]).toEqual(['legacy', 'released']);
		stop();
	});

	const refusals = [
		{
			code: 'quota' as const,
			error: new StorageWriteError('quota', 'The quota has been exceeded.')
		},
		{ code: 'conflict' as const, error: new StorageWriteError('conflict', 'gpt-4') },
		{ code: 'failed' as const, error: new Error('Something else') }
	];
	for (const { code, error } of refusals) {
		it(`says why storage refused a write (${code}), and nothing is written`, async () => {
			const { store, state, stop } = await started((store) => ({
				...store,
				addOwn: async () => {
					throw error;
				}
			}));
			const preview = await state.readFile(caseFile('models-dev-impossible-date.json'));
			if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
			expect(await state.commitImport(preview)).toEqual({
				ok: false,
				problem: { code: 'storage', reason: code, detail: String(error) }
			});
			expect((await store.readOwn()).models).toEqual([]);
			stop();
		});
	}

	it('a read-only store reads a file but cannot write it', async () => {
		const state = new CatalogueState(async () => readOnlyStore(shippedCatalogue, 'no storage'));
		const stop = state.start();
		const preview = await state.readFile(caseFile('models-dev-impossible-date.json'));
		if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
		expect(await state.commitImport(preview)).toMatchObject({
			ok: false,
			problem: { code: 'storage', reason: 'failed' }
		});
		stop();
	});

	it('says a whole file’s problem without writing', async () => {
		const { store, state, stop } = await started();
		expect(await state.readFile(new Blob(['{"data": [']))).toMatchObject({
			ok: false,
			problem: { code: 'cut-off' }
		});
		// A file of 0 bytes is empty, said as such.
		expect(await state.readFile(new Blob([]))).toEqual({
			ok: false,
			problem: { code: 'empty-file' }
		});
		expect((await store.readOwn()).models).toEqual([]);
		stop();
	});
});

describe('resolveModelId', () => {
	it('finds a model by its id, an alias of an earlier import, or a join key', async () => {
		const { store, state, stop } = await started();
		const devstral = { ...structuredClone(shippedCatalogue.models[1]!), id: 'devstral-2512' };
		await store.addOwn({
			vendors: [],
			models: [devstral],
			offers: [],
			edits: [],
			notes: [],
			favourites: [],
			aliases: [
				{ from: 'or-openai-gpt-4o', to: 'gpt-4o' },
				{ from: 'md-old-devstral', to: 'or-mistralai-devstral' },
				{ from: 'or-mistralai-devstral', to: 'devstral-2512' },
				{ from: 'loop-a', to: 'loop-b' },
				{ from: 'loop-b', to: 'loop-a' }
			]
		});
		await expect.poll(() => state.aliases.size).toBeGreaterThan(0);
		const cases = [
			{ id: 'gpt-4o', expected: 'gpt-4o' },
			{ id: 'or-openai-gpt-4o', expected: 'gpt-4o' },
			{ id: 'md-old-devstral', expected: 'devstral-2512' },
			{ id: 'gpt-4o-2024-08-06', expected: 'gpt-4o' },
			{ id: 'loop-a', expected: undefined },
			{ id: 'nothing-of-the-kind', expected: undefined }
		];
		for (const c of cases) expect(state.resolveModelId(c.id), c.id).toBe(c.expected);
		stop();
	});
});
