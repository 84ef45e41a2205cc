/**
 * The one module that touches Dexie. The rest of the app asks it for the catalogue (as
 * domain types) and gets the bundled catalogue, read-only, where IndexedDB cannot be used.
 */
import { liveQuery, type DexieOptions, type EntityTable } from 'dexie';
import { compareCatalogueVersions, type Catalogue } from '$lib/domain/catalogue';
import { ChooserDb, DB_NAME, type CatalogueMeta, type Origin, type Stored } from './db';

/** What a seed did: first fill, replaced an older catalogue, nothing to do, or kept a newer one. */
export type SeedResult = 'seeded' | 'updated' | 'current' | 'kept-newer';

/** Something that can be followed until unsubscribed, like a Dexie liveQuery. */
export interface Subscribable<T> {
	subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): {
		unsubscribe(): void;
	};
}

/** The stored catalogue, and how many of its records are the person's own. */
export type CatalogueView = { catalogue: Catalogue; ownRecords: number };

/** An open store: writable over IndexedDB, or read-only over the bundled catalogue. */
export interface CatalogueStore {
	readonly mode: 'indexeddb' | 'read-only';
	/** Why the store is read-only (the browser's own error), when it is. */
	readonly problem?: string;
	/** What opening did to the stored catalogue. */
	readonly seedResult?: SeedResult;
	read(): Promise<CatalogueView>;
	/** Follows the catalogue: a new value after every change to the stored records. */
	observe(): Subscribable<CatalogueView>;
	/** Follows the person's favourites (`model:<id>`, `offer:<id>`). */
	observeFavourites(): Subscribable<Set<string>>;
	/** Stars or unstars a model or an offer. */
	setFavourite(key: string, on: boolean): Promise<void>;
	close(): void;
}

export type OpenOptions = {
	name?: string;
	/** For tests and odd environments: the IndexedDB implementation to use. */
	dexie?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;
	/**
	 * Another tab opened a newer version of the database. This connection closes (so that the
	 * other tab's upgrade can go ahead); the page should offer a reload.
	 */
	onVersionChange?: () => void;
};

const tag = <T extends object>(records: T[], origin: Origin): Stored<T>[] =>
	records.map((r) => ({ ...r, origin }));

function untag<T extends object>(records: Stored<T>[]): T[] {
	return records.map((r) => {
		const { origin, ...rest } = r;
		return rest as unknown as T;
	});
}

/** Swaps a table's shipped records for new ones; the person's own records stay. */
async function replaceShipped<T extends { id: string }>(
	table: EntityTable<Stored<T>, 'id'>,
	records: T[]
): Promise<void> {
	await table.where('origin').equals('shipped').delete();
	await table.bulkPut(tag(records, 'shipped'));
}

/**
 * Brings the stored catalogue up to `shipped`, in one transaction: on the first visit it
 * fills the database; when a newer `catalogueVersion` ships it replaces every shipped
 * record and leaves the person's own (`origin: 'own'`) untouched. A database already holding
 * a newer catalogue (another tab runs a newer app) is left as it is.
 */
export async function seedCatalogue(db: ChooserDb, shipped: Catalogue): Promise<SeedResult> {
	return db.transaction('rw', [db.models, db.offers, db.facts, db.vendors, db.meta], async () => {
		const stored = (await db.meta.get('catalogue'))?.value;
		const order = stored
			? compareCatalogueVersions(stored.catalogueVersion, shipped.catalogueVersion)
			: -1;
		if (order > 0) return 'kept-newer';
		if (order === 0) return 'current';
		await replaceShipped(db.models, shipped.models);
		await replaceShipped(db.offers, shipped.offers);
		await replaceShipped(db.facts, shipped.facts);
		await replaceShipped(db.vendors, shipped.vendors);
		const meta: CatalogueMeta = {
			catalogueVersion: shipped.catalogueVersion,
			asOf: shipped.asOf,
			source: shipped.source
		};
		await db.meta.put({ key: 'catalogue', value: meta });
		return stored ? 'updated' : 'seeded';
	});
}

/** Reads the whole stored catalogue in one consistent snapshot. */
async function readStored(db: ChooserDb, fallback: Catalogue): Promise<CatalogueView> {
	return db.transaction('r', [db.models, db.offers, db.facts, db.vendors, db.meta], async () => {
		const [meta, models, offers, facts, vendors] = await Promise.all([
			db.meta.get('catalogue'),
			db.models.toArray(),
			db.offers.toArray(),
			db.facts.toArray(),
			db.vendors.toArray()
		]);
		const head = meta?.value ?? fallback;
		const ownRecords = [models, offers, facts, vendors]
			.flat()
			.filter((r) => r.origin === 'own').length;
		const catalogue: Catalogue = {
			catalogueVersion: head.catalogueVersion,
			asOf: head.asOf,
			source: head.source,
			vendors: untag(vendors),
			models: untag(models),
			offers: untag(offers),
			facts: untag(facts)
		};
		return { catalogue, ownRecords };
	});
}

function message(error: unknown): string {
	if (error instanceof Error) return `${error.name}: ${error.message}`;
	return String(error);
}

/** A value that can be followed, kept in memory: what a read-only store has instead of a table. */
function memoryValue<T>(initial: T) {
	let value = initial;
	const observers = new Set<(value: T) => void>();
	return {
		set(next: T) {
			value = next;
			for (const observer of observers) observer(value);
		},
		get: () => value,
		subscribable: (): Subscribable<T> => ({
			subscribe(observer) {
				observers.add(observer.next);
				observer.next(value);
				return { unsubscribe: () => void observers.delete(observer.next) };
			}
		})
	};
}

/**
 * A store over the bundled catalogue alone, for browsers where IndexedDB cannot be opened.
 * Favourites work for the visit, in memory; the banner says they are not kept.
 */
export function readOnlyStore(shipped: Catalogue, problem: string): CatalogueStore {
	const favourites = memoryValue(new Set<string>());
	return {
		observeFavourites: favourites.subscribable,
		async setFavourite(key, on) {
			const next = new Set(favourites.get());
			if (on) next.add(key);
			else next.delete(key);
			favourites.set(next);
		},
		mode: 'read-only',
		problem,
		read: async () => ({ catalogue: shipped, ownRecords: 0 }),
		observe: () => ({
			subscribe(observer) {
				observer.next({ catalogue: shipped, ownRecords: 0 });
				return { unsubscribe() {} };
			}
		}),
		close() {}
	};
}

/**
 * Opens the database and seeds it with `shipped`. Never throws: where IndexedDB is missing
 * or refuses to open (some private modes), the store is read-only over `shipped`.
 */
export async function openCatalogueStore(
	shipped: Catalogue,
	options: OpenOptions = {}
): Promise<CatalogueStore> {
	let db: ChooserDb | undefined;
	try {
		db = new ChooserDb(options.name ?? DB_NAME, options.dexie);
		db.on('versionchange', () => {
			options.onVersionChange?.();
			// Dexie then closes this connection itself.
		});
		await db.open();
		const seedResult = await seedCatalogue(db, shipped);
		const open = db;
		return {
			mode: 'indexeddb',
			seedResult,
			read: () => readStored(open, shipped),
			observe: () => liveQuery(() => readStored(open, shipped)),
			observeFavourites: () =>
				liveQuery(async () => new Set(await open.favourites.toCollection().primaryKeys())),
			async setFavourite(key, on) {
				if (on) await open.favourites.put({ key, at: new Date().toISOString() });
				else await open.favourites.delete(key);
			},
			close: () => open.close()
		};
	} catch (error) {
		db?.close();
		return readOnlyStore(shipped, message(error));
	}
}
