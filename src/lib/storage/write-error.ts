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
