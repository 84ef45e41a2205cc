/**
 * What every part of the app that reaches the database agrees on, without loading Dexie: the
 * database's name and the channel over which a write tells the app's other tabs.
 */

/** The app's IndexedDB database. */
export const DB_NAME = 'model-chooser';

/** The `BroadcastChannel` on which every tab says it has written to the database. */
export const WRITES_CHANNEL = 'model-chooser-writes';

/**
 * Tells the app's other tabs (and workers) that this one wrote to the database: a tab that has
 * not opened it yet (a first visit, `deferred-store.ts`) opens it and shows what was written.
 * Does nothing where `BroadcastChannel` does not exist.
 */
export function announceWrite(): void {
	if (typeof BroadcastChannel !== 'function') return;
	const channel = new BroadcastChannel(WRITES_CHANNEL);
	channel.postMessage('written');
	channel.close();
}
