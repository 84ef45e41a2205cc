import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { readImport, shippedContext, writeExport } from '$lib/domain/import';
import type { ImportCounts, ImportPreview, OwnData } from '$lib/domain/import/types';
import type { ListAsOf } from '$lib/domain/list-sources';
import { CatalogueState } from '$lib/state/catalogue.svelte';
import { openCatalogueStore, type CatalogueStore, type OpenOptions } from './catalogue-store';
import { ownRecords } from './own-records';

/** A fresh, private IndexedDB for each test. */
const freshIdb = (): NonNullable<OpenOptions['dexie']> => ({
	indexedDB: new IDBFactory(),
	IDBKeyRange
});

const openRouter: ListAsOf = {
	source: 'openrouter',
	asOf: '2026-12-01T09:15:00.000Z',
	how: 'fetched',
	entries: 320
};
const modelsDev: ListAsOf = {
	source: 'models-dev',
	asOf: '2026-11-20T00:00:00.000Z',
	how: 'file',
	entries: 1800
};

const own = ownRecords;

describe('the lists’ "as of" records in storage', () => {
	it('has none at first', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		expect(await store.readLists()).toEqual([]);
		store.close();
	});

	it('writes them with the import, one per list, in the order of the lists', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(own('first'), [modelsDev, openRouter]);
		expect(await store.readLists()).toEqual([openRouter, modelsDev]);
		const later = { ...openRouter, asOf: '2026-12-03T10:00:00.000Z', entries: 330 };
		await store.addOwn(own('second'), [later]);
		expect(await store.readLists()).toEqual([later, modelsDev]);
		store.close();
	});

	it('keeps none of an import whose write fails part-way', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const data = own('first');
		data.offers.push({ ...structuredClone(data.offers[0]!), id: undefined as unknown as string });
		await expect(store.addOwn(data, [openRouter])).rejects.toMatchObject({ code: 'failed' });
		expect(await store.readLists()).toEqual([]);
		store.close();
	});

	it('writes none when a shipped id refuses the import', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const data = own('first');
		data.models.push(structuredClone(shippedCatalogue.models[0]!));
		await expect(store.addOwn(data, [openRouter])).rejects.toMatchObject({ code: 'conflict' });
		expect(await store.readLists()).toEqual([]);
		store.close();
	});

	it('follows them: observeLists() gives the new records after a write', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const seen: ListAsOf[][] = [];
		const subscription = store.observeLists().subscribe({ next: (lists) => seen.push(lists) });
		await expect.poll(() => seen.length).toBeGreaterThan(0);
		await store.addOwn(own('first'), [openRouter]);
		await expect.poll(() => seen.at(-1)).toEqual([openRouter]);
		subscription.unsubscribe();
		store.close();
	});

	it('forgets them on a reset, with the records they brought', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(own('first'), [openRouter]);
		await store.resetOwn();
		expect(await store.readLists()).toEqual([]);
		store.close();
	});

	it('leaves out a stored record that does not fit (written by another version)', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(own('first'), [
			openRouter,
			{ ...modelsDev, asOf: 'yesterday' } as unknown as ListAsOf
		]);
		expect(await store.readLists()).toEqual([openRouter]);
		store.close();
	});

	it('opens a database of version 5 (the one before) with no records, and keeps its data', async () => {
		const dexie = freshIdb();
		const first = await openCatalogueStore(shippedCatalogue, { dexie });
		await first.addOwn(own('mine'));
		first.close();
		// Version 5's schema, as the app before this one declared it.
		const { default: Dexie } = await import('dexie');
		const old = new Dexie('model-chooser-v5', dexie);
		old.version(1).stores({ models: 'id, origin', meta: 'key' });
		old.version(5).stores({ aliases: 'from', favourites: 'key', edits: 'key', notes: 'modelId' });
		await old.open();
		old.close();
		const store = await openCatalogueStore(shippedCatalogue, { dexie, name: 'model-chooser-v5' });
		expect(await store.readLists()).toEqual([]);
		store.close();
		const again = await openCatalogueStore(shippedCatalogue, { dexie });
		expect((await again.readOwn()).models.map((m) => m.id)).toEqual(['mine']);
		again.close();
	});

	it('a read-only store has none', async () => {
		const store = await openCatalogueStore(shippedCatalogue, {
			dexie: { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange }
		});
		expect(store.mode).toBe('read-only');
		expect(await store.readLists()).toEqual([]);
	});
});

