/** A failed write of the person's data, as the UI says it. */
import type { WriteErrorCode } from '$lib/storage/catalogue-store';

/** Why a write of the person's data failed, by its code, with the browser's reason. */
export type WriteFailure = { code: WriteErrorCode; detail: string };

const CODES: readonly WriteErrorCode[] = [
	'quota',
	'conflict',
	'closed',
	'blocked',
	'aborted',
	'read-only',
	'failed'
];

/**
 * A failed write as the UI says it: the code of storage's `StorageWriteError` (read by shape, so
 * this module does not load the storage code), else `failed` with what was thrown. Never throws.
 */
export function writeFailure(error: unknown): WriteFailure {
	const code = (error as { code?: unknown } | undefined)?.code;
	const message = (error as { message?: unknown } | undefined)?.message;
	const detail = typeof message === 'string' ? message : String(error);
	return {
		code: CODES.includes(code as WriteErrorCode) ? (code as WriteErrorCode) : 'failed',
		detail
	};
}
