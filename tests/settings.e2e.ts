import { describe, expect, inject, it } from 'vitest';
import type { FileChooser } from 'playwright-core';
import { browserPerTest } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

describe('settings: install and storage', () => {
	it('offers "Install app" when the browser does, uses its prompt, then asks to keep the data', async () => {
		const browser = await open();
		const { page, errors } = browser;
		await page.goto(`${base}/settings`);
		await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
		await page.waitForFunction(() => document.querySelector('[data-persisted]') !== null);
		// Stand in for the browser's own offer, with a prompt the test can see being used.
		await page.evaluate(() => {
			// The page is installable, so Chromium may offer its own prompt at any moment: keep that
			// one from the app, so the button is sure to use the stand-in.
			addEventListener(
				'beforeinstallprompt',
				(offer) => {
					if (!('standIn' in offer)) offer.stopImmediatePropagation();
				},
				{ capture: true }
			);
			const event = new Event('beforeinstallprompt', { cancelable: true });
			Object.assign(event, {
				standIn: true,
				prompt: () => {
					(window as unknown as { prompted: boolean }).prompted = true;
					return Promise.resolve();
				},
				userChoice: Promise.resolve({ outcome: 'accepted' })
			});
			dispatchEvent(event);
		});
		await page.getByRole('button', { name: 'Install app' }).click();
		expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
			true
		);
		await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
		await page.getByText('Model Chooser is installed on this device.').waitFor();
		await page.waitForFunction(() => localStorage.getItem('model-chooser:persist-asked') !== null);
		expect(errors).toEqual([]);
	});

	it('shows Safari’s steps on an iPhone instead of a button', async () => {
		const browser = await open({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			userAgent:
				'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
		});
		const { page, context } = browser;
		// Safari never offers an install prompt; this Chromium would, so its offer is held back.
		await context.addInitScript(() =>
			addEventListener('beforeinstallprompt', (e) => e.stopImmediatePropagation(), true)
		);
		await page.goto(`${base}/settings`);
		await page.getByText('tap Share, then “Add to Home Screen”').waitFor();
		expect(await page.getByRole('button', { name: 'Install app' }).count()).toBe(0);
	});

	it('says whether storage lasts, and how much is used', async () => {
		const browser = await open();
		const { page } = browser;
		await page.goto(`${base}/settings`);
		const status = page.locator('[data-persisted]');
		await status.waitFor();
		const persisted = await page.evaluate(() => navigator.storage.persisted());
		expect(await status.getAttribute('data-persisted')).toBe(String(persisted));
		expect(await status.textContent()).toMatch(
			persisted ? /Your data is kept/ : /may clear this site’s data/
		);
		await page.getByText(/ used of about /).waitFor();
		expect(await page.getByText('Version 0.1.0, catalogue 2025-02-20.5.').count()).toBe(1);
	});
	it('counts what a first visit stores as it is stored, with no reload', async () => {
		const { page } = await open();
		await page.goto(`${base}/settings`);
		await page.getByText('Ready to work offline.').waitFor();
		// The browser's own figure once the app is saved: the page's line comes to say as much.
		const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		expect(stored).toBeGreaterThan(100_000);
		const UNITS: Record<string, number> = { byte: 1, bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
		const shown = async () => {
			const text = (await page.getByText(/ used of about /).textContent()) ?? '';
			const [, figure = '0', unit = 'byte'] = /^([\d.,]+)\s(\S+) used/.exec(text) ?? [];
			return Number(figure.replace(/,/g, '')) * (UNITS[unit] ?? Number.NaN);
		};
		await expect.poll(shown, { timeout: 10_000 }).toBeGreaterThanOrEqual(stored * 0.9);
	});
	it('chooses the language, kept on this device and in the address', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/settings?lang=en`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const languages = page.getByRole('group', { name: 'Language' });
		expect(await languages.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
		await languages.getByRole('radio', { name: 'العربية' }).check();
		await page.getByRole('heading', { level: 1, name: 'الإعدادات' }).waitFor();
		await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'ar');
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		// Kept on this device: a visit with no language in its address opens in Arabic.
		await page.goto(`${base}/settings`);
		const arabic = page.getByRole('group', { name: 'اللغة' });
		await arabic.waitFor();
		expect(await arabic.getByRole('radio', { name: 'العربية' }).isChecked()).toBe(true);
		await arabic.getByRole('radio', { name: 'English' }).check();
		await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
		expect(errors).toEqual([]);
	});

	it('offers Import in the page’s words, on a phone in Arabic: a press, Enter or Space opens the file chooser', async () => {
		const { page, errors } = await open();
		await page.setViewportSize({ width: 390, height: 844 });
		// Listened for from the start: the browser hands its file chooser to the test only once
		// asked to, and a press before that opens none the test can see.
		const choosers: FileChooser[] = [];
		page.on('filechooser', (chooser) => choosers.push(chooser));
		await page.goto(`${base}/settings?lang=ar`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		// The lists' part comes in above Import after the start: what follows moves till then.
		const fetchButton = page.getByRole('button', { name: 'جلب أحدث القوائم' });
		await fetchButton.waitFor();
		await page.waitForFunction(() => document.querySelector('[data-persisted]') !== null);
		const input = page.getByLabel('استيراد', { exact: true });
		const label = page.locator('label[for="import-file"]');
		// In the middle of the screen, clear of the bar docked at the bottom.
		await label.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		// What shows is the page's own button-like label; the browser's control ("Choose File", "No
		// file chosen" in the browser's language) lies over it, unseen.
		expect(await label.textContent()).toBe('استيراد');
		expect(await input.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
		const [shown, over] = [await label.boundingBox(), await input.boundingBox()];
		expect(over).toEqual(shown);
		expect(shown!.height).toBeGreaterThanOrEqual(40);
		// A press where the button shows reaches the browser's control.
		await page.mouse.click(shown!.x + shown!.width / 2, shown!.y + shown!.height / 2);
		await expect.poll(() => choosers.length).toBe(1);
		expect(choosers[0]!.isMultiple()).toBe(false);
		// By keyboard: reached by Tab, its focus drawn on the button, opened by Enter and by Space.
		await fetchButton.focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
		expect(await label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		await expect.poll(() => choosers.length).toBe(2);
		await page.keyboard.press('Space');
		await expect.poll(() => choosers.length).toBe(3);
		expect(errors).toEqual([]);
	});
});
