/**
 * Every write says how it went: storage full (or a transaction aborted) while saving a note, a
 * star, a price, an added model, a reset, an import; the words in English and Arabic, what was
 * typed still in its field, nothing half-written; and no unhandled error on any page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserPerTest, readIndexedDb, waitForSeed, type Browser } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

type Failure = '' | 'quota' | 'abort' | 'closed' | 'unknown';

/**
 * Makes IndexedDB refuse writes while `window.__failWrites` says so: `quota` throws the browser's
 * QuotaExceededError from every write request, `abort` lets the request start and aborts its
 * transaction (as another tab or the browser may), `closed` throws what a closing connection
 * throws, `unknown` an error the app has no words of its own for. The app opens and seeds first,
 * untouched.
 */
async function failingWrites(context: BrowserContext) {
	await context.addInitScript(() => {
		const scope = window as unknown as { __failWrites: string };
		scope.__failWrites = '';
		const proto = IDBObjectStore.prototype as unknown as Record<
			string,
			(...args: unknown[]) => IDBRequest
		>;
		for (const name of ['put', 'add', 'delete', 'clear']) {
			const original = proto[name]!;
			proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
				if (scope.__failWrites === 'quota')
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				if (scope.__failWrites === 'closed')
					throw new DOMException('The database connection is closing.', 'InvalidStateError');
				if (scope.__failWrites === 'unknown')
					throw new DOMException('Internal error writing the backing store.', 'UnknownError');
				const request = original.apply(this, args);
				if (scope.__failWrites === 'abort') this.transaction.abort();
				return request;
			};
		}
	});
}

const failWrites = (page: Page, how: Failure) =>
	page.evaluate(
		(mode) => ((window as unknown as { __failWrites: string }).__failWrites = mode),
		how
	);

/** Errors that are the app's faults: uncaught exceptions and unhandled rejections. */
const unhandled = (errors: string[]) =>
	errors.filter((e) => e.startsWith('pageerror') || /Uncaught|unhandled/i.test(e));

/** Opens a page once the app has started and its data is on screen (written, read back). */
async function ready(browser: Browser, path: string) {
	await browser.page.goto(`${base}${path}`);
	await browser.page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
	await waitForSeed(browser.page);
}

const words = {
	en: {
		quota: 'Not saved. The storage this browser gives the app is full.',
		aborted: 'Not saved. The browser stopped the change',
		closed: 'Not saved. The app’s storage was closed',
		failed: 'Not saved. The browser refused the change.',
		kept: 'What you typed is still here.',
		star: 'Your star on GPT-4o was not saved.',
		// After a lead that says what was not saved, the reason does not say it again.
		full: 'The storage this browser gives the app is full.',
		notSaved: 'Not saved.',
		reset: 'Your data was not reset: nothing was changed.',
		save: 'Save',
		saved: 'Saved.'
	},
	ar: {
		quota: 'لم يُحفظ. امتلأت المساحة التي يمنحها هذا المتصفح للتطبيق.',
		aborted: 'لم يُحفظ. أوقف المتصفح التغيير',
		closed: 'لم يُحفظ. أُغلق مخزن التطبيق',
		failed: 'لم يُحفظ. رفض المتصفح التغيير.',
		kept: 'ما كتبته باقٍ هنا.',
		star: 'لم تُحفظ نجمتك على',
		full: 'امتلأت المساحة التي يمنحها هذا المتصفح للتطبيق.',
		notSaved: 'لم يُحفظ.',
		reset: 'لم يُعَد ضبط بياناتك: لم يتغيّر شيء.',
		save: 'احفظ',
		saved: 'حُفظ.'
	}
};

