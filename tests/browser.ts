/**
 * Headless Chromium for the end-to-end tests: the system's own. A test gets a fresh profile, or a
 * fresh browser context (as empty as a profile: its own storage, cache and service workers) in
 * the one Chromium its file starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	chromium,
	type BrowserContext,
	type BrowserContextOptions,
	type Browser as Chromium,
	type Page,
	type Route
} from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js';
import { followRequests } from '../scripts/first-visit.js';
import { openExisting } from '../src/lib/storage/open-existing';

export { chromiumPath };

export type Browser = {
	context: BrowserContext;
	page: Page;
	/** Errors the page threw or logged; tests assert there are none. */
	errors: string[];
	/** Warnings the page logged (`console.warn`, and the browser's own about the page). */
	warnings: string[];
	close(): Promise<void>;
};

/** Each open page's requests in flight, for `settled`. */
const followed = new WeakMap<Page, ReturnType<typeof followRequests>>();
const follow = (page: Page) => followed.set(page, followRequests(page));

/** The window size of every test's browser unless it asks for another (CSS pixels). */
const VIEWPORT = { width: 1280, height: 800 };

/**
 * `context` with `page` watched: the page's requests followed (for `settled`), and every error
 * it throws or logs, and every warning it logs, collected; `close` ends it all.
 */
function watched(context: BrowserContext, page: Page, close: () => Promise<void>): Browser {
	const errors: string[] = [];
	const warnings: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return { context, page, errors, warnings, close };
}

/**
 * Chromium runs here with --disable-gpu: WebGPU can give no adapter, and Chromium warns at each
 * ask. The pages see a browser without WebGPU (as many are), so a warning is the app's; a test
 * that wants Chromium's own WebGPU deletes this `navigator.gpu` in its own init script.
 */
const withoutWebGpu = (context: BrowserContext) =>
	context.addInitScript(() =>
		Object.defineProperty(navigator, 'gpu', { configurable: true, value: undefined })
	);

/**
 * Launches Chromium with a new empty profile on disk; `close()` ends Chromium and removes the
 * profile. For a test that needs a profile of its own: one whose storage is on disk, as a
 * person's is, or a timing of the browser's work.
 */
export async function launch(
	options: Omit<LaunchOptions, 'executablePath' | 'headless' | 'args'> = {}
): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'chooser-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		...options
	});
	await withoutWebGpu(context);
	context.pages().forEach(follow);
	context.on('page', follow);
	const page = context.pages()[0] ?? (await context.newPage());
	return watched(context, page, async () => {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	});
}

/** This test file's Chromium, started at its first use (`sharedChromium`). */
let shared: Promise<Chromium> | undefined;

/** This test file's one Chromium: started at the first call, the same one after. */
const sharedChromium = () =>
	(shared ??= chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS
	}));

/** Ends this test file's Chromium, if it started one. */
async function closeSharedChromium(): Promise<void> {
	const started = shared;
	shared = undefined;
	await (await started)?.close();
}

/**
 * Ends this test file's Chromium (`openContext`'s) after the file's tests. `browserPerTest` calls
 * it; a file that opens contexts only itself (`openContext` in a `beforeAll`, closed by its own
 * `afterAll`) calls it at its top.
 */
export function chromiumPerFile(): void {
	afterAll(closeSharedChromium);
}

/**
 * Opens a new browser context, with one page, in this test file's Chromium: a fresh profile
 * of its own as far as the app can tell (no storage, cache, cookies or service worker of another
 * context), which `close()` discards. Starting one takes a fraction of a launch.
 */
export async function openContext(options: BrowserContextOptions = {}): Promise<Browser> {
	const context = await (await sharedChromium()).newContext({ viewport: VIEWPORT, ...options });
	await withoutWebGpu(context);
	context.on('page', follow);
	const page = await context.newPage();
	return watched(context, page, () => context.close());
}

/**
 * Waits until the app has started and the chooser shows the answer of its own inputs (the link's
 * or the remembered ones), not the prerendered default (`data-pending`, set by app.html).
 */
export const chooserReady = (page: Page) =>
	page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-started') &&
			!document.documentElement.hasAttribute('data-pending')
	);

/**
 * Waits until the service worker controls the page and the app says it is ready to work offline
 * (in English): every file it stores for offline use is stored.
 */
export async function workerReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.getByText('Ready to work offline.').waitFor();
}

