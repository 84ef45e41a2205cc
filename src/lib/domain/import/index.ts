/**
 * Reading files a person brings in: this app's own export and the public model lists
 * (OpenRouter's `GET /api/v1/models`, models.dev's `api.json`, LiteLLM's
 * `model_prices_and_context_window.json`), one reader per format behind one registry, sharing
 * the safety scan (`safety.ts`), the price, lifecycle and task rules (`rules.ts`) and the join
 * rules (`join.ts`). A new list is one reader file and its tests.
 *
 * A file is judged entry by entry (§10): hostile content (prototype keys, script
 * links, markup in kept texts) refuses the whole file; any other unreadable entry is skipped with
 * its reason in the file's own terms. Nothing is written here: the result is a preview.
 */
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { buildOwnData } from './build';
import { isExport, readExport } from './export';
import { parseJson } from './json';
import type { ListReader } from './list-reader';
import { liteLlm } from './litellm';
import { modelsDev } from './models-dev';
import { openRouter } from './openrouter';
import { FileRefused, findUnsafe } from './safety';
import type { ImportContext, ImportResult, OwnData } from './types';

export * from './types';
export { EXPORT_FORMAT, EXPORT_VERSION, writeExport } from './export';
export { findUnsafe, hasMarkup } from './safety';
export { joinKey, makeId } from './join';
export { slug } from '../slug';

export { MAX_IMPORT_BYTES } from './limits';

/** The public lists' readers, in the order their shapes are tried. */
export const LIST_READERS: readonly ListReader[] = [openRouter, modelsDev, liteLlm];

/** The shipped catalogue as the context of an import made today. */
export function shippedContext(today = new Date().toISOString().slice(0, 10)): ImportContext {
	return { vendors: shippedCatalogue.vendors, models: shippedCatalogue.models, today };
}

/** Entries between two "checking" reports. */
const REPORT_EVERY_ENTRIES = 250;

/** A reader's per-entry callback that reports every few hundred entries, and the last. */
function entryReporter(
	onProgress: (progress: ReadProgress) => void
): (done: number, total: number) => void {
	return (done, total) => {
		if (done % REPORT_EVERY_ENTRIES === 0 || done === total) {
			onProgress({ stage: 'checking', done, total });
		}
	};
}

/** Every record of some own data: makers, models, offers, edits, notes, favourites, aliases. */
function recordsIn(data: OwnData): number {
	return Object.values(data).reduce((sum, records: unknown[]) => sum + records.length, 0);
}

/** Where a read of a file's text is: parsing its JSON, or checking its entries (`done` of `total`). */
export type ReadProgress =
	{ stage: 'parsing' } | { stage: 'checking'; done?: number; total?: number };

/**
 * Reads a file's text into a preview of what importing it would write; never throws, writes
 * nothing. `context` is the catalogue it goes into (to join models and reuse makers) and the day;
 * `onProgress`, when given, hears each stage, and each entry checked where the reader counts them.
 */
export function readImport(
	text: string,
	context: ImportContext = shippedContext(),
	onProgress?: (progress: ReadProgress) => void
): ImportResult {
	onProgress?.({ stage: 'parsing' });
	const parsed = parseJson(text);
	if (!parsed.ok) return parsed;
	const data = parsed.value;
	onProgress?.({ stage: 'checking' });
	const unsafe = findUnsafe(data);
	if (unsafe) return { ok: false, problem: unsafe };
	try {
		if (isExport(data)) {
			const read = readExport(data, context);
			if (read.found === 0) return { ok: false, problem: { code: 'empty' } };
			return {
				ok: true,
				format: 'model-chooser',
				data: read.data,
				found: read.found,
				skipped: read.skipped,
				notes: [],
				counts: read.counts,
				entries: recordsIn(read.data),
				lists: read.lists
			};
		}
		const reader = LIST_READERS.find((r) => r.detect(data));
		if (!reader) return { ok: false, problem: { code: 'unknown-format' } };
		const onEntry = onProgress && entryReporter(onProgress);
		const read = reader.read(data, onEntry ? { ...context, onEntry } : context);
		if (read.found === 0) return { ok: false, problem: { code: 'empty' } };
		const built = buildOwnData(read.listings, reader.format, context, shippedCatalogue);
		return {
			ok: true,
			format: reader.format,
			data: built.data,
			found: read.found,
			skipped: read.skipped,
			notes: read.notes,
			counts: built.counts,
			entries: recordsIn(built.data)
		};
	} catch (error) {
		if (error instanceof FileRefused) return { ok: false, problem: error.problem };
		// A fault of the app's own, not the file's: said plainly, its technical words kept apart.
		return { ok: false, problem: { code: 'unreadable', detail: String(error).slice(0, 300) } };
	}
}
