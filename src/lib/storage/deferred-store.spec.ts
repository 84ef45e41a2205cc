import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { CatalogueState } from '$lib/state/catalogue.svelte';
import { openCatalogueStore, type CatalogueStore, type OpenOptions } from './catalogue-store';
import { ChooserDb } from './db';
import { announceWrite } from './database';
import { isFirstVisit, openStoreForVisit } from './deferred-store';

/** A fresh, private IndexedDB for each test. */
const freshIdb = (): NonNullable<OpenOptions['dexie']> => ({
	indexedDB: new IDBFactory(),
	IDBKeyRange
});

/** A navigator where service workers exist. */
const withWorkers = { serviceWorker: {} } as unknown as Navigator;

/** The database's open, counted: how many times the page would have loaded Dexie. */
const countedLoad = () =>
	vi.fn((options: OpenOptions) => openCatalogueStore(shippedCatalogue, options));

/** The favourites a store holds now. */
const favouritesOf = (store: CatalogueStore) =>
	new Promise<Set<string>>((done) => {
		const s = store.observeFavourites().subscribe({
			next: (set) => {
				done(set);
				queueMicrotask(() => s.unsubscribe());
			}
		});
	});

describe('isFirstVisit', () => {
	it('is a first visit only where the database does not exist and a service worker can fill it', async () => {
		const factory = new IDBFactory();
		const scope = { indexedDB: factory, navigator: withWorkers };
		expect(await isFirstVisit('visit-1', scope)).toBe(true);
		// Asking created nothing: the database's first open still runs every upgrade from none.
		expect(await isFirstVisit('visit-1', scope)).toBe(true);
		expect((await factory.databases()).map((d) => d.name)).toEqual([]);
		const db = new ChooserDb('visit-1', { indexedDB: factory, IDBKeyRange });
		await db.open();
		db.close();
		expect(await isFirstVisit('visit-1', scope)).toBe(false);
		// No service workers: nothing would fill the database, so the page opens it itself.
		const bare = { indexedDB: new IDBFactory(), navigator: {} as Navigator };
		expect(await isFirstVisit('visit-1', bare)).toBe(false);
		// IndexedDB refused, or none at all: the database's own open says why nothing is saved.
		const refusing = {
			open: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		} as unknown as IDBFactory;
		expect(await isFirstVisit('visit-1', { indexedDB: refusing, navigator: withWorkers })).toBe(
			false
		);
		expect(await isFirstVisit('visit-1', { navigator: withWorkers })).toBe(false);
	});
});

