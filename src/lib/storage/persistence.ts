/** Storage that lasts: asking the browser not to evict the app's data, and how much it uses. */

export type StorageStatus = {
	/** Whether the browser promised to keep the data; undefined where it cannot say. */
	persisted: boolean | undefined;
	usage: number | undefined;
	quota: number | undefined;
};

/** What the browser says of this site's storage. */
export async function storageStatus(): Promise<StorageStatus> {
	const storage = navigator.storage;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted?.().catch(() => undefined),
		storage?.estimate?.().catch(() => undefined)
	]);
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

const ASKED = 'model-chooser:persist-asked';

/**
 * Asks the browser to keep the app's data, once: after the first thing the person saves, or
 * on install. Returns whether storage is persistent now.
 */
export async function requestPersistence(): Promise<boolean> {
	const storage = navigator.storage;
	if (!storage?.persist) return false;
	if (await storage.persisted()) return true;
	try {
		if (localStorage.getItem(ASKED)) return false;
		localStorage.setItem(ASKED, new Date().toISOString());
	} catch {
		// No localStorage (a private mode): ask anyway.
	}
	return storage.persist().catch(() => false);
}

/**
 * What the browser answered when the person asked it to keep their data: `kept` (persistent
 * now), `declined`, or `cannot-say` (no Storage API, or it failed to answer).
 */
export type PersistenceAnswer = 'kept' | 'declined' | 'cannot-say';

/**
 * Asks the browser to keep the app's data, every time it is called (the person pressed the
 * button): unlike `requestPersistence`, never skipped because it asked before. Never throws.
 */
export async function askPersistence(): Promise<PersistenceAnswer> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return 'cannot-say';
	try {
		return (await storage.persist()) ? 'kept' : 'declined';
	} catch {
		return 'cannot-say';
	}
}