describe('a note that cannot be saved', () => {
	for (const lang of ['en', 'ar'] as const) {
		it(`says why in ${lang}, keeps the text, stores nothing, and saves once storage allows`, async () => {
			const browser = await open();
			await failingWrites(browser.context);
			const { page, errors } = browser;
			const w = words[lang];
			await ready(browser, `/models/gpt-4o?lang=${lang}`);
			const notes = page.locator('textarea#notes-gpt-4o');
			await notes.fill('Good for long documents');
			await failWrites(page, 'quota');
			await page.locator('form.notes').getByRole('button').click();
			const alert = page.getByRole('alert').filter({ hasText: w.quota });
			await alert.waitFor();
			expect(await alert.textContent()).toContain(w.kept);
			expect(await notes.inputValue()).toBe('Good for long documents');

			// Aborted (another tab, the browser): said as such, with the browser's reason.
			await failWrites(page, 'abort');
			await page.locator('form.notes').getByRole('button').click();
			await page.getByRole('alert').filter({ hasText: w.aborted }).waitFor();
			expect(await notes.inputValue()).toBe('Good for long documents');

			// Closed (a newer version in another tab); anything else, with the browser's reason.
			await failWrites(page, 'closed');
			await page.locator('form.notes').getByRole('button').click();
			await page.getByRole('alert').filter({ hasText: w.closed }).waitFor();
			await failWrites(page, 'unknown');
			await page.locator('form.notes').getByRole('button').click();
			const other = page.getByRole('alert').filter({ hasText: w.failed });
			await other.waitFor();
			expect(await other.textContent()).toContain(
				'UnknownError: Internal error writing the backing store.'
			);
			expect(await notes.inputValue()).toBe('Good for long documents');

			await failWrites(page, '');
			expect((await readIndexedDb(page, 'model-chooser')).notes).toEqual([]);
			await page.locator('form.notes').getByRole('button').click();
			await page.getByRole('status').filter({ hasText: w.saved }).waitFor();
			expect(await page.getByRole('alert').count()).toBe(0);
			await page.reload();
			await expect.poll(() => notes.inputValue()).toBe('Good for long documents');
			expect(unhandled(errors)).toEqual([]);
		});
	}
});

describe('a star that cannot be saved', () => {
	for (const lang of ['en', 'ar'] as const) {
		it(`stays as it is and says so in ${lang}`, async () => {
			const browser = await open();
			await failingWrites(browser.context);
			const { page, errors } = browser;
			const w = words[lang];
			await ready(browser, `/models/gpt-4o?lang=${lang}`);
			const star = page.getByRole('heading', { level: 1 }).locator('..').getByRole('button');
			await failWrites(page, 'quota');
			await star.click();
			const alert = page.getByRole('alert').filter({ hasText: w.star });
			await alert.waitFor();
			expect(await alert.textContent()).toContain(w.full);
			expect(await alert.textContent()).not.toContain(w.notSaved);
			expect(await star.getAttribute('aria-pressed')).toBe('false');
			await failWrites(page, '');
			await page.reload();
			await star.waitFor();
			expect((await readIndexedDb(page, 'model-chooser')).favourites).toEqual([]);
			expect(unhandled(errors)).toEqual([]);
		});
	}

	it('on the catalogue’s table too', async () => {
		const browser = await open();
		await failingWrites(browser.context);
		const { page, errors } = browser;
		await ready(browser, '/models');
		await failWrites(page, 'abort');
		const star = page.getByRole('button', { name: 'Favourite: GPT-4o' }).first();
		await star.click();
		await page.getByRole('alert').filter({ hasText: words.en.star }).waitFor();
		expect(await star.getAttribute('aria-pressed')).toBe('false');
		// Another star refused: its alert replaces the first, only the latest outcome is said.
		await page.getByRole('button', { name: 'Favourite: GPT-4', exact: true }).first().click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Your star on GPT-4 was not saved.' })
			.waitFor();
		expect(await page.getByRole('alert').count()).toBe(1);
		expect(await page.getByRole('alert').filter({ hasText: words.en.star }).count()).toBe(0);
		expect(unhandled(errors)).toEqual([]);
	});
});

