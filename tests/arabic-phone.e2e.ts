/**
 * What a person finds on a 390 × 844 phone, in Arabic and in English, against the built app:
 * every in-app link keeps the chosen language, leaving a page with an unsaved note asks first
 * (a header link, Back, closing the tab), and Arabic pages write Arabic punctuation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, settled } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const phone = { viewport: { width: 390, height: 844 } };

const words = {
	en: {
		nav: ['Catalogue', 'Compare', 'About', 'Settings', 'Chooser'],
		notes: 'Notes on GPT-4o',
		ask: 'Unsaved edits. Leave anyway?',
		leave: 'Leave',
		keep: 'Keep editing'
	},
	ar: {
		nav: ['الفهرس', 'قارن', 'حول', 'الإعدادات', 'المختار'],
		notes: /^ملاحظات عن/,
		ask: 'لم تُحفظ تعديلاتك. أتغادر؟',
		leave: 'مغادرة',
		keep: 'متابعة التعديل'
	}
} as const;

/** Whether the page would ask before it unloads (a `beforeunload` it cancels). */
const guarded = () => {
	const event = new Event('beforeunload', { cancelable: true });
	dispatchEvent(event);
	return event.defaultPrevented;
};

/** The header's link named `name`. */
const headerLink = (page: Page, name: string) =>
	page.getByRole('navigation').getByRole('link', { name, exact: true });

/** Every link of the page to the app itself whose address does not carry `lang=<lang>`. */
const linksWithoutLang = (page: Page, lang: string) =>
	page.evaluate(
		(lang) =>
			[...document.querySelectorAll('a[href]')]
				.map((a) => new URL((a as HTMLAnchorElement).href))
				.filter((url) => url.origin === location.origin && url.pathname !== location.pathname)
				.filter((url) => url.searchParams.get('lang') !== lang)
				.map((url) => url.pathname + url.search),
		lang
	);

for (const lang of ['ar', 'en'] as const) {
	const w = words[lang];

	describe(`links keep the chosen language (${lang})`, () => {
		it('clicking through the header keeps ?lang, and every in-app link of each page carries it', async () => {
			const { page, errors } = await open(phone);
			await page.goto(`${base}/models/gpt-4o?lang=${lang}`);
			await settled(page);
			expect(await linksWithoutLang(page, lang)).toEqual([]);
			for (const name of w.nav) {
				await headerLink(page, name).click();
				await page.waitForFunction(
					(name) => document.querySelector('[aria-current="page"]')?.textContent === name,
					name
				);
				await settled(page);
				expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
				expect(await linksWithoutLang(page, lang)).toEqual([]);
			}
			expect(errors).toEqual([]);
		});
	});

	describe(`leaving a page with an unsaved note (${lang})`, () => {
		it('a header link asks; "Keep editing" keeps the text and the page; "Leave" goes', async () => {
			const { page, errors } = await open(phone);
			await page.goto(`${base}/models/gpt-4o?lang=${lang}`);
			await settled(page);
			const notes = page.getByRole('textbox', { name: w.notes });
			await notes.click();
			await page.keyboard.type('Try it for drafts');
			await expect.poll(() => page.evaluate(guarded)).toBe(true);

			await headerLink(page, w.nav[1]).click();
			const keep = page.getByRole('button', { name: w.keep });
			await keep.waitFor();
			expect(await page.getByText(w.ask).count()).toBe(1);
			await expect.poll(() => keep.evaluate((b) => b === document.activeElement)).toBe(true);
			expect(new URL(page.url()).pathname).toBe('/models/gpt-4o');

			await keep.click();
			await expect.poll(() => page.getByText(w.ask).count()).toBe(0);
			expect(await notes.inputValue()).toBe('Try it for drafts');
			expect(new URL(page.url()).pathname).toBe('/models/gpt-4o');

			await headerLink(page, w.nav[1]).click();
			await page.getByRole('button', { name: w.leave }).click();
			await page.waitForURL((url) => url.pathname === '/compare');
			expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
			expect(errors).toEqual([]);
		});

		it('Back asks, and stays; closing the tab asks the browser’s own question', async () => {
			// Closing a tab through its beforeunload question ends the Chromium the tab runs in (seen
			// with a shared one): this test has a Chromium of its own.
			const { page } = await open({ ...phone, profile: true });
			await page.goto(`${base}/models?lang=${lang}`);
			await settled(page);
			await page.locator('a[href^="/models/gpt-4o?"]').first().click();
			await page.waitForURL((url) => url.pathname === '/models/gpt-4o');
			await settled(page);
			const notes = page.getByRole('textbox', { name: w.notes });
			await notes.click();
			await page.keyboard.type('Keep me');
			// The page guards the note once its guard has loaded (with the first unsaved edit): a
			// closing tab would be asked about now.
			await expect.poll(() => page.evaluate(guarded)).toBe(true);

			await page.evaluate(() => history.back());
			await page.getByText(w.ask).waitFor();
			await expect.poll(() => new URL(page.url()).pathname).toBe('/models/gpt-4o');
			await page.getByRole('button', { name: w.keep }).click();
			expect(await notes.inputValue()).toBe('Keep me');

			const asked = new Promise<string>((done) =>
				page.once('dialog', (dialog) => {
					done(dialog.type());
					void dialog.dismiss();
				})
			);
			await page.close({ runBeforeUnload: true });
			expect(await asked).toBe('beforeunload');
		});
	});
}

