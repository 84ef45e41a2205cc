import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';

const base = inject('baseURL');
const catalogue = JSON.parse(
	readFileSync(new URL('../src/lib/catalogue/catalogue.json', import.meta.url), 'utf8')
) as {
	catalogueVersion: string;
	models: { id: string; name: { en: string } }[];
	offers: { id: string; name: { en: string } }[];
	facts: { id: string }[];
	vendors: { id: string }[];
};
const ids = (list: { id?: unknown }[] = []) => list.map((x) => String(x.id)).sort();

const open = browserPerTest();

describe('the catalogue in the browser', () => {
	it('is in IndexedDB after the first visit: every model, offer, fact and vendor', async () => {
		const browser = await open();
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
			'Model Chooser'
		);
		const stores = await waitForSeed(page);
		expect(ids(stores.models)).toEqual(ids(catalogue.models));
		expect(ids(stores.offers)).toEqual(ids(catalogue.offers));
		expect(ids(stores.facts)).toEqual(ids(catalogue.facts));
		expect(ids(stores.vendors)).toEqual(ids(catalogue.vendors));
		expect(stores.offers!.every((o) => o.origin === 'shipped')).toBe(true);
		expect(stores.meta).toEqual([
			expect.objectContaining({
				key: 'catalogue',
				value: expect.objectContaining({ catalogueVersion: catalogue.catalogueVersion })
			})
		]);
		expect(errors).toEqual([]);
	});

	it('a first visit loads no database library: the worker stores the catalogue, the first star loads it', async () => {
		const browser = await open();
		const { page, errors } = browser;
		// Every script the page itself runs, by its text: Dexie's names its own errors. (Not the
		// Intl warm-up's `blob:` worker, the page's own inline text, gone once it has run.)
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			if (new URL(response.url()).protocol !== 'blob:') scripts.push(response.text());
		});
		const withDexie = async () =>
			(await Promise.all(scripts)).filter((text) => text.includes('DatabaseClosedError')).length;
		await page.goto(`${base}/models`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.locator('[data-source="indexeddb"]').waitFor();
		// The catalogue reaches IndexedDB without the page opening it.
		const stores = await waitForSeed(page);
		expect(ids(stores.models)).toEqual(ids(catalogue.models));
		expect(scripts.length).toBeGreaterThan(5);
		expect(await withDexie()).toBe(0);

		const star = page.getByRole('button', { name: 'Favourite: GPT-4o' }).first();
		await star.click();
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		await expect
			.poll(async () => (await readIndexedDb(page, 'model-chooser')).favourites?.length)
			.toBe(1);
		expect(await withDexie()).toBe(1);
		expect(errors).toEqual([]);
	});

	it("a first visit's tab shows what another tab saves", async () => {
		const browser = await open();
		const { page, context, errors } = browser;
		await page.goto(`${base}/models/gpt-4o`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const other = await context.newPage();
		await other.goto(`${base}/models/gpt-4o`);
		await other.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await other.getByRole('button', { name: 'Favourite: GPT-4o' }).click();
		await other.getByLabel('Notes on GPT-4o').fill('Written in the other tab');
		await other.locator('form.notes').getByRole('button', { name: 'Save' }).click();
		await other.getByText('Saved.').waitFor();
		const star = page.getByRole('button', { name: 'Favourite: GPT-4o' });
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		await expect
			.poll(() => page.getByLabel('Notes on GPT-4o').inputValue())
			.toBe('Written in the other tab');
		expect(errors).toEqual([]);
	});

	it('/models lists the catalogue from IndexedDB', async () => {
		const browser = await open();
		const { page, errors } = browser;
		await page.goto(`${base}/models`);
		await waitForSeed(page);
		// A record that exists only in this browser's IndexedDB proves where the list is read from.
		await page.evaluate(
			(offer) =>
				new Promise<void>((done, fail) => {
					const open = indexedDB.open('model-chooser');
					open.onsuccess = () => {
						const tx = open.result.transaction('offers', 'readwrite');
						tx.objectStore('offers').put(offer);
						tx.oncomplete = () => {
							open.result.close();
							done();
						};
						tx.onerror = () => fail(tx.error);
					};
				}),
			{
				...catalogue.offers[0],
				id: 'only-in-this-browser',
				name: { en: 'Only in this browser', ar: 'فقط في هذا المتصفح' },
				origin: 'own'
			}
		);
		await page.reload();
		await page.locator('[data-source="indexeddb"]').waitFor();
		const offers = page.getByRole('table', { name: 'Ways to use them' });
		await offers.getByRole('rowheader', { name: 'Only in this browser' }).waitFor();
		for (const offer of catalogue.offers) {
			expect(
				await offers.getByRole('rowheader', { name: offer.name.en, exact: true }).count()
			).toBe(1);
		}
		const models = page.getByRole('table', { name: 'Models' });
		for (const model of catalogue.models) {
			expect(
				await models.getByRole('rowheader', { name: model.name.en, exact: true }).count()
			).toBe(1);
		}
		expect(await offers.getByRole('row').count()).toBe(catalogue.offers.length + 2);
		expect(errors).toEqual([]);
	});

	it('/models is readable with JavaScript off: the prerendered page lists every model', async () => {
		const browser = await open({ javaScriptEnabled: false });
		const { page } = browser;
		await page.goto(`${base}/models`);
		const models = page.getByRole('table', { name: 'Models' });
		expect(await models.getByRole('row').count()).toBe(catalogue.models.length + 1);
		expect(await page.getByRole('rowheader', { name: 'GPT-5 in ChatGPT' }).count()).toBe(1);
	});

	it('works read-only from the bundled catalogue, with a banner, when IndexedDB cannot be opened', async () => {
		const browser = await open();
		const { page, context, errors } = browser;
		await context.addInitScript(() => {
			const refuse = () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			};
			Object.defineProperty(IDBFactory.prototype, 'open', { value: refuse });
		});
		await page.goto(`${base}/models`);
		const banner = page.getByRole('status').filter({ hasText: "changes can't be saved" });
		await banner.waitFor();
		expect(await banner.textContent()).toContain('SecurityError');
		expect(await page.locator('[data-source="read-only"]').count()).toBe(1);
		const offers = page.getByRole('table', { name: 'Ways to use them' });
		expect(await offers.getByRole('row').count()).toBe(catalogue.offers.length + 1);
		expect(errors).toEqual([]);
		expect(await readIndexedDb(page, 'model-chooser').catch((e: Error) => e.message)).toMatch(
			/insecure/
		);
	});

	it('the home page names the app in both languages and states its purpose', async () => {
		const browser = await open({ viewport: { width: 360, height: 740 } });
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		const heading = page.getByRole('heading', { level: 1 });
		expect(await heading.textContent()).toMatch(/Model Chooser\s*مختار النماذج/);
		expect(await page.textContent('main')).toContain('by cost, openness and device');
		expect(await page.textContent('main')).toContain('free apps, subscriptions, APIs');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(overflow).toBe(false);
		await page.getByRole('navigation').getByRole('link', { name: 'Catalogue' }).click();
		await page.waitForURL(`${base}/models`);
		expect(errors).toEqual([]);
	});
});
