/**
 * What every part of the app that reaches the database agrees on, without loading Dexie: the
 * database's name, how long opening it may take, and the channel over which a write tells the
 * app's other tabs.
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

/** How long opening storage may take before the app goes on read-only: 4 s, in milliseconds. */
export const OPEN_TIME_LIMIT_MS = 4000;

/**
 * Where a test of the built app may shorten the time limit: a global it sets before the app loads
 * (Playwright's `addInitScript`). Nothing of the app sets it.
 */
export const OPEN_TIME_LIMIT_HOOK = 'modelChooserOpenTimeLimitMs';

/**
 * The time limit for opening storage, in milliseconds: `asked` (an option), else the one a test
 * set on `scope` (`OPEN_TIME_LIMIT_HOOK`), which can only shorten `OPEN_TIME_LIMIT_MS`, else that.
 */
export function openTimeLimitMs(asked?: number, scope: object = globalThis): number {
	if (asked !== undefined && asked > 0) return asked;
	const value: unknown = (scope as Record<string, unknown>)[OPEN_TIME_LIMIT_HOOK];
	return Number.isSafeInteger(value) && (value as number) > 0
		? Math.min(value as number, OPEN_TIME_LIMIT_MS)
		: OPEN_TIME_LIMIT_MS;
}
