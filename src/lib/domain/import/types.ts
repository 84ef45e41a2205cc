/**
 * The shapes an import deals in: the person's own data (what an export holds), what reading a
 * file found (a preview, before anything is written), and why a file or an entry was refused.
 */
import * as v from 'valibot';
import { ModelSchema, OfferSchema, type Model, type Offer, type Vendor } from '../catalogue';
import type { PublicList } from '../catalogue-terms';

/** The formats a file can be in: this app's own export, or one of the public lists. */
export type ImportFormat = 'model-chooser' | PublicList;

/** Why a whole file was refused. */
export type ImportProblem =
	| { code: 'too-large'; bytes: number }
	| { code: 'not-json'; detail: string }
	| { code: 'unknown-format' }
	| { code: 'unsafe-key'; path: string; key: string }
	| { code: 'unsafe-link'; path: string }
	| { code: 'markup'; path: string }
	| { code: 'invalid'; path: string; detail: string }
	| { code: 'empty' }
	| { code: 'storage'; reason: 'quota' | 'conflict' | 'failed'; detail: string };

/**
 * Why one entry was skipped, or what was left out of an entry that was kept:
 * - skipped: `not-an-object`, `no-id` (no usable id or name), `invalid` (this app's own format:
 *   the field does not match its schema; `detail` says how);
 * - kept with a note: `date-dropped` (a date that does not exist, or is not a date),
 *   `price-not-a-number` (a price that is not a number: the price is "not announced").
 */
export type EntryIssueCode =
	'not-an-object' | 'no-id' | 'invalid' | 'date-dropped' | 'price-not-a-number';

/**
 * One entry's issue, in the file's own terms: `entry` as the file names it
 * (`data[3] openai/gpt-4o`, `scaleway › qwen3-embedding-8b`, `models[2] acme-x`), `field` as the
 * file spells it (`release_date`, `pricing.prompt`), `value` cut to 40 characters.
 */
export type EntryIssue = {
	entry: string;
	code: EntryIssueCode;
	field?: string;
	value?: string;
	detail?: string;
};

/** An id from an earlier import that now names another record (`or-openai-gpt-4o` → `gpt-4o`). */
export type Alias = { from: string; to: string };

/** What the person made: kept apart from the shipped catalogue, exported and imported whole. */
export type OwnData = {
	vendors: Vendor[];
	models: Model[];
	offers: Offer[];
	/** Changes to shipped records, by `model:<id>` or `offer:<id>`. */
	edits: Edit[];
	notes: Note[];
	favourites: string[];
	/** Model ids of earlier imports and the ids that replaced them. */
	aliases: Alias[];
};

export type Edit = {
	key: string;
	/** The fields changed, as they should read now. */
	patch: EditPatch;
	at: string;
};
export const EditPatchSchema = v.strictObject({
	price: v.optional(OfferSchema.entries.price),
	status: v.optional(OfferSchema.entries.status),
	runsOn: v.optional(OfferSchema.entries.runsOn),
	openness: v.optional(ModelSchema.entries.openness)
});
export type EditPatch = v.InferOutput<typeof EditPatchSchema>;

export type Note = { modelId: string; text: string; at: string };

/**
 * What a public list brought, for the message and the closing counts: models written (new or
 * updated) and how many of them have a known size; offers written, and how many of them are the
 * "on your device" offers made here for open models of known size (PRODUCT.md §9); of the list's
 * own offers (those made here are nobody's host, and free by being yours, not by the source's
 * word): distinct hosts, offers free by the source's word or a local runner's, legacy offers, and
 * entries that joined a model already in the catalogue; and models that do not chat.
 */
export type ImportCounts = {
	models: number;
	sized: number;
	offers: number;
	selfHosted: number;
	hosts: number;
	free: number;
	legacy: number;
	joined: number;
	notChat: number;
};

/**
 * A file read, nothing written yet: the ready data, the entries found, those skipped and the
 * notes on those kept (each with its reason), and the counts. `entries` counts every record of
 * the ready data (models, offers, edits, notes, favourites).
 */
export type ImportPreview = {
	ok: true;
	format: ImportFormat;
	data: OwnData;
	found: number;
	skipped: EntryIssue[];
	notes: EntryIssue[];
	counts: ImportCounts;
	entries: number;
};

export type ImportResult = ImportPreview | { ok: false; problem: ImportProblem };

/**
 * What a reader needs of the catalogue it imports into: its makers and models (to join), and,
 * where the caller has them, its offers (an earlier "on your device" offer keeps its weights
 * page when this list has no better one).
 */
export type ImportContext = {
	vendors: readonly Vendor[];
	models: readonly Model[];
	offers?: readonly Offer[];
	/** The day of the import (`YYYY-MM-DD`): retirement dates before it make an offer legacy. */
	today: string;
};