describe('a price edit that cannot be saved', () => {
	it('keeps the form open with the typed price, says why, stores nothing', async () => {
		const browser = await open();
		await failingWrites(browser.context);
		const { page, errors } = browser;
		await ready(browser, '/models/gpt-4o');
		await page.getByRole('button', { name: 'Change the price: ChatGPT Plus' }).click();
		await page.getByLabel('US$ a month').fill('22');
		await failWrites(page, 'quota');
		const offer = page.locator('[data-offer="chatgpt-plus"]');
		await offer.getByRole('button', { name: 'Save' }).click();
		await offer.getByRole('alert').filter({ hasText: words.en.quota }).waitFor();
		expect(await page.getByLabel('US$ a month').inputValue()).toBe('22');
		await failWrites(page, '');
		expect((await readIndexedDb(page, 'model-chooser')).edits).toEqual([]);
		await offer.getByRole('button', { name: 'Save' }).click();
		await offer.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
		expect(await offer.getByRole('alert').count()).toBe(0);
		expect((await readIndexedDb(page, 'model-chooser')).edits).toHaveLength(1);
		expect(unhandled(errors)).toEqual([]);
	});
});

describe('settings: adding, resetting, importing, keeping', () => {
	it('an added model that cannot be saved keeps the form; a refused reset keeps the data', async () => {
		const browser = await open();
		await failingWrites(browser.context);
		const { page, errors } = browser;
		await ready(browser, '/settings?lang=ar');
		await page.getByLabel('اسم النموذج').fill('Llama 3.1 8B');
		await failWrites(page, 'quota');
		await page.getByRole('button', { name: 'أضف النموذج' }).click();
		const alert = page.getByRole('alert').filter({ hasText: words.ar.quota });
		await alert.waitFor();
		expect(await alert.textContent()).toContain(words.ar.kept);
		expect(await page.getByLabel('اسم النموذج').inputValue()).toBe('Llama 3.1 8B');
		await failWrites(page, '');
		const stored = await readIndexedDb(page, 'model-chooser');
		expect((stored.models ?? []).filter((m) => m.origin === 'own')).toEqual([]);
		expect((stored.vendors ?? []).filter((m) => m.origin === 'own')).toEqual([]);

		// Saved now; then a reset that storage refuses leaves it there.
		await page.getByRole('button', { name: 'أضف النموذج' }).click();
		await page.getByRole('status').filter({ hasText: 'Llama 3.1 8B' }).waitFor();
		// Started: a click on the prerendered button before then would do nothing.
		await ready(browser, '/settings');
		await page.getByRole('button', { name: 'Reset…' }).click();
		await failWrites(page, 'quota');
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		// Said as a reset not done, not as something not saved.
		const refused = page.getByRole('alert').filter({ hasText: words.en.reset });
		await refused.waitFor();
		expect(await refused.textContent()).toContain(words.en.full);
		expect(await refused.textContent()).not.toContain('Not saved');
		await failWrites(page, '');
		const after = await readIndexedDb(page, 'model-chooser');
		expect((after.models ?? []).filter((m) => m.origin === 'own')).toHaveLength(1);
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await page.getByRole('status').filter({ hasText: 'Back to the built-in catalogue.' }).waitFor();
		expect(unhandled(errors)).toEqual([]);
	});

	it('an import storage refuses still says so, and writes nothing', async () => {
		const browser = await open();
		await failingWrites(browser.context);
		const { page, errors } = browser;
		await ready(browser, '/settings');
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'openrouter-models.sample.json',
			mimeType: 'application/json',
			buffer: fixture('openrouter-models.sample.json')
		});
		const confirm = page.locator('button', { hasText: /^Import$/ });
		await confirm.waitFor();
		await failWrites(page, 'quota');
		await confirm.click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'There is not enough storage space for this import.' })
			.waitFor();
		await failWrites(page, '');
		const stored = await readIndexedDb(page, 'model-chooser');
		expect((stored.models ?? []).filter((m) => m.origin === 'own')).toEqual([]);
		expect(stored.lists ?? []).toEqual([]);
		expect(unhandled(errors)).toEqual([]);
	});

	it('an export that cannot read the data says so in both languages, with no unhandled error', async () => {
		const browser = await open();
		const { page, context, errors } = browser;
		await context.addInitScript(() => {
			const scope = window as unknown as { __failReads: boolean };
			scope.__failReads = false;
			const proto = IDBObjectStore.prototype as unknown as Record<
				string,
				(...a: unknown[]) => unknown
			>;
			const original = proto.getAll!;
			proto.getAll = function (this: IDBObjectStore, ...args: unknown[]) {
				if (scope.__failReads)
					throw new DOMException('The backing store could not be read.', 'UnknownError');
				return original.apply(this, args);
			};
		});
		for (const [lang, said] of [
			['en', 'The export was not made: your data could not be read. Nothing was changed.'],
			['ar', 'لم يُصدَّر شيء: تعذّرت قراءة بياناتك. لم يتغير شيء.']
		] as const) {
			await ready(browser, `/settings?lang=${lang}`);
			await page.evaluate(
				() => ((window as unknown as { __failReads: boolean }).__failReads = true)
			);
			await page
				.getByRole('button', { name: lang === 'en' ? 'Export' : 'تصدير', exact: true })
				.click();
			await page.getByRole('alert').filter({ hasText: said }).waitFor();
			expect(await page.getByText('could not be read.', { exact: false }).count()).toBeGreaterThan(
				0
			);
		}
		expect(unhandled(errors)).toEqual([]);
	});

	it('"Ask the browser to keep my data" asks every time it is pressed and says the answer', async () => {
		const browser = await open();
		await browser.context.addInitScript(() => {
			const scope = window as unknown as { __asked: number; __answer: boolean };
			scope.__asked = 0;
			scope.__answer = false;
			const storage = navigator.storage;
			storage.persisted = async () => false;
			storage.persist = async () => {
				scope.__asked++;
				return scope.__answer;
			};
		});
		const { page, errors } = browser;
		await ready(browser, '/settings');
		const asked = () => page.evaluate(() => (window as unknown as { __asked: number }).__asked);
		const button = page.getByRole('button', { name: 'Ask the browser to keep my data' });
		const before = await asked();
		await button.click();
		await page.getByRole('status').filter({ hasText: 'The browser declined for now.' }).waitFor();
		expect(await asked()).toBe(before + 1);
		expect(await page.getByRole('status').filter({ hasText: 'declined' }).textContent()).toMatch(
			/install the app or bookmark it/
		);
		await button.click();
		await expect.poll(asked).toBe(before + 2);
		await page.evaluate(() => ((window as unknown as { __answer: boolean }).__answer = true));
		await button.click();
		await page.getByRole('status').filter({ hasText: 'The browser will keep your data' }).waitFor();
		expect(await asked()).toBe(before + 3);

		await page.goto(`${base}/settings?lang=ar`);
		await page.evaluate(() => ((window as unknown as { __answer: boolean }).__answer = false));
		await page.getByRole('button', { name: 'اطلب من المتصفح الاحتفاظ ببياناتي' }).click();
		await page.getByRole('status').filter({ hasText: 'رفض المتصفح الآن.' }).waitFor();
		expect(unhandled(errors)).toEqual([]);
	});

	it('says when this browser cannot say', async () => {
		const browser = await open();
		await browser.context.addInitScript(() => {
			const storage = navigator.storage;
			storage.persisted = async () => false;
			(storage as { persist?: unknown }).persist = undefined;
		});
		await ready(browser, '/settings');
		await browser.page.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
		const said = browser.page
			.getByRole('status')
			.filter({ hasText: 'This browser cannot say whether it will keep your data.' });
		await said.waitFor();
		expect(await said.textContent()).toContain('Export what you add');
		expect(unhandled(browser.errors)).toEqual([]);
	});
});

describe('no unhandled error anywhere', () => {
	it('on every page, in both languages', async () => {
		const browser = await open();
		const { page, errors } = browser;
		const paths = [
			'/',
			'/models',
			'/models/gpt-4o',
			'/compare?ids=gpt-4o,deepseek-r1',
			'/settings',
			'/about',
			'/nonexistent'
		];
		for (const lang of ['en', 'ar']) {
			for (const path of paths) {
				const link = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
				await page.goto(`${base}${link}`);
				await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
				await page.waitForFunction(() => document.documentElement.lang !== '');
				expect(unhandled(errors), link).toEqual([]);
			}
		}
	});
});
