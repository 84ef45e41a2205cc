/** The app's IndexedDB database: one Dexie class, its version history oldest first. */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Catalogue, Fact, Model, Offer, Vendor } from '$lib/domain/catalogue';
import type { Alias, Edit, Note } from '$lib/domain/import/types';
import type { ListAsOf } from '$lib/domain/list-sources';
import { DB_NAME } from './database';

/**
 * Where a stored record comes from. `shipped` records are replaced whenever a newer
 * catalogue ships; `own` records are the person's (added models and offers, imports) and
 * are never touched by a catalogue update.
 */
export type Origin = 'shipped' | 'own';

export type Stored<T> = T & { origin: Origin };

/** The catalogue's own description, kept beside its records. */
export type CatalogueMeta = Pick<Catalogue, 'catalogueVersion' | 'asOf' | 'source'>;

/**
 * Shipped records held back because the person has an own record of the same id (an own
 * `gpt-5` made before the catalogue shipped one): the person's record is the one in the table;
 * these come back if the person's records are reset.
 */
export type ShadowedRecords = {
	vendors: Vendor[];
	models: Model[];
	offers: Offer[];
	facts: Fact[];
};

/** What `meta` holds, by key. */
export type MetaValues = { catalogue: CatalogueMeta; shadowed: ShadowedRecords };

export type MetaRow =
	{ key: 'catalogue'; value: CatalogueMeta } | { key: 'shadowed'; value: ShadowedRecords };

/** A star on a model or an offer: `model:gpt-4`, `offer:deepseek-app`. */
export type FavouriteRow = { key: string; at: string };

export type { Alias as AliasRow, Edit as EditRow, Note as NoteRow } from '$lib/domain/import/types';

/** A public list's "as of" record, one per list (`source`): the copy read into the catalogue last. */
export type ListRow = ListAsOf;

/** The kinds of record kept in packs (`packs.ts`). */
export type PackKind = 'models' | 'offers';

/**
 * A pack: the person's own records of one kind whose ids fall in one bucket (`packs.ts`), keyed
 * `models:07`; the records as the domain has them (no `origin`: every packed record is own).
 */
export type PackRow =
	| { key: string; kind: 'models'; records: Model[] }
	| { key: string; kind: 'offers'; records: Offer[] };

export { DB_NAME };

export class ChooserDb extends Dexie {
	models!: EntityTable<Stored<Model>, 'id'>;
	offers!: EntityTable<Stored<Offer>, 'id'>;
	facts!: EntityTable<Stored<Fact>, 'id'>;
	vendors!: EntityTable<Stored<Vendor>, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	favourites!: EntityTable<FavouriteRow, 'key'>;
	edits!: EntityTable<Edit, 'key'>;
	notes!: EntityTable<Note, 'modelId'>;
	aliases!: EntityTable<Alias, 'from'>;
	lists!: EntityTable<ListAsOf, 'source'>;
	packs!: EntityTable<PackRow, 'key'>;

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		// Never edit a declared version: add the next one below it, with its upgrader.
		this.version(1).stores({
			models: 'id, origin, vendor, status, openness',
			offers: 'id, origin, kind, status, *models',
			facts: 'id, origin, measure',
			vendors: 'id, origin',
			meta: 'key'
		});
		// 2: the person's favourites.
		this.version(2).stores({ favourites: 'key' });
		// 3: the person's edits to shipped records (an overlay) and notes on models.
		this.version(3).stores({ edits: 'key', notes: 'modelId' });
		// 4: models and offers keep only the origin index, the one the app queries. Every index is
		// written for every row, and imports write tens of thousands of rows in one transaction.
		this.version(4).stores({ models: 'id, origin', offers: 'id, origin' });
		// 5: model ids of earlier imports and the ids that replaced them (`or-openai-gpt-4o` →
		// `gpt-4o`), so that links, notes and stars made on an old id keep working.
		this.version(5).stores({ aliases: 'from' });
		// 6: each public list's "as of" record (a fetch's time or a file's date), one per list.
		this.version(6).stores({ lists: 'source' });
		// 7: the person's own models and offers of a big write, many to a row (`packs.ts`): a list
		// of 30,000 entries is some 65,000 records, too slow to write and read back one per row.
		// Records already stored stay rows (nothing moves), so no upgrader is needed.
		this.version(7).stores({ packs: 'key' });
	}
}
