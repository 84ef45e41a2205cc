/**
 * The shapes an import deals in: the person's own data (what an export holds), what reading a
 * file found (a preview, before anything is written), and why a file or an entry was refused.
 */
import * as v from 'valibot';
import { ModelSchema, OfferSchema, type Model, type Offer, type Vendor } from '../catalogue';
import type { PublicList } from '../catalogue-terms';
import type { ListAsOf } from '../list-sources';

/** The formats a file can be in: this app's own export, or one of the public lists. */
export type ImportFormat = 'model-chooser' | PublicList;

/**
 * Why a whole file was refused, in terms the app can put into words in any language: nothing
 * here is a parser's or a library's own message. `line` and `column` count from 1; `path` is
 * where in the file (`$.data[3].name`); `detail` (storage and unforeseen failures only) is the
 * browser's technical words, shown apart from the message if at all.
 */
export type ImportProblem =
	| { code: 'too-large'; bytes: number }
	| { code: 'empty-file' }
	| { code: 'web-page' }
	| { code: 'cut-off' }
	| { code: 'not-json'; line?: number; column?: number }
	| { code: 'unknown-format' }
	| { code: 'unsafe-key'; path: string; key: string }
	| { code: 'unsafe-link'; path: string }
	| { code: 'markup'; path: string }
	| { code: 'not-a-list'; path: string }
	| { code: 'version'; version?: string }
	| { code: 'empty' }
	| { code: 'unreadable'; detail: string }
	| { code: 'storage'; reason: 'quota' | 'conflict' | 'failed'; detail: string };

/**
 * Why one entry was skipped, or what was left out of an entry that was kept:
 * - skipped, any format: `not-an-object`; `no-id` (no id, nor a name to make one); `unusable-id`
 *   (an id with no letter or digit to know it by, `value` the id as written);
 * - skipped, this app's own format, a field (`field`, as a dot path) that does not fit the
 *   catalogue's schema: `field-missing`, `field-unknown` (a field the app does not know),
 *   `field-not-a-number`, `field-not-text`, `field-not-a-list`, `field-not-an-object`,
 *   `field-not-a-choice` (none of the values it may take), `field-wrong-form`,
 *   `field-out-of-range`, `field-too-long`, `field-too-short`, `field-not-whole`,
 *   `field-not-a-day` (a date that does not exist: refused, never shifted),
 *   `field-date-out-of-range` (a date that exists, in a year outside 1900 to 2999),
 *   `field-mismatch` (disagrees with the entry's other fields); `unknown-maker` and
 *   `unknown-model` (named in `value`, neither in the file nor in the catalogue); `no-models` (a
 *   maker no model of the file or the catalogue is by: a maker is stored with its models only);
 * - kept with a note: `date-dropped` (a date that does not exist, or is not a date),
 *   `date-out-of-range` (a date that exists, in a year outside 1900 to 2999: dropped too),
 *   `price-not-a-number` (a price that is not a number: the price is "not announced").
 */
export const ENTRY_ISSUE_CODES = [
	'not-an-object',
	'no-id',
	'unusable-id',
	'field-missing',
	'field-unknown',
	'field-not-a-number',
	'field-not-text',
	'field-not-a-list',
	'field-not-an-object',
	'field-not-a-choice',
	'field-wrong-form',
	'field-out-of-range',
	'field-too-long',
	'field-too-short',
	'field-not-whole',
	'field-not-a-day',
	'field-mismatch',
	'unknown-maker',
	'unknown-model',
	'no-models',
	'duplicate-id',
	'date-dropped',
	'price-not-a-number',
	'field-date-out-of-range',
	'date-out-of-range'
] as const;
export type EntryIssueCode = (typeof ENTRY_ISSUE_CODES)[number];

/**
 * One entry's issue, in the file's own terms: `entry` as the file names it
 * (`data[3] openai/gpt-4o`, `scaleway › qwen3-embedding-8b`, `models[2] acme-x`; by its name when
 * its id is not usable), `field` as the file spells it (`release_date`, `pricing.prompt`),
 * `value` as written, in JSON, cut to 40 characters.
 */
export type EntryIssue = {
	entry: string;
	code: EntryIssueCode;
	field?: string;
	value?: string;
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
 * updated) and how many of them have a known size; the models new to the catalogue, and those
 * already in it (shipped, or of an earlier import) that this list gives ways to use; offers
 * written, how many of them are ways to use the models already in the catalogue, and how many
 * are the "on your device" offers made here for open models of known size (§9); of
 * the list's own offers (those made here are nobody's host, and free by being yours, not by the
 * source's word): distinct hosts, offers free by the source's word or a local runner's, legacy
 * offers, and entries that joined a model already in the catalogue; and models that do not chat.
 */
export type ImportCounts = {
	models: number;
	sized: number;
	newModels: number;
	knownModels: number;
	offers: number;
	knownOffers: number;
	selfHosted: number;
	hosts: number;
	free: number;
	legacy: number;
	joined: number;
	notChat: number;
};

/**
 * A file read, nothing written yet: the ready data, the entries found (in the file's own unit:
 * a list's entries; an export's records of every kind), those skipped and the notes on those
 * kept (each with its reason), and the counts. `entries` counts every record of the ready data
 * (makers, models, offers, edits, notes, favourites, aliases): for an export, `found` less the
 * skipped.
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
	/** The lists' "as of" records an export carries (none for a list itself). */
	lists?: ListAsOf[];
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
	/** Told as a reader goes: `done` entries of the list's `total` checked. */
	onEntry?: (done: number, total: number) => void;
};
