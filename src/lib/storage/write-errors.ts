/**
 * What a failed write means: the browser's and Dexie's errors, named by the codes the UI words.
 * Loaded when a write fails, never with the page.
 */
import { errorChain, reasonOf, StorageWriteError, type WriteErrorCode } from './write-error';

/** Error names by the code they mean: storage full, connection closed, in the way of a version. */
const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const CLOSED = new Set(['DatabaseClosedError', 'InvalidStateError']);
const BLOCKED = new Set(['VersionChangeError', 'VersionError']);
const ABORTED = new Set(['AbortError']);

/**
 * What the browser's (or Dexie's) failure of a write means, as a `StorageWriteError`: the first
 * of quota, closed, blocked, aborted found anywhere in the error and what it wraps, else `failed`.
 * Its message is the innermost reason the browser gave ("QuotaExceededError: …"). A
 * `StorageWriteError` is given back as it is. Never throws.
 */
export function classifyWriteError(error: unknown): StorageWriteError {
	if (error instanceof StorageWriteError) return error;
	const links = errorChain(error);
	const rules: [WriteErrorCode, Set<string>][] = [
		['quota', QUOTA],
		['closed', CLOSED],
		['blocked', BLOCKED],
		['aborted', ABORTED]
	];
	const found = rules.find(([, names]) => links.some((link) => names.has(link.name)));
	return new StorageWriteError(found?.[0] ?? 'failed', reasonOf(error));
}
