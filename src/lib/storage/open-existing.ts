/**
 * Opening the IndexedDB database of a name only where it exists, never creating it: the one
 * probe of the app's first-visit check (`isFirstVisit`) and of the end-to-end tests' reading of
 * a database (`tests/browser.ts`, which runs this function's source in the page).
 */

/**
 * Opens the database `name` of `factory` without a version, if it exists. Where it does not,
 * opening it would create it: its creation is aborted at once, so nothing is made (the
 * database's own first open later runs its upgrades from the start). Resolves the open
 * connection, which the caller closes (left open, it would block the app's own upgrade), or
 * `undefined` where the database does not exist; rejects with the browser's error otherwise,
 * also when `factory.open` throws (a browser that forbids storage). Self-contained (no imports,
 * no outer names), so that its source can run in a page as it is.
 */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
	return new Promise((done, fail) => {
		let absent = false;
		const request = factory.open(name);
		request.onupgradeneeded = () => {
			absent = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => done(request.result);
		request.onerror = (event) => {
			// The aborted creation is expected; any other error is the browser's answer.
			event.preventDefault();
			if (absent) done(undefined);
			else fail(request.error);
		};
	});
}
