import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Catalogue } from '$lib/domain/catalogue';
import type { OwnData } from '$lib/domain/import/types';
import { handOwn } from '$lib/domain/synthetic';
import { CatalogueState } from '$lib/state/catalogue.svelte';
import {
	openCatalogueStore,
	readOnlyStore,
	type CatalogueView,
	type OpenOptions
} from './catalogue-store';
import { ChooserDb } from './db';
import { ownRecords } from './own-records';

/** A fresh, private IndexedDB for each test. */
const freshIdb = (): NonNullable<OpenOptions['dexie']> => ({
	indexedDB: new IDBFactory(),
	IDBKeyRange
});

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

/** A catalogue version later than any shipped one. */
const LATER = '2999-01-01.1';

/** The shipped catalogue as a later edition: one price changed, one offer gone, one added. */
function nextEdition(): Catalogue {
	const next = structuredClone(shippedCatalogue);
	next.catalogueVersion = LATER;
	next.offers = next.offers.filter((o) => o.id !== 'gemini-app');
	const plus = next.offers.find((o) => o.id === 'chatgpt-plus')!;
	plus.price = { type: 'monthly', usdPerMonth: 22 };
	next.offers.push({
		...structuredClone(plus),
		id: 'chatgpt-team',
		name: { en: 'ChatGPT Team', ar: 'ChatGPT Team' }
	});
	return next;
}

describe('openCatalogueStore', () => {
	it('seeds every shipped record on the first visit', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		expect(store.mode).toBe('indexeddb');
		expect(store.seedResult).toBe('seeded');
		const { catalogue: stored, ownRecords } = await store.read();
		expect(ownRecords).toBe(0);
		expect(stored).toEqual({
			...shippedCatalogue,
			// IndexedDB hands records back in key order.
			vendors: [...shippedCatalogue.vendors].sort((a, b) => a.id.localeCompare(b.id)),
			models: [...shippedCatalogue.models].sort((a, b) => a.id.localeCompare(b.id)),
			offers: [...shippedCatalogue.offers].sort((a, b) => a.id.localeCompare(b.id)),
			facts: [...shippedCatalogue.facts].sort((a, b) => a.id.localeCompare(b.id))
		});
		store.close();
	});

	it('leaves a current database alone on the next visit', async () => {
		const dexie = freshIdb();
		(await openCatalogueStore(shippedCatalogue, { dexie })).close();
		const again = await openCatalogueStore(shippedCatalogue, { dexie });
		expect(again.seedResult).toBe('current');
		expect(ids((await again.read()).catalogue.offers)).toEqual(ids(shippedCatalogue.offers));
		again.close();
	});

	it('replaces shipped records when a newer catalogue ships, and keeps the person’s own', async () => {
		const dexie = freshIdb();
		(await openCatalogueStore(shippedCatalogue, { dexie })).close();
		const db = new ChooserDb(undefined, dexie);
		const own = {
			...structuredClone(shippedCatalogue.offers[0]!),
			id: 'my-local-llama',
			origin: 'own' as const
		};
		await db.offers.put(own);
		db.close();

		const next = nextEdition();
		const store = await openCatalogueStore(next, { dexie });
		expect(store.seedResult).toBe('updated');
		const { catalogue: stored, ownRecords } = await store.read();
		expect(ownRecords).toBe(1);
		expect(stored.catalogueVersion).toBe(LATER);
		expect(ids(stored.offers)).toEqual([...ids(next.offers), 'my-local-llama'].sort());
		expect(stored.offers.find((o) => o.id === 'gemini-app')).toBeUndefined();
		expect(stored.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 22
		});
		expect(stored.offers.find((o) => o.id === 'my-local-llama')).toEqual(
			(({ origin: _o, ...rest }) => rest)(own)
		);
		store.close();
	});

	it('keeps a newer stored catalogue when an older app opens it (two tabs, two versions)', async () => {
		const dexie = freshIdb();
		(await openCatalogueStore(nextEdition(), { dexie })).close();
		const old = await openCatalogueStore(shippedCatalogue, { dexie });
		expect(old.seedResult).toBe('kept-newer');
		expect((await old.read()).catalogue.catalogueVersion).toBe(LATER);
		old.close();
	});

	it('follows changes: observe() gives a new catalogue after a write', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const seen: number[] = [];
		const second = new Promise<void>((done) => {
			const sub = store.observe().subscribe({
				next: (c) => {
					seen.push(c.catalogue.offers.length);
					if (seen.length === 2) {
						sub.unsubscribe();
						done();
					}
				}
			});
		});
		// The write comes after the first value, so that value is the catalogue before it.
		await expect.poll(() => seen).toEqual([shippedCatalogue.offers.length]);
		const db = new ChooserDb(undefined, dexie);
		await db.offers.put({
			...structuredClone(shippedCatalogue.offers[0]!),
			id: 'my-offer',
			origin: 'own'
		});
		await second;
		expect(seen).toEqual([shippedCatalogue.offers.length, shippedCatalogue.offers.length + 1]);
		db.close();
		store.close();
	});

	const unusable: {
		name: string;
		problem: string;
		dexie: NonNullable<OpenOptions['dexie']>;
	}[] = [
		{
			name: 'IndexedDB refuses to open (a private mode)',
			problem: 'SecurityError: The operation is insecure.',
			dexie: {
				indexedDB: {
					open() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					}
				},
				IDBKeyRange
			}
		},
		{
			name: 'the open request fails',
			problem: 'InvalidStateError: A mutation operation was attempted.',
			dexie: {
				indexedDB: {
					open() {
						const request: { error: DOMException; onerror?: (e: unknown) => void } = {
							error: new DOMException('A mutation operation was attempted.', 'InvalidStateError')
						};
						setTimeout(() =>
							request.onerror?.({
								type: 'error',
								target: request,
								preventDefault() {},
								stopPropagation() {}
							})
						);
						return request;
					}
				},
				IDBKeyRange
			}
		}
	];

	for (const { name, problem, dexie } of unusable) {
		it(`is read-only over the bundled catalogue when ${name}`, async () => {
			const store = await openCatalogueStore(shippedCatalogue, { dexie });
			expect(store.mode).toBe('read-only');
			// The browser's own reason, once: not Dexie's wrapper, which repeats it.
			expect(store.problem).toBe(problem);
			expect((await store.read()).catalogue).toBe(shippedCatalogue);
			const first = await new Promise<CatalogueView>((done) =>
				store.observe().subscribe({ next: done })
			);
			expect(first).toEqual({
				catalogue: shippedCatalogue,
				ownRecords: 0,
				edits: new Map(),
				aliases: new Map()
			});
		});
	}
});

