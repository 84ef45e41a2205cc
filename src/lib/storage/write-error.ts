/** A write the browser refused, named for the UI (`write-errors.ts` names it). */
import type { WriteErrorCode } from '$lib/domain/write-error-codes';

export type { WriteErrorCode };

/** Why a write failed (`code`), with the browser's own words as its message. */
export class StorageWriteError extends Error {
	constructor(
		readonly code: WriteErrorCode,
		detail: string
	) {
		super(detail);
	}
}

/** One error of a chain: its name ('' when it has none) and its message. */
type Link = { name: string; message: string };

/**
 * The error and the errors it wraps (Dexie's `inner`, the standard `cause`), outermost first, each
 * as its name and message. A few levels: Dexie wraps the browser's error once or twice. (A
 * DOMException is not an `Error` everywhere: any object counts.)
 */
export function errorChain(error: unknown): Link[] {
	const out: Link[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const { name, message, inner, cause } = current as Partial<Record<string, unknown>>;
		out.push({ name: typeof name === 'string' ? name : '', message: String(message ?? '') });
		const next = inner ?? cause;
		if (next === current) break;
		current = next;
	}
	return out;
}

/**
 * An error as one line: the innermost reason of its chain (`errorChain`), the browser's own, said
 * once ("QuotaExceededError: …": Dexie's wrapper repeats it in its own message), or the value as
 * text when it is no error at all.
 */
export function reasonOf(error: unknown): string {
	const last = errorChain(error).at(-1);
	if (!last) return String(error);
	return last.name ? `${last.name}: ${last.message}` : last.message;
}
