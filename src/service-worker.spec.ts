/**
 * The service worker's routing, with Workbox stood in for by a router that answers every fetch
 * it sees (as a runtime route for any URL would): the public lists' requests never reach it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** The URLs the stand-in router was asked to answer. */
const routed: string[] = [];
const scope = new EventTarget() as EventTarget & { __WB_MANIFEST: unknown[] };
scope.__WB_MANIFEST = [];

vi.mock('workbox-core', () => ({ clientsClaim: vi.fn() }));
vi.mock('workbox-precaching', () => ({
	cleanupOutdatedCaches: vi.fn(),
	createHandlerBoundToURL: vi.fn(),
	// Workbox adds its fetch listener when the first route is registered, as here.
	precacheAndRoute: vi.fn(() => {
		scope.addEventListener('fetch', (event) => {
			const fetchEvent = event as Event & {
				request: { url: string };
				respondWith(r: unknown): void;
			};
			routed.push(fetchEvent.request.url);
			fetchEvent.respondWith('from the cache');
		});
	})
}));
vi.mock('workbox-routing', () => ({
	NavigationRoute: vi.fn(),
	registerRoute: vi.fn()
}));

/** A fetch event for a URL; says whether any listener answered it. */
function fetchEvent(url: string): { event: Event; answered: () => boolean } {
	let answered = false;
	const event = Object.assign(new Event('fetch'), {
		request: { url, mode: 'cors' },
		respondWith: () => {
			answered = true;
		}
	});
	return { event, answered: () => answered };
}

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	await import('./service-worker');
});
afterAll(() => {
	vi.unstubAllGlobals();
});

describe('the service worker and the public lists', () => {
	const lists = [
		'https://openrouter.ai/api/v1/models',
		'https://models.dev/api.json',
		'https://models.dev/api.json?fresh=1'
	];
	for (const url of lists) {
		it(`leaves ${url} to the network: no route answers it`, () => {
			const { event, answered } = fetchEvent(url);
			scope.dispatchEvent(event);
			expect(answered()).toBe(false);
			expect(routed).not.toContain(url);
		});
	}

	const own = [
		'http://localhost:4173/_app/immutable/entry/app.js',
		'http://localhost:4173/?lang=ar'
	];
	for (const url of own) {
		it(`routes the app’s own ${new URL(url).pathname} as before`, () => {
			const { event, answered } = fetchEvent(url);
			scope.dispatchEvent(event);
			expect(answered()).toBe(true);
			expect(routed).toContain(url);
		});
	}
});
