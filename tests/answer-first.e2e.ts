/**
 * On a phone the answer comes first (PRODUCT.md §2, "On a phone"; issue "A phone, in Arabic
 * first"): every §2 link opens with the form folded into its one-line summary and "Your answer"
 * on the first screen, at 390 × 844 and 360 × 740, in Arabic and English; a visit without inputs
 * shows the form with a live count that leads to the answer; the last inputs come back after a
 * reload, until "Start over"; the header's chooser link keeps them; two cards fit a screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, openContext, type Browser, chooserReady as ready } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

const words = {
	en: { answer: 'Your answer', choices: 'Your choices', change: 'Change', startOver: 'Start over' },
	ar: { answer: 'إجابتك', choices: 'اختياراتك', change: 'تغيير', startOver: 'ابدأ من جديد' }
} as const;
type Lang = keyof typeof words;

/** PRODUCT.md §2's links with inputs (its table and its link grammar's example). */
const LINKS = [
	'/?budget=20',
	'/?budget=200',
	'/?device=gpu&vram=8&open=required',
	'/?use=20&budget=50&for=api',
	'/?device=phone&local=1&planned=1',
	'/?device=phone&budget=0&open=required',
	'/?device=gpu&vram=8&local=1&for=self&budget=20&open=required&planned=1&use=5&sort=rated'
];
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 740 }
] as const;

/** The top and bottom (px from the top of the screen) of the visible answer's first parts. */
const answerBox = (page: Page, lang: Lang) =>
	page.evaluate((name) => {
		const heading = [...document.querySelectorAll('h2')].find(
			(h) => h.textContent?.trim() === name && h.checkVisibility()
		);
		if (!heading) return undefined;
		const section = heading.closest('section') ?? heading;
		// The first pick, or what stands for it: the first thing under the heading.
		const first = section.querySelector('article') ?? heading;
		return {
			top: heading.getBoundingClientRect().top,
			firstBottom: Math.min(
				first.getBoundingClientRect().bottom,
				first.getBoundingClientRect().top + 120
			),
			scrollY: window.scrollY
		};
	}, words[lang].answer);

describe('a link with inputs, on a phone', () => {
	for (const viewport of PHONES) {
		for (const lang of ['ar', 'en'] as const) {
			describe(`${viewport.width} × ${viewport.height}, ${lang}`, () => {
				let browser: Browser;
				beforeAll(async () => {
					browser = await openContext({ viewport, isMobile: true, hasTouch: true });
				});
				afterAll(async () => {
					await browser?.close();
				});

				it('opens with the form folded and the answer on the first screen', async () => {
					const { page, errors } = browser;
					const offsets: string[] = [];
					for (const link of LINKS) {
						await page.goto(`${base}${link}&lang=${lang}`);
						await ready(page);
						const summary = page.getByRole('region', { name: words[lang].choices });
						await summary.getByRole('button', { name: words[lang].change }).waitFor();
						expect(await page.locator('#chooser-form').isVisible(), link).toBe(false);
						const box = await answerBox(page, lang);
						expect(box, link).toBeDefined();
						// Unscrolled, the heading and the start of the first pick are on the screen.
						expect(box!.scrollY, link).toBe(0);
						expect(box!.firstBottom, link).toBeLessThanOrEqual(viewport.height);
						offsets.push(`${link}: ${Math.round(box!.top)} px`);
					}
					expect(offsets).toHaveLength(LINKS.length);
					expect(errors).toEqual([]);
				});

				it('"Change" opens the form at its first choice; the answer stays below it', async () => {
					const { page } = browser;
					await page.goto(`${base}/?device=phone&budget=0&open=required&lang=${lang}`);
					await ready(page);
					const change = page.getByRole('button', { name: words[lang].change });
					expect(await change.getAttribute('aria-controls')).toBe('chooser-form');
					await change.click();
					await page.locator('#chooser-form').waitFor();
					const focused = await page.evaluate(() => {
						const el = document.activeElement as HTMLInputElement | null;
						return { name: el?.name, value: el?.value, form: el?.closest('form')?.id };
					});
					expect(focused).toEqual({ name: 'device', value: 'phone', form: 'chooser-form' });
				});
			});
		}
	}
});

