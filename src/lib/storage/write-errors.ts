/**
 * What a failed write means: the browser's and Dexie's errors, named by the codes the UI words.
 * Loaded when a write fails, never with the page.
 */
import { StorageWriteError, type WriteErrorCode } from './write-error';

/** The error and the errors it wraps (Dexie's `inner`, the standard `cause`), outermost first. */
function chain(error: unknown): { name: string; message: string }[] {
	const out: { name: string; message: string }[] = [];
	let current: unknown = error;
	// A few levels: Dexie wraps a DOM error once or twice, never in a loop worth following.
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const { name, message: text } = current as { name?: unknown; message?: unknown };
		out.push({ name: typeof name === 'string' ? name : '', message: String(text ?? '') });
		const next =
			(current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause ?? null;
		if (next === current) break;
		current = next;
	}
	return out;
}

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
	const links = chain(error);
	const found = (names: Set<string>) => links.find((l) => names.has(l.name));
	const named = (link: { name: string; message: string }) =>
		link.name ? `${link.name}: ${link.message}` : link.message;
	const rules: [WriteErrorCode, Set<string>][] = [
		['quota', QUOTA],
		['closed', CLOSED],
		['blocked', BLOCKED],
		['aborted', ABORTED]
	];
	for (const [code, names] of rules) {
		const link = found(names);
		if (link) return new StorageWriteError(code, named(links.at(-1) ?? link));
	}
	const last = links.at(-1);
	return new StorageWriteError('failed', last ? named(last) : String(error));
}
