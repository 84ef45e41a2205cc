/** A failed write of the person's data, as the UI says it. */
import { isWriteErrorCode, type WriteErrorCode } from '$lib/domain/write-error-codes';

/** Why a write of the person's data failed, by its code, with the browser's reason. */
export type WriteFailure = { code: WriteErrorCode; detail: string };

/**
 * A failed write as the UI says it: the code of storage's `StorageWriteError` (read by shape, so
 * this module does not load the storage code), else `failed` with what was thrown. Never throws.
 */
export function writeFailure(error: unknown): WriteFailure {
	const code = (error as { code?: unknown } | undefined)?.code;
	const message = (error as { message?: unknown } | undefined)?.message;
	const detail = typeof message === 'string' ? message : String(error);
	return {
		code: isWriteErrorCode(code) ? code : 'failed',
		detail
	};
}
