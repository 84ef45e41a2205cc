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
/** The database the worker opens to seed, and what seeding did. */
const seeding = vi.hoisted(() => ({ opened: 0, closed: 0, fail: false, seeded: [] as unknown[] }));
vi.mock('$lib/storage/db', () => ({
	ChooserDb: class {
		async open() {
			seeding.opened++;
			if (seeding.fail)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		close() {
			seeding.closed++;
		}
	}
}));
vi.mock('$lib/storage/catalogue-store', () => ({
	seedCatalogue: vi.fn(async (_db: unknown, catalogue: unknown) => {
		seeding.seeded.push(catalogue);
		return 'seeded';
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

/** Dispatches the worker's `activate` and waits for what it asked to wait for. */
async function activate(): Promise<void> {
	const waits: Promise<unknown>[] = [];
	scope.dispatchEvent(
		Object.assign(new Event('activate'), { waitUntil: (p: Promise<unknown>) => waits.push(p) })
	);
	expect(waits).toHaveLength(1);
	await Promise.all(waits);
}

describe('the service worker and the stored catalogue', () => {
	it('puts the shipped catalogue into IndexedDB when it takes over, and closes the database', async () => {
		const { shippedCatalogue } = await import('$lib/catalogue/shipped');
		await activate();
		expect(seeding.seeded).toEqual([shippedCatalogue]);
		expect([seeding.opened, seeding.closed]).toEqual([1, 1]);
	});

	it('takes over all the same when storage refuses: the page opens it at its first write', async () => {
		seeding.fail = true;
		await activate();
		expect(seeding.seeded).toHaveLength(1);
		expect([seeding.opened, seeding.closed]).toEqual([2, 2]);
		seeding.fail = false;
	});
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