describe('Arabic pages write Arabic punctuation', () => {
	const pages = [
		'/?lang=ar',
		'/models?lang=ar',
		'/models/gpt-4o?lang=ar',
		'/models/deepseek?lang=ar',
		'/compare?ids=gpt-4o,deepseek&lang=ar',
		'/about?lang=ar',
		'/settings?lang=ar'
	];
	it('no Latin ";" or "," next to an Arabic letter in any page’s text', async () => {
		const { page } = await open(phone);
		const faults: string[] = [];
		for (const path of pages) {
			await page.goto(`${base}${path}`);
			await settled(page);
			const text = await page.evaluate(() => document.body.innerText);
			// Isolates, marks and spaces between the letter and the mark do not hide it.
			const between = '[\\s\\u200e\\u200f\\u2066-\\u2069]*';
			const arabic = '[\\u0600-\\u06ff]';
			const near = new RegExp(
				`.{0,20}(${arabic}${between}[;,]|[;,]${between}${arabic}).{0,20}`,
				'g'
			);
			for (const match of text.match(near) ?? []) faults.push(`${path}: …${match}…`);
		}
		expect(faults).toEqual([]);
	});

	it('no dotted or dashed underline under Arabic words: its dots read as the letters’ own', async () => {
		const { page } = await open(phone);
		const faults: string[] = [];
		for (const path of pages) {
			await page.goto(`${base}${path}`);
			await settled(page);
			if (path === '/?lang=ar') {
				// The line on the public lists, with its "Not now", comes once its place is seen.
				await page.locator('.lists-spot').scrollIntoViewIfNeeded();
				await page.getByRole('button', { name: 'ليس الآن' }).waitFor();
			}
			const found = await page.evaluate(() => {
				const out: string[] = [];
				for (const element of document.body.querySelectorAll('*')) {
					const style = getComputedStyle(element);
					if (!style.textDecorationLine.includes('underline')) continue;
					if (!['dotted', 'dashed', 'wavy'].includes(style.textDecorationStyle)) continue;
					const text = (element as HTMLElement).innerText ?? '';
					if (/[\u0600-\u06ff]/.test(text)) out.push(`${element.tagName}: ${text.slice(0, 40)}`);
				}
				return out;
			});
			for (const fault of found) faults.push(`${path}: ${fault}`);
		}
		expect(faults).toEqual([]);
	});
});
