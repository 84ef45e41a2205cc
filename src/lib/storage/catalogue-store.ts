/**
 * The one module that touches Dexie. The rest of the app asks it for the catalogue (as
 * domain types) and gets the bundled catalogue, read-only, where IndexedDB cannot be used.
 */
import { liveQuery, type DexieOptions, type EntityTable } from 'dexie';
import type { Catalogue } from '$lib/domain/catalogue';
import { compareCatalogueVersions } from '$lib/domain/catalogue-terms';
import type { EditPatch, OwnData } from '$lib/domain/import/types';
import type { ListAsOf } from '$lib/domain/list-sources';
import { keptNote } from '$lib/domain/notes';
import { applyEdits, type AppliedEdit } from '$lib/domain/overlay';
import { announceWrite, openTimeLimitMs } from './database';
import { packedAmong, readPacks } from './packs';
import { readOwn, tag, untag } from './rows';
import { reasonOf, StorageWriteError } from './write-error';
import {
	ChooserDb,
	DB_NAME,
	type CatalogueMeta,
	type MetaRow,
	type MetaValues,
	type PackKind,
	type ShadowedRecords,
	type Stored
} from './db';

/** What a seed did: first fill, replaced an older catalogue, nothing to do, or kept a newer one. */
export type SeedResult = 'seeded' | 'updated' | 'current' | 'kept-newer';

/** Something that can be followed until unsubscribed, like a Dexie liveQuery. */
export interface Subscribable<T> {
	subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): {
		unsubscribe(): void;
	};
}

/**
 * The merged catalogue (shipped, the person's own records, their edits laid over), how many
 * records and edits are the person's own, each edit with the value it replaced, and the model
 * ids of earlier imports with the ids that replaced them.
 */
export type CatalogueView = {
	catalogue: Catalogue;
	ownRecords: number;
	edits: Map<string, AppliedEdit>;
	aliases: ReadonlyMap<string, string>;
};

export { StorageWriteError, type WriteErrorCode } from './write-error';
export { OPEN_TIME_LIMIT_HOOK, OPEN_TIME_LIMIT_MS, openTimeLimitMs } from './database';

/** An open store: writable over IndexedDB, or read-only over the bundled catalogue. */
export interface CatalogueStore {
	readonly mode: 'indexeddb' | 'read-only';
	/** Why the store is read-only (the browser's own error), when it is. */
	readonly problem?: string;
	/**
	 * Read-only because the database did not answer in time (`openCatalogueStore`'s time limit)
	 * or this tab's upgrade is blocked: another tab may be holding it.
	 */
	readonly stuck?: boolean;
	/** What opening did to the stored catalogue. */
	readonly seedResult?: SeedResult;
	/**
	 * Not opened yet, on a first visit (`deferred-store.ts`): it reads as the shipped catalogue with
	 * nothing of the person's, and opens the database (loading Dexie) at the first write, the first
	 * read of the person's data, or when another tab writes.
	 */
	readonly deferred?: boolean;
	read(): Promise<CatalogueView>;
	/** Follows the catalogue: a new value after every change to the stored records. */
	observe(): Subscribable<CatalogueView>;
	/** Follows the person's favourites (`model:<id>`, `offer:<id>`). */
	observeFavourites(): Subscribable<Set<string>>;
	/** Stars or unstars a model or an offer. */
	setFavourite(key: string, on: boolean): Promise<void>;
	/** Follows the notes on models, by model id. */
	observeNotes(): Subscribable<Map<string, string>>;
	/** Saves a note on a model, cut to its longest, or removes it when blank (`keptNote`). */
	setNote(modelId: string, text: string): Promise<void>;
	/** Edits a shipped record's fields (an overlay), or reverts it with `undefined`. */
	setEdit(key: string, patch: EditPatch | undefined): Promise<void>;
	/** Everything the person made, for an export. */
	readOwn(): Promise<OwnData>;
	/**
	 * Writes an import (or an added record) in one transaction: all of it, or nothing; with the
	 * "as of" record of each list it brings (`lists`, replacing that list's earlier one).
	 */
	addOwn(data: OwnData, lists?: readonly ListAsOf[]): Promise<void>;
	/**
	 * Writes data made from what is stored, in one read-write transaction: reads everything the
	 * person made (as `readOwn`), calls `make` with it (synchronously: it may not wait on anything),
	 * and writes its `data` as `addOwn` does, with `lists`. No other tab's write can come between
	 * the read and the write. Gives what `make` gave; throws a `StorageWriteError` when storage
	 * refused (nothing written), or when `make` threw (`failed`, nothing written).
	 */
	replaceOwn<T extends { data: OwnData }>(
		make: (stored: OwnData) => T,
		lists?: readonly ListAsOf[]
	): Promise<T>;
	/** The "as of" record of each list read into the catalogue, in the order of `PUBLIC_LISTS`. */
	readLists(): Promise<ListAsOf[]>;
	/** Follows the lists' "as of" records. */
	observeLists(): Subscribable<ListAsOf[]>;
	/**
	 * Back to the shipped catalogue: the person's records, edits, aliases and the lists' "as of"
	 * records go (favourites and notes stay).
	 */
	resetOwn(): Promise<void>;
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
	/** How long opening may take, in milliseconds (else `openTimeLimitMs()`). */
	timeLimitMs?: number;
	/**
	 * Storage has already taken its time limit to answer (asked on a first visit): give the
	 * read-only store at once, and the writable one to `onLateOpen` when the database answers.
	 */
	late?: boolean;
	/** The database answered after the time limit: the writable store, to use from now on. */
	onLateOpen?: (store: CatalogueStore) => void;
};

