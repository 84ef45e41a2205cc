/**
 * Storage on a first visit, without Dexie. Where the database does not exist yet, the page has
 * nothing of the person's to read, and the service worker fills the database with the shipped
 * catalogue when it first starts (`src/service-worker.ts`): the page shows the shipped catalogue
 * and loads Dexie only when it has something to write, something of the person's to read, or
 * another tab writes. Everywhere else (a later visit, a browser without service workers or
 * without `indexedDB.databases()`), storage opens at once, as `openCatalogueStore` does.
 */
import type { Catalogue } from '$lib/domain/catalogue';
import type { CatalogueStore, CatalogueView, OpenOptions, Subscribable } from './catalogue-store';
import { DB_NAME, openTimeLimitMs, WRITES_CHANNEL } from './database';
import { openExisting } from './open-existing';

/** Opens the database: `openCatalogueStore` with the whole shipped catalogue. */
export type OpenDatabase = (options: OpenOptions) => Promise<CatalogueStore>;

/**
 * Loads the storage module (and Dexie with it) and the whole shipped catalogue (its records
 * too: the database keeps everything), and opens the database.
 */
export const openDatabase: OpenDatabase = async (options) => {
	const [{ openCatalogueStore }, { shippedCatalogue }] = await Promise.all([
		import('./catalogue-store'),
		import('$lib/catalogue/shipped')
	]);
	return openCatalogueStore(shippedCatalogue, options);
};

/**
 * Whether this browser has never stored the app's database and will have its service worker
 * fill it. Told by opening the database without a version (`openExisting`): where it does not exist, the
 * creation is aborted at once (so nothing is created, and the database's own first open runs
 * its upgrades from the start); where it exists, the connection closes unused. `false` where it
 * cannot be told or IndexedDB refuses (no service workers, no IndexedDB, a browser that forbids
 * it), so the caller opens the database itself and says why it cannot save.
 */
export async function isFirstVisit(
	name = DB_NAME,
	scope: { indexedDB?: IDBFactory; navigator?: Navigator } = globalThis
): Promise<boolean> {
	const factory = scope.indexedDB;
	if (!factory || !scope.navigator || !('serviceWorker' in scope.navigator)) return false;
	return openExisting(factory, name).then(
		(db) => {
			db?.close();
			return db === undefined;
		},
		// IndexedDB refused: the database's own open says why it cannot save.
		() => false
	);
}

/** A value given once to each subscriber, never changing. */
const constant = <T>(value: T): Subscribable<T> => ({
	subscribe(observer) {
		observer.next(value);
		return { unsubscribe() {} };
	}
});

/**
 * Opens the app's storage for this visit: on a first visit (`isFirstVisit`) a store that has not
 * opened the database (`deferred`), else the store `open` gives (`openDatabase`, or a test's
 * stand-in). The deferred store reads as `shown` (the shipped catalogue on screen) with nothing
 * of the person's; its first write, its first read of the person's data (`readOwn`,
 * `readLists`), or another tab's write (`WRITES_CHANNEL`) opens the database with `options`,
 * hands the opened store to `options.onLateOpen` (the caller follows it from then on) and runs
 * the write or read on it. Asking whether this is a first visit has the open's time limit (`openTimeLimitMs`):
 * storage that does not answer it gives the read-only store at once, as a late open does. Never
 * throws: storage's own failures come as `openCatalogueStore` gives them.
 */
export async function openStoreForVisit(
	shown: Catalogue,
	options: OpenOptions = {},
	open: OpenDatabase = openDatabase,
	firstVisit: () => Promise<boolean> = () => isFirstVisit(options.name)
): Promise<CatalogueStore> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<'late'>((done) => {
		timer = setTimeout(() => done('late'), openTimeLimitMs(options.timeLimitMs));
	});
	const answer = await Promise.race([firstVisit(), late]);
	clearTimeout(timer);
	if (answer === true) return deferredStore(shown, () => open(options), options.onLateOpen);
	// Storage did not answer in its time: read-only at once, writable when it answers (one wait).
	return open(answer === 'late' ? { ...options, late: true } : options);
}

/**
 * The store of a first visit: `open` opens the real one when first needed, `onOpen` takes it over
 * (and closes it); without `onOpen` this store keeps it and closes it with itself.
 */
function deferredStore(
	shipped: Catalogue,
	open: () => Promise<CatalogueStore>,
	onOpen: ((store: CatalogueStore) => void) | undefined
): CatalogueStore {
	let closed = false;
	let opening: Promise<CatalogueStore> | undefined;
	let kept: CatalogueStore | undefined;
	const channel =
		typeof BroadcastChannel === 'function' ? new BroadcastChannel(WRITES_CHANNEL) : undefined;
	const opened = () =>
		(opening ??= open().then((store) => {
			channel?.close();
			if (closed) store.close();
			else if (onOpen) onOpen(store);
			else kept = store;
			return store;
		}));
	if (channel) channel.onmessage = () => void opened();
	const view: CatalogueView = {
		catalogue: shipped,
		ownRecords: 0,
		edits: new Map(),
		aliases: new Map()
	};
	return {
		mode: 'indexeddb',
		deferred: true,
		read: async () => view,
		observe: () => constant(view),
		observeFavourites: () => constant(new Set<string>()),
		observeNotes: () => constant(new Map<string, string>()),
		observeLists: () => constant([]),
		setFavourite: async (key, on) => (await opened()).setFavourite(key, on),
		setNote: async (modelId, text) => (await opened()).setNote(modelId, text),
		setEdit: async (key, patch) => (await opened()).setEdit(key, patch),
		readOwn: async () => (await opened()).readOwn(),
		addOwn: async (data, lists) => (await opened()).addOwn(data, lists),
		replaceOwn: async (make, lists) => (await opened()).replaceOwn(make, lists),
		readLists: async () => (await opened()).readLists(),
		resetOwn: async () => (await opened()).resetOwn(),
		close() {
			closed = true;
			channel?.close();
			kept?.close();
		}
	};
}