describe('the lists’ "as of" records in an export', () => {
	it('are written with the person’s data and read back with it', () => {
		const text = writeExport(own('mine'), '2025-02-20.3', new Date(), [openRouter, modelsDev]);
		expect(JSON.parse(text).lists).toEqual([openRouter, modelsDev]);
		const back = readImport(text, shippedContext('2026-12-04'));
		expect(back.ok && back.lists).toEqual([openRouter, modelsDev]);
	});

	const cases: { what: string; lists: unknown; expected: ListAsOf[] }[] = [
		{ what: 'an export made before lists were kept', lists: undefined, expected: [] },
		{ what: 'lists that are not a list', lists: { openrouter: openRouter }, expected: [] },
		{
			what: 'a record that cannot be read, beside one that can',
			lists: [{ ...openRouter, how: 'guessed' }, modelsDev, '<script>'],
			expected: [modelsDev]
		},
		{
			what: 'two records of one list: the newer',
			lists: [openRouter, { ...openRouter, asOf: '2026-12-02T00:00:00.000Z' }],
			expected: [{ ...openRouter, asOf: '2026-12-02T00:00:00.000Z' }]
		}
	];
	for (const c of cases) {
		it(`reads ${c.what}`, () => {
			const file = JSON.parse(writeExport(own('mine'), '2025-02-20.3'));
			const text = JSON.stringify({ ...file, lists: c.lists });
			const back = readImport(text, shippedContext('2026-12-04'));
			expect(back.ok).toBe(true);
			expect(back.ok && back.lists).toEqual(c.expected);
		});
	}
});

/** A model of OpenRouter's list with its one offer, as a list import writes them. */
function listed(id: string): OwnData {
	const data = own(id);
	data.offers = data.offers.map((o) => ({
		...o,
		status: 'released' as const,
		list: { name: 'openrouter' as const, asOf: '2026-11-01' }
	}));
	data.models = data.models.map((m) => ({ ...m, status: 'released' as const }));
	return data;
}

/** Two own data joined, as one import. */
const both = (a: OwnData, b: OwnData): OwnData => ({
	vendors: [...a.vendors, ...b.vendors],
	models: [...a.models, ...b.models],
	offers: [...a.offers, ...b.offers],
	edits: [],
	notes: [],
	favourites: [],
	aliases: []
});

/** A preview of a list, as the readers make one, for its data alone. */
const previewOf = (data: OwnData): ImportPreview => ({
	ok: true,
	format: 'openrouter',
	data,
	found: data.offers.length,
	skipped: [],
	notes: [],
	counts: {} as ImportCounts,
	entries: data.models.length + data.offers.length
});

describe('a newer copy of a list, written while another tab writes', () => {
	it('works out the replacement from what is stored inside the write: another tab’s write is not lost', async () => {
		const dexie = freshIdb();
		const name = `lists-${Math.random()}`;
		const tab = await openCatalogueStore(shippedCatalogue, { dexie, name });
		const other = await openCatalogueStore(shippedCatalogue, { dexie, name });
		// Version 1 of the list: two models, each with its offer.
		await tab.addOwn(both(listed('gone-one'), listed('kept')), [openRouter]);

		// The other tab adds the person's own way to use `gone-one`, with the model renamed: after it,
		// the model is still offered, so a list that no longer has it must leave it released.
		const mine = own('gone-one');
		mine.models = mine.models.map((m) => ({
			...m,
			status: 'released' as const,
			name: { en: 'Gone one (mine)', ar: 'Gone one (mine)' }
		}));
		mine.offers = mine.offers.map((o) => ({ ...o, id: 'gone-one-mine', status: 'released' }));
		let otherWrite: Promise<void> | undefined;
		const otherTabWrites = () => (otherWrite ??= other.addOwn(mine));

		// The other tab writes as soon as this tab starts on the commit, and before it goes on: after
		// a read of what is stored, or beside the transaction that reads and writes.
		const racing = (store: CatalogueStore): CatalogueStore => ({
			...store,
			readOwn: async () => {
				const read = await store.readOwn();
				await otherTabWrites();
				return read;
			},
			replaceOwn: async (make, lists) => {
				const [made] = await Promise.all([store.replaceOwn(make, lists), otherTabWrites()]);
				return made;
			}
		});
		const state = new CatalogueState(async () => racing(tab));
		const stop = state.start();
		await expect.poll(() => state.loaded).toBe(true);

		// Version 2 no longer lists `gone-one`.
		const record = { ...openRouter, asOf: '2026-12-03T10:00:00.000Z', entries: 1 };
		const result = await state.commitList('openrouter', previewOf(listed('kept')), record);
		expect(result.ok).toBe(true);
		await otherWrite;

		// Whichever write came first, the model is offered (the person's own way) and released, with
		// the other tab's name: never legacy beside a released way to use it, never the old name.
		const stored = await tab.readOwn();
		const model = stored.models.find((m) => m.id === 'gone-one');
		expect(model).toMatchObject({ status: 'released', name: { en: 'Gone one (mine)' } });
		expect(stored.offers.find((o) => o.id === 'gone-one-mine')?.status).toBe('released');
		expect(stored.offers.find((o) => o.id === 'gone-one-api')?.status).toBe('legacy');
		expect(await tab.readLists()).toEqual([record]);
		stop();
		other.close();
	});

	it('writes nothing when working out the replacement fails', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(listed('kept'), [openRouter]);
		const make = () => {
			throw new Error('cannot replace');
		};
		await expect(store.replaceOwn(make, [modelsDev])).rejects.toMatchObject({ code: 'failed' });
		expect((await store.readOwn()).models.map((m) => m.id)).toEqual(['kept']);
		expect(await store.readLists()).toEqual([openRouter]);
		store.close();
	});
});
