/**
 * The big public lists through Settings, as a person imports them (PRODUCT.md §10): a models.dev
 * `api.json` of 5,276 entries over 90 hosts (three entries broken) and an OpenRouter list of
 * 364, together and in either order, each order in a fresh profile. Each import is picked, shown
 * as a preview of its entries and what they make ("5,276 entries found: 5,273 ready, 3 skipped —
 * they make 1,705 models (5 already in the catalogue) and 6,006 ways to use them"), imported with
 * its Import button, and said: its new models, and the ways to use models already in the
 * catalogue ("Imported 1,700 models (5,973 ways to use them) from models.dev, and added 33 ways to
 * use 5 models already in the catalogue; 3 skipped."); the
 * test then reads IndexedDB back and looks for the models on /models. How long each import
 * takes is printed, for the record.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shippedCatalogue } from '../src/lib/catalogue/shipped';
import { FIRST_ROWS, ROW_STEP } from '../src/lib/components/row-window';
import { browserPerTest, waitForSeed } from './browser';
import { listText, modelsDevList, openRouterList } from './lists';
import { runsAlone } from './turns';

// Times the import of big lists: with no other file on the cores.
runsAlone();

const base = inject('baseURL');
// Its figures are of the storage a person has: a profile on disk for each test.
const open = browserPerTest({ profile: true });
const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
const number = (n: number) => n.toLocaleString('en');

type List = {
	name: string;
	file: string;
	text: string;
	/** The preview's summary, first and second: what is already in the catalogue differs. */
	summary: [first: string, second: string];
	/**
	 * The message once imported, first and second: the second list's models are mostly the
	 * first's, and it also makes the "on your device" offers of its models the first says are
	 * open (see big-lists.spec.ts, which counts both orders).
	 */
	said: [first: string, second: string];
};
const LISTS: Record<'modelsDev' | 'openRouter', List> = {
	modelsDev: {
		name: 'models.dev',
		file: 'api.json',
		text: listText(modelsDevList()),
		summary: [
			'5,276 entries found: 5,273 ready, 3 skipped — they make 1,705 models (5 already in the catalogue) and 6,006 ways to use them',
			'5,276 entries found: 5,273 ready, 3 skipped — they make 1,705 models (303 already in the catalogue) and 6,007 ways to use them'
		],
		// Its 5,273 entries, and 733 offers to run an open model yourself (734 after OpenRouter's
		// list, which says LFM 7B is open); 33 entries join 5 shipped models. Second, 303 of its
		// models are OpenRouter's or shipped, with 1,152 of the ways to use them.
		said: [
			'Imported 1,700 models (5,973 ways to use them) from models.dev, and added 33 ways to use 5 models already in the catalogue; 3 skipped.',
			'Imported 1,402 models (4,855 ways to use them) from models.dev, and added 1,152 ways to use 303 models already in the catalogue; 3 skipped.'
		]
	},
	openRouter: {
		name: 'OpenRouter',
		file: 'models.json',
		text: listText(openRouterList()),
		summary: [
			'364 entries found, all ready — they make 307 models (5 already in the catalogue) and 456 ways to use them',
			'364 entries found, all ready — they make 307 models (303 already in the catalogue) and 468 ways to use them'
		],
		// Its 364 entries, and 92 offers to run an open model yourself (104 after models.dev's
		// list, which says 12 more are open); 9 entries join 5 shipped models. Second, all but 4
		// of its models are models.dev's or shipped.
		said: [
			'Imported 302 models (447 ways to use them) from OpenRouter, and added 9 ways to use 5 models already in the catalogue.',
			'Imported 4 models (4 ways to use them) from OpenRouter, and added 464 ways to use 303 models already in the catalogue.'
		]
	}
};

/**
 * The own models and offers both lists leave, whichever comes first (see big-lists.spec.ts): the
 * lists' entries, and one "on your device" offer for each of 734 open models of known size.
 */
const OWN_MODELS = 1700 + 4;
const OWN_OFFERS = 5273 + 364 + 734;

/**
 * How many models and offers of the person's own IndexedDB holds: own rows, and the records of
 * the packs a big write puts them in (`packs.ts`).
 */