describe('favourites', () => {
	it('keeps stars in IndexedDB and follows them', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const seen: string[][] = [];
		const sub = store.observeFavourites().subscribe({ next: (set) => seen.push([...set].sort()) });
		await store.setFavourite('model:gpt-4', true);
		await store.setFavourite('offer:deepseek-app', true);
		await store.setFavourite('model:gpt-4', false);
		await expect.poll(() => seen.at(-1)).toEqual(['offer:deepseek-app']);
		sub.unsubscribe();
		store.close();
		const again = await openCatalogueStore(shippedCatalogue, { dexie });
		const kept = await new Promise<Set<string>>((done) =>
			again.observeFavourites().subscribe({ next: done })
		);
		expect([...kept]).toEqual(['offer:deepseek-app']);
		again.close();
	});

	it('keeps them for the visit in memory when storage is read-only', async () => {
		const store = readOnlyStore(shippedCatalogue, 'no storage');
		await store.setFavourite('model:gemini', true);
		const now = await new Promise<Set<string>>((done) =>
			store.observeFavourites().subscribe({ next: done })
		);
		expect([...now]).toEqual(['model:gemini']);
	});
});

/** The app's database as an earlier app declared it: versions 1 to `last`, as they shipped. */
async function databaseAtVersion(last: 1 | 2 | 3 | 4, dexie: NonNullable<OpenOptions['dexie']>) {
	const { default: Dexie } = await import('dexie');
	const db = new Dexie('model-chooser', dexie);
	db.version(1).stores({
		models: 'id, origin, vendor, status, openness',
		offers: 'id, origin, kind, status, *models',
		facts: 'id, origin, measure',
		vendors: 'id, origin',
		meta: 'key'
	});
	if (last >= 2) db.version(2).stores({ favourites: 'key' });
	if (last >= 3) db.version(3).stores({ edits: 'key', notes: 'modelId' });
	if (last >= 4) db.version(4).stores({ models: 'id, origin', offers: 'id, origin' });
	return db;
}

