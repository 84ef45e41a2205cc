/**
 * Importing a big list without freezing the page: the file is read, parsed and checked in a
 * module worker, the page says where it is (bytes read, parsing, entries checked), and Cancel
 * ends the read at once, in either language, with nothing stored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';
import { listText, openRouterList } from './lists';
import { runsAlone } from './turns';

// Times how soon a cancel takes: with no other file on the cores.
runsAlone();

const base = inject('baseURL');
// Its figures are of the storage a person has: a profile on disk for each test.
const open = browserPerTest({ profile: true });

/** The Trusted Types policies the page may make: the import worker's, and the framework's. */

/** The big list's entries: some 23 MB of JSON, seconds of checking on a slow machine. */
const BIG = 30_000;
let folder = '';
let bigFile = '';
beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'chooser-import-'));
	bigFile = join(folder, 'openrouter-big.json');
	writeFileSync(bigFile, listText(openRouterList(BIG)));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The settings page, its catalogue stored, with every text its import status says recorded. */
async function settings(page: Page, lang: 'en' | 'ar') {
	await page.goto(`${base}/settings${lang === 'ar' ? '?lang=ar' : ''}`);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
	await waitForSeed(page);
	await page.evaluate(() => {
		const status = document.querySelector('#import-status');
		if (!status) throw new Error('No import status on the page');
		const said: { text: string; at: number }[] = [];
		const marks = { said, cancelPressed: undefined as number | undefined };
		Object.assign(window, { __import: marks });
		new MutationObserver(() =>
			said.push({ text: status.textContent ?? '', at: performance.now() })
		).observe(status, { childList: true, characterData: true, subtree: true });
		// When the press reached the page: a frozen page would hear it late.
		document.addEventListener(
			'pointerdown',
			(event) => {
				const target = event.target as Element | null;
				if (target?.closest('button')?.textContent?.match(/^(Cancel|إلغاء)$/)) {
					marks.cancelPressed = performance.now();
				}
			},
			true
		);
	});
}

type Marks = { said: { text: string; at: number }[]; cancelPressed?: number };
const marks = (page: Page) =>
	page.evaluate(() => (window as unknown as { __import: Marks }).__import);

/** The import worker, when the page starts one. */
function importWorker(page: Page): Promise<Worker> {
	return new Promise((resolve) => {
		page.on('worker', (worker) => {
			if (/import/.test(worker.url())) resolve(worker);
		});
	});
}

/** What the person imported, as stored: own models and offers, and the lists' records. */
async function stored(page: Page) {
	const stores = await readIndexedDb(page, 'model-chooser');
	const own = (table: string) => (stores[table] ?? []).filter((r) => r.origin === 'own').length;
	return { models: own('models'), offers: own('offers'), lists: (stores.lists ?? []).length };
}

