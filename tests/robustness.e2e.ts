import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserPerTest, waitForSeed } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

/** Hostile and malformed query strings, raw (not re-encoded by the test). */
const corpus = [
	'device=<script>window.__xss=1</script>',
	'%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E=1',
	'budget="><img src=x onerror="window.__xss=1">',
	'q=<img src=x onerror=window.__xss=1>&ids=<svg onload=window.__xss=1>',
	'open=javascript:window.__xss=1',
	'ids=javascript:window.__xss=1,gpt-4',
	'__proto__[polluted]=1&constructor[prototype][polluted]=1',
	'__proto__=1&device=gpu&vram=99999999999999999999',
	`use=${'9'.repeat(10_000)}`,
	`${'x'.repeat(10_000)}=1`,
	'device=%E0%A4%A&budget=%&q=%zz',
	'device=phone%00&lang=ar%00',
	'budget=-1&use=NaN&vram=1e3&device=gpu'
];
const routes = ['/', '/models', '/compare', '/models/gpt-4', '/about', '/settings'];
const withNotice = new Set(['/', '/models', '/compare']);

describe('hostile and malformed links', () => {
	it('run no script, raise no error, pollute nothing, and say what they ignored', async () => {
		const { page, errors } = await open();
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		for (const route of routes) {
			for (const query of corpus) {
				await page.goto(`${base}${route}?${query}`);
				await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
				await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
				const state = await page.evaluate(() => ({
					xss: (window as unknown as { __xss?: number }).__xss,
					polluted: ({} as Record<string, unknown>).polluted,
					injected: document.querySelectorAll('main img, main svg[onload], main script').length
				}));
				expect(state, `${route}?${query.slice(0, 60)}`).toEqual({
					xss: undefined,
					polluted: undefined,
					injected: 0
				});
				if (withNotice.has(route)) {
					// Compare names an id it does not know only once storage has answered (the person's
					// own models may have it): the notice may come after the start.
					const notice = page.getByText(/were not understood and were left out/);
					await expect
						.poll(() => notice.count(), { message: `${route}?${query.slice(0, 60)}` })
						.toBe(1);
				}
			}
		}
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
	}, 240_000);

	it('still chooses from the built-in catalogue, with a banner, when IndexedDB is unavailable', async () => {
		const { page, context, errors } = await open();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined });
		});
		await page.goto(`${base}/?device=gpu&open=required&budget=0`);
		await page.getByText("changes can't be saved").waitFor();
		const names = await page
			.getByRole('list', { name: 'Recommendations' })
			.locator(':scope > li h3')
			.allTextContents();
		expect(names).toEqual([
			'DeepSeek app',
			'DeepSeek R1 distilled 7B on your device',
			'Mistral Small 3 on your device',
			'GPT-2 on your device'
		]);
		expect(errors).toEqual([]);
	});
});

