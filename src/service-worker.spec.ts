/**
 * The service worker's routing, with Workbox stood in for by a router that answers every fetch
 * it sees (as a runtime route for any URL would): the public lists' requests never reach it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NavigationRoute } from 'workbox-routing';
import { answersNavigation, NAVIGATION_DENYLIST } from '$lib/pwa/navigation';
import { OPEN_TIME_LIMIT_MS } from '$lib/storage/database';

/** The URLs the stand-in router was asked to answer. */
const routed: string[] = [];
const scope = new EventTarget() as EventTarget & {
	__WB_MANIFEST: unknown[];
	registration: { active: object | null };
};
scope.__WB_MANIFEST = [];
scope.registration = { active: null };

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
const seeding = vi.hoisted(() => ({
	opened: 0,
	closed: 0,
	fail: false,
	hang: false,
	seeded: [] as unknown[]
}));
vi.mock('$lib/storage/db', () => ({
	ChooserDb: class {
		async open() {
			seeding.opened++;
			if (seeding.hang) await new Promise(() => {});
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

/**
 * Installs and activates the worker (after `active`, when one ran before) and waits for what it
 * asked to wait for; gives how many things it waited for.
 */
async function installAndActivate(active: object | null = null): Promise<number> {
	scope.registration.active = active;
	scope.dispatchEvent(new Event('install'));
	const waits: Promise<unknown>[] = [];
	scope.dispatchEvent(
		Object.assign(new Event('activate'), { waitUntil: (p: Promise<unknown>) => waits.push(p) })
	);
	await Promise.all(waits);
	return waits.length;
}

describe('the service worker and the stored catalogue', () => {
	it('puts the shipped catalogue into IndexedDB when it takes over, and closes the database', async () => {
		const { shippedCatalogue } = await import('$lib/catalogue/shipped');
		expect(await installAndActivate()).toBe(1);
		expect(seeding.seeded).toEqual([shippedCatalogue]);
		expect([seeding.opened, seeding.closed]).toEqual([1, 1]);
	});

	it('takes over all the same when storage refuses: the page opens it at its first write', async () => {
		seeding.fail = true;
		expect(await installAndActivate()).toBe(1);
		expect(seeding.seeded).toHaveLength(1);
		expect([seeding.opened, seeding.closed]).toEqual([2, 2]);
		seeding.fail = false;
	});

	it('takes over within the open time limit when storage never answers', async () => {
		vi.useFakeTimers();
		try {
			seeding.hang = true;
			let done = false;
			const activated = installAndActivate().then(() => (done = true));
			await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1);
			expect(done).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
			await activated;
			expect(seeding.closed).toBe(3);
		} finally {
			seeding.hang = false;
			vi.useRealTimers();
		}
	});

	it('a later version leaves the database to the pages: it never waits on one another tab holds', async () => {
		expect(await installAndActivate({})).toBe(0);
		expect(seeding.opened).toBe(3);
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
