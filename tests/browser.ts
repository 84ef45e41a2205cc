/** Headless Chromium for the end-to-end tests: the system's own, a fresh profile each time. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js';
import { followRequests } from '../scripts/first-visit.js';

export { chromiumPath };

export type Browser = {
	context: BrowserContext;
	page: Page;
	/** Errors the page threw or logged; tests assert there are none. */
	errors: string[];
	close(): Promise<void>;
};

/** Each open page's requests in flight, for `settled`. */
const followed = new WeakMap<Page, ReturnType<typeof followRequests>>();
const follow = (page: Page) => followed.set(page, followRequests(page));

/** Launches Chromium with a new empty profile; `close()` removes the profile. */
export async function launch(
	options: Omit<LaunchOptions, 'executablePath' | 'headless' | 'args'> = {}
): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'chooser-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 800 },
		...options
	});
	context.pages().forEach(follow);
	context.on('page', follow);
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	return {
		context,
		page,
		errors,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
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
			// Settings' parts that come after the page: what storage holds, and the latest lists.
			(location.pathname !== '/settings' ||
				(document.querySelector('[data-persisted]') !== null &&
					document.getElementById('lists-title') !== null))
		);
	});
	await followed.get(page)?.quiet();
}

/**
 * Every record of every object store of an IndexedDB database, read in the page; `{}` for a
 * database that does not exist, which reading never creates (its creation is aborted, as the
 * app's own first-visit check does: a database made here would not be the app's).
 */
export async function readIndexedDb(
	page: Page,
	name: string
): Promise<Record<string, Record<string, unknown>[]>> {
	return page.evaluate(
		(dbName) =>
			new Promise<Record<string, Record<string, unknown>[]>>((done, fail) => {
				const open = indexedDB.open(dbName);
				let absent = false;
				open.onupgradeneeded = () => {
					absent = true;
					open.transaction?.abort();
				};
				open.onerror = (event) => {
					event.preventDefault();
					if (absent) done({});
					else fail(open.error);
				};
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const out: Record<string, Record<string, unknown>[]> = {};
					// Closed either way: a connection left open would block the app's own upgrade.
					if (names.length === 0) {
						db.close();
						return done(out);
					}
					const tx = db.transaction(names, 'readonly');
					for (const store of names) {
						const request = tx.objectStore(store).getAll();
						request.onsuccess = () => (out[store] = request.result);
					}
					tx.oncomplete = () => {
						db.close();
						done(out);
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		name
	);
}

/**
 * Waits until the app's catalogue is in IndexedDB, and returns the records: on a first visit
 * the service worker fills the database when it takes over, on a later one the page does.
 */
export async function waitForSeed(
	page: Page,
	name = 'model-chooser'
): Promise<Record<string, Record<string, unknown>[]>> {
	await page.waitForSelector('html[data-storage="indexeddb"]', { state: 'attached' });
	let stores: Record<string, Record<string, unknown>[]> = {};
	await expect
		.poll(async () => ((stores = await readIndexedDb(page, name)).meta ?? []).length, {
			timeout: 20_000,
			interval: 100,
			message: `the app's catalogue in IndexedDB "${name}"`
		})
		.toBeGreaterThan(0);
	return stores;
}

/**
 * A test file's browsers: `open()` launches one with a fresh profile; every one is closed
 * after each test. Call at the top of a test file.
 */
export function browserPerTest(): (options?: Parameters<typeof launch>[0]) => Promise<Browser> {
	let open: Browser[] = [];
	afterEach(async () => {
		await Promise.all(open.map((b) => b.close()));
		open = [];
	});
	return async (options) => {
		const browser = await launch(options);
		open.push(browser);
		return browser;
	};
}