describe('schema upgrades', () => {
	it('opens a database written by version 3 (the one before), keeps every record, drops unused indexes', async () => {
		const dexie = freshIdb();
		const old = await databaseAtVersion(3, dexie);
		const model = { ...structuredClone(shippedCatalogue.models[1]!), id: 'mine', origin: 'own' };
		await old.table('models').put(model);
		await old.table('offers').put({
			...structuredClone(shippedCatalogue.offers[3]!),
			id: 'mine-api',
			models: ['mine'],
			origin: 'own'
		});
		await old.table('notes').put({ modelId: 'gpt-4', text: 'Long documents', at: 'then' });
		old.close();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const own = await store.readOwn();
		expect(own.models.map((m) => m.id)).toEqual(['mine']);
		expect(own.offers.map((o) => o.id)).toEqual(['mine-api']);
		expect(own.notes.map((n) => n.text)).toEqual(['Long documents']);
		store.close();
		const db = new ChooserDb(undefined, dexie);
		await db.open();
		const indexes = (table: 'models' | 'offers' | 'facts') =>
			db.table(table).schema.indexes.map((i) => i.name);
		expect([indexes('models'), indexes('offers'), indexes('facts')]).toEqual([
			['origin'],
			['origin'],
			['origin', 'measure']
		]);
		expect(await db.models.where('origin').equals('own').primaryKeys()).toEqual(['mine']);
		db.close();
	});

	it('loses nothing when an app of version 3, still open in another tab, opens it afterwards', async () => {
		const dexie = freshIdb();
		let told = 0;
		const store = await openCatalogueStore(shippedCatalogue, {
			dexie,
			onVersionChange: () => told++
		});
		const mine = { ...structuredClone(shippedCatalogue.models[1]!), id: 'mine' };
		await store.addOwn(handOwn({ models: [mine] }));
		// Dexie in the older app puts back the indexes it declares, as a schema upgrade: this
		// tab is told, as for any other tab's upgrade, and offers a reload.
		const old = await databaseAtVersion(3, dexie);
		await old.open();
		expect(await old.table('models').where('vendor').equals(mine.vendor).primaryKeys()).toContain(
			'mine'
		);
		old.close();
		expect(told).toBe(1);
		store.close();
		const again = await openCatalogueStore(shippedCatalogue, { dexie });
		expect((await again.readOwn()).models.map((m) => m.id)).toEqual(['mine']);
		expect(ids((await again.read()).catalogue.models)).toEqual(
			ids([...shippedCatalogue.models, mine])
		);
		again.close();
	});

	it('opens a database written by version 2 (the one before) and keeps its favourites', async () => {
		const dexie = freshIdb();
		const old = await databaseAtVersion(2, dexie);
		await old.table('favourites').put({ key: 'model:gpt-4', at: '2026-01-01T00:00:00.000Z' });
		await old
			.table('offers')
			.put({ ...structuredClone(shippedCatalogue.offers[2]!), id: 'mine-2', origin: 'own' });
		old.close();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const own = await store.readOwn();
		expect(own.favourites).toEqual(['model:gpt-4']);
		expect(own.offers.map((o) => o.id)).toEqual(['mine-2']);
		expect(own.edits).toEqual([]);
		await store.setEdit('offer:chatgpt-pro', { status: 'legacy' });
		store.close();
	});

	it('keeps the person’s own gpt-5 and imported maker google when a newer catalogue ships those ids', async () => {
		const dexie = freshIdb();
		const old = await databaseAtVersion(4, dexie);
		// An earlier catalogue without gpt-5 and google, and the person's records of those ids.
		const earlier = (list: { id: string }[], gone: string[]) =>
			list.filter((r) => !gone.includes(r.id)).map((r) => ({ ...r, origin: 'shipped' }));
		await old.table('vendors').bulkPut(earlier(shippedCatalogue.vendors, ['google']));
		await old.table('models').bulkPut(earlier(shippedCatalogue.models, ['gpt-5', 'gemini']));
		await old
			.table('offers')
			.bulkPut(earlier(shippedCatalogue.offers, ['gpt-5-chatgpt', 'gemini-app']));
		await old.table('facts').bulkPut(earlier(shippedCatalogue.facts, []));
		await old.table('meta').put({
			key: 'catalogue',
			value: { ...shippedCatalogue, catalogueVersion: '2025-02-20.1' }
		});
		const mine = ownRecords('gpt-5').models[0]!;
		await old
			.table('models')
			.put({ ...mine, name: { en: 'My GPT-5', ar: 'My GPT-5' }, origin: 'own' });
		await old
			.table('vendors')
			.put({ id: 'google', name: { en: 'Google (imported)', ar: 'Google' }, origin: 'own' });
		await old.table('notes').put({ modelId: 'gpt-5', text: 'Mine', at: 'then' });
		old.close();

		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		expect(store.seedResult).toBe('updated');
		const { catalogue } = await store.read();
		expect(catalogue.models.find((m) => m.id === 'gpt-5')?.name.en).toBe('My GPT-5');
		expect(catalogue.vendors.find((v) => v.id === 'google')?.name.en).toBe('Google (imported)');
		// The rest of the new edition arrives.
		expect(catalogue.models.map((m) => m.id)).toContain('gemini');
		expect(catalogue.offers.map((o) => o.id)).toContain('gpt-5-chatgpt');
		const kept = await store.readOwn();
		expect(kept.models.map((m) => m.id)).toEqual(['gpt-5']);
		expect(kept.vendors.map((v) => v.id)).toEqual(['google']);
		expect(kept.notes.map((n) => n.text)).toEqual(['Mine']);

		// Starting over brings back the catalogue's own records of those ids.
		await store.resetOwn();
		const reset = (await store.read()).catalogue;
		const shippedGpt5 = shippedCatalogue.models.find((m) => m.id === 'gpt-5')!;
		expect(reset.models.find((m) => m.id === 'gpt-5')).toEqual(shippedGpt5);
		expect(reset.vendors.find((v) => v.id === 'google')?.name).toEqual(
			shippedCatalogue.vendors.find((v) => v.id === 'google')!.name
		);
		expect(ids(reset.models)).toEqual(ids(shippedCatalogue.models));
		store.close();
		// Held-back records are gone from meta once returned: the next open is current and whole.
		const again = await openCatalogueStore(shippedCatalogue, { dexie });
		expect(again.seedResult).toBe('current');
		expect(ids((await again.read()).catalogue.vendors)).toEqual(ids(shippedCatalogue.vendors));
		again.close();
	});

	it('opens a database written by version 1 and keeps every record', async () => {
		const dexie = freshIdb();
		const old = await databaseAtVersion(1, dexie);
		await old
			.table('offers')
			.put({ ...structuredClone(shippedCatalogue.offers[0]!), id: 'mine', origin: 'own' });
		await old.table('meta').put({
			key: 'catalogue',
			value: {
				catalogueVersion: shippedCatalogue.catalogueVersion,
				asOf: shippedCatalogue.asOf,
				source: shippedCatalogue.source
			}
		});
		old.close();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		expect(store.mode).toBe('indexeddb');
		const { catalogue, ownRecords } = await store.read();
		expect(ownRecords).toBe(1);
		expect(catalogue.offers.map((o) => o.id)).toContain('mine');
		await store.setFavourite('offer:mine', true);
		store.close();
	});
});