/**
 * Swaps a table's shipped records for new ones; the person's own records stay, and a shipped
 * record whose id an own record already holds (a row, or in `packed`, the kind's packs) is not
 * written (the person's record is kept). Gives the shipped records so held back.
 */
async function replaceShipped<T extends { id: string }>(
	db: ChooserDb,
	table: EntityTable<Stored<T>, 'id'>,
	records: T[],
	packed?: PackKind
): Promise<T[]> {
	await table.where('origin').equals('shipped').delete();
	const own = new Set<string>(await table.where('origin').equals('own').primaryKeys());
	if (packed) {
		const ids = records.map((r) => r.id);
		for (const id of await packedAmong(db, packed, ids)) own.add(id);
	}
	await table.bulkPut(
		tag(
			records.filter((r) => !own.has(r.id)),
			'shipped'
		)
	);
	return records.filter((r) => own.has(r.id));
}

/** A meta row's value, by its key. */
async function metaValue<K extends MetaRow['key']>(
	db: ChooserDb,
	key: K
): Promise<MetaValues[K] | undefined> {
	return (await db.meta.get(key))?.value as MetaValues[K] | undefined;
}

/**
 * Brings the stored catalogue up to `shipped`, in one transaction: on the first visit it
 * fills the database; when a newer `catalogueVersion` ships it replaces every shipped
 * record and leaves the person's own (`origin: 'own'`) untouched: where a new shipped id is
 * already an own record's (an own `gpt-5`, an imported maker `google`), the person's record is
 * kept and the shipped one is held back in `meta` (`shadowed`) until a reset. A database already
 * holding a newer catalogue (another tab runs a newer app) is left as it is.
 */
export async function seedCatalogue(db: ChooserDb, shipped: Catalogue): Promise<SeedResult> {
	const tables = [db.models, db.offers, db.facts, db.vendors, db.meta, db.packs];
	return db.transaction('rw', tables, async () => {
		const stored = await metaValue(db, 'catalogue');
		const order = stored
			? compareCatalogueVersions(stored.catalogueVersion, shipped.catalogueVersion)
			: -1;
		if (order > 0) return 'kept-newer';
		if (order === 0) return 'current';
		const shadowed: ShadowedRecords = {
			vendors: await replaceShipped(db, db.vendors, shipped.vendors),
			models: await replaceShipped(db, db.models, shipped.models, 'models'),
			offers: await replaceShipped(db, db.offers, shipped.offers, 'offers'),
			facts: await replaceShipped(db, db.facts, shipped.facts)
		};
		if (Object.values(shadowed).some((held) => held.length > 0))
			await db.meta.put({ key: 'shadowed', value: shadowed });
		else await db.meta.delete('shadowed');
		const meta: CatalogueMeta = {
			catalogueVersion: shipped.catalogueVersion,
			asOf: shipped.asOf,
			source: shipped.source
		};
		await db.meta.put({ key: 'catalogue', value: meta });
		return stored ? 'updated' : 'seeded';
	});
}

/**
 * Reads the whole stored catalogue in one consistent snapshot. Packed records (a big import) are
 * put in id order after the read, in slices (`rows-in-slices.ts`), so the page keeps its turn.
 */
