/**
 * What the page and the import worker say to each other. The page sends one request: the file
 * itself (a `Blob`, cloned, never copied into a string on the page) or a fetched list's text,
 * with the catalogue parts an import joins against; the worker answers with progress messages,
 * a preview's records in parts, then one result. Everything here is structured-cloneable.
 */
import type { Model, Offer } from '$lib/domain/catalogue';
import type { ImportContext, ImportResult } from '$lib/domain/import/types';

/**
 * Where a read is: reading the file (`read` of `total` bytes), parsing its JSON, or checking its
 * entries (`done` of `total`, when the reader counts them).
 */
export type ImportProgress =
	| { stage: 'reading'; read: number; total: number }
	| { stage: 'parsing' }
	| { stage: 'checking'; done?: number; total?: number };

/** What is read: a picked file, or a fetched list's text. */
export type ImportSource = { file: Blob } | { text: string };

/** The page's one request to the worker. */
export type ImportRequest = ImportSource & { context: ImportContext };

/**
 * The worker's messages: progress as it goes, then a preview's models and offers in parts of at
 * most `PART_RECORDS` (each taken by the page in a task of its own), then the result, once, its
 * models and offers left out when they came in parts (`withParts` puts them back).
 */
export type ImportMessage =
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'models'; records: Model[] }
	| { type: 'offers'; records: Offer[] }
	| { type: 'result'; result: ImportResult };

/**
 * How many records a part holds. The page takes a message whole, in one task: a preview of 30,000
 * entries (some 70,000 records) taken at once held the page for 380–860 ms; a part of 2,000 is a
 * few tens of milliseconds.
 */
export const PART_RECORDS = 2000;

/** Records in parts of at most `PART_RECORDS`, in order; none for none. */
export function partsOf<T>(records: readonly T[]): T[][] {
	return Array.from({ length: Math.ceil(records.length / PART_RECORDS) }, (_, i) =>
		records.slice(i * PART_RECORDS, (i + 1) * PART_RECORDS)
	);
}

/** A result whose models and offers came in parts, with them put back, in the order sent. */
export function withParts(
	result: ImportResult,
	parts: { models: Model[]; offers: Offer[] }
): ImportResult {
	if (!result.ok || (parts.models.length === 0 && parts.offers.length === 0)) return result;
	return { ...result, data: { ...result.data, models: parts.models, offers: parts.offers } };
}
