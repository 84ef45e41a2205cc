/** A write the browser refused, named for the UI (`write-errors.ts` names it). */

/**
 * Why a write failed, as the UI names it:
 * - `quota`: storage is full (a `QuotaExceededError`, also one inside a transaction's abort);
 * - `conflict`: an id taken by a shipped record (the message is the id);
 * - `closed`: the connection closed (a newer version in another tab, or the browser closed it);
 * - `blocked`: the database could not be opened in time, or another connection's upgrade or
 *   version change is in the way;
 * - `aborted`: the transaction was aborted (another tab, the browser), nothing written;
 * - `read-only`: this browser does not let the app save anything;
 * - `failed`: anything else; the message is the browser's reason.
 */
export type WriteErrorCode =
	'quota' | 'conflict' | 'closed' | 'blocked' | 'aborted' | 'read-only' | 'failed';

/** Why a write failed (`code`), with the browser's own words as its message. */
export class StorageWriteError extends Error {
	constructor(
		readonly code: WriteErrorCode,
		detail: string
	) {
		super(detail);
	}
}
