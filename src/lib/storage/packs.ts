/**
 * The person's own models and offers of a big write (an import of a public list), kept in packs:
 * a row of the `packs` table holds every own record of one kind whose id falls in its bucket
 * (`models:07`). IndexedDB pays for every row a write puts (a request, a key, its commit), and a
 * list of 30,000 entries brings some 65,000 records: as rows they take many seconds to write and
 * to read back, as 128 packs about a second. Small writes (a model added by hand) stay rows; an
 * id is held in one place only, a row or a pack (`catalogue-store.ts` keeps it so). What writes
 * packs (`pack-set.ts`) loads only when the person writes: a first visit does not carry it.
 */
import type { Model, Offer } from '$lib/domain/catalogue';
import type { ChooserDb, PackKind } from './db';

/**
 * How many buckets each kind's ids are spread over. Fixed: an id's bucket must not change once
 * written, so a different count would need a schema version that moves the records.
 */
export const PACK_BUCKETS = 64;

/** A write of at least this many models and offers goes into packs; a smaller one into rows. */
export const PACKED_FROM = 1000;

/** The record type a kind's packs hold. */
export type PackRecord<K extends PackKind> = K extends 'models' ? Model : Offer;

/** An id's bucket, 0 to `PACK_BUCKETS - 1`: FNV-1a (32 bits) of its UTF-16 code units. */
export function bucketOf(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % PACK_BUCKETS;
}

/** The key of a kind's pack for a bucket: `models:07`. */
export const packKey = (kind: PackKind, bucket: number): string =>
	`${kind}:${String(bucket).padStart(2, '0')}`;

/** Every pack key of a kind, in bucket order. */
export const allPackKeys = (kind: PackKind): string[] =>
	Array.from({ length: PACK_BUCKETS }, (_, bucket) => packKey(kind, bucket));

/**
 * Every packed record of both kinds, read pack by pack (each pack's records are decoded in a task
 * of its own, so a big catalogue's read never holds the page for long). Runs in the caller's
 * transaction, which must include `packs`.
 */
export async function readPacks(db: ChooserDb): Promise<{ models: Model[]; offers: Offer[] }> {
	const keys = (await db.packs.toCollection().primaryKeys()) as string[];
	const out = { models: [] as Model[], offers: [] as Offer[] };
	for (const row of await db.packs.bulkGet(keys)) {
		if (!row) continue;
		if (row.kind === 'models') for (const r of row.records as Model[]) out.models.push(r);
		else for (const r of row.records as Offer[]) out.offers.push(r);
	}
	return out;
}

/**
 * Which of `ids` a kind's packs hold: reads only their packs, and nothing when there are none.
 * Runs in the caller's transaction, which must include `packs`.
 */
export async function packedAmong(
	db: ChooserDb,
	kind: PackKind,
	ids: readonly string[]
): Promise<Set<string>> {
	const found = new Set<string>();
	if (ids.length === 0 || (await db.packs.limit(1).count()) === 0) return found;
	const wanted = new Set(ids);
	const keys = [...new Set(ids.map((id) => packKey(kind, bucketOf(id))))];
	for (const row of await db.packs.bulkGet(keys)) {
		for (const record of row?.records ?? []) if (wanted.has(record.id)) found.add(record.id);
	}
	return found;
}
