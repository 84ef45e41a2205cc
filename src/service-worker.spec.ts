/**
 * The service worker's routing, with Workbox stood in for by a router that answers every fetch
 * it sees (as a runtime route for any URL would): the public lists' requests never reach it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NavigationRoute } from 'workbox-routing';
import { answersNavigation, NAVIGATION_DENYLIST } from '$lib/pwa/navigation';

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

describe('the navigation fallback', () => {
	it('is told the denylist', () => {
		expect(NavigationRoute).toHaveBeenCalledOnce();
		expect(vi.mocked(NavigationRoute).mock.calls[0]?.[1]).toEqual({
			denylist: [...NAVIGATION_DENYLIST]
		});
	});

	const cases: { path: string; answers: boolean }[] = [
		{ path: '/', answers: true },
		{ path: '/?device=gpu&budget=0', answers: true },
		{ path: '/models', answers: true },
		{ path: '/models/', answers: true },
		{ path: '/models/a-model-i-added', answers: true },
		{ path: '/models/gpt-4.1', answers: true },
		{ path: '/models/llama-3.1-8b/', answers: true },
		{ path: '/models/gpt-4.1?from=share', answers: true },
		{ path: '/compare?ids=gpt-4.1,o3', answers: true },
		{ path: '/models?q=gpt-4.1', answers: true },
		{ path: '/settings?x=a.png', answers: true },
		{ path: '/.well-known/security.txt', answers: false },
		{ path: '/.well-known/assetlinks.json?x=1', answers: false },
		{ path: '/.well-known', answers: false },
		{ path: '/sw.js', answers: false },
		{ path: '/sw.js?v=2', answers: false },
		{ path: '/foo.png', answers: false },
		{ path: '/robots.txt', answers: false },
		{ path: '/icons/missing.svg?x=1', answers: false },
		{ path: '/models/gpt-5/card.pdf', answers: false },
		{ path: '/_app/version.json', answers: false }
	];
	for (const { path, answers } of cases) {
		it(`${answers ? 'answers' : 'leaves to the server'} ${path}`, () => {
			expect(answersNavigation(new URL(path, 'https://chooser.example'))).toBe(answers);
		});
	}
});
