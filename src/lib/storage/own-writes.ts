/**
 * Writing the person's own data (an import, an added record) with its aliases' moves: loaded by
 * the store when the person writes, so a first visit does not carry it.
 */
import type { Alias, Edit, Note, OwnData } from '$lib/domain/import/types';
import type { ListAsOf } from '$lib/domain/list-sources';
import type { ChooserDb, FavouriteRow } from './db';
import { PackSet } from './pack-set';
import { PACKED_FROM } from './packs';
import { readOwn, tag } from './rows';
import { StorageWriteError } from './write-error';

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
export async function addOwn(
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
export async function replaceOwn<T extends { data: OwnData }>(
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
