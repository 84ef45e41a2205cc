/**
 * Typing in Arabic on a phone (shared/cases/README.md, "Arabic on a phone"): digits from an
 * Arabic keyboard in every number field of the chooser, kept as typed and written to the link in
 * Latin digits; a value shown as invalid never applied; two models added with all-Arabic names,
 * each its own, found by a search without their diacritics.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, readIndexedDb, waitForSeed, chooserReady as ready } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const search = (page: Page) => page.evaluate(() => location.search);

describe('Arabic digits on the chooser', () => {
	it('takes them in every number field, keeps them as typed, and writes the link in Latin digits', async () => {
		const { page, errors } = await open(PHONE);
		await page.goto(`${base}/?lang=ar`);
		await ready(page);
		await page.getByRole('radio', { name: 'حاسوب ببطاقة رسوميات' }).check();
		const vram = page.getByRole('textbox', { name: /ذاكرة بطاقة الرسوميات/ });
		await vram.fill('٨');
		await page.waitForFunction(() => location.search.includes('vram=8'));
		const budget = page.getByRole('textbox', { name: /الميزانية الشهرية/ });
		await budget.fill('۲۰');
		await page.waitForFunction(() => location.search.includes('budget=20'));
		const usage = page.getByRole('textbox', { name: /الاستخدام/ });
		await usage.fill('١٫٥');
		await page.waitForFunction(() => location.search.includes('use=1.5'));
		expect(await search(page)).toBe('?device=gpu&vram=8&budget=20&use=1.5&lang=ar');
		// As typed, not rewritten under the person's fingers.
		expect([await vram.inputValue(), await budget.inputValue(), await usage.inputValue()]).toEqual([
			'٨',
			'۲۰',
			'١٫٥'
		]);
		// A numeric keyboard for each.
		expect(await vram.getAttribute('inputmode')).toBe('numeric');
		expect(await usage.getAttribute('inputmode')).toBe('decimal');

		// The phone's memory too.
		await page.getByRole('radio', { name: 'هاتف' }).check();
		await page.getByRole('textbox', { name: /الذاكرة \(RAM/ }).fill('١٢');
		await page.waitForFunction(() => location.search.startsWith('?device=phone&ram=12&'));
		expect(errors).toEqual([]);
	});

	it('never applies a value it shows as invalid: "10001" keeps the last valid budget', async () => {
		const { page } = await open(PHONE);
		await page.goto(`${base}/?lang=ar`);
		await ready(page);
		const budget = page.getByRole('textbox', { name: /الميزانية الشهرية/ });
		await budget.fill('٢٠');
		await page.waitForFunction(() => location.search.includes('budget=20'));
		await budget.blur();
		await budget.selectText();
		// Later, a new figure typed in its place: every prefix of it ("1", "10", …, "1000") is valid.
		await budget.pressSequentially('١٠٠٠١', { delay: 0 });
		expect(await budget.getAttribute('aria-invalid')).toBe('true');
		expect(await budget.inputValue()).toBe('١٠٠٠١');
		// Not 1000, the last valid prefix, nor 2000: the answer and link keep US$20.
		expect(await search(page)).toBe('?budget=20&lang=ar');
		expect(await page.getByRole('region', { name: 'اختياراتك' }).textContent()).toContain(
			'الميزانية 20\u00a0دولارًا'
		);
	});
});

describe('models added with Arabic names', () => {
	it('get ids of their own, and are found without their diacritics', async () => {
		const { page, errors } = await open(PHONE);
		await page.goto(`${base}/settings?lang=ar`);
		await ready(page);
		await waitForSeed(page);
		const names = ['نموذجُ الصحراء', 'نموذج الواحة'];
		for (const name of names) {
			await page.getByLabel('اسم النموذج').fill(name);
			await page.getByLabel('الشركة').fill('مختبرات الخليج');
			await page.getByLabel('تاريخ الإصدار').fill('٢٠٢٥-٠١-١٥');
			await page.getByRole('button', { name: 'أضف النموذج' }).click();
			await page.getByText(`أُضيف ${name}.`).waitFor();
			// Said on screen, above the name field the next model starts from (it has the focus).
			const said = page.getByRole('status').filter({ hasText: `أُضيف ${name}.` });
			const box = await said.evaluate((p) => p.getBoundingClientRect().toJSON());
			const field = await page.getByLabel('اسم النموذج').evaluate((f) => ({
				top: f.getBoundingClientRect().top,
				focused: f === document.activeElement
			}));
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.bottom).toBeLessThanOrEqual(field.top);
			expect(field.focused).toBe(true);
		}
		const stores = await readIndexedDb(page, 'model-chooser');
		const own = (stores.models ?? []).filter((m) => m.origin === 'own');
		expect(own.map((m) => (m.name as { ar: string }).ar).sort()).toEqual([...names].sort());
		const ids = own.map((m) => String(m.id));
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) expect(id).not.toBe('my-x');
		// One maker, named once.
		const makers = (stores.vendors ?? []).filter((v) => v.origin === 'own');
		expect(makers).toHaveLength(1);
		// The date typed in Arabic digits, stored as the day it names.
		expect(own.map((m) => (m.dates as { released?: unknown }).released)).toEqual([
			{ precision: 'day', value: '2025-01-15' },
			{ precision: 'day', value: '2025-01-15' }
		]);

		// The last one added opens from the link beside its word; back to add one more.
		await page.getByRole('status').getByRole('link', { name: 'افتح صفحته' }).click();
		await page.getByRole('heading', { level: 1, name: names[1] }).waitFor();
		await page.goBack();

		// The same name again, with its marks left off, is found as a duplicate.
		await page.getByLabel('اسم النموذج').fill('نموذج الصحراء');
		await page.getByRole('button', { name: 'أضف النموذج' }).click();
		await page.getByText('في فهرسك نموذج بهذا الاسم.').waitFor();
		// Focus on the field to mend.
		expect(
			await page.getByLabel('اسم النموذج').evaluate((field) => field === document.activeElement)
		).toBe(true);

		await page.goto(`${base}/models?lang=ar&q=${encodeURIComponent('نموذج الصحراء')}`);
		const rows = page.getByRole('table').first().getByRole('rowheader');
		await rows.first().waitFor();
		expect((await rows.allTextContents()).map((t) => t.trim())).toEqual(['نموذجُ الصحراء']);
		expect(errors).toEqual([]);
	});
});

describe('Latin names searched as Arabic writes them', () => {
	const rows = (page: Page, table: string) =>
		page.getByRole('table', { name: table }).getByRole('rowheader').allTextContents();
	const asked = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('q'));

	it('finds Gemini by «جيميني», typed a letter at a time, and keeps the query in the link', async () => {
		const { page, errors } = await open(PHONE);
		await page.goto(`${base}/models?lang=ar`);
		await page.getByRole('table', { name: 'النماذج' }).waitFor();
		await page.waitForFunction(() => document.querySelector('[data-source="indexeddb"]') !== null);
		await page.getByLabel('بحث').pressSequentially('جيميني');
		// The address follows the list: once it holds the whole word, the rows are the word's.
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'جيميني');
		await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 2);
		expect((await rows(page, 'النماذج')).map((t) => t.trim())).toEqual(['Gemini']);
		expect((await rows(page, 'طرق الاستخدام')).map((t) => t.trim())).toEqual(['تطبيق Gemini']);

		// The link opens the same rows; a spelling of two names, with Arabic digits, as well.
		await page.reload();
		// The prerendered page lists every model until the app has read the link.
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 2);
		expect(await asked(page)).toBe('جيميني');
		expect((await rows(page, 'النماذج')).map((t) => t.trim())).toEqual(['Gemini']);
		await page.getByLabel('بحث').fill('ميسترال سمول ٣');
		await page.waitForFunction(
			() => new URLSearchParams(location.search).get('q') === 'ميسترال سمول ٣'
		);
		await page.waitForFunction(() =>
			document.querySelector('tbody th')?.textContent?.includes('Mistral Small 3')
		);
		expect((await rows(page, 'النماذج')).map((t) => t.trim())).toEqual(['Mistral Small 3']);
		expect(errors).toEqual([]);
	});
});