describe('openStoreForVisit', () => {
	it('opens the database at once on a later visit', async () => {
		const load = countedLoad();
		const store = await openStoreForVisit(
			shippedCatalogue,
			{ name: 'later', dexie: freshIdb() },
			load,
			async () => false
		);
		expect(load).toHaveBeenCalledTimes(1);
		expect(store.deferred).toBeUndefined();
		expect(store.seedResult).toBe('seeded');
		store.close();
	});

	it('on a first visit reads as the shipped catalogue without loading storage, and opens it at the first write', async () => {
		const load = countedLoad();
		const opened: CatalogueStore[] = [];
		const store = await openStoreForVisit(
			shippedCatalogue,
			{ name: 'first', dexie: freshIdb(), onLateOpen: (s) => opened.push(s) },
			load,
			async () => true
		);
		expect(store.deferred).toBe(true);
		expect(store.mode).toBe('indexeddb');
		const view = await store.read();
		expect(view.catalogue).toBe(shippedCatalogue);
		expect(view.ownRecords).toBe(0);
		expect(await favouritesOf(store)).toEqual(new Set());
		expect(load).not.toHaveBeenCalled();

		await store.setFavourite('model:gpt-4', true);
		expect(load).toHaveBeenCalledTimes(1);
		expect(opened).toHaveLength(1);
		const real = opened[0]!;
		expect(real.deferred).toBeUndefined();
		expect(real.seedResult).toBe('seeded');
		expect(await favouritesOf(real)).toEqual(new Set(['model:gpt-4']));
		// A second write goes to the same database: storage loads once.
		await store.setNote('gpt-4', 'kept');
		expect(load).toHaveBeenCalledTimes(1);
		expect((await real.readOwn()).notes.map((n) => n.text)).toEqual(['kept']);
		store.close();
		real.close();
	});

	it("opens the database when another tab writes, so this tab shows the other tab's data", async () => {
		const load = countedLoad();
		let handOver: (store: CatalogueStore) => void = () => {};
		const handed = new Promise<CatalogueStore>((done) => (handOver = done));
		const store = await openStoreForVisit(
			shippedCatalogue,
			{ name: 'other-tab', dexie: freshIdb(), onLateOpen: (s) => handOver(s) },
			load,
			async () => true
		);
		expect(load).not.toHaveBeenCalled();
		announceWrite();
		const real = await handed;
		expect(load).toHaveBeenCalledTimes(1);
		expect(real.mode).toBe('indexeddb');
		store.close();
		real.close();
	});

	it('storage that does not answer whether it exists: read-only within one time limit, writable when it answers', async () => {
		const load = countedLoad();
		const late: CatalogueStore[] = [];
		const started = Date.now();
		const store = await openStoreForVisit(
			shippedCatalogue,
			{ name: 'silent', dexie: freshIdb(), timeLimitMs: 200, onLateOpen: (s) => late.push(s) },
			load,
			() => new Promise<boolean>(() => {})
		);
		expect(Date.now() - started).toBeLessThan(1000);
		expect(store.mode).toBe('read-only');
		expect(store.stuck).toBe(true);
		// The database itself answers (here at once): the writable store follows.
		await expect.poll(() => late.length).toBe(1);
		expect(late[0]!.mode).toBe('indexeddb');
		late[0]!.close();
	});

	it('closed before the database opens, it closes the opened store instead of handing it over', async () => {
		let finish: ((store: CatalogueStore) => void) | undefined;
		const real = await openCatalogueStore(shippedCatalogue, { name: 'closed', dexie: freshIdb() });
		const close = vi.spyOn(real, 'close');
		const onLateOpen = vi.fn();
		const store = await openStoreForVisit(
			shippedCatalogue,
			{ onLateOpen },
			() => new Promise<CatalogueStore>((done) => (finish = done)),
			async () => true
		);
		const reading = store.readLists();
		store.close();
		await expect.poll(() => finish).toBeDefined();
		finish!(real);
		// Closed under it, the read is refused: nothing reads a store nobody follows.
		await expect(reading).rejects.toThrow(/closed/i);
		expect(onLateOpen).not.toHaveBeenCalled();
		expect(close).toHaveBeenCalled();
	});
});

describe('CatalogueState on a first visit', () => {
	it("takes over the opened store at the first star, and shows the star and the person's data", async () => {
		const load = countedLoad();
		const dexie = freshIdb();
		const state = new CatalogueState((onVersionChange, onLateOpen) =>
			openStoreForVisit(
				shippedCatalogue,
				{ name: 'state', dexie, onVersionChange, onLateOpen },
				load,
				async () => true
			)
		);
		const stop = state.start();
		await expect.poll(() => state.loaded).toBe(true);
		expect(state.source).toBe('indexeddb');
		expect(load).not.toHaveBeenCalled();
		await state.toggleFavourite('model', 'deepseek-r1');
		await expect.poll(() => state.isFavourite('model', 'deepseek-r1')).toBe(true);
		expect(load).toHaveBeenCalledTimes(1);
		const db = new ChooserDb('state', dexie);
		expect(await db.favourites.toCollection().primaryKeys()).toEqual(['model:deepseek-r1']);
		expect(await db.models.count()).toBe(shippedCatalogue.models.length);
		db.close();
		stop();
	});
});
