/**
 * Importing a public list: the file is read into a preview first (what was found, what was
 * skipped or left out, and why, in the file's own terms), and nothing is written until the
 * person presses Import. Ids of earlier imports keep working in links afterwards.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
const IMPOSSIBLE_DATE = 'cases/models-dev-impossible-date.json';

async function pick(page: Page, label: string, name: string) {
	await page
		.getByLabel(label, { exact: true })
		.setInputFiles({ name, mimeType: 'application/json', buffer: fixture(name) });
}

/** The person's own records in IndexedDB: model and offer ids. */
async function own(page: Page) {
	const stores = await readIndexedDb(page, 'model-chooser');
	const ids = (table: string) =>
		(stores[table] ?? [])
			.filter((r) => r.origin === 'own')
			.map((r) => r.id as string)
			.sort();
	return { models: ids('models'), offers: ids('offers') };
}

/** Text as read, without the isolating marks that keep Latin names in place in Arabic lines. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

describe('an import previewed before it is written', () => {
	it('names the entry and the dropped date; Cancel writes nothing; Import writes it all', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);

		await pick(page, 'Import', IMPOSSIBLE_DATE);
		const summary = page.getByRole('heading', {
			name: '2 entries found, all ready — they make 2 models and 2 ways to use them'
		});
		await summary.waitFor();
		expect(await summary.evaluate((h) => h === document.activeElement)).toBe(true);
		await page.getByText('From models.dev. Nothing is saved until you choose Import.').waitFor();
		await page.getByText('Imported with something left out (1)').click();
		const note = page.getByRole('list', { name: 'Imported with something left out (1)' });
		expect(await note.getByRole('listitem').textContent()).toBe(
			'scaleway › qwen3-embedding-8b: release_date "2025-25-11" is not a date that exists; imported without it'
		);
		expect(await own(page)).toEqual({ models: [], offers: [] });

		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Import cancelled. Nothing was changed.').waitFor();
		expect(await summary.count()).toBe(0);
		expect(await own(page)).toEqual({ models: [], offers: [] });

		await pick(page, 'Import', IMPOSSIBLE_DATE);
		await summary.waitFor();
		await page.locator('button', { hasText: /^Import$/ }).click();
		await page
			.getByRole('status')
			.getByText('Imported 2 models (2 ways to use them) from models.dev.')
			.waitFor();
		const stored = await own(page);
		expect(stored.models).toEqual(['claude-sonnet-4-0', 'qwen3-embedding-8b']);
		expect(stored.offers).toHaveLength(2);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
		expect(errors).toEqual([]);
	});

	it('an imported GPT-4o joins the shipped one: rated as the API GPT-4o, weighed against ChatGPT Plus', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		await pick(page, 'Import', 'cases/openrouter-gpt-4o.json');
		await page
			.getByRole('heading', {
				name: '1 entry found, ready — it makes 1 model (already in the catalogue) and 1 way to use it'
			})
			.waitFor();
		await page.locator('button', { hasText: /^Import$/ }).click();
		// No new model: never "Imported 0 models".
		await page
			.getByRole('status')
			.getByText('Added 1 way to use 1 model already in the catalogue, from OpenRouter.')
			.waitFor();
		// Joined to the shipped model: no own model, one own offer on gpt-4o.
		expect(await own(page)).toEqual({ models: [], offers: ['or-openai-gpt-4o-api'] });

		// US$2.50 in and US$10 out per million: 5 million tokens a month cost US$31.25 (US$31 in whole dollars), and below
		// 20 / 6.25 = 3.2 million tokens a month the tokens cost less than ChatGPT Plus.
		await page.goto(`${base}/?use=5`);
		await started(page);
		await page
			.getByText(
				'At 5 million tokens a month, GPT-4o via OpenRouter costs US$31 vs ChatGPT Plus at US$20; below 3.2 million tokens a month it is the cheaper one',
				{ exact: true }
			)
			.first()
			.waitFor({ state: 'attached' });

		// Rated as the shipped API offer of GPT-4o is (1265), not as ChatGPT (1377): on its model's
		// page, beside the shipped one.
		await page.goto(`${base}/models/gpt-4o`);
		await started(page);
		const rating = (id: string) => page.locator(`li[data-offer="${id}"] .rating`);
		await rating('or-openai-gpt-4o-api').waitFor();
		expect(await rating('or-openai-gpt-4o-api').textContent()).toContain(
			'Chatbot Arena 1265, 17 Feb 2025'
		);
		expect(await rating('or-openai-gpt-4o-api').textContent()).toBe(
			await rating('openai-api-gpt-4o').textContent()
		);
		expect(errors).toEqual([]);
	});

	it('an imported model that does not chat is "Not a fit", saying so, never a choice', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/settings?lang=ar`);
		await started(page);
		await waitForSeed(page);
		await pick(page, 'استيراد', 'cases/openrouter-zero-token-price-music.json');
		await page.locator('button', { hasText: /^استيراد$/ }).click();
		await page
			.getByRole('status')
			.getByText(/OpenRouter/)
			.first()
			.waitFor();
		await page.goto(`${base}/?lang=ar&budget=0`);
		await started(page);
		const notAFit = page.getByRole('list', { name: 'غير مناسب' });
		const lyria = notAFit.locator('li', { hasText: 'Lyria' }).first();
		await lyria.waitFor({ state: 'attached' });
		expect(plain(await lyria.textContent())).toContain(
			'ليس نموذج محادثة: يُنتج تضمينات أو صورًا أو كلامًا أو موسيقى أو ما شابهها'
		);
		expect(await page.getByRole('list', { name: 'التوصيات' }).getByText('Lyria').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('reads right in Arabic on a phone: Arabic words, the file’s terms in their own direction', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/settings?lang=ar`);
		await started(page);
		await waitForSeed(page);

		// A file that is not JSON is refused in Arabic words, never the parser's English.
		await page.getByLabel('استيراد', { exact: true }).setInputFiles({
			name: 'page.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{\n  "data": [\n    {"id": x}\n  ]\n}')
		});
		const refused = page.getByRole('alert');
		await refused.waitFor();
		expect(plain(await refused.textContent())).toBe(
			'هذا الملف ليس بصيغة JSON: يخرج عنها عند السطر 3، العمود 12. لم يتغير شيء.'
		);

		await pick(page, 'استيراد', IMPOSSIBLE_DATE);
		const summary = page.getByRole('heading', {
			name: 'وُجد إدخالان، كلاهما جاهز — ينتج عنها نموذجان وطريقتا استخدام'
		});
		await summary.waitFor();
		// Focus moved to the summary, and it is on the screen.
		expect(await summary.evaluate((h) => h === document.activeElement)).toBe(true);
		const box = (await summary.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844);

		await page.getByText('ما استُورد مع ترك شيء منه (1)').click();
		const item = page
			.getByRole('list', { name: 'ما استُورد مع ترك شيء منه (1)' })
			.getByRole('listitem');
		expect(await item.textContent()).toBe(
			'scaleway › qwen3-embedding-8b: القيمة "2025-25-11" في الحقل release_date ليست تاريخًا موجودًا؛ استُورد من دونها'
		);
		expect(await item.locator('bdi[dir="ltr"]').allTextContents()).toEqual([
			'scaleway › qwen3-embedding-8b',
			'"2025-25-11"',
			'release_date'
		]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);

		await page.locator('button', { hasText: /^استيراد$/ }).click();
		const said = page.getByRole('status').filter({ hasText: 'استُورد' });
		await said.waitFor();
		expect(plain(await said.textContent())).toBe('استُورد نموذجان (طريقتا استخدام) من models.dev.');
		expect((await own(page)).models).toHaveLength(2);
		expect(errors).toEqual([]);
	});

	it('takes a file dropped on Import as one chosen, on a phone in Arabic', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/settings?lang=ar`);
		await started(page);
		await waitForSeed(page);
		// Dropped by the browser itself (Chromium's drag events, a file of the disk) where the
		// person sees the button: the file control lies over it and takes the file.
		const button = page.locator('label[for="import-file"]');
		await button.scrollIntoViewIfNeeded();
		const box = (await button.boundingBox())!;
		const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const cdp = await page.context().newCDPSession(page);
		const files = [fileURLToPath(new URL(`./fixtures/${IMPOSSIBLE_DATE}`, import.meta.url))];
		for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
			await cdp.send('Input.dispatchDragEvent', {
				type,
				...at,
				data: { items: [], files, dragOperationsMask: 1 }
			});
		}
		await page
			.getByRole('heading', {
				name: 'وُجد إدخالان، كلاهما جاهز — ينتج عنها نموذجان وطريقتا استخدام'
			})
			.waitFor();
		await page.locator('button', { hasText: /^استيراد$/ }).click();
		await expect.poll(async () => (await own(page)).models.length).toBe(2);
		expect(errors).toEqual([]);
	});
});

describe('ids of earlier imports', () => {
	/** An OpenRouter import as the app wrote it before model ids were join keys. */
	async function oldImport(page: Page) {
		const catalogue = JSON.parse(
			readFileSync(new URL('../src/lib/catalogue/catalogue.json', import.meta.url), 'utf8')
		);
		const model = {
			...catalogue.models.find((m: { id: string }) => m.id === 'gpt-4o'),
			id: 'or-openai-gpt-4o',
			name: { en: 'OpenAI: GPT-4o', ar: 'OpenAI: GPT-4o' },
			aliases: undefined,
			origin: 'own'
		};
		const offer = {
			...catalogue.offers.find((o: { kind: string }) => o.kind === 'api'),
			id: 'or-openai-gpt-4o-api',
			name: { en: 'OpenAI: GPT-4o via OpenRouter', ar: 'OpenAI: GPT-4o عبر OpenRouter' },
			models: ['or-openai-gpt-4o'],
			origin: 'own'
		};
		await page.evaluate(
			async ({ model, offer }) => {
				const request = indexedDB.open('model-chooser');
				const db = await new Promise<IDBDatabase>(
					(done) => (request.onsuccess = () => done(request.result))
				);
				const tx = db.transaction(['models', 'offers', 'notes', 'favourites'], 'readwrite');
				tx.objectStore('models').put(model);
				tx.objectStore('offers').put(offer);
				tx.objectStore('notes').put({
					modelId: 'or-openai-gpt-4o',
					text: 'Good at tables',
					at: 'then'
				});
				tx.objectStore('favourites').put({ key: 'model:or-openai-gpt-4o', at: 'then' });
				await new Promise((done) => (tx.oncomplete = done));
				db.close();
			},
			{ model, offer }
		);
	}

	it('keep an own id in a compare link while data loads, then follow it to the model that replaced it', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		await oldImport(page);

		// Opened fresh, the own id is kept while the person's data loads, then shown.
		await page.goto(`${base}/compare?ids=or-openai-gpt-4o,deepseek`);
		await started(page);
		await page.getByRole('columnheader', { name: /OpenAI: GPT-4o/ }).waitFor();
		expect(new URL(page.url()).search).toBe('?ids=or-openai-gpt-4o,deepseek');

		await page.goto(`${base}/settings`);
		await started(page);
		await pick(page, 'Import', 'cases/openrouter-gpt-4o.json');
		await page.locator('button', { hasText: /^Import$/ }).click();
		await page
			.getByRole('status')
			.getByText('Added 1 way to use 1 model already in the catalogue, from OpenRouter.')
			.waitFor();
		expect((await own(page)).models).toEqual([]);

		await page.goto(`${base}/compare?ids=or-openai-gpt-4o,deepseek`);
		await started(page);
		await page.waitForURL(`${base}/compare?ids=gpt-4o,deepseek`);
		await page.getByRole('columnheader', { name: /^GPT-4o/ }).waitFor();

		await page.goto(`${base}/models/or-openai-gpt-4o`);
		await started(page);
		await page.waitForURL(`${base}/models/gpt-4o`);
		await page.getByRole('heading', { level: 1, name: /GPT-4o/ }).waitFor();
		expect(await page.getByLabel('Notes on GPT-4o').inputValue()).toBe('Good at tables');
		expect(
			await page
				.getByRole('button', { name: 'Favourite: GPT-4o' })
				.first()
				.getAttribute('aria-pressed')
		).toBe('true');
		expect(errors).toEqual([]);
	});
});

