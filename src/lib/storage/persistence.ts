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
