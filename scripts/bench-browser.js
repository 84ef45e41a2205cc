/**
 * Browser figures for `npm run bench`: the built app served like a static host (gzip), driven
 * in headless Chromium with a fresh profile each run.
 *   - JavaScript and CSS each page itself requests on a first visit (gzip -9 of each file), and
 *     what the service worker precaches on its own
 *   - importing OpenRouter lists of 300, 5,000 and 30,000 entries and a models.dev list of 5,276
 *     (seeded, `bench-lists.js`) through Settings as a person does — pick the file, see the
 *     preview, press Import — and the IndexedDB it uses
 *   - an input change on the chooser to updated results, at those sizes
 *   - the catalogue page (`/models`) at those sizes: from its address to the imported list shown,
 *     a search keystroke to the updated list, and the longest task of each (the page is blocked
 *     that long)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MODELS_DEV_SIZE, modelsDevList, openRouterList, SIZES } from './bench-lists.js';
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
	await context.addInitScript(watchThePage);
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
 * Notes every long task (over 50 ms) of the page in `window.__longTasks` as [start, duration], and
 * when the catalogue page first counts more than `window.__modelsAbove` models, in
 * `window.__modelsShown`: added to every page of a context before its scripts run.
 */
function watchThePage() {
	const w = /** @type {any} */ (window);
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	const models = () =>
		Number(
			document
				.querySelector('.count')
				?.textContent?.match(/[\d,]+/)?.[0]
				?.replace(/,/g, '')
		);
	document.addEventListener('DOMContentLoaded', () => {
		new MutationObserver((_, observer) => {
			if (w.__modelsAbove !== undefined && models() > w.__modelsAbove) {
				w.__modelsShown = performance.now();
				observer.disconnect();
			}
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

/** The longest task the page ran from `since` (a `performance.now()`), in ms; 0 when none. */
const longestTask = (page, since) =>
	page.evaluate(
		(from) =>
			Math.max(
				0,
				.../** @type {[number, number][]} */ (/** @type {any} */ (window).__longTasks)
					.filter(([start]) => start >= from)
					.map(([, duration]) => duration)
			),
		since
	);

/**
 * The catalogue page with `shown` models or more stored: from its address to that many models
 * counted (the imported list on screen), the longest task meanwhile, then a search keystroke to
 * the updated list drawn, and its longest task.
 */
async function catalogueFigures(page, base, above) {
	await page.addInitScript((n) => /** @type {any} */ (window.__modelsAbove = n), above);
	await page.goto(`${base}/models`);
	await page.waitForFunction(() => /** @type {any} */ (window).__modelsShown !== undefined, null, {
		timeout: 120_000
	});
	// Whatever the page still does once the list is shown counts too.
	await page.waitForTimeout(500);
	const show = await page.evaluate(() => /** @type {any} */ (window).__modelsShown);
	const showLongest = await longestTask(page, 0);
	const keystroke = await page.evaluate(async () => {
		const input = /** @type {HTMLInputElement} */ (document.querySelector('#q'));
		const start = performance.now();
		input.value = 'qwen';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		// The updated list is on screen once the frame after the change has been drawn.
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
		return { start, took: performance.now() - start };
	});
	await page.waitForTimeout(300);
	return {
		show,
		showLongest,
		keystroke: keystroke.took,
		keystrokeLongest: await longestTask(page, keystroke.start)
	};
}

/** How many recommendations the chooser counts on the page it shows. */
const counted = (page) =>
	page.evaluate(() =>
		Number(document.querySelector('.option-list .count')?.textContent?.replace(/\D/g, ''))
	);

/** How long the file dialog is open before a file is picked in it: a quick person's second. */
const PICKING_MS = 1000;

/**
 * Imports a list through Settings as a person does: opens the file dialog, picks the file, waits
 * for the preview, presses Import, waits for the message. Timed in the page (handing the file to the page is Playwright's
 * own transfer, and the pause before the press is the person's): from the file input's change to
 * the preview, and from the press to the message that says it is stored. Gives both, their sum,
 * and the message.
 */
async function importList(page, name, list) {
	const buffer = Buffer.from(JSON.stringify(list));
	await page.evaluate(() => {
		const marks =
			/** @type {{ start?: number, preview?: number, press?: number, end?: number }} */ ({});
		Object.assign(window, { __import: marks });
		document.addEventListener('change', () => (marks.start = performance.now()), {
			capture: true,
			once: true
		});
		document.addEventListener(
			'click',
			(event) => {
				const button = /** @type {Element} */ (event.target).closest('button');
				if (button?.textContent?.trim() === 'Import') marks.press = performance.now();
			},
			{ capture: true }
		);
		new MutationObserver((_, observer) => {
			// What an earlier import left on screen does not count: the preview follows the pick,
			// the message the press.
			if (marks.start === undefined) return;
			const text = document.body.innerText;
			if (marks.preview === undefined && /(?:models?|entry|entries) found/.test(text)) {
				marks.preview = performance.now();
			}
			if (marks.press !== undefined && /Imported .* from |Nothing was changed/.test(text)) {
				marks.end = performance.now();
				observer.disconnect();
			}
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
	});
	// As a person does: a press on the control opens the file dialog, and a file is picked in it a
	// moment later (the page may get ready meanwhile; the time counts from the pick).
	const dialog = page.waitForEvent('filechooser');
	await page.getByLabel('Import', { exact: true }).click();
	const chooser = await dialog;
	await page.waitForTimeout(PICKING_MS);
	// Handing over a file of tens of MB takes Playwright a while on a busy machine.
	await chooser.setFiles({ name, mimeType: 'application/json', buffer }, { timeout: 120_000 });
	// The preview is a region named by its summary ("5,276 models found: …"), with its own Import
	// button; a refused file gets an alert instead.
	const preview = page.getByRole('region', { name: /found/ });
	const refused = page.getByRole('alert');
	await preview.or(refused).first().waitFor({ timeout: 120_000 });
	if (await refused.isVisible())
		throw new Error(`The list was refused: ${await refused.textContent()}`);
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	const said = page.getByText(/Imported .* from |Nothing was changed/);
	await said.waitFor({ timeout: 120_000 });
	await page.waitForFunction(() => window.__import.end !== undefined);
	const { start, preview: shown, press, end } = await page.evaluate(() => window.__import);
	const text = (await said.textContent()) ?? '';
	if (!text.startsWith('Imported')) throw new Error(`The import was refused: ${text}`);
	return {
		toPreview: shown - start,
		toStored: end - press,
		total: shown - start + (end - press),
		text
	};
}

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
				// The chooser's count on the shipped catalogue, to know when the imported one arrives.
				await page.goto(`${base}/`);
				await started(page);
				const shipped = await counted(page);
				// And the catalogue page's count of shipped models.
				await page.goto(`${base}/models`);
				await started(page);
				const shippedModels = await page.evaluate(() =>
					Number(document.querySelector('.count')?.textContent?.match(/[\d,]+/)?.[0])
				);
				await page.goto(`${base}/settings`);
				await started(page);
				await page.waitForFunction(async () => (await indexedDB.databases()).length > 0);
				const usage = () =>
					page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
				const before = await usage();
				const took = await importList(page, 'openrouter.json', openRouterList(n));
				add('import into IndexedDB (one transaction)', 'ms', took.total, n);
				add('import: the file to its preview', 'ms', took.toPreview, n);
				add('import: Import to stored', 'ms', took.toStored, n);
				// Chromium counts what IndexedDB holds some time after the write has committed, and no
				// event says when: the pause is part of how this figure is measured, not a wait for the app.
				await page.waitForTimeout(500);
				add('IndexedDB used by the imported entries', 'bytes', (await usage()) - before, n);

				await page.goto(`${base}/`);
				await started(page);
				// The stored catalogue has arrived when the recommendations count more than the shipped.
				await page
					.waitForFunction(
						(least) =>
							Number(
								document.querySelector('.option-list .count')?.textContent?.replace(/\D/g, '')
							) > least,
						shipped,
						{ timeout: 120_000 }
					)
					.catch(() => {
						throw new Error(`The chooser never showed the ${n} imported entries`);
					});
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

				// The catalogue page: its shipped models and more are the imported list on screen.
				const models = await catalogueFigures(page, base, shippedModels);
				add('/models show, the address to the list', 'ms', models.show, n);
				add('/models show, longest task', 'ms', models.showLongest, n);
				add('/models keystroke → updated list', 'ms', models.keystroke, n);
				add('/models keystroke, longest task', 'ms', models.keystrokeLongest, n);
			});
		}
	}

	// 4. A models.dev list of 5,276 entries (90 hosts, a few broken entries), the same way.
	for (let i = 0; i < runs; i++) {
		await withBrowser(async (context, page) => {
			await page.goto(`${base}/settings`);
			await started(page);
			await page.waitForFunction(async () => (await indexedDB.databases()).length > 0);
			const took = await importList(page, 'api.json', modelsDevList());
			add('import into IndexedDB, models.dev list', 'ms', took.total, MODELS_DEV_SIZE);
			add(
				'import: the file to its preview, models.dev list',
				'ms',
				took.toPreview,
				MODELS_DEV_SIZE
			);
			add('import: Import to stored, models.dev list', 'ms', took.toStored, MODELS_DEV_SIZE);
		});
	}
	return samples;
}
