/**
 * Reading a file or a fetched list into an import preview, with progress: the same steps in the
 * import worker and, where workers are unavailable, on the page.
 */
import { MAX_IMPORT_BYTES, readImport } from '$lib/domain/import';
import type { ImportResult } from '$lib/domain/import/types';
import { partsOf, type ImportMessage, type ImportProgress, type ImportRequest } from './protocol';

/** Bytes between two "reading" reports: often enough to move a bar, rarely enough to be cheap. */
const REPORT_EVERY_BYTES = 512 * 1024;

/**
 * A file's text, read as a stream so that each part read is reported (`read` of `total` bytes);
 * decoded as UTF-8, a byte-order mark dropped, as `Blob.text()` does.
 */
export async function readBlobText(
	file: Blob,
	onProgress: (progress: ImportProgress) => void
): Promise<string> {
	const total = file.size;
	onProgress({ stage: 'reading', read: 0, total });
	// A browser (or test DOM) without Blob streams reads it whole, reporting only the end.
	if (typeof file.stream !== 'function') {
		const text = await file.text();
		onProgress({ stage: 'reading', read: total, total });
		return text;
	}
	const reader = file.stream().getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let read = 0;
	let reported = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		read += value.byteLength;
		parts.push(decoder.decode(value, { stream: true }));
		if (read - reported >= REPORT_EVERY_BYTES) {
			reported = read;
			onProgress({ stage: 'reading', read, total });
		}
	}
	parts.push(decoder.decode());
	onProgress({ stage: 'reading', read, total });
	return parts.join('');
}

/**
 * Reads a request's file or text into a preview (`readImport`), reporting each stage: reading
 * (for a file), parsing, checking. Never throws: a file too large or one that cannot be read is
 * a refused result, as with any bad file.
 */
export async function readSource(
	request: ImportRequest,
	onProgress: (progress: ImportProgress) => void
): Promise<ImportResult> {
	let text: string;
	if ('file' in request) {
		const { file } = request;
		if (file.size > MAX_IMPORT_BYTES) {
			return { ok: false, problem: { code: 'too-large', bytes: file.size } };
		}
		try {
			text = await readBlobText(file, onProgress);
		} catch (error) {
			return { ok: false, problem: { code: 'unreadable', detail: String(error).slice(0, 300) } };
		}
	} else text = request.text;
	return readImport(text, request.context, onProgress);
}

/**
 * The import worker's message handler, apart from the worker so that it can be tested without
 * one: reads the request and posts progress, then a preview's models and offers in parts, then
 * the result without them (`protocol.ts`).
 */
export async function handleImportRequest(
	request: ImportRequest,
	post: (message: ImportMessage) => void
): Promise<void> {
	const result = await readSource(request, (progress) => post({ type: 'progress', progress }));
	if (!result.ok) return post({ type: 'result', result });
	for (const records of partsOf(result.data.models)) post({ type: 'models', records });
	for (const records of partsOf(result.data.offers)) post({ type: 'offers', records });
	post({ type: 'result', result: { ...result, data: { ...result.data, models: [], offers: [] } } });
}
