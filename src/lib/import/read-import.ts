/**
 * Reading a file or a fetched list into an import preview off the page's thread: in a module
 * worker (`import.worker.ts`, loaded only now), with progress and a Cancel that ends the work at
 * once. Where a worker cannot run (no `Worker`, a policy refused, the script failed to start),
 * the same steps run on the page, so nothing is lost.
 */
import type { ImportResult } from '$lib/domain/import/types';
export { MAX_IMPORT_BYTES } from '$lib/domain/import/limits';
// The worker's address is a string built into this module's chunk: no round trip of its own
// between the pick and the worker's start.
import builtUrl from './import.worker?worker&url';
import type { Model, Offer } from '$lib/domain/catalogue';
import { withParts, type ImportMessage, type ImportProgress, type ImportRequest } from './protocol';
import { importWorkerUrl } from './worker-url';

/** What a read may be given: progress as it goes, and a signal that cancels it. */
export type ReadOptions = {
	onProgress?: (progress: ImportProgress) => void;
	signal?: AbortSignal;
};

/** Why a worker did not give a result: it never ran (read on the page instead). */
class WorkerUnavailable extends Error {}

/** A cancelled read's error: the signal's reason, else an `AbortError`. */
const cancelled = (signal: AbortSignal): unknown =>
	signal.reason ?? new DOMException('The import was cancelled.', 'AbortError');

/** Starts the import worker, or throws `WorkerUnavailable` when this page cannot. */
function newWorker(): Worker {
	if (typeof Worker === 'undefined') throw new WorkerUnavailable('No Worker');
	try {
		return new Worker(importWorkerUrl(builtUrl), { type: 'module', name: 'import' });
	} catch (error) {
		throw new WorkerUnavailable(String(error));
	}
}

/** A worker started before its read (`warmImportWorker`), for the next read to take. */
let warm: { worker: Worker; expiry: ReturnType<typeof setTimeout> } | undefined;

/** How long a warm worker waits for a read before it is ended: two minutes. */
export const WARM_WORKER_MS = 120_000;

/**
 * Starts the import worker before the read it is for, while the person is at the file control:
 * the file dialog takes seconds, the worker's start (its script fetched, compiled and run) some
 * 60–100 ms of them, which the read then no longer waits for. The next read takes it; one not
 * taken within `WARM_WORKER_MS` is ended. Does nothing when one is waiting already, and nothing
 * where a worker cannot start (the read then tries again, and reads on the page if it must). A
 * warm worker whose script fails is dropped: the read starts its own.
 */
export function warmImportWorker(): void {
	if (warm) return;
	let worker: Worker;
	try {
		worker = newWorker();
	} catch {
		return;
	}
	const drop = () => {
		if (warm?.worker !== worker) return;
		clearTimeout(warm.expiry);
		warm = undefined;
		worker.terminate();
	};
	worker.onerror = (event) => {
		event.preventDefault();
		drop();
	};
	warm = { worker, expiry: setTimeout(drop, WARM_WORKER_MS) };
}

/** The warm worker if one waits (`warmImportWorker`), else a new one. */
function startWorker(): Worker {
	if (!warm) return newWorker();
	const { worker, expiry } = warm;
	clearTimeout(expiry);
	warm = undefined;
	return worker;
}

/** Runs one request in a worker; terminates it on a result, an abort, or a failure. */
function inWorker(
	worker: Worker,
	request: ImportRequest,
	{ onProgress, signal }: ReadOptions
): Promise<ImportResult> {
	return new Promise((resolve, reject) => {
		let heard = false;
		const parts = { models: [] as Model[], offers: [] as Offer[] };
		const end = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			end();
			reject(cancelled(signal!));
		};
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<ImportMessage>) => {
			// A message already on its way when the read was cancelled is not heard.
			if (signal?.aborted) return;
			heard = true;
			const message = event.data;
			if (message.type === 'progress') onProgress?.(message.progress);
			else if (message.type === 'models') parts.models.push(...message.records);
			else if (message.type === 'offers') parts.offers.push(...message.records);
			else {
				end();
				resolve(withParts(message.result, parts));
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			end();
			// A worker that never spoke did not start (its script refused or missing): read on the
			// page. One that failed midway failed on this file: said as an unreadable file.
			if (!heard) reject(new WorkerUnavailable(event.message));
			else resolve({ ok: false, problem: { code: 'unreadable', detail: event.message } });
		};
		worker.postMessage(request);
	});
}

/**
 * Reads `request` (a file, or a fetched list's text, with the catalogue it joins) into a preview:
 * in a worker where one can run, else on the page. Never rejects for a bad file (that is a
 * refused result); rejects with the signal's reason (an `AbortError`) when cancelled, and then
 * nothing more is read or reported.
 */
export async function readImportOffThread(
	request: ImportRequest,
	options: ReadOptions = {}
): Promise<ImportResult> {
	const { signal } = options;
	if (signal?.aborted) throw cancelled(signal);
	try {
		return await inWorker(startWorker(), request, options);
	} catch (error) {
		if (!(error instanceof WorkerUnavailable)) throw error;
	}
	return readOnPage(request, options);
}

/** The same read on the page's own thread, stopping between stages when cancelled. */
async function readOnPage(
	request: ImportRequest,
	{ onProgress, signal }: ReadOptions
): Promise<ImportResult> {
	const { readSource } = await import('./read-source');
	const result = await readSource(request, (progress) => {
		if (signal?.aborted) throw cancelled(signal);
		onProgress?.(progress);
	});
	if (signal?.aborted) throw cancelled(signal);
	return result;
}