const ownCounts = (page: Page) =>
	page.evaluate(async () => {
		const request = indexedDB.open('model-chooser');
		const db = await new Promise<IDBDatabase>((done, fail) => {
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
		const asked = <T>(q: IDBRequest<T>) =>
			new Promise<T>((done, fail) => {
				q.onsuccess = () => done(q.result);
				q.onerror = () => fail(q.error);
			});
		const rows = (table: string) =>
			asked(db.transaction(table).objectStore(table).index('origin').count('own'));
		const packs = (await asked(db.transaction('packs').objectStore('packs').getAll())) as {
			kind: string;
			records: unknown[];
		}[];
		const packed = (kind: string) =>
			packs.filter((p) => p.kind === kind).reduce((n, p) => n + p.records.length, 0);
		const counts = {
			models: (await rows('models')) + packed('models'),
			offers: (await rows('offers')) + packed('offers')
		};
		db.close();
		return counts;
	});

type Marks = { start?: number; preview?: number; press?: number; end?: number };

/**
 * Imports a list as a person does: picks the file, waits for the preview, presses its Import
 * button, waits for the message. Timed in the page: from the file input's change to the preview
 * (reading and checking every entry), and from the press to the message (the one transaction).
 * The wall time, as the test drives it (handing the file over, finding and pressing the button),
 * is given apart, without the checks the test makes while the preview is shown: that it has its
 * Cancel button and that nothing was written yet.
 */
async function importThroughSettings(page: Page, list: List) {
	await page.evaluate(() => {
		const marks: Marks = {};
		Object.assign(window, { __import: marks });
		document.addEventListener('change', () => (marks.start = performance.now()), {
			capture: true,
			once: true
		});
		document.addEventListener(
			'click',
			(event) => {
				const button = (event.target as Element).closest('button');
				if (button?.textContent?.trim() === 'Import') marks.press = performance.now();
			},
			{ capture: true }
		);
		new MutationObserver((_, observer) => {
			// What an earlier import left on screen does not count: the preview follows the pick,
			// the message the press.
			if (marks.start === undefined) return;
			const text = document.body.innerText;
			if (marks.preview === undefined && /entries found/.test(text)) {
				marks.preview = performance.now();
			}
			if (
				marks.press !== undefined &&
				/(?:Imported|Added) .* from |Nothing was changed/.test(text)
			) {
				marks.end = performance.now();
				observer.disconnect();
			}
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
	});
	const before = await ownCounts(page);
	const picked = Date.now();
	await page.getByLabel('Import', { exact: true }).setInputFiles({
		name: list.file,
		mimeType: 'application/json',
		buffer: Buffer.from(list.text)
	});
	// The preview is a region named by its summary; nothing is written until its Import is pressed.
	const preview = page.getByRole('region', { name: /entries found/ });
	const refused = page.getByRole('alert');
	await preview.or(refused).first().waitFor({ timeout: 60_000 });
	const shown = Date.now();
	expect(await refused.count(), (await refused.allTextContents()).join(' ')).toBe(0);
	const summary = (await preview.getByRole('heading').textContent())?.trim();
	expect(await preview.getByRole('button', { name: 'Cancel', exact: true }).count()).toBe(1);
	expect(await ownCounts(page)).toEqual(before);
	const pressed = Date.now();
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	const said = page
		.locator('[role="status"], [role="alert"]')
		.filter({ hasText: /Imported|Added|Nothing was changed/ })
		.first();
	await said.waitFor({ timeout: 120_000 });
	const wall = shown - picked + (Date.now() - pressed);
	await page.waitForFunction(
		() => (window as unknown as { __import: Marks }).__import.end !== undefined
	);
	const marks = await page.evaluate(() => (window as unknown as { __import: Marks }).__import);
	const toPreview = marks.preview! - marks.start!;
	const toStored = marks.end! - marks.press!;
	return {
		summary,
		said: (await said.textContent())?.trim(),
		role: await said.getAttribute('role'),
		toPreview,
		toStored,
		wall
	};
}

const ms = (value: number) => `${number(Math.round(value))} ms`;

describe('big public lists through Settings', () => {
	const orders: [List, List][] = [
		[LISTS.modelsDev, LISTS.openRouter],
		[LISTS.openRouter, LISTS.modelsDev]
	];
	for (const [first, second] of orders) {
		it(`imports ${first.name} then ${second.name} in a fresh profile`, async () => {
			const { page, errors } = await open();
			await page.goto(`${base}/settings`);
			await started(page);
			await waitForSeed(page);
			for (const [i, list] of [first, second].entries()) {
				const took = await importThroughSettings(page, list);
				expect(took.summary).toBe(list.summary[i]);
				expect(took.role).toBe('status');
				expect(took.said).toBe(list.said[i]);
				console.log(
					`[big-lists] ${first.name} then ${second.name}: ${list.name} (${i === 0 ? 'first' : 'second'}) ` +
						`${took.summary}; file → preview ${ms(took.toPreview)}, Import → stored ` +
						`${ms(took.toStored)}, together ${ms(took.toPreview + took.toStored)}; as the test ` +
						`drove it: ${ms(took.wall)}`
				);
			}
			expect(await ownCounts(page)).toEqual({ models: OWN_MODELS, offers: OWN_OFFERS });

			// /models lists the shipped models and every imported one, and finds them by name.
			await page.goto(`${base}/models`);
			await started(page);
			await page.locator('.source[data-source="indexeddb"]').waitFor();
			const models = shippedCatalogue.models.length + OWN_MODELS;
			const offers = shippedCatalogue.offers.length + OWN_OFFERS;
			await page
				.getByRole('status')
				.filter({
					hasText: `${number(models)} models and ${number(offers)} ways to use them`
				})
				.waitFor();
			const table = page.getByRole('table', { name: 'Models' });
			// A star far down a long list keeps the rows the person opened, and the page where it was.
			const rows = table.locator('tbody > tr');
			await expect.poll(() => rows.count()).toBe(FIRST_ROWS);
			await page
				.getByRole('button', { name: /^Show 200 more/ })
				.first()
				.click();
			await expect.poll(() => rows.count()).toBe(FIRST_ROWS + ROW_STEP);
			const star = rows.nth(FIRST_ROWS + 50).getByRole('button', { name: /^Favourite/ });
			await star.scrollIntoViewIfNeeded();
			const scrolled = await page.evaluate(() => scrollY);
			await star.click();
			await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
			expect(await rows.count()).toBe(FIRST_ROWS + ROW_STEP);
			expect(await page.evaluate(() => scrollY)).toBe(scrolled);
			const found: [string, string][] = [
				['kimi k2.6', 'Kimi K2.6'], // in both lists
				['ernie 5 424b', 'Ernie 5 424B A47B'], // models.dev's only
				['inflection', 'Inflection 3 Pi'], // OpenRouter's only
				['gpt4o', 'GPT-4o'], // typed without its dash
				['deepseekr1', 'DeepSeek (R1 / V3)'], // without its spaces and brackets
				['GPT-\u20604o', 'GPT-4o'], // as copied from the app's own page, a word joiner in it
				['GPT\u20114o', 'GPT-4o'], // a non-breaking hyphen, as a word processor writes it
				['deep seek r1', 'DeepSeek (R1 / V3)'] // one word of the name typed as two
			];
			for (const [query, name] of found) {
				await page.goto(`${base}/models?q=${encodeURIComponent(query)}`);
				await table.getByRole('rowheader', { name }).first().waitFor();
			}

			// A model's page offers the others to compare with: a page of them (a select of all
			// took seconds to draw), and a search for the rest, whose first match Enter takes.
			await page.goto(`${base}/models/gpt-4o`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-storage'));
			const compareWith = page.getByRole('combobox', { name: 'Compare with…' });
			await expect.poll(() => compareWith.locator('option').count()).toBe(201);
			await expect
				.poll(() =>
					page
						.getByRole('status')
						.filter({ hasText: /^Listed: the first 200 of / })
						.count()
				)
				.toBe(1);
			const find = page.getByRole('searchbox', { name: 'Find a model' });
			await find.fill('inflection 3');
			await expect.poll(() => compareWith.inputValue()).toMatch(/inflection/);
			await find.press('Enter');
			await page.waitForURL(/\/compare\?ids=gpt-4o,[a-z0-9.-]*inflection/);
			await page.getByRole('columnheader', { name: /^Inflection 3/ }).waitFor();
			const add = page.getByRole('combobox', { name: 'Add a model' });
			await expect.poll(() => add.locator('option').count()).toBe(201);
			// Compare's own picker: Enter in its search box adds the first match, and the keyboard
			// stays in the box for the next search.
			const more = page.getByRole('searchbox', { name: 'Find a model' });
			await more.fill('kimi k2.6');
			await expect.poll(() => add.inputValue()).toMatch(/kimi/);
			await more.press('Enter');
			await page.getByRole('columnheader', { name: /^Kimi K2\.6/ }).waitFor();
			await expect
				.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type))
				.toBe('search');
			// The search is emptied and nothing chosen: a second Enter adds no other Kimi.
			await expect.poll(() => more.inputValue()).toBe('');
			expect(await add.inputValue()).toBe('');
			await expect.poll(() => add.locator('option').count()).toBe(201);
			// A Latin name spelled in Arabic letters, as an Arabic speaker types it, finds it here too.
			await more.fill('ديب سيك');
			await expect.poll(() => add.inputValue()).toMatch(/deepseek/);
			await more.press('Enter');
			await page.getByRole('columnheader', { name: /^DeepSeek/ }).waitFor();
			expect(errors).toEqual([]);
		}, 300_000);
	}
});
