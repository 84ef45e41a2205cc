/**
 * The one module that touches Dexie. The rest of the app asks it for the catalogue (as
 * domain types) and gets the bundled catalogue, read-only, where IndexedDB cannot be used.
 */
import { liveQuery, type DexieOptions, type EntityTable } from 'dexie';
import type { Catalogue } from '$lib/domain/catalogue';
import { compareCatalogueVersions } from '$lib/domain/catalogue-terms';
import type { Alias, Edit, EditPatch, Note, OwnData } from '$lib/domain/import/types';
import type { ListAsOf } from '$lib/domain/list-sources';
import { applyEdits, type AppliedEdit } from '$lib/domain/overlay';
import { PACKED_FROM, PackSet, readPacks } from './packs';
import { StorageWriteError } from './write-error';
import {
	ChooserDb,
	DB_NAME,
	type CatalogueMeta,
	type FavouriteRow,
	type MetaRow,
	type MetaValues,
	type Origin,
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
	read(): Promise<CatalogueView>;
	/** Follows the catalogue: a new value after every change to the stored records. */
	observe(): Subscribable<CatalogueView>;
	/** Follows the person's favourites (`model:<id>`, `offer:<id>`). */
	observeFavourites(): Subscribable<Set<string>>;
	/** Stars or unstars a model or an offer. */
	setFavourite(key: string, on: boolean): Promise<void>;
	/** Follows the notes on models, by model id. */
	observeNotes(): Subscribable<Map<string, string>>;
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
	/** The database answered after the time limit: the writable store, to use from now on. */
	onLateOpen?: (store: CatalogueStore) => void;
};

const tag = <T extends object>(records: T[], origin: Origin): Stored<T>[] =>
	records.map((r) => ({ ...r, origin }));

function untag<T extends object>(records: Stored<T>[]): T[] {
	return records.map((r) => {
		const { origin, ...rest } = r;
		return rest as unknown as T;
	});
}

/**
 * A table's rows and a kind's packed records (`packs.ts`) as one list in id order, as the table
 * alone gives its rows. An id is held in one place only; were it in both, the pack's is given.
 */