/**
 * Waits until the page has settled: the app has started and shows its own answer in its own
 * language (nothing held back by app.html), storage has answered and the person's lists are read
 * (`data-storage`, set by the root layout), Settings shows its parts that load after the page,
 * and nothing that set off is still loading.
 */
export async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const root = document.documentElement;
		return (
			root.hasAttribute('data-started') &&
			root.hasAttribute('data-storage') &&
			!root.hasAttribute('data-pending') &&
			!root.hasAttribute('data-lang-pending') &&
			// The answer's prerendered cards, hydrated after the start (hydrate-later.ts).
			!root.hasAttribute('data-cards-waiting') &&
			// Settings' parts that come after the page: what storage holds, and the latest lists.
			(location.pathname !== '/settings' ||
				(document.querySelector('[data-persisted]') !== null &&
					document.getElementById('lists-title') !== null))
		);
	});
	await followed.get(page)?.quiet();
}

/** Every record of each object store of an IndexedDB database, by store. */
type Stores = Record<string, Record<string, unknown>[]>;

/**
 * Every record of every object store of `opened` (the database, `undefined` where there is
 * none: `{}`), closing it. Runs in the page, from its source: no imports, no outer names.
 */
async function readStores(opened: Promise<IDBDatabase | undefined>): Promise<Stores> {
	const db = await opened;
	if (!db) return {};
	const names = [...db.objectStoreNames];
	const out: Stores = {};
	if (names.length === 0) {
		db.close();
		return out;
	}
	return new Promise((done, fail) => {
		const tx = db.transaction(names, 'readonly');
		for (const store of names) {
			const request = tx.objectStore(store).getAll();
			request.onsuccess = () => (out[store] = request.result);
		}
		tx.oncomplete = () => {
			db.close();
			done(out);
		};
		tx.onerror = () => {
			db.close();
			fail(tx.error);
		};
	});
}

/**
 * Every record of every object store of an IndexedDB database, read in the page; `{}` for a
 * database that does not exist, which reading never creates: it is opened by the app's own probe
 * (`openExisting`, as its first-visit check does), its source run in the page.
 */
export async function readIndexedDb(page: Page, name: string): Promise<Stores> {
	return page.evaluate<Stores>(
		`(${readStores.toString()})((${openExisting.toString()})(indexedDB, ${JSON.stringify(name)}))`
	);
}

/**
 * Waits until the app's catalogue is in IndexedDB, and returns the records: on a first visit
 * the service worker fills the database when it takes over, on a later one the page does.
 */
export async function waitForSeed(page: Page, name = 'model-chooser'): Promise<Stores> {
	await page.waitForSelector('html[data-storage="indexeddb"]', { state: 'attached' });
	let stores: Stores = {};
	await expect
		.poll(async () => ((stores = await readIndexedDb(page, name)).meta ?? []).length, {
			timeout: 20_000,
			interval: 100,
			message: `the app's catalogue in IndexedDB "${name}"`
		})
		.toBeGreaterThan(0);
	return stores;
}

/** What a test asks of its browser: a context's options, and `profile` (see `browserPerTest`). */
export type OpenOptions = BrowserContextOptions & { profile?: boolean };

/**
 * A test file's browsers: `open()` opens a fresh browser context (`openContext`) in the file's
 * one Chromium; with `profile: true` (for the whole file, or for one call) it launches a Chromium
 * with a fresh profile on disk instead (`launch`), for a test that times the browser's storage.
 * Every one is closed after each test, and the file's Chromium after its tests. Call at the top
 * of a test file.
 */
export function browserPerTest(
	defaults: { profile?: boolean } = {}
): (options?: OpenOptions) => Promise<Browser> {
	let open: Browser[] = [];
	afterEach(async () => {
		await Promise.all(open.map((b) => b.close()));
		open = [];
	});
	chromiumPerFile();
	return async ({ profile = defaults.profile ?? false, ...options } = {}) => {
		const browser = await (profile ? launch(options) : openContext(options));
		open.push(browser);
		return browser;
	};
}

/**
 * Holds back every script of the app in `context` (the page is its prerendered HTML, usable but
 * not started, as on a slow phone) until `release()`.
 */
export async function holdScripts(context: BrowserContext) {
	const held: Route[] = [];
	let released = false;
	await context.route('**/_app/**/*.js', (route) =>
		released ? route.continue() : void held.push(route)
	);
	return async () => {
		released = true;
		await Promise.all(held.map((route) => route.continue()));
	};
}