describe('the person’s own data', () => {
	/** A copy of a shipped record, as a file that reuses its id would bring it. */
	const shipped = <K extends 'models' | 'offers' | 'vendors'>(kind: K, id: string) =>
		structuredClone(shippedCatalogue[kind].find((r) => r.id === id)!) as Catalogue[K][number];
	const own = ownRecords;

	it('edits lay over shipped records, are counted, and revert', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.setEdit('offer:chatgpt-plus', { price: { type: 'monthly', usdPerMonth: 22 } });
		let view = await store.read();
		expect(view.catalogue.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 22
		});
		expect(view.edits.get('offer:chatgpt-plus')?.original).toEqual({
			price: { type: 'monthly', usdPerMonth: 20 }
		});
		expect(view.ownRecords).toBe(1);
		await store.setEdit('offer:chatgpt-plus', undefined);
		view = await store.read();
		expect(view.catalogue.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 20
		});
		expect(view.ownRecords).toBe(0);
		store.close();
	});

	it('keeps additions, edits, favourites and notes when a newer catalogue ships', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(own('my-model'));
		await store.setEdit('offer:chatgpt-pro', { price: { type: 'monthly', usdPerMonth: 180 } });
		await store.setFavourite('model:gpt-4', true);
		await store.setNote('gpt-4', 'For long documents');
		store.close();
		const next = structuredClone(shippedCatalogue);
		next.catalogueVersion = LATER;
		const updated = await openCatalogueStore(next, { dexie });
		expect(updated.seedResult).toBe('updated');
		const kept = await updated.readOwn();
		expect(kept.models.map((m) => m.id)).toEqual(['my-model']);
		expect(kept.edits.map((e) => e.key)).toEqual(['offer:chatgpt-pro']);
		expect(kept.favourites).toEqual(['model:gpt-4']);
		expect(kept.notes.map((n) => n.text)).toEqual(['For long documents']);
		expect(
			(await updated.read()).catalogue.offers.find((o) => o.id === 'chatgpt-pro')?.price
		).toEqual({
			type: 'monthly',
			usdPerMonth: 180
		});
		updated.close();
	});

	it('writes an import whole or not at all: an id of a shipped record refuses everything', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const bad = own('fine-model');
		bad.offers.push({ ...structuredClone(shippedCatalogue.offers[0]!) });
		await expect(store.addOwn(bad)).rejects.toMatchObject({ code: 'conflict' });
		const after = await store.readOwn();
		expect(after.models).toEqual([]);
		expect((await store.read()).catalogue.offers).toHaveLength(17);
		store.close();
	});

	it('names the first id a shipped record holds (models, then offers, then makers) and writes nothing', async () => {
		const cases = [
			{ taken: 'gpt-4', edit: (d: OwnData) => d.models.push(shipped('models', 'gpt-4')) },
			{
				taken: 'chatgpt-plus',
				edit: (d: OwnData) => d.offers.push(shipped('offers', 'chatgpt-plus'))
			},
			{ taken: 'openai', edit: (d: OwnData) => d.vendors.push(shipped('vendors', 'openai')) },
			{
				taken: 'gpt-4',
				edit: (d: OwnData) => {
					d.vendors.push(shipped('vendors', 'openai'));
					d.offers.push(shipped('offers', 'chatgpt-plus'));
					d.models.push(shipped('models', 'gpt-4'), shipped('models', 'gpt-4o'));
				}
			}
		];
		for (const c of cases) {
			const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
			const data = own('fine-model');
			c.edit(data);
			await expect(store.addOwn(data)).rejects.toMatchObject({
				code: 'conflict',
				message: c.taken
			});
			const after = await store.readOwn();
			expect([after.vendors, after.models, after.offers]).toEqual([[], [], []]);
			store.close();
		}
	});

	it('replaces the person’s own records of the same id: importing a file twice is no conflict', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(own('mine'));
		const again = own('mine');
		again.models[0]!.name = { en: 'Mine, renamed', ar: 'Mine, renamed' };
		await store.addOwn(again);
		const after = await store.readOwn();
		expect(after.models.map((m) => m.name.en)).toEqual(['Mine, renamed']);
		expect(after.offers.map((o) => o.id)).toEqual(['mine-api']);
		store.close();
	});

	it('keeps nothing of an import whose write fails part-way, in any table', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const data = own('first');
		data.vendors.push({ id: 'acme', name: { en: 'Acme', ar: 'Acme' } });
		data.favourites.push('model:first');
		data.notes.push({ modelId: 'first', text: 'A note', at: 'now' });
		// An offer without an id cannot be stored: IndexedDB refuses that one put.
		data.offers.push({ ...structuredClone(data.offers[0]!), id: undefined as unknown as string });
		await expect(store.addOwn(data)).rejects.toMatchObject({ code: 'failed' });
		const after = await store.readOwn();
		expect([after.vendors, after.models, after.offers, after.notes, after.favourites]).toEqual([
			[],
			[],
			[],
			[],
			[]
		]);
		store.close();
	});

	it('re-reads the catalogue once for a whole import, and leaves favourites and notes be', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const seen = { catalogue: 0, favourites: 0, notes: 0 };
		let view: CatalogueView | undefined;
		let favourites = new Set<string>();
		let notes = new Map<string, string>();
		const subs = [
			store.observe().subscribe({ next: (v) => (seen.catalogue++, (view = v)) }),
			store.observeFavourites().subscribe({ next: (v) => (seen.favourites++, (favourites = v)) }),
			store.observeNotes().subscribe({ next: (v) => (seen.notes++, (notes = v)) })
		];
		await expect.poll(() => seen).toEqual({ catalogue: 1, favourites: 1, notes: 1 });
		const data = own('m-0');
		for (let i = 1; i < 500; i++) {
			data.models.push(...own(`m-${i}`).models);
			data.offers.push(...own(`m-${i}`).offers);
		}
		await store.addOwn(data);
		await expect.poll(() => view?.ownRecords).toBe(1000);
		// Settled: one later write that each observer follows. Its value comes after whatever the
		// import set off, so a re-read the import caused would be counted by now.
		await store.setEdit('model:gpt-4', { status: 'legacy' });
		await store.setFavourite('model:m-0', true);
		await store.setNote('m-0', 'Read after the import');
		await expect
			.poll(() => [view?.edits.size, favourites.has('model:m-0'), notes.has('m-0')])
			.toEqual([1, true, true]);
		for (const sub of subs) sub.unsubscribe();
		expect(seen).toEqual({ catalogue: 3, favourites: 2, notes: 2 });
		expect((await store.readOwn()).models).toHaveLength(500);
		store.close();
	});

	it('resets to the shipped catalogue, keeping favourites and notes', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(own('mine'));
		await store.setEdit('model:gpt-5', { openness: 'open-weights' });
		await store.setFavourite('model:mine', true);
		await store.resetOwn();
		const after = await store.readOwn();
		expect([after.models, after.offers, after.edits]).toEqual([[], [], []]);
		expect(after.favourites).toEqual(['model:mine']);
		expect((await store.read()).catalogue.models.find((m) => m.id === 'gpt-5')?.openness).toBe(
			'closed'
		);
		store.close();
	});
});

