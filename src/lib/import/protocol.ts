/**
 * What the page and the import worker say to each other. The page sends one request: the file
 * itself (a `Blob`, cloned, never copied into a string on the page) or a fetched list's text,
 * with the catalogue parts an import joins against; the worker answers with progress messages,
 * then one result. Everything here is structured-cloneable.
 */
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

/** The worker's messages: progress as it goes, then the result, once. */
export type ImportMessage =
	{ type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };
