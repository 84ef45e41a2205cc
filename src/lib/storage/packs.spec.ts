import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Catalogue } from '$lib/domain/catalogue';
import type { OwnData } from '$lib/domain/import/types';
import { openCatalogueStore, type OpenOptions } from './catalogue-store';
import { ChooserDb } from './db';
import { ownRecords } from './own-records';
import { bucketOf, PACK_BUCKETS, PACKED_FROM } from './packs';

const freshIdb = (): NonNullable<OpenOptions['dexie']> => ({
	indexedDB: new IDBFactory(),
	IDBKeyRange
});

/** `n` own models `<prefix>-0`… with an offer each (`<prefix>-0-api`): a big import when 2n ≥ PACKED_FROM. */
function bigImport(prefix: string, n = PACKED_FROM / 2 + 10): OwnData {
	const data = ownRecords(`${prefix}-0`);
	for (let i = 1; i < n; i++) {
		const one = ownRecords(`${prefix}-${i}`);
		data.models.push(...one.models);
		data.offers.push(...one.offers);
	}
	return data;
}

/** The stored rows and packs, as the database holds them. */
async function stored(dexie: NonNullable<OpenOptions['dexie']>) {
	const db = new ChooserDb(undefined, dexie);
	await db.open();
	const [ownModelRows, ownOfferRows, packs] = await Promise.all([
		db.models.where('origin').equals('own').primaryKeys(),
		db.offers.where('origin').equals('own').primaryKeys(),
		db.packs.toArray()
	]);
	db.close();
	return { ownModelRows, ownOfferRows, packs };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('bucketOf', () => {
	it('gives every id a bucket in range, the same one each time, spread over all of them', () => {
		const seen = new Set<number>();
		for (let i = 0; i < 5000; i++) {
			const b = bucketOf(`model-${i}`);
			expect(b).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThan(PACK_BUCKETS);
			expect(bucketOf(`model-${i}`)).toBe(b);
			seen.add(b);
		}
		expect(seen.size).toBe(PACK_BUCKETS);
		// Fixed forever: a stored record's bucket must not move.
		expect([bucketOf(''), bucketOf('gpt-4o'), bucketOf('كيمي')]).toEqual([5, 12, 39]);
	});
});

describe('a big write, in packs', () => {
	it('is stored in packs, not rows, and read back whole, in id order, and counted', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const data = bigImport('big');
		await store.addOwn(data);
		const raw = await stored(dexie);
		expect([raw.ownModelRows, raw.ownOfferRows]).toEqual([[], []]);
		expect(raw.packs.length).toBeGreaterThan(0);
		expect(raw.packs.length).toBeLessThanOrEqual(2 * PACK_BUCKETS);
		expect(raw.packs.reduce((n, p) => n + p.records.length, 0)).toBe(
			data.models.length + data.offers.length
		);

		const own = await store.readOwn();
		expect(own.models).toEqual([...data.models].sort((a, b) => byId(a.id, b.id)));
		expect(own.offers).toEqual([...data.offers].sort((a, b) => byId(a.id, b.id)));
		const view = await store.read();
		expect(view.ownRecords).toBe(data.models.length + data.offers.length);
		const modelIds = view.catalogue.models.map((m) => m.id);
		expect(modelIds).toEqual([...modelIds].sort(byId));
		expect(modelIds).toEqual(
			[...shippedCatalogue.models.map((m) => m.id), ...data.models.map((m) => m.id)].sort(byId)
		);
		store.close();
	});

	it('holds each id once: a small write of a packed id moves it to a row, a big one takes rows back', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(ownRecords('row-only'));
		await store.addOwn(ownRecords('big-3'));
		const big = bigImport('big');
		big.models.push(...ownRecords('row-only').models);
		await store.addOwn(big);
		let raw = await stored(dexie);
		expect([raw.ownModelRows, raw.ownOfferRows]).toEqual([[], ['row-only-api']]);

		const renamed = ownRecords('big-3');
		renamed.models[0]!.name = { en: 'Renamed', ar: 'Renamed' };
		await store.addOwn(renamed);
		raw = await stored(dexie);
		expect(raw.ownModelRows).toEqual(['big-3']);
		expect(raw.packs.flatMap((p) => p.records.map((r: { id: string }) => r.id))).not.toContain(
			'big-3'
		);
		const own = await store.readOwn();
		expect(own.models.filter((m) => m.id === 'big-3').map((m) => m.name.en)).toEqual(['Renamed']);
		expect(own.models).toHaveLength(big.models.length);
		expect(new Set(own.offers.map((o) => o.id)).size).toBe(own.offers.length);
		store.close();
	});

	it('moves what was made on old ids to the new ones, and points packed offers at them', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(bigImport('old'));
		await store.setNote('old-1', 'Good at tables');
		await store.setFavourite('model:old-1', true);
		const next = bigImport('new');
		next.aliases = [
			{ from: 'old-1', to: 'new-1' },
			{ from: 'old-2', to: 'new-2' }
		];
		await store.addOwn(next);
		const own = await store.readOwn();
		const models = new Set(own.models.map((m) => m.id));
		expect([models.has('old-1'), models.has('old-2'), models.has('old-3')]).toEqual([
			false,
			false,
			true
		]);
		expect(own.offers.find((o) => o.id === 'old-1-api')?.models).toEqual(['new-1']);
		expect(own.offers.find((o) => o.id === 'old-3-api')?.models).toEqual(['old-3']);
		expect(own.notes.map((n) => [n.modelId, n.text])).toEqual([['new-1', 'Good at tables']]);
		expect(own.favourites).toEqual(['model:new-1']);
		store.close();
	});

	it('writes nothing when it fails part-way: the packs and rows are as before', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(bigImport('kept'));
		const before = await stored(dexie);
		const broken = bigImport('broken');
		broken.notes.push({ modelId: 'broken-1', text: 'A note', at: 'now' });
		// A value IndexedDB cannot store: the write of its pack fails after others were put.
		(broken.offers.at(-1) as unknown as Record<string, unknown>).url = () => 'not storable';
		await expect(store.addOwn(broken)).rejects.toMatchObject({ code: 'failed' });
		expect(await stored(dexie)).toEqual(before);
		expect((await store.readOwn()).notes).toEqual([]);
		store.close();
	});

	it('is refused whole when an id is a shipped record’s', async () => {
		const dexie = freshIdb();
		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		const data = bigImport('big');
		data.models.push(structuredClone(shippedCatalogue.models[0]!));
		await expect(store.addOwn(data)).rejects.toMatchObject({ code: 'conflict' });
		expect((await stored(dexie)).packs).toEqual([]);
		store.close();
	});

	it('goes on a reset, and a shipped id it held comes back as the shipped record', async () => {
		const dexie = freshIdb();
		(await openCatalogueStore(shippedCatalogue, { dexie })).close();
		// A later catalogue ships a model of an id the person's big import holds.
		const data = bigImport('big');
		let store = await openCatalogueStore(shippedCatalogue, { dexie });
		await store.addOwn(data);
		store.close();
		const next: Catalogue = structuredClone(shippedCatalogue);
		next.catalogueVersion = '2999-01-01.1';
		next.models.push({ ...structuredClone(next.models[0]!), id: 'big-7' });
		store = await openCatalogueStore(next, { dexie });
		expect(store.seedResult).toBe('updated');
		let view = await store.read();
		// The person's record is kept, the shipped one held back.
		expect(view.catalogue.models.filter((m) => m.id === 'big-7').map((m) => m.name.en)).toEqual([
			'big-7'
		]);
		await store.resetOwn();
		expect((await stored(dexie)).packs).toEqual([]);
		view = await store.read();
		expect(view.ownRecords).toBe(0);
		expect(view.catalogue.models.map((m) => m.id)).toEqual(next.models.map((m) => m.id).sort(byId));
		store.close();
	});
});