/** Records as an import made them before model ids were join keys: `or-…` and `md-…` ids. */
function oldImport(): OwnData {
	const model = (id: string, name: string) => ({
		...structuredClone(shippedCatalogue.models[1]!),
		id,
		name: { en: name, ar: name },
		aliases: undefined
	});
	const offer = (id: string, modelId: string) => ({
		...structuredClone(shippedCatalogue.offers[3]!),
		id,
		models: [modelId]
	});
	return {
		vendors: [],
		models: [
			model('or-openai-gpt-4o', 'OpenAI: GPT-4o'),
			model('md-openrouter-mistralai-devstral-2512', 'Devstral 2512')
		],
		offers: [
			offer('or-openai-gpt-4o-api', 'or-openai-gpt-4o'),
			offer('md-openrouter-mistralai-devstral-2512-api', 'md-openrouter-mistralai-devstral-2512')
		],
		edits: [],
		notes: [],
		favourites: [],
		aliases: []
	};
}

/** The same entries read again today: GPT-4o joins the shipped model, Devstral gets a join key. */
function newImport(): OwnData {
	const old = oldImport();
	const devstral = { ...old.models[1]!, id: 'devstral-2512' };
	return {
		vendors: [],
		models: [devstral],
		offers: [
			{ ...old.offers[0]!, models: ['gpt-4o'] },
			{ ...old.offers[1]!, models: ['devstral-2512'] }
		],
		edits: [],
		notes: [],
		favourites: [],
		aliases: [
			{ from: 'or-openai-gpt-4o', to: 'gpt-4o' },
			{ from: 'md-openrouter-mistralai-devstral-2512', to: 'devstral-2512' }
		]
	};
}