describe('an import read off the page’s thread', () => {
	it('reads a generated list in a worker, saying where it is, into the preview', async () => {
		const { page, errors } = await open();
		await settings(page, 'en');
		const worker = importWorker(page);
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'openrouter.json',
			mimeType: 'application/json',
			buffer: Buffer.from(listText(openRouterList(5000)))
		});
		expect((await worker).url()).toMatch(/^http:\/\/[^/]+\/.*import.*\.js$/);
		const summary = page.getByRole('heading', { name: /^5,000 entries found, all ready/ });
		await summary.waitFor({ timeout: 30_000 });
		const said = (await marks(page)).said.map((s) => s.text);
		expect(said.some((t) => /^Reading the file: .+ of .+…$/.test(t))).toBe(true);
		expect(said.some((t) => /^Checking the entries: [\d,]+ of 5,000…$/.test(t))).toBe(true);
		expect(await stored(page)).toEqual({ models: 0, offers: 0, lists: 0 });
		expect(errors).toEqual([]);
	});

	it('starts the worker while the file dialog is open, and the read takes that one', async () => {
		const { page, errors } = await open();
		await settings(page, 'en');
		const started: string[] = [];
		page.on('worker', (worker) => {
			if (/import/.test(worker.url())) started.push(worker.url());
		});
		const warm = importWorker(page);
		const dialog = page.waitForEvent('filechooser');
		await page.getByLabel('Import', { exact: true }).click();
		const chooser = await dialog;
		// No file yet: the worker is already there.
		await warm;
		expect(started).toHaveLength(1);
		await chooser.setFiles({
			name: 'openrouter.json',
			mimeType: 'application/json',
			buffer: Buffer.from(listText(openRouterList(300)))
		});
		await page.getByRole('heading', { name: /^300 entries found, all ready/ }).waitFor();
		expect(started).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	it('takes a big list’s preview from the worker without holding the page', async () => {
		const { page, errors } = await open();
		await settings(page, 'en');
		// Every long task from the pick on (the file is given by its path: no transfer to time).
		await page.evaluate(() => {
			const w = window as unknown as { __tasks: number[]; __picked?: number };
			w.__tasks = [];
			document.addEventListener('change', () => (w.__picked = performance.now()), {
				capture: true,
				once: true
			});
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) {
					if (w.__picked !== undefined && e.startTime >= w.__picked) w.__tasks.push(e.duration);
				}
			}).observe({ type: 'longtask' });
		});
		await page.getByLabel('Import', { exact: true }).setInputFiles(bigFile);
		await page.getByRole('heading', { name: /^30,000 entries found/ }).waitFor({ timeout: 60_000 });
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
		const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
		// Taken whole, the preview's 70,000 records held the page for 380–860 ms.
		expect(Math.max(0, ...tasks)).toBeLessThan(250);
		expect(errors).toEqual([]);
	});

	it('reads on the page where a worker cannot start, losing nothing', async () => {
		const { context, page, errors } = await open();
		await context.addInitScript(() => Reflect.deleteProperty(globalThis, 'Worker'));
		let workers = 0;
		page.on('worker', () => workers++);
		await settings(page, 'en');
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'openrouter.json',
			mimeType: 'application/json',
			buffer: Buffer.from(listText(openRouterList(300)))
		});
		await page.getByRole('heading', { name: /^300 entries found, all ready/ }).waitFor();
		expect(workers).toBe(0);
		await page.locator('button', { hasText: /^Import$/ }).click();
		await page
			.getByRole('status')
			.getByText(/^Imported .* from OpenRouter/)
			.waitFor();
		expect((await stored(page)).lists).toBe(1);
		expect(errors).toEqual([]);
	});

	it('starts the worker through its Trusted Types policy under the page’s own policy', async () => {
		const { context, page, errors } = await open();
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { violations: string[] }).violations = seen;
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		await settings(page, 'en');
		expect(await page.evaluate(() => 'trustedTypes' in globalThis)).toBe(true);
		// The built page enforces Trusted Types and lists the import worker's policy among its own.
		const policy = await page.evaluate(
			() =>
				document
					.querySelector('meta[http-equiv="content-security-policy"]')
					?.getAttribute('content') ?? ''
		);
		expect(policy).toContain("require-trusted-types-for 'script'");
		expect(policy).toMatch(/trusted-types [^;]*model-chooser-import-worker/);
		const worker = importWorker(page);
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'openrouter.json',
			mimeType: 'application/json',
			buffer: Buffer.from(listText(openRouterList(300)))
		});
		await worker;
		await page.getByRole('heading', { name: /^300 entries found, all ready/ }).waitFor();
		expect(
			await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
		).toEqual([]);
		expect(errors).toEqual([]);
	});

	const cases = [
		{
			lang: 'en' as const,
			label: 'Import',
			checking: /^Checking the entries: [\d,]+ of 30,000…$/,
			cancel: 'Cancel',
			cancelled: 'Import cancelled. Nothing was changed.'
		},
		{
			lang: 'ar' as const,
			label: 'استيراد',
			checking: /^جارٍ فحص الإدخالات: [\d,]+ من 30,000…$/,
			cancel: 'إلغاء',
			cancelled: 'أُلغي الاستيراد. لم يتغير شيء.'
		}
	];
	for (const c of cases) {
		it(`Cancel during a big file's read ends it at once, nothing stored (${c.lang})`, async () => {
			const { page, errors } = await open();
			await settings(page, c.lang);
			const worker = importWorker(page);
			await page.getByLabel(c.label, { exact: true }).setInputFiles(bigFile);
			const closed = new Promise<void>(
				(resolve) => void worker.then((w) => w.on('close', () => resolve()))
			);
			// The worker is deep in the file: checking its entries one by one.
			await page.getByRole('status').filter({ hasText: c.checking }).waitFor({ timeout: 45_000 });
			await page.getByRole('button', { name: c.cancel, exact: true }).click();
			await page.getByRole('status').filter({ hasText: c.cancelled }).waitFor();
			await closed;

			const { said, cancelPressed } = await marks(page);
			const cancelledAt = said.find((s) => s.text === c.cancelled)?.at;
			expect(cancelPressed).toBeDefined();
			// The page heard the press and answered it within a frame or two, not after the read.
			expect(cancelledAt! - cancelPressed!).toBeLessThan(500);
			expect(said.some((s) => c.checking.test(s.text))).toBe(true);
			expect(await page.getByRole('progressbar').count()).toBe(0);
			expect(await page.getByLabel(c.label, { exact: true }).isEnabled()).toBe(true);
			expect(await stored(page)).toEqual({ models: 0, offers: 0, lists: 0 });
			expect(errors).toEqual([]);
		});
	}
});