async function readStored(db: ChooserDb, fallback: Catalogue): Promise<CatalogueView> {
	const tables = [
		db.models,
		db.offers,
		db.facts,
		db.vendors,
		db.meta,
		db.edits,
		db.aliases,
		db.packs
	];
	const [meta, models, offers, facts, vendors, edits, aliases, packed] = await db.transaction(
		'r',
		tables,
		() =>
			Promise.all([
				db.meta.get('catalogue'),
				db.models.toArray(),
				db.offers.toArray(),
				db.facts.toArray(),
				db.vendors.toArray(),
				db.edits.toArray(),
				db.aliases.toArray(),
				readPacks(db)
			])
	);
	const head = (meta?.value as CatalogueMeta | undefined) ?? fallback;
	const packs = packed.models.length + packed.offers.length;
	let ownRecords = packs;
	for (const rows of [models, offers, facts, vendors]) {
		for (const r of rows) if (r.origin === 'own') ownRecords++;
	}
	// Without packs, the tables' rows are in id order already.
	const inOrder: <T extends { id: string }>(rows: T[], packed: T[]) => T[] | Promise<T[]> =
		packs > 0 ? (await import('./rows-in-slices')).withPackedInSlices : (rows) => rows;
	const catalogue: Catalogue = {
		catalogueVersion: head.catalogueVersion,
		asOf: head.asOf,
		source: head.source,
		vendors: untag(vendors),
		models: await inOrder(untag(models), packed.models),
		offers: await inOrder(untag(offers), packed.offers),
		facts: untag(facts)
	};
	const merged = applyEdits(catalogue, edits);
	return {
		catalogue: merged.catalogue,
		ownRecords: ownRecords + edits.length,
		edits: merged.applied,
		aliases: new Map(aliases.map((a) => [a.from, a.to]))
	};
}

/**
 * Back to the shipped catalogue in one transaction: the person's records, edits, aliases and the
 * lists' "as of" records go; shipped records held back for an own record of the same id return.
 */
async function resetOwn(db: ChooserDb): Promise<void> {
	const records = [db.models, db.offers, db.vendors, db.facts] as const;
	const tables = [...records, db.edits, db.aliases, db.lists, db.meta, db.packs];
	await db.transaction('rw', tables, async () => {
		for (const table of records) await table.where('origin').equals('own').delete();
		await Promise.all([db.edits.clear(), db.aliases.clear(), db.lists.clear(), db.packs.clear()]);
		const held = await metaValue(db, 'shadowed');
		if (!held) return;
		await Promise.all([
			db.vendors.bulkPut(tag(held.vendors, 'shipped')),
			db.models.bulkPut(tag(held.models, 'shipped')),
			db.offers.bulkPut(tag(held.offers, 'shipped')),
			db.facts.bulkPut(tag(held.facts, 'shipped')),
			db.meta.delete('shadowed')
		]);
	});
}

/**
 * The stored "as of" records, read back as from outside (a record another version wrote that does
 * not fit is left out), one per list in the order of `PUBLIC_LISTS`.
 */
async function readLists(db: ChooserDb): Promise<ListAsOf[]> {
	const rows = await db.lists.toArray();
	if (rows.length === 0) return [];
	// The rules load only for a person who has lists: a first visit does not carry them.
	const { readListsAsOf } = await import('$lib/domain/list-sources');
	return readListsAsOf(rows).records;
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

/** Refuses a write: where the browser does not let the app save, or storage is `stuck`. */
const refusal = (stuck: boolean) => async () => {
	throw new StorageWriteError(
		stuck ? 'blocked' : 'read-only',
		stuck ? 'Not opened in time.' : 'This browser does not let the app save anything.'
	);
};

/**
 * A write, with the browser's failure turned into one the UI can name (`classifyWriteError` in
 * `write-errors.ts`): throws a `StorageWriteError`. A write that succeeded is announced to the
 * app's other tabs (`announceWrite`).
 */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
	try {
		const done = await work();
		announceWrite();
		return done;
	} catch (error) {
		// The rules load when a write fails: a first visit does not carry them. Should they not
		// load (offline before the app was stored), the failure is still named, as `failed`.
		throw await import('./write-errors').then(
			(rules) => rules.classifyWriteError(error),
			() => new StorageWriteError('failed', reasonOf(error))
		);
	}
}

/**
 * A store over the bundled catalogue alone, for browsers where IndexedDB cannot be opened.
 * Favourites work for the visit, in memory; the banner says they are not kept.
 */
