/// <reference lib="webworker" />
/**
 * The service worker, read top to bottom: leave the public lists' requests to the network,
 * precache every built file and page, open any address of the app offline (any query string,
 * with or without a trailing slash), send pages that were not prerendered to the real fallback
 * page (but not a file's address), take over only when asked, and, the first worker, put the
 * shipped catalogue into IndexedDB when it takes over.
 */
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { isListSourceUrl } from '$lib/domain/list-sources';
import { seedCatalogue } from '$lib/storage/catalogue-store';
import { OPEN_TIME_LIMIT_MS } from '$lib/storage/database';
import { ChooserDb } from '$lib/storage/db';
import { NAVIGATION_DENYLIST } from '$lib/pwa/navigation';

declare let self: ServiceWorkerGlobalScope;

// The public lists (OpenRouter's, models.dev's) are fetched only when the person asks, and must
// be fresh: no route of this worker may answer them from a cache or keep them. Workbox's routes
// match only this origin's files and navigations today; this listener, added before Workbox's
// own, keeps any route added later from seeing these requests at all, so the browser fetches
// them as if there were no worker.
self.addEventListener('fetch', (event) => {
	if (isListSourceUrl(event.request.url)) event.stopImmediatePropagation();
});

// A share link carries its state in the query string; the page reads it, the cache ignores it.
precacheAndRoute(self.__WB_MANIFEST, {
	ignoreURLParametersMatching: [/.*/],
	urlManipulation: ({ url }) =>
		url.pathname.length > 1 && url.pathname.endsWith('/')
			? [new URL(url.pathname.replace(/(?<!\/)\/+$/, ''), url.origin)]
			: []
});
cleanupOutdatedCaches();

// A page that was not prerendered (a model the person added) opens through 200.html, which
// renders whatever route the address names, not the home page. A file's address (one with an
// extension, /.well-known/…, this worker's own) is the server's to answer, even with a 404.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/200.html'), {
		denylist: [...NAVIGATION_DENYLIST]
	})
);

// Never skip waiting by itself: a person in the middle of an edit is not reloaded under them.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker puts the catalogue into IndexedDB when it takes over, so a first visit's page
// need not load the database library to put it there (`src/lib/storage/deferred-store.ts`). A
// later version leaves it to the pages, which open the database at once on every later visit and
// bring it up to date: a worker waiting on a database another tab holds at an older version would
// hold every request of the app. A page that opens the database seeds it too, and whichever comes
// second finds it current; the person's own records are never touched (`seedCatalogue`). A
// failure, or storage that does not answer in its time, never stops the worker: the page opens
// the database itself at its first write, and says why if it cannot.
async function seedStorage(): Promise<void> {
	const db = new ChooserDb();
	let timer: ReturnType<typeof setTimeout> | undefined;
	try {
		await Promise.race([
			db.open().then(() => seedCatalogue(db, shippedCatalogue)),
			new Promise((done) => (timer = setTimeout(done, OPEN_TIME_LIMIT_MS)))
		]);
	} catch {
		// Left to the page, as above.
	} finally {
		clearTimeout(timer);
		db.close();
	}
}
let firstWorker = false;
self.addEventListener('install', () => {
	firstWorker = !self.registration.active;
});
self.addEventListener('activate', (event) => {
	if (firstWorker) event.waitUntil(seedStorage());
});

clientsClaim();
