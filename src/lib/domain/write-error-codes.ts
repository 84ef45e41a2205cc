/**
 * Why a write of the person's data failed, as the UI names it (§7): the one list of codes, read
 * by storage (which classifies the browser's errors) and by state (which reads them back by
 * shape). Plain data, so neither pulls Dexie into a page to know them.
 * - `quota`: storage is full (a `QuotaExceededError`, also one inside a transaction's abort);
 * - `conflict`: an id taken by a shipped record (the message is the id);
 * - `closed`: the connection closed (a newer version in another tab, or the browser closed it);
 * - `blocked`: the database could not be opened in time, or another connection's upgrade or
 *   version change is in the way;
 * - `aborted`: the transaction was aborted (another tab, the browser), nothing written;
 * - `read-only`: this browser does not let the app save anything;
 * - `failed`: anything else; the message is the browser's reason.
 */
export const WRITE_ERROR_CODES = [
	'quota',
	'conflict',
	'closed',
	'blocked',
	'aborted',
	'read-only',
	'failed'
] as const;

/** One of `WRITE_ERROR_CODES`. */
export type WriteErrorCode = (typeof WRITE_ERROR_CODES)[number];

/** Whether `value` is one of `WRITE_ERROR_CODES`. Never throws. */
export function isWriteErrorCode(value: unknown): value is WriteErrorCode {
	return (WRITE_ERROR_CODES as readonly unknown[]).includes(value);
}
