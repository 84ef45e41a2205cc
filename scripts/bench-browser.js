/**
 * Browser figures for `npm run bench`: the built app served like a static host (gzip), driven
 * in headless Chromium with a fresh profile each run.
 *   - JavaScript and CSS each page itself requests on a first visit (gzip -9 of each file), and
 *     what the service worker precaches on its own
 *   - importing 300, 5,000 and 30,000 entries (an OpenRouter list) and the IndexedDB it uses
 *   - an input change on the chooser to updated results, at those sizes
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openRouterList, SIZES } from './bench-lists.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { FIRST_VISIT_PAGES, firstVisit, gzipSize } from './first-visit.js';

/** Runs `work` in a fresh profile and closes it. */
async function withBrowser(work) {
	const profile = mkdtempSync(join(tmpdir(), 'chooser-bench-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		args: CHROMIUM_ARGS
	});
	try {
		return await work(context, context.pages()[0] ?? (await context.newPage()));
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

/** Waits until the app has started. */
const started = (page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));

/**
 * Measures the served app at `base`, `runs` times each. Gives `samples`: figure → values, with
 * `unit` ('bytes' or 'ms') and, for the costs that grow with the catalogue, `size` (the figure's
 * name then ends in `#size`).
 */
export async function browserFigures(base, runs) {
	const samples = new Map();
	const add = (name, unit, value, size) => {
		const key = size === undefined ? name : `${name}#${size}`;
		const entry = samples.get(key) ?? { unit, size, values: [] };
		entry.values.push(value);
		samples.set(key, entry);
	};

	// 1. What the worker precaches on its own, as its manifest lists it (gzip -9, as served).
	const urls = [...readFileSync('build/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)];
	const file = (url) => (url === '/' ? 'index.html' : /\.\w+$/.test(url) ? url : `${url}.html`);
	const precache = urls.reduce((total, [, url]) => total + gzipSize(file(url)), 0);
	add(`service worker precache (${urls.length} files)`, 'bytes', precache);

	// What each page itself asks for on a first visit (the same bytes every run: one run).
	for (const path of FIRST_VISIT_PAGES) {
		{
			await withBrowser(async (context, page) => {
				const { scripts, sheets, inlineCss } = await firstVisit(page, base, path);
				const js = scripts.reduce((total, p) => total + gzipSize(p), 0);
				const css = sheets.reduce((total, p) => total + gzipSize(p), inlineCss);
				add(`JS the page requests, ${path}`, 'bytes', js);
				add(`CSS the page requests or inlines, ${path}`, 'bytes', css);
			});
		}
	}

	// 2 and 3. Importing lists of each size, the storage they take, and the chooser at that size.
	for (const n of SIZES) {
		for (let i = 0; i < runs; i++) {
			await withBrowser(async (context, page) => {
				await page.goto(`${base}/settings`);
				await started(page);
				await page.waitForFunction(async () => (await indexedDB.databases()).length > 0);
				const usage = () =>
					page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
				const before = await usage();
				const buffer = Buffer.from(JSON.stringify(openRouterList(n)));
				// Timed in the page, from the file input's change to the status that says it is done:
				// handing the file to the page (Playwright's own transfer) is not the app's time.
				await page.evaluate(() => {
					const marks = /** @type {{ start?: number, end?: number }} */ ({});
					Object.assign(window, { __import: marks });
					document.addEventListener('change', () => (marks.start = performance.now()), {
						capture: true,
						once: true
					});
					new MutationObserver((_, observer) => {
						if (/Imported .* from OpenRouter|Nothing was changed/.test(document.body.innerText)) {
							marks.end = performance.now();
							observer.disconnect();
						}
					}).observe(document.body, { childList: true, subtree: true, characterData: true });
				});
				await page
					.getByLabel('Import', { exact: true })
					.setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer });
				const said = page.getByText(/Imported .* from OpenRouter|Nothing was changed/);
				await said.waitFor({ timeout: 120_000 });
				await page.waitForFunction(() => window.__import.end !== undefined);
				const took = await page.evaluate(() => window.__import.end - window.__import.start);
				add('import into IndexedDB (one transaction)', 'ms', took, n);
				const text = await said.textContent();
				if (!text?.startsWith('Imported')) throw new Error(`The import was refused: ${text}`);
				await page.waitForTimeout(500);
				add('IndexedDB used by the imported entries', 'bytes', (await usage()) - before, n);

				await page.goto(`${base}/`);
				await started(page);
				// The stored catalogue has arrived when the recommendations count the imported offers.
				const counted = () =>
					page.evaluate(() =>
						Number(document.querySelector('.option-list .count')?.textContent?.replace(/\D/g, ''))
					);
				for (let waited = 0; (await counted()) < n; waited += 250) {
					if (waited > 120_000)
						throw new Error(`The chooser never showed the ${n} imported offers`);
					await page.waitForTimeout(250);
				}
				for (const device of ['Phone', 'Computer with a graphics card', 'Not chosen']) {
					const t = await page.evaluate(async (name) => {
						const radio = [...document.querySelectorAll('input[type=radio]')].find(
							(r) => r.closest('label')?.textContent?.trim() === name
						);
						const start = performance.now();
						radio.click();
						// Updated results are on screen once the frame after the change has been drawn.
						await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
						return performance.now() - start;
					}, device);
					add('input change → updated results', 'ms', t, n);
				}
			});
		}
	}
	return samples;
}