/** What the person made on the old ids: notes, stars and edits. */
async function madeOnOldIds(store: Awaited<ReturnType<typeof openCatalogueStore>>) {
	await store.setNote('or-openai-gpt-4o', 'Good at tables');
	await store.setNote('gpt-4o', 'Try it for images');
	await store.setNote('md-openrouter-mistralai-devstral-2512', 'For code');
	await store.setFavourite('model:or-openai-gpt-4o', true);
	await store.setFavourite('offer:or-openai-gpt-4o-api', true);
	await store.setFavourite('model:md-openrouter-mistralai-devstral-2512', true);
	await store.setEdit('model:md-openrouter-mistralai-devstral-2512', { openness: 'open-weights' });
	await store.setEdit('model:or-openai-gpt-4o', { openness: 'open-weights' });
	await store.setEdit('model:gpt-4o', { openness: 'closed' });
	await store.setEdit('offer:or-openai-gpt-4o-api', { status: 'legacy' });
}

const sorted = (list: string[]) => [...list].sort();

describe('aliases: ids of earlier imports', () => {
	it('moves notes, stars and edits to the new id, deletes the old own model, keeps the alias', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(oldImport());
		await madeOnOldIds(store);
		await store.addOwn(newImport());

		const own = await store.readOwn();
		expect(own.models.map((m) => m.id)).toEqual(['devstral-2512']);
		expect(sorted(own.offers.map((o) => o.id))).toEqual([
			'md-openrouter-mistralai-devstral-2512-api',
			'or-openai-gpt-4o-api'
		]);
		const notes = new Map(own.notes.map((n) => [n.modelId, n.text]));
		expect(Object.fromEntries(notes)).toEqual({
			// Both texts are kept when the new id had a note of its own.
			'gpt-4o': 'Try it for images\n\nGood at tables',
			'devstral-2512': 'For code'
		});
		expect(sorted(own.favourites)).toEqual([
			'model:devstral-2512',
			'model:gpt-4o',
			'offer:or-openai-gpt-4o-api'
		]);
		const edits = Object.fromEntries(own.edits.map((e) => [e.key, e.patch]));
		expect(edits).toEqual({
			'model:devstral-2512': { openness: 'open-weights' },
			// gpt-4o had an edit of its own, which wins; the old one is left where it was.
			'model:gpt-4o': { openness: 'closed' },
			'model:or-openai-gpt-4o': { openness: 'open-weights' },
			'offer:or-openai-gpt-4o-api': { status: 'legacy' }
		});
		expect(own.aliases).toEqual([
			{ from: 'md-openrouter-mistralai-devstral-2512', to: 'devstral-2512' },
			{ from: 'or-openai-gpt-4o', to: 'gpt-4o' }
		]);
		const view = await store.read();
		expect(view.aliases.get('or-openai-gpt-4o')).toBe('gpt-4o');
		expect(view.catalogue.models.find((m) => m.id === 'gpt-4o')?.name.en).toBe('GPT-4o');
		expect(view.catalogue.models.some((m) => m.id === 'or-openai-gpt-4o')).toBe(false);
		store.close();
	});

	it('points own offers that named the old model, and not in the new file, at the new id', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const old = oldImport();
		old.offers.push({ ...old.offers[0]!, id: 'or-openai-gpt-4o-free-api' });
		await store.addOwn(old);
		await store.addOwn(newImport());
		const own = await store.readOwn();
		expect(own.offers.find((o) => o.id === 'or-openai-gpt-4o-free-api')?.models).toEqual([
			'gpt-4o'
		]);
		store.close();
	});

	it('never deletes a shipped model named as an old id', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		const data = newImport();
		data.aliases = [{ from: 'gpt-4', to: 'devstral-2512' }];
		await store.addOwn(data);
		const { catalogue } = await store.read();
		expect(catalogue.models.some((m) => m.id === 'gpt-4')).toBe(true);
		store.close();
	});

	it('moves nothing when the write fails part-way: old model, note, star, edit stay, no alias', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(oldImport());
		await madeOnOldIds(store);
		const before = await store.readOwn();
		const data = newImport();
		// An offer without an id cannot be stored: IndexedDB refuses that one put.
		data.offers.push({ ...data.offers[0]!, id: undefined as unknown as string });
		await expect(store.addOwn(data)).rejects.toMatchObject({ code: 'failed' });
		expect(await store.readOwn()).toEqual(before);
		expect((await store.read()).aliases.size).toBe(0);
		store.close();
	});

	it('a reset forgets the aliases with the records', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { dexie: freshIdb() });
		await store.addOwn(oldImport());
		await store.addOwn(newImport());
		await store.resetOwn();
		expect((await store.readOwn()).aliases).toEqual([]);
		store.close();
	});

	it('a read-only store has none', async () => {
		const store = readOnlyStore(shippedCatalogue, 'no storage');
		expect((await store.readOwn()).aliases).toEqual([]);
		expect((await store.read()).aliases.size).toBe(0);
	});
});