describe('an own-format file checked entry by entry', () => {
	it('names an id given twice and an offer of no model, and says the count it stored', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/settings`);
		await started(page);
		await waitForSeed(page);
		const catalogue = JSON.parse(
			readFileSync(new URL('../src/lib/catalogue/catalogue.json', import.meta.url), 'utf8')
		);
		const offer = catalogue.offers.find((o: { id: string }) => o.id === 'deepseek-api');
		const file = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			offers: [
				{ ...offer, id: 'mine' },
				{ ...offer, id: 'mine', name: { en: 'Second', ar: 'الثاني' } },
				{ ...offer, id: 'mine-2', models: ['nowhere'] }
			]
		});
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'mine.json',
			mimeType: 'application/json',
			buffer: Buffer.from(file)
		});
		await page.getByText('Skipped (2)').click();
		const skipped = page.getByRole('list', { name: 'Skipped (2)' });
		expect(await skipped.getByRole('listitem').allTextContents()).toEqual([
			'offers[1] mine: an earlier entry of the file has the same id; only the first is kept',
			'offers[2] mine-2: its model "nowhere" is neither in the file nor in the catalogue'
		]);
		await page.locator('button', { hasText: /^Import$/ }).click();
		await page
			.getByRole('status')
			.getByText('Imported 1 entry from a Model Chooser export; 2 skipped.')
			.waitFor();
		expect(await own(page)).toEqual({ models: [], offers: ['mine'] });
		expect(errors).toEqual([]);
	});
});
