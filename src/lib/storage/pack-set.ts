/**
 * Writing packs (`packs.ts`): the packs a write touches, held in memory inside its transaction.
 * Loaded by the store before a write's transaction opens, so a first visit does not carry it.
 */
import type { Model, Offer } from '$lib/domain/catalogue';
import type { ChooserDb, PackKind, PackRow } from './db';
import { allPackKeys, bucketOf, packKey, type PackRecord } from './packs';

/**
 * The packs a write touches, held in memory inside its transaction: loaded by bucket as needed,
 * changed, and written back (`flush`) as whole packs; an emptied pack is deleted. Runs in the
 * caller's transaction, which must include `packs`.
 */
export class PackSet {
	readonly #db: ChooserDb;
	/** Pack key → the records of that pack by id. */
	readonly #loaded = new Map<string, Map<string, Model | Offer>>();
	readonly #dirty = new Set<string>();
	/** Whether any pack is stored: none (the common case for small writes) reads nothing. */
	#any: Promise<boolean> | undefined;

	constructor(db: ChooserDb) {
		this.#db = db;
	}

	/** Loads the packs that hold (or would hold) `ids` of a kind. */
	async load(kind: PackKind, ids: Iterable<string>): Promise<void> {
		const keys = new Set<string>();
		for (const id of ids) keys.add(packKey(kind, bucketOf(id)));
		await this.#loadKeys([...keys].filter((key) => !this.#loaded.has(key)));
	}

	/** Loads every pack of a kind. */
	async loadAll(kind: PackKind): Promise<void> {
		await this.#loadKeys(allPackKeys(kind).filter((key) => !this.#loaded.has(key)));
	}

	async #loadKeys(keys: string[]): Promise<void> {
		if (keys.length === 0) return;
		this.#any ??= this.#db.packs
			.limit(1)
			.count()
			.then((n) => n > 0);
		const rows: (PackRow | undefined)[] = (await this.#any)
			? await this.#db.packs.bulkGet(keys)
			: [];
		keys.forEach((key, i) => {
			const records = rows[i]?.records ?? [];
			this.#loaded.set(key, new Map(records.map((r) => [r.id, r])));
		});
	}

	/** The record of a kind with this id, if its (loaded) pack holds it. */
	get<K extends PackKind>(kind: K, id: string): PackRecord<K> | undefined {
		return this.#loaded.get(packKey(kind, bucketOf(id)))?.get(id) as PackRecord<K> | undefined;
	}

	/** Every record of a kind in the loaded packs. */
	*records<K extends PackKind>(kind: K): Generator<PackRecord<K>> {
		for (const [key, records] of this.#loaded) {
			if (key.startsWith(`${kind}:`)) yield* records.values() as Iterable<PackRecord<K>>;
		}
	}

	/** Puts records of a kind (replacing those of the same id); their packs must be loaded. */
	put<K extends PackKind>(kind: K, records: readonly PackRecord<K>[]): void {
		for (const record of records) {
			const key = packKey(kind, bucketOf(record.id));
			this.#pack(key).set(record.id, record);
			this.#dirty.add(key);
		}
	}

	/** Deletes records of a kind by id, where their (loaded) packs hold them. */
	delete(kind: PackKind, ids: Iterable<string>): void {
		for (const id of ids) {
			const key = packKey(kind, bucketOf(id));
			if (this.#loaded.get(key)?.delete(id)) this.#dirty.add(key);
		}
	}

	#pack(key: string): Map<string, Model | Offer> {
		const pack = this.#loaded.get(key);
		if (!pack) throw new Error(`Pack ${key} written before it was read.`);
		return pack;
	}

	/**
	 * Writes the changed packs, one after another: each pack's records are encoded in a task of
	 * its own, so a big write never holds the page for long, and the transaction stays one.
	 */
	async flush(): Promise<void> {
		for (const key of [...this.#dirty].sort()) {
			const records = [...this.#pack(key).values()];
			const kind = key.slice(0, key.indexOf(':')) as PackKind;
			if (records.length === 0) await this.#db.packs.delete(key);
			else await this.#db.packs.put({ key, kind, records } as PackRow);
		}
		this.#dirty.clear();
	}
}