describe('upgrading from version 4, then re-importing a list', () => {
	it('keeps every old record, then moves what was made on old ids to the ids that replace them', async () => {
		const dexie = freshIdb();
		const old = await databaseAtVersion(4, dexie);
		const at = '2026-01-01T00:00:00.000Z';
		const tagged = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, origin: 'own' }));
		const records = oldImport();
		await old.table('models').bulkPut(tagged(records.models));
		await old.table('offers').bulkPut(tagged(records.offers));
		await old.table('notes').put({ modelId: 'or-openai-gpt-4o', text: 'Good at tables', at });
		await old.table('favourites').bulkPut([
			{ key: 'model:or-openai-gpt-4o', at },
			{ key: 'offer:or-openai-gpt-4o-api', at },
			{ key: 'model:md-openrouter-mistralai-devstral-2512', at }
		]);
		await old
			.table('edits')
			.put({ key: 'offer:or-openai-gpt-4o-api', patch: { status: 'legacy' }, at });
		old.close();

		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const kept = await store.readOwn();
		expect(kept.models.map((m) => m.id)).toEqual([
			'md-openrouter-mistralai-devstral-2512',
			'or-openai-gpt-4o'
		]);
		expect(kept.offers.map((o) => o.id)).toEqual([
			'md-openrouter-mistralai-devstral-2512-api',
			'or-openai-gpt-4o-api'
		]);
		expect(kept.notes.map((n) => [n.modelId, n.text])).toEqual([
			['or-openai-gpt-4o', 'Good at tables']
		]);
		expect(sorted(kept.favourites)).toEqual([
			'model:md-openrouter-mistralai-devstral-2512',
			'model:or-openai-gpt-4o',
			'offer:or-openai-gpt-4o-api'
		]);
		expect(kept.edits.map((e) => e.key)).toEqual(['offer:or-openai-gpt-4o-api']);
		expect(kept.aliases).toEqual([]);

		// The list read again, as the importer reads it into the catalogue on screen.
		const state = new CatalogueState(async () => store);
		const stop = state.start();
		const file = new Blob([readFileSync('tests/fixtures/cases/openrouter-gpt-4o.json')]);
		const preview = await state.readFile(file);
		if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
		expect(preview.data.aliases).toEqual([{ from: 'or-openai-gpt-4o', to: 'gpt-4o' }]);
		expect(await state.commitImport(preview)).toBe(preview);

		const own = await store.readOwn();
		expect(own.models.map((m) => m.id)).toEqual(['md-openrouter-mistralai-devstral-2512']);
		expect(own.offers.find((o) => o.id === 'or-openai-gpt-4o-api')?.models).toEqual(['gpt-4o']);
		expect(own.notes.map((n) => [n.modelId, n.text])).toEqual([['gpt-4o', 'Good at tables']]);
		expect(sorted(own.favourites)).toEqual([
			'model:gpt-4o',
			'model:md-openrouter-mistralai-devstral-2512',
			'offer:or-openai-gpt-4o-api'
		]);
		expect(own.edits.map((e) => e.key)).toEqual(['offer:or-openai-gpt-4o-api']);
		await expect.poll(() => state.aliases.size).toBeGreaterThan(0);
		expect(state.resolveModelId('or-openai-gpt-4o')).toBe('gpt-4o');
		expect(state.resolveModelId('md-openrouter-mistralai-devstral-2512')).toBe(
			'md-openrouter-mistralai-devstral-2512'
		);
		expect(state.resolveModelId('gpt-4o-2024-08-06')).toBe('gpt-4o');
		expect(state.resolveModelId('no-such-model')).toBeUndefined();
		stop();
	});
});