describe('an address with no page', () => {
	for (const [lang, title, body, back] of [
		['en', 'Page not found', /There is no page at this address/, 'Go to the chooser'],
		['ar', 'الصفحة غير موجودة', /لا توجد صفحة بهذا العنوان/, 'اذهب إلى المختار']
	] as const) {
		it(`says so in ${lang}, with a title and the way back, naming nothing of the address`, async () => {
			const { page, errors } = await open();
			await page.goto(`${base}/foo/%3Cb%3Ebar%3C%2Fb%3E?lang=${lang}`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			await expect
				.poll(() => page.title())
				.toBe(`${title} — ${lang === 'ar' ? 'مختار النماذج' : 'Model Chooser'}`);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
			expect(await page.locator('main').textContent()).toMatch(body);
			expect(await page.locator('main').textContent()).not.toMatch(/bar|foo|404|Not Found/);
			await page.getByRole('link', { name: back }).click();
			await page.waitForURL((url) => url.pathname === '/');
			expect(errors).toEqual([]);
		});
	}
});

describe('a link’s fragment', () => {
	it('passes through untouched while the address follows the page’s state, on every page that keeps it', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/?device=gpu&lang=en#[x]`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.getByRole('radio', { name: 'Phone' }).check();
		await page.waitForFunction(() => location.search === '?device=phone&lang=en');
		expect(await page.evaluate(() => location.hash)).toBe('#[x]');

		await page.goto(`${base}/models?lang=en#[x]`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.getByRole('searchbox', { name: 'Search' }).fill('gpt');
		await page.waitForFunction(() => location.search === '?q=gpt&lang=en');
		expect(await page.evaluate(() => location.hash)).toBe('#[x]');
		expect(errors).toEqual([]);
	});
});

describe('a path with a broken percent-escape', () => {
	for (const { lang, title } of [
		{ lang: 'en', title: 'Model not found' },
		{ lang: 'ar', title: 'النموذج غير موجود' }
	]) {
		it(`on a first visit (no service worker), the server gives the app, which says there is no such model, keeping the address as typed (${lang})`, async () => {
			const { page, errors } = await open();
			const response = await page.goto(`${base}/models/%E0%A4%A?lang=${lang}`);
			expect(response?.status()).toBe(200);
			expect(response?.fromServiceWorker()).toBe(false);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			await page.getByRole('heading', { level: 1, name: title }).waitFor();
			expect(await page.evaluate(() => location.pathname + location.search)).toBe(
				`/models/%E0%A4%A?lang=${lang}`
			);
			expect(errors).toEqual([]);
		});

		it(`once the app is installed, says there is no such model, keeping the address as typed (${lang})`, async () => {
			const { page, errors } = await open();
			await page.goto(`${base}/?lang=${lang}`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			// The service worker answers the navigation: the app starts on this address.
			await page.goto(`${base}/models/%E0%A4%A?lang=${lang}`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			await page.getByRole('heading', { level: 1, name: title }).waitFor();
			expect(await page.evaluate(() => location.pathname + location.search)).toBe(
				`/models/%E0%A4%A?lang=${lang}`
			);
			expect(errors).toEqual([]);
		});
	}
});

/**
 * Every address the page has held, from the first moment: recorded by an init script on every
 * `history.replaceState` and `pushState`, so an id dropped and put back is still seen.
 */
async function recordAddresses(context: BrowserContext) {
	await context.addInitScript(() => {
		const seen: string[] = [location.search];
		(window as unknown as { __addresses: string[] }).__addresses = seen;
		for (const kind of ['replaceState', 'pushState'] as const) {
			const original = history[kind].bind(history);
			history[kind] = (...args: Parameters<History['replaceState']>) => {
				original(...args);
				seen.push(location.search);
			};
		}
	});
}
const addresses = (page: Page) =>
	page.evaluate(() => (window as unknown as { __addresses: string[] }).__addresses);

describe('a link naming what the person added', () => {
	const file = readFileSync(
		new URL('./fixtures/cases/openrouter-maker-names.json', import.meta.url)
	);

	/** Imports a list through Settings: own models kimi-k2.6 and kimi-latest by the own maker moonshotai. */
	async function importOwn(page: Page) {
		await page.goto(`${base}/settings`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await waitForSeed(page);
		await page
			.getByLabel('Import', { exact: true })
			.setInputFiles({ name: 'lists.json', mimeType: 'application/json', buffer: file });
		await page.locator('button', { hasText: /^Import$/ }).click();
		await page
			.getByRole('status')
			.getByText(/^Imported /)
			.waitFor();
	}

	it('keeps an own model in a compare link while the data loads, then shows it', async () => {
		const { context, page, errors } = await open();
		await importOwn(page);
		await recordAddresses(context);
		await page.goto(`${base}/compare?ids=gpt-4o,kimi-k2.6`);
		await page.getByRole('columnheader', { name: /Kimi K2\.6/ }).waitFor();
		await page.getByRole('columnheader', { name: /^GPT-4o/ }).waitFor();
		const seen = await addresses(page);
		expect(seen.length).toBeGreaterThan(0);
		for (const search of seen) expect(search).toContain('kimi-k2.6');
		expect(new URL(page.url()).search).toBe('?ids=gpt-4o,kimi-k2.6');
		expect(await page.getByText('were not understood').count()).toBe(0);

		// An id nobody has is named once the person's data is known, and dropped.
		await page.goto(`${base}/compare?ids=gpt-4o,kimi-k2.6,nobodys-model`);
		await page.getByText('were not understood').waitFor();
		expect(await page.getByText('“nobodys-model”').count()).toBe(1);
		await page.waitForFunction(() => location.search === '?ids=gpt-4o,kimi-k2.6');
		expect(errors).toEqual([]);
	});

	it('keeps an own maker in a catalogue link while the data loads, then filters by it', async () => {
		const { context, page, errors } = await open();
		await importOwn(page);
		await recordAddresses(context);
		await page.goto(`${base}/models?vendor=moonshotai&open=open-weights`);
		await page.getByRole('cell', { name: 'Kimi K2.6' }).first().waitFor();
		const seen = await addresses(page);
		for (const search of seen) expect(search).toContain('vendor=moonshotai');
		expect(new URL(page.url()).search).toBe('?open=open-weights&vendor=moonshotai');
		expect(await page.getByText('were not understood').count()).toBe(0);

		await page.goto(`${base}/models?vendor=nobodys-maker&open=open-weights`);
		await page.getByText('were not understood').waitFor();
		expect(await page.getByText('“vendor”').count()).toBe(1);
		await page.waitForFunction(() => location.search === '?open=open-weights');
		expect(errors).toEqual([]);
	});
});

describe('text from a link in a notice', () => {
	/** Each of `words`' boxes in the notice, by a DOM Range over its letters. */
	async function boxes(page: Page, start: string, words: string[]) {
		return page.evaluate(
			([start, words]) => {
				const notice = [...document.querySelectorAll('p')].find((p) =>
					p.textContent?.trim().startsWith(start)
				)!;
				return words.map((word) => {
					const walker = document.createTreeWalker(notice, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const at = node.textContent!.indexOf(word);
						if (at < 0) continue;
						const range = document.createRange();
						range.setStart(node, at);
						range.setEnd(node, at + word.length);
						const { left, right, top } = range.getBoundingClientRect();
						return { left, right, top, isolated: !!node.parentElement?.closest('bdi') };
					}
					throw new Error(`${word} is not in the notice`);
				});
			},
			[start, words] as const
		);
	}

	const cases = [
		// A right-to-left override in a name, and two right-to-left names in an English line.
		{
			lang: 'en',
			search: '?%E2%80%AEx=1&%D7%A9%D7%9C%D7%95%D7%9D=1&%D7%A2%D7%95%D7%9C%D7%9D=1&device=gpu',
			words: ['\uFFFDx', 'שלום', 'עולם'],
			start: 'Some parts of this link'
		},
		// Three left-to-right names in an Arabic line, the first with the override.
		{
			lang: 'ar',
			search: '?%E2%80%AEx=1&alpha=1&beta=1&device=gpu&lang=ar',
			words: ['\uFFFDx', 'alpha', 'beta'],
			start: 'لم تُفهم بعض أجزاء'
		}
	] as const;
	for (const c of cases) {
		it(`isolates each name and shows direction controls as a visible mark (${c.lang})`, async () => {
			const { page, errors } = await open();
			await page.goto(`${base}/${c.search}`);
			await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
			const notice = page.locator('p', { hasText: c.start });
			await notice.waitFor();
			expect(await notice.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
			const [first, second, third] = await boxes(page, c.start, [...c.words]);
			expect([first!.isolated, second!.isolated, third!.isolated]).toEqual([true, true, true]);
			// Logical order on the line: left to right in English, right to left in Arabic.
			expect(first!.top).toBe(third!.top);
			if (c.lang === 'en') {
				expect(first!.right).toBeLessThanOrEqual(second!.left);
				expect(second!.right).toBeLessThanOrEqual(third!.left);
			} else {
				expect(first!.left).toBeGreaterThanOrEqual(second!.right);
				expect(second!.left).toBeGreaterThanOrEqual(third!.right);
			}
			expect(errors).toEqual([]);
		});
	}
});