function withPacked<T extends { id: string }>(rows: T[], packed: T[]): T[] {
	if (packed.length === 0) return rows;
	const ids = new Set(packed.map((r) => r.id));
	const all = rows.filter((r) => !ids.has(r.id)).concat(packed);
	// IndexedDB's order of string keys: by UTF-16 code units, as `<` compares.
	return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Swaps a table's shipped records for new ones; the person's own records stay, and a shipped
 * record whose id an own record already holds (a row, or in `packed`, the kind's packs) is not
 * written (the person's record is kept). Gives the shipped records so held back.
 */
async function replaceShipped<T extends { id: string }>(
	table: EntityTable<Stored<T>, 'id'>,
	records: T[],
	packed?: { packs: PackSet; kind: PackKind }
): Promise<T[]> {
	await table.where('origin').equals('shipped').delete();
	const own = new Set<string>(await table.where('origin').equals('own').primaryKeys());
	if (packed) {
		const ids = records.map((r) => r.id);
		await packed.packs.load(packed.kind, ids);
		for (const id of ids) if (packed.packs.get(packed.kind, id)) own.add(id);
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
		const packs = new PackSet(db);
		const shadowed: ShadowedRecords = {
			vendors: await replaceShipped(db.vendors, shipped.vendors),
			models: await replaceShipped(db.models, shipped.models, { packs, kind: 'models' }),
			offers: await replaceShipped(db.offers, shipped.offers, { packs, kind: 'offers' }),
			facts: await replaceShipped(db.facts, shipped.facts)
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

/** Reads the whole stored catalogue in one consistent snapshot. */
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
	return db.transaction('r', tables, async () => {
		const [meta, models, offers, facts, vendors, edits, aliases, packed] = await Promise.all([
			db.meta.get('catalogue'),
			db.models.toArray(),
			db.offers.toArray(),
			db.facts.toArray(),
			db.vendors.toArray(),
			db.edits.toArray(),
			db.aliases.toArray(),
			readPacks(db)
		]);
		const head = (meta?.value as CatalogueMeta | undefined) ?? fallback;
		let ownRecords = packed.models.length + packed.offers.length;
		for (const rows of [models, offers, facts, vendors]) {
			for (const r of rows) if (r.origin === 'own') ownRecords++;
		}
		const catalogue: Catalogue = {
			catalogueVersion: head.catalogueVersion,
			asOf: head.asOf,
			source: head.source,
			vendors: untag(vendors),
			models: withPacked(untag(models), packed.models),
			offers: withPacked(untag(offers), packed.offers),
			facts: untag(facts)
		};
		const merged = applyEdits(catalogue, edits);
		return {
			catalogue: merged.catalogue,
			ownRecords: ownRecords + edits.length,
			edits: merged.applied,
			aliases: new Map(aliases.map((a) => [a.from, a.to]))
		};
	});
}

/** Everything the person made, read in one snapshot. */
async function readOwn(db: ChooserDb): Promise<OwnData> {
	return db.transaction(
		'r',
		[db.vendors, db.models, db.offers, db.edits, db.notes, db.favourites, db.aliases, db.packs],
		async () => {
			const own = <T extends object>(rows: Stored<T>[]) => untag(rows);
			const [vendors, models, offers, edits, notes, favourites, aliases, packed] =
				await Promise.all([
					db.vendors.where('origin').equals('own').toArray(),
					db.models.where('origin').equals('own').toArray(),
					db.offers.where('origin').equals('own').toArray(),
					db.edits.toArray(),
					db.notes.toArray(),
					db.favourites.toCollection().primaryKeys(),
					db.aliases.toArray(),
					readPacks(db)
				]);
			return {
				vendors: own(vendors),
				models: withPacked(own(models), packed.models),
				offers: withPacked(own(offers), packed.offers),
				edits,
				notes,
				favourites,
				aliases
			};
		}
	);
}

/**
 * Moves what the person made on each alias's old model id to the new one: the old own model goes,
 * its note joins the new id's (both texts kept), its star and its edit move (an edit the new id
 * already has wins), own offers that named it name the new id, and the alias is kept for links.
 * Runs inside the caller's transaction, with its `packs` (flushed by the caller); `written` are the
 * model ids just written, never deleted.
 */
async function moveAliases(
	db: ChooserDb,
	packs: PackSet,
	aliases: Alias[],
	written: Set<string>
): Promise<void> {
	const moves = aliases.filter((a) => a.from !== a.to);
	if (moves.length === 0) return;
	const ids = [...new Set(moves.flatMap((a) => [a.from, a.to]))];
	const keys = ids.map((id) => `model:${id}`);
	const [models, notes, favourites, edits] = await Promise.all([
		db.models.bulkGet(moves.map((a) => a.from)),
		db.notes.bulkGet(ids),
		db.favourites.bulkGet(keys),
		db.edits.bulkGet(keys),
		packs.load(
			'models',
			moves.map((a) => a.from)
		),
		packs.loadAll('offers')
	]);
	const byKey = <T>(rows: (T | undefined)[], of: string[]) =>
		new Map(rows.flatMap((row, i) => (row ? [[of[i]!, row] as const] : [])));
	const note = byKey<Note>(notes, ids);
	const star = byKey<FavouriteRow>(favourites, keys);
	const edit = byKey<Edit>(edits, keys);
	const gone = new Set<string>();
	const changed = { notes: new Set<string>(), stars: new Set<string>(), edits: new Set<string>() };
	const move = <T>(
		map: Map<string, T>,
		from: string,
		to: string,
		next: T,
		touched: Set<string>
	) => {
		map.set(to, next);
		map.delete(from);
		touched.add(from).add(to);
	};
	moves.forEach(({ from, to }, i) => {
		const own = models[i]?.origin === 'own' || packs.get('models', from) !== undefined;
		if (own && !written.has(from)) gone.add(from);
		const old = note.get(from);
		if (old) {
			const kept = note.get(to);
			const text = kept && kept.text !== old.text ? `${kept.text}\n\n${old.text}` : undefined;
			const next = kept ? { ...kept, text: text ?? kept.text } : { ...old, modelId: to };
			move(note, from, to, next, changed.notes);
		}
		const [fromKey, toKey] = [`model:${from}`, `model:${to}`];
		const starred = star.get(fromKey);
		if (starred)
			move(star, fromKey, toKey, star.get(toKey) ?? { ...starred, key: toKey }, changed.stars);
		const edited = edit.get(fromKey);
		if (edited && !edit.get(toKey))
			move(edit, fromKey, toKey, { ...edited, key: toKey }, changed.edits);
	});
	// Each table: the moved rows written, the emptied keys deleted.
	const settle = async <T>(
		table: { bulkPut(rows: T[]): unknown; bulkDelete(keys: string[]): unknown },
		map: Map<string, T>,
		touched: Set<string>
	) => {
		const keys = [...touched];
		await table.bulkDelete(keys.filter((k) => !map.has(k)));
		await table.bulkPut(keys.flatMap((k) => (map.has(k) ? [map.get(k)!] : [])));
	};
	const renamed = new Map(moves.map((a) => [a.from, a.to]));
	const live = new Set(moves.map((a) => a.to));
	const rename = (offer: { models: string[] }) => [
		...new Set(offer.models.map((id) => renamed.get(id) ?? id))
	];
	packs.delete('models', gone);
	packs.put(
		'offers',
		[...packs.records('offers')]
			.filter((offer) => offer.models.some((id) => renamed.has(id)))
			.map((offer) => ({ ...offer, models: rename(offer) }))
	);
	await Promise.all([
		db.models.bulkDelete([...gone]),
		settle(db.notes, note, changed.notes),
		settle(db.favourites, star, changed.stars),
		settle(db.edits, edit, changed.edits),
		db.offers
			.where('origin')
			.equals('own')
			.filter((offer) => offer.models.some((id) => renamed.has(id)))
			.modify((offer) => {
				offer.models = rename(offer);
			}),
		// A new id is a record again, no longer an alias of an older one.
		db.aliases.bulkDelete([...live]).then(() => db.aliases.bulkPut(moves))
	]);
}

/** Every table the person's data lives in: what a write of it locks. */
const ownTables = (db: ChooserDb) => [
	db.vendors,
	db.models,
	db.offers,
	db.edits,
	db.notes,
	db.favourites,
	db.aliases,
	db.lists,
	db.packs
];

/**
 * Writes the person's data in one transaction, with its aliases' moves (`moveAliases`); an id
 * taken by a shipped record refuses it all. A big write's models and offers go into packs
 * (`packs.ts`, from `PACKED_FROM` records), a small one's into rows; either way an own record
 * of the same id held in the other place goes, so each id is held once.
 */
async function addOwn(
	db: ChooserDb,
	data: OwnData,
	lists: readonly ListAsOf[] = []
): Promise<void> {
	const tables = ownTables(db);
	await db.transaction('rw', tables, async () => {
		// The shipped ids are a few dozen keys from the origin index, where looking up every
		// incoming id would read one record per row (tens of thousands for a big import).
		const shippedIds = async (table: typeof db.models | typeof db.offers | typeof db.vendors) =>
			new Set(await table.where('origin').equals('shipped').primaryKeys());
		const [models, offers, vendors] = await Promise.all([
			shippedIds(db.models),
			shippedIds(db.offers),
			shippedIds(db.vendors)
		]);
		const taken =
			data.models.find((m) => models.has(m.id))?.id ??
			data.offers.find((o) => offers.has(o.id))?.id ??
			data.vendors.find((v) => vendors.has(v.id))?.id;
		if (taken) throw new StorageWriteError('conflict', taken);
		const at = new Date().toISOString();
		const packs = new PackSet(db);
		const modelIds = data.models.map((m) => m.id);
		const offerIds = data.offers.map((o) => o.id);
		await Promise.all([packs.load('models', modelIds), packs.load('offers', offerIds)]);
		if (modelIds.length + offerIds.length >= PACKED_FROM) {
			const rowsOf = async (table: typeof db.models | typeof db.offers, ids: string[]) => {
				const incoming = new Set(ids);
				const own = await table.where('origin').equals('own').primaryKeys();
				await table.bulkDelete(own.filter((id) => incoming.has(id)));
			};
			await Promise.all([rowsOf(db.models, modelIds), rowsOf(db.offers, offerIds)]);
			packs.put('models', data.models);
			packs.put('offers', data.offers);
		} else {
			packs.delete('models', modelIds);
			packs.delete('offers', offerIds);
			await Promise.all([
				db.models.bulkPut(tag(data.models, 'own')),
				db.offers.bulkPut(tag(data.offers, 'own'))
			]);
		}
		await Promise.all([
			db.vendors.bulkPut(tag(data.vendors, 'own')),
			db.edits.bulkPut(data.edits),
			db.notes.bulkPut(data.notes),
			db.favourites.bulkPut(data.favourites.map((key) => ({ key, at }))),
			// One record per list, keyed by it: the copy just read replaces the one read before.
			db.lists.bulkPut([...lists])
		]);
		await moveAliases(db, packs, data.aliases, new Set(modelIds));
		await packs.flush();
	});
}

/**
 * Reads the person's data and writes what `make` makes of it (`addOwn`) in one read-write
 * transaction: `readOwn` and `addOwn` run inside it, as parts of it.
 */
async function replaceOwn<T extends { data: OwnData }>(
	db: ChooserDb,
	make: (stored: OwnData) => T,
	lists: readonly ListAsOf[] = []
): Promise<T> {
	const tables = ownTables(db);
	return db.transaction('rw', tables, async () => {
		const made = make(await readOwn(db));
		await addOwn(db, made.data, lists);
		return made;
	});
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

/** An error as one line: its name and message ("QuotaExceededError: …"), or what it says. */
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

/** Refuses a write: where the browser does not let the app save, or storage is `stuck`. */
const refusal = (stuck: boolean) => async () => {
	throw new StorageWriteError(
		stuck ? 'blocked' : 'read-only',
		stuck ? 'Not opened in time.' : 'This browser does not let the app save anything.'
	);
};

/**
 * A write, with the browser's failure turned into one the UI can name (`classifyWriteError` in
 * `write-errors.ts`): throws a `StorageWriteError`.
 */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		// The rules load when a write fails: a first visit does not carry them. Should they not
		// load (offline before the app was stored), the failure is still named, as `failed`.
		throw await import('./write-errors').then(
			(rules) => rules.classifyWriteError(error),
			() => new StorageWriteError('failed', message(error))
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
				if (text.trim())
					await open.notes.put({
						modelId,
						text: text.slice(0, 10_000),
						at: new Date().toISOString()
					});
				else await open.notes.delete(modelId);
			}),
		setEdit: (key, patch) =>
			writing(async () => {
				if (patch && Object.keys(patch).length)
					await open.edits.put({ key, patch, at: new Date().toISOString() });
				else await open.edits.delete(key);
			}),
		readOwn: () => readOwn(open),
		addOwn: (data, lists) => writing(() => addOwn(open, data, lists)),
		replaceOwn: (make, lists) => writing(() => replaceOwn(open, make, lists)),
		readLists: () => readLists(open),
		observeLists: () => liveQuery(() => readLists(open)),
		resetOwn: () => writing(() => resetOwn(open)),
		close: () => open.close()
	};
}

/** How long opening storage may take before the app goes on read-only: 4 s, in milliseconds. */
export const OPEN_TIME_LIMIT_MS = 4000;

/**
 * Where a test of the built app may shorten the time limit: a global it sets before the app loads
 * (Playwright's `addInitScript`). Nothing of the app sets it.
 */
export const OPEN_TIME_LIMIT_HOOK = 'modelChooserOpenTimeLimitMs';

/**
 * The time limit for opening storage, in milliseconds: `asked` (an option), else the one a test
 * set on `scope` (`OPEN_TIME_LIMIT_HOOK`), which can only shorten `OPEN_TIME_LIMIT_MS`, else that.
 */
export function openTimeLimitMs(asked?: number, scope: object = globalThis): number {
	if (asked !== undefined && asked > 0) return asked;
	const value: unknown = (scope as Record<string, unknown>)[OPEN_TIME_LIMIT_HOOK];
	return Number.isSafeInteger(value) && (value as number) > 0
		? Math.min(value as number, OPEN_TIME_LIMIT_MS)
		: OPEN_TIME_LIMIT_MS;
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
			timer = setTimeout(() => resolve('stuck'), openTimeLimitMs(options.timeLimitMs));
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
		return readOnlyStore(shipped, message(error));
	} finally {
		clearTimeout(timer);
	}
}
