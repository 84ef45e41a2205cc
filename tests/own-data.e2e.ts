import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));

/**
 * Picks a file for the settings page's "Import" input, presses Import on the preview when there
 * is one (a refused file has none), and returns what the page said.
 */
async function importFile(page: Page, name: string, buffer: Buffer) {
	await page
		.getByLabel('Import', { exact: true })
		.setInputFiles({ name, mimeType: 'application/json', buffer });
	const confirm = page.locator('button', { hasText: /^Import$/ });
	const refused = page.getByRole('alert').filter({ hasText: /Nothing was changed/ });
	await confirm.or(refused).first().waitFor();
	if (await confirm.isVisible()) await confirm.click();
	const said = page
		.locator('[role="status"], [role="alert"]')
		.filter({ hasText: /Imported|Nothing was changed/ });
	await said.first().waitFor();
	return { text: await said.first().textContent(), role: await said.first().getAttribute('role') };
}

const ownCount = async (page: Page) => {
	const stores = await readIndexedDb(page, 'model-chooser');
	return ['models', 'offers', 'vendors', 'edits'].map(
		(t) => (stores[t] ?? []).filter((r) => t === 'edits' || r.origin === 'own').length
	);
};

describe('the person’s own data', () => {
	it('adds a model, which the catalogue and chooser use, and which is still there offline', async () => {
		const { page, context, errors } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		await page.getByRole('button', { name: 'Add the model' }).click();
		await page.getByText('Give the model a name').waitFor();
		expect(await page.getByLabel('Model name').getAttribute('aria-invalid')).toBe('true');
		await page.getByLabel('Model name').fill('Llama 3.1 8B');
		await page.getByLabel('Maker').fill('Meta');
		await page.getByLabel('Release date').fill('2024-07-23');
		await page.getByLabel('Memory it needs (GB)').fill('6');
		await page.getByRole('button', { name: 'Add the model' }).click();
		await page.getByText('Added Llama 3.1 8B.').waitFor();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		await page.goto(`${base}/?device=gpu&vram=8&local=1`);
		await page
			.getByRole('list', { name: 'Recommendations' })
			.getByRole('heading', { name: 'Llama 3.1 8B' })
			.waitFor();
		await context.setOffline(true);
		await page.goto(`${base}/models?q=llama`);
		await page
			.getByRole('table', { name: 'Models' })
			.getByRole('rowheader', { name: 'Llama 3.1 8B' })
			.waitFor();
		await page.goto(`${base}/models/my-llama-3.1-8b`);
		await page.getByRole('heading', { level: 1, name: /Llama 3.1 8B/ }).waitFor();
		await context.setOffline(false);
		expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
	});

	it('edits a shipped price as an overlay, shows the old value, reverts; links say the data was edited', async () => {
		const { page, context } = await open();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		await page.goto(`${base}/models/gpt-4o`);
		await started(page);
		await page.locator('[data-offer="chatgpt-plus"]').waitFor();
		await page.getByRole('button', { name: 'Change the price: ChatGPT Plus' }).click();
		await page.getByLabel('US$ a month').fill('22');
		await page.getByRole('button', { name: 'Save' }).first().click();
		const plus = page.locator('[data-offer="chatgpt-plus"]');
		await plus.getByText('Edited by you (was US$20 a month)').waitFor();
		expect(await plus.textContent()).toContain('US$22 a month');

		await page.goto(`${base}/?budget=20`);
		await page
			.getByRole('list', { name: 'Not a fit' })
			.getByRole('heading', { name: 'ChatGPT Plus' })
			.waitFor();
		await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByText('Link copied').waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${base}/?budget=20&cat=2025-02-20.5~edited`
		);

		await page.goto(`${base}/models/gpt-4o`);
		await plus.getByRole('button', { name: 'Revert' }).click();
		await page.waitForFunction(() => !document.body.textContent?.includes('Edited by you'));
		expect(await plus.textContent()).toContain('US$20 a month');
	});

	it('exports, and a fresh profile imports the file back to the same data', async () => {
		const { page } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		const imported = await importFile(page, 'models.json', fixture('models-dev-api.sample.json'));
		expect(imported.text).toContain('from models.dev');
		await page.goto(`${base}/models/gemini`);
		await started(page);
		await page.getByRole('button', { name: 'Favourite: Gemini' }).click();
		await page.getByLabel('Notes on Gemini').fill('Try it for images');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Saved.').waitFor();
		await page.goto(`${base}/settings`);
		await started(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export', exact: true }).click()
		]);
		const file = readFileSync((await download.path())!);
		const exported = JSON.parse(file.toString('utf8'));
		expect(exported.format).toBe('model-chooser-export');
		expect(exported.favourites).toEqual(['model:gemini']);
		expect(exported.notes.map((n: { text: string }) => n.text)).toEqual(['Try it for images']);

		const friend = await open();
		await friend.page.goto(`${base}/settings`);
		await started(friend.page);
		await waitForSeed(friend.page);
		const back = await importFile(friend.page, 'export.json', file);
		expect(back.text).toContain('from a Model Chooser export');
		const mine = await readIndexedDb(page, 'model-chooser');
		const theirs = await readIndexedDb(friend.page, 'model-chooser');
		const own = (s: typeof mine, t: string) =>
			(s[t] ?? [])
				.filter((r) => r.origin === 'own')
				.map((r) => r.id)
				.sort();
		for (const table of ['models', 'offers', 'vendors'])
			expect(own(theirs, table)).toEqual(own(mine, table));
		expect(theirs.favourites?.map((f) => f.key)).toEqual(['model:gemini']);
		expect(theirs.notes?.map((n) => n.text)).toEqual(['Try it for images']);
	});

	it('refuses bad files with a clear message, and changes nothing', async () => {
		const { page } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		const before = await readIndexedDb(page, 'model-chooser');
		const rows = Array.from({ length: 1000 }, (_, i) => ({
			id: `acme/m-${i}`,
			name: `M ${i}`,
			pricing: { prompt: '0.000001', completion: '0.000002' }
		}));
		rows[899] = { ...rows[899]!, pricing: { prompt: 'cheap', completion: '0' } };
		// One entry's price that is not a number: the rest imports; the preview says which, and
		// Cancel leaves everything as it was.
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'row900.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ data: rows }))
		});
		await page
			.getByRole('heading', {
				name: '1,000 entries found, all ready — they make 1,000 models and 1,000 ways to use them'
			})
			.waitFor();
		await page.getByText('Imported with something left out (1)').click();
		await page
			.getByRole('listitem')
			.filter({ hasText: 'data[899] acme/m-899: pricing.prompt "cheap" is not a number' })
			.waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Import cancelled. Nothing was changed.').waitFor();
		const cases: [string, string, RegExp][] = [
			['broken.json', '{"data": [', /ends before its JSON does/],
			['other.json', '{"hello": "world"}', /none of the formats/],
			[
				'proto.json',
				'{"data":[{"id":"a/b","__proto__":{"x":1}}]}',
				/unsafe key “__proto__” at \$\.data\[0\]/
			],
			[
				'constructor.json',
				'{"data":[{"id":"a/b","constructor":{"prototype":{}}}]}',
				/unsafe key “constructor”/
			],
			[
				'link.json',
				'{"data":[{"id":"a/b","name":"B","links":{"details":"javascript:alert(1)"}}]}',
				/script link at \$\.data\[0\]\.links\.details/
			],
			[
				'markup.json',
				'{"data":[{"id":"a/b","name":"<img src=x onerror=alert(1)>"}]}',
				/markup in a name at \$\.data\[0\]\.name/
			]
		];
		for (const [name, text, message] of cases) {
			const said = await importFile(page, name, Buffer.from(text));
			expect(said.role, name).toBe('alert');
			expect(said.text, name).toMatch(message);
			expect(said.text).toContain('Nothing was changed.');
		}
		expect(await page.locator('main img').count()).toBe(0);
		expect(await readIndexedDb(page, 'model-chooser')).toEqual(before);
	});

	it('a full storage refuses an import whole, with a clear message, and no partial write', async () => {
		const { page, context } = await open();
		// This Chromium accepts Storage.overrideQuotaForOrigin but does not apply it (estimate()
		// keeps its quota and writes go through), so the page's IndexedDB runs out of room the
		// way a full disk makes it: a put past 2 MB of this visit's writes throws the browser's
		// own QuotaExceededError.
		await context.addInitScript(() => {
			let written = 0;
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
				written += JSON.stringify(value ?? null).length;
				if (written > 2_000_000)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.call(this, value, key);
			};
		});
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		const rows = Array.from({ length: 20_000 }, (_, i) => ({
			id: `acme/model-${i}`,
			name: `Acme model ${i} with a long enough name to take some room`,
			description: 'x'.repeat(200),
			pricing: { prompt: '0.000001', completion: '0.000002' }
		}));
		const said = await importFile(page, 'big.json', Buffer.from(JSON.stringify({ data: rows })));
		expect(said.role).toBe('alert');
		expect(said.text).toContain('not enough storage space');
		expect(await ownCount(page)).toEqual([0, 0, 0, 0]);
	});

	it('resets to the shipped catalogue after a confirmation', async () => {
		const { page } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		const said = await importFile(page, 'or.json', fixture('openrouter-models.sample.json'));
		// Four API offers, and Mistral Small 4 (119B by its weights' id) to run yourself.
		expect(said.text).toContain('Imported 4 models (5 ways to use them) from OpenRouter.');
		await page.waitForFunction(async () => {
			const r = indexedDB.open('model-chooser');
			const db = await new Promise<IDBDatabase>((d) => (r.onsuccess = () => d(r.result)));
			const n = await new Promise<number>((d) => {
				const q = db.transaction('models').objectStore('models').index('origin').count('own');
				q.onsuccess = () => d(q.result);
			});
			db.close();
			return n === 4;
		});
		await page.getByRole('button', { name: 'Reset…' }).click();
		await page.getByText('This removes the models and offers you added or imported').waitFor();
		expect(await page.getByRole('button', { name: 'Export first' }).count()).toBe(1);
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await page.getByText('Back to the built-in catalogue.').waitFor();
		expect(await ownCount(page)).toEqual([0, 0, 0, 0]);
	});
});