export function readOnlyStore(
	shipped: Catalogue,
	problem: string | undefined,
	stuck = false
): CatalogueStore {
	const favourites = memoryValue(new Set<string>());
	const refused = refusal(stuck);
	return {
		observeFavourites: favourites.subscribable,
		// Stuck, the person's own stars are out of reach: a star for the visit would hide them.
		setFavourite: stuck
			? refused
			: async (key, on) => {
					const next = new Set(favourites.get());
					if (on) next.add(key);
					else next.delete(key);
					favourites.set(next);
				},
		mode: 'read-only',
		problem,
		stuck,
		read: async () => ({ catalogue: shipped, ownRecords: 0, edits: new Map(), aliases: new Map() }),
		observeNotes: () => memoryValue(new Map<string, string>()).subscribable(),
		setNote: refused,
		setEdit: refused,
		readOwn: async () => ({
			vendors: [],
			models: [],
			offers: [],
			edits: [],
			notes: [],
			favourites: [...favourites.get()],
			aliases: []
		}),
		addOwn: refused,
		replaceOwn: refused,
		readLists: async () => [],
		observeLists: () => memoryValue<ListAsOf[]>([]).subscribable(),
		resetOwn: refused,
		observe: () => ({
			subscribe(observer) {
				observer.next({ catalogue: shipped, ownRecords: 0, edits: new Map(), aliases: new Map() });
				return { unsubscribe() {} };
			}
		}),
		close() {}
	};
}

/** What writes the person's data, loaded before a write's transaction opens (not on a first visit). */
const ownWrites = () => import('./own-writes');

/** The store over an open, seeded database. */
function writableStore(
	open: ChooserDb,
	shipped: Catalogue,
	seedResult: SeedResult
): CatalogueStore {
	return {
		mode: 'indexeddb',
		seedResult,
		read: () => readStored(open, shipped),
		observe: () => liveQuery(() => readStored(open, shipped)),
		observeFavourites: () =>
			liveQuery(async () => new Set(await open.favourites.toCollection().primaryKeys())),
		setFavourite: (key, on) =>
			writing(async () => {
				if (on) await open.favourites.put({ key, at: new Date().toISOString() });
				else await open.favourites.delete(key);
			}),
		observeNotes: () =>
			liveQuery(async () => new Map((await open.notes.toArray()).map((n) => [n.modelId, n.text]))),
		setNote: (modelId, text) =>
			writing(async () => {
				const kept = keptNote(text);
				if (kept === undefined) await open.notes.delete(modelId);
				else await open.notes.put({ modelId, text: kept, at: new Date().toISOString() });
			}),
		setEdit: (key, patch) =>
			writing(async () => {
				if (patch && Object.keys(patch).length)
					await open.edits.put({ key, patch, at: new Date().toISOString() });
				else await open.edits.delete(key);
			}),
		readOwn: () => readOwn(open),
		addOwn: (data, lists) => writing(async () => (await ownWrites()).addOwn(open, data, lists)),
		replaceOwn: (make, lists) =>
			writing(async () => (await ownWrites()).replaceOwn(open, make, lists)),
		readLists: () => readLists(open),
		observeLists: () => liveQuery(() => readLists(open)),
		resetOwn: () => writing(() => resetOwn(open)),
		close: () => open.close()
	};
}

/**
 * Opens the database and seeds it with `shipped`. Never throws: where IndexedDB is missing
 * or refuses to open (some private modes), the store is read-only over `shipped`. Where it does
 * not answer within the time limit (`options.timeLimitMs`, else `openTimeLimitMs()`), or this
 * tab's upgrade is blocked by another tab's connection, the store is read-only and `stuck`; if the
 * database answers later, the writable store goes to `options.onLateOpen` (else it is closed).
 */
export async function openCatalogueStore(
	shipped: Catalogue,
	options: OpenOptions = {}
): Promise<CatalogueStore> {
	let db: ChooserDb | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		const opening = new ChooserDb(options.name ?? DB_NAME, options.dexie);
		db = opening;
		opening.on('versionchange', () => {
			options.onVersionChange?.();
			// Dexie then closes this connection itself.
		});
		const stuck = new Promise<'stuck'>((resolve) => {
			timer = setTimeout(
				() => resolve('stuck'),
				options.late ? 0 : openTimeLimitMs(options.timeLimitMs)
			);
			// This tab's upgrade waits for another tab that holds an older version open.
			opening.on('blocked', () => resolve('stuck'));
		});
		const opened = (async () => {
			await opening.open();
			return writableStore(opening, shipped, await seedCatalogue(opening, shipped));
		})();
		const first = await Promise.race([opened, stuck]);
		if (first !== 'stuck') return first;
		opened.then(
			(store) => (options.onLateOpen ? options.onLateOpen(store) : store.close()),
			() => opening.close()
		);
		return readOnlyStore(shipped, undefined, true);
	} catch (error) {
		db?.close();
		return readOnlyStore(shipped, reasonOf(error));
	} finally {
		clearTimeout(timer);
	}
}
