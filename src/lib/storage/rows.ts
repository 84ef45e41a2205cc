/** The person's own records as rows and packs: tagging, and reading them back in one snapshot. */
import type { OwnData } from '$lib/domain/import/types';
import type { ChooserDb, Origin, Stored } from './db';
import { readPacks } from './packs';

/** Records as rows of an origin. */
export const tag = <T extends object>(records: T[], origin: Origin): Stored<T>[] =>
	records.map((r) => ({ ...r, origin }));

/** Rows as the domain's records, without their origin. */
export function untag<T extends object>(records: Stored<T>[]): T[] {
	return records.map((r) => {
		const { origin, ...rest } = r;
		return rest as unknown as T;
	});
}

/** IndexedDB's order of string keys, by record id: by UTF-16 code units, as `<` compares. */
export const byIdOrder = (a: { id: string }, b: { id: string }): number =>
	a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A table's rows and a kind's packed records (`packs.ts`) as one list, not yet in order. An id is
 * held in one place only; were it in both, the pack's is given.
 */
export function rowsAndPacked<T extends { id: string }>(rows: T[], packed: T[]): T[] {
	const ids = new Set(packed.map((r) => r.id));
	return rows.filter((r) => !ids.has(r.id)).concat(packed);
}

/**
 * A table's rows and a kind's packed records (`packs.ts`) as one list in id order, as the table
 * alone gives its rows (`rowsAndPacked`). Sorts at once, in the caller's task: for a read inside a
 * transaction, which may not wait on anything else; the catalogue's own read sorts in slices
 * (`rows-in-slices.ts`).
 */
export function withPacked<T extends { id: string }>(rows: T[], packed: T[]): T[] {
	if (packed.length === 0) return rows;
	return rowsAndPacked(rows, packed).sort(byIdOrder);
}

/** Everything the person made, read in one snapshot. */
export async function readOwn(db: ChooserDb): Promise<OwnData> {
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