describe('a visit without inputs, on a phone', () => {
	it('shows the form with a live count that folds it and leads to the answer', async () => {
		const { page, errors } = await open({ viewport: PHONES[0], isMobile: true, hasTouch: true });
		await page.goto(`${base}/?lang=ar`);
		await ready(page);
		await page.locator('#chooser-form').waitFor();
		const see = page.getByRole('button', { name: /^اعرض الإجابة: \d+ خيار/ });
		expect(await see.getAttribute('aria-live')).toBe('polite');
		const before = await see.textContent();
		// The count follows the form.
		await page.getByRole('radio', { name: 'هاتف' }).check();
		await page.waitForFunction(
			(text) =>
				[...document.querySelectorAll('button[aria-live]')].some(
					(b) => b.checkVisibility() && b.textContent !== text
				),
			before
		);
		await see.click();
		await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'إجابتك');
		expect(await page.locator('#chooser-form').isVisible()).toBe(false);
		const box = await answerBox(page, 'ar');
		expect(box!.top).toBeGreaterThanOrEqual(-1);
		expect(box!.firstBottom).toBeLessThanOrEqual(PHONES[0].height);
		expect(errors).toEqual([]);
	});

	it('shows at least two whole cards a screen', async () => {
		const { page } = await open({ viewport: PHONES[0], isMobile: true, hasTouch: true });
		for (const link of ['/?lang=ar', '/?device=phone&budget=0&open=required&lang=ar']) {
			await page.goto(`${base}${link}`);
			await ready(page);
			const heights = await page.evaluate(() =>
				[...document.querySelectorAll('article.option')]
					.filter((card) => card.checkVisibility())
					.slice(0, 6)
					.map((card) => card.getBoundingClientRect().height)
			);
			expect(heights.length, link).toBeGreaterThanOrEqual(4);
			// Any two cards in a row fit on the screen together, with the gap between them.
			for (const [i, height] of heights.slice(0, -1).entries()) {
				expect(
					height + heights[i + 1]! + 16,
					`${link}, cards ${i + 1} and ${i + 2}`
				).toBeLessThanOrEqual(PHONES[0].height);
			}
		}
	});
});

describe('the last inputs, remembered', () => {
	it('come back after a reload, folded, until "Start over"; the header link keeps them', async () => {
		const { context, page, errors } = await open({
			viewport: PHONES[1],
			isMobile: true,
			hasTouch: true
		});
		// Whether the default answer was held back from the first paint (app.html's first script).
		await context.addInitScript(() => {
			new MutationObserver(() => {
				if (document.documentElement?.hasAttribute('data-pending')) {
					Object.assign(window, { heldDefaultAnswer: true });
				}
			}).observe(document, { attributes: true, subtree: true });
		});
		await page.goto(`${base}/?lang=en`);
		await ready(page);
		await page.getByRole('radio', { name: 'Phone' }).check();
		await page.getByRole('textbox', { name: /Monthly budget/ }).fill('٢٠');
		await page.waitForFunction(() => location.search.includes('budget=20'));
		const stored = await page.evaluate(() => localStorage.getItem('model-chooser:inputs'));
		expect(stored).toBe('device=phone&budget=20');

		// The installed app's start: no inputs in the address.
		await page.goto(`${base}/`);
		await ready(page);
		const summary = page.getByRole('region', { name: 'Your choices' });
		await page.waitForFunction(() => location.search === '?device=phone&budget=20');
		expect(await page.evaluate(() => 'heldDefaultAnswer' in window)).toBe(true);
		expect((await summary.textContent())?.replace(/\s+/g, ' ')).toContain('Phone · budget US$20');
		expect(await page.locator('#chooser-form').isVisible()).toBe(false);
		expect((await answerBox(page, 'en'))!.firstBottom).toBeLessThanOrEqual(PHONES[1].height);

		// Away and back by the header's link: the same inputs.
		await page.getByRole('navigation').getByRole('link', { name: 'Catalogue' }).click();
		await page.waitForURL(/\/models/);
		await page.getByRole('navigation').getByRole('link', { name: 'Chooser' }).click();
		await page.waitForURL(/\/\?device=phone&budget=20/);
		await ready(page);
		await page.getByRole('button', { name: 'Change' }).waitFor();

		await summary.getByRole('button', { name: 'Start over' }).click();
		await page.waitForFunction(() => location.search === '');
		await page.locator('#chooser-form').waitFor();
		expect(await page.evaluate(() => localStorage.getItem('model-chooser:inputs'))).toBeNull();
		await page.reload();
		await ready(page);
		expect(await page.getByRole('radio', { name: 'Not chosen' }).isChecked()).toBe(true);
		expect(await page.locator('#chooser-form').isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('never replace a link’s own inputs, and opening a link remembers nothing', async () => {
		const { page } = await open();
		await page.goto(`${base}/?budget=200&lang=en`);
		await ready(page);
		await page.getByRole('textbox', { name: /Monthly budget/ }).fill('50');
		await page.waitForFunction(() => location.search.includes('budget=50'));
		await page.goto(`${base}/?device=gpu&vram=8&lang=en`);
		await ready(page);
		expect(await page.evaluate(() => location.search)).toBe('?device=gpu&vram=8&lang=en');
		expect(await page.evaluate(() => localStorage.getItem('model-chooser:inputs'))).toBe(
			'budget=50'
		);
		// The header's link back keeps the link's inputs shown, not the remembered ones.
		await page.getByRole('navigation').getByRole('link', { name: 'Compare' }).click();
		await page.waitForURL(/\/compare/);
		await page.getByRole('navigation').getByRole('link', { name: 'Chooser' }).click();
		await page.waitForURL(
			(url) => url.pathname === '/' && url.search === '?device=gpu&vram=8&lang=en'
		);
		await ready(page);
		await page
			.getByRole('radio', { name: 'Computer with a graphics card', checked: true })
			.waitFor();
	});
});