describe('schema 7', () => {
	it('opens a database of version 6 with every row kept where it was, and packs its next big write', async () => {
		const dexie = freshIdb();
		const { default: Dexie } = await import('dexie');
		const old = new Dexie('model-chooser', dexie);
		old.version(1).stores({
			models: 'id, origin, vendor, status, openness',
			offers: 'id, origin, kind, status, *models',
			facts: 'id, origin, measure',
			vendors: 'id, origin',
			meta: 'key'
		});
		old.version(2).stores({ favourites: 'key' });
		old.version(3).stores({ edits: 'key', notes: 'modelId' });
		old.version(4).stores({ models: 'id, origin', offers: 'id, origin' });
		old.version(5).stores({ aliases: 'from' });
		old.version(6).stores({ lists: 'source' });
		const mine = ownRecords('mine');
		await old.table('models').put({ ...mine.models[0]!, origin: 'own' });
		await old.table('offers').put({ ...mine.offers[0]!, origin: 'own' });
		await old.table('notes').put({ modelId: 'mine', text: 'Kept', at: 'then' });
		old.close();

		const store = await openCatalogueStore(shippedCatalogue, { dexie });
		let own = await store.readOwn();
		expect([own.models.map((m) => m.id), own.offers.map((o) => o.id)]).toEqual([
			['mine'],
			['mine-api']
		]);
		expect(own.notes.map((n) => n.text)).toEqual(['Kept']);
		let raw = await stored(dexie);
		expect([raw.ownModelRows, raw.packs]).toEqual([['mine'], []]);

		const big = bigImport('big');
		big.models.push(...mine.models);
		await store.addOwn(big);
		raw = await stored(dexie);
		expect(raw.ownModelRows).toEqual([]);
		own = await store.readOwn();
		expect(own.models.map((m) => m.id)).toContain('mine');
		expect(own.offers.map((o) => o.id)).toContain('mine-api');
		expect(own.notes.map((n) => n.text)).toEqual(['Kept']);
		store.close();
	});
});
