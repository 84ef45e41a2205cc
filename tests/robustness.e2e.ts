import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './browser';

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
					const notice = page.getByText(/were not understood and were left out/);
					expect(await notice.count(), `${route}?${query.slice(0, 60)}`).toBe(1);
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
	it('once the app is installed, opens the page that says there is no such model', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/?lang=en`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		// The service worker answers the navigation: the app starts on this address.
		await page.goto(`${base}/models/%E0%A4%A`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.getByRole('heading', { level: 1, name: 'Model not found' }).waitFor();
		expect(errors).toEqual([]);
	});
});
