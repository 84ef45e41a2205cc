/**
 * Opening storage has a time limit: an `indexedDB.open` that never answers, or an upgrade blocked
 * by another tab holding an older version, leaves the app read-only with a word about other tabs,
 * never waiting forever; and typing is never overwritten by another tab's saves.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';
import { runsAlone } from './turns';

// Holds the app to its time limits on opening storage: with no other file on the cores.
runsAlone();

const base = inject('baseURL');
const open = browserPerTest();

const OTHER_TABS = 'Another tab of Model Chooser may be holding it: close that tab and reload.';
const OTHER_TABS_AR = 'ربما تُمسك علامة تبويب أخرى للتطبيق ببياناتك: أغلقها ثم أعد التحميل.';
/** The banner's usual sentence blames the browser: not said when storage was only slow. */
const BROWSER_REFUSED = "This browser won't let the app save anything";

const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));

/** Errors that are the app's faults: uncaught exceptions and unhandled rejections. */
const unhandled = (errors: string[]) =>
	errors.filter((e) => e.startsWith('pageerror') || /Uncaught|unhandled/i.test(e));

describe('an open that never answers', () => {
	it('goes read-only within the time limit, says other tabs may hold the data, refuses writes clearly', async () => {
		const { page, context, errors } = await open();
		await context.addInitScript(() => {
			(globalThis as Record<string, unknown>).modelChooserOpenTimeLimitMs = 1000;
			// A request that never fires: a known WebKit hang, or an upgrade that waits forever.
			IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
		});
		await page.goto(`${base}/`);
		await started(page);
		const banner = page.getByRole('status').filter({ hasText: OTHER_TABS });
		// Well within the limit and the page's own start: never the 30 s default wait.
		await banner.waitFor({ timeout: 8000 });
		expect(await banner.textContent()).toContain("changes can't be saved");

		await page.goto(`${base}/?lang=ar`);
		await page.getByRole('status').filter({ hasText: OTHER_TABS_AR }).waitFor({ timeout: 8000 });

		// A model the person added: said plainly, never "Looking for this model…" forever.
		await page.goto(`${base}/models/my-llama`);
		await page
			.getByText('Your saved data could not be opened, so a model you added cannot be shown now.')
			.waitFor({ timeout: 8000 });
		expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
		// Why, said once: by the banner over the page, not again under the model's line.
		expect(await page.getByText(OTHER_TABS).count()).toBe(1);
		expect(await page.getByText(BROWSER_REFUSED).count()).toBe(0);

		// A star is refused, in words, and stays as it was.
		await page.goto(`${base}/models`);
		await banner.waitFor({ timeout: 8000 });
		const star = page.getByRole('button', { name: 'Favourite: GPT-4o' }).first();
		await star.click();
		const alert = page.getByRole('alert').filter({ hasText: 'Your star on GPT-4o was not saved.' });
		await alert.waitFor();
		expect(await alert.textContent()).toContain('another tab of Model Chooser may be holding it');
		expect(await star.getAttribute('aria-pressed')).toBe('false');

		// The import control is not left busy.
		await page.goto(`${base}/settings`);
		await banner.waitFor({ timeout: 8000 });
		const input = page.getByLabel('Import', { exact: true });
		expect(await input.getAttribute('aria-busy')).toBe('false');
		expect(unhandled(errors)).toEqual([]);
	});

	it('refuses a write made while it waits, with a clear message, keeping what was typed', async () => {
		const { page, context, errors } = await open();
		await context.addInitScript(() => {
			(globalThis as Record<string, unknown>).modelChooserOpenTimeLimitMs = 4000;
			IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
		});
		await page.goto(`${base}/settings`);
		await started(page);
		await page.getByLabel('Model name').fill('Llama 3.1 8B');
		const add = page.getByRole('button', { name: 'Add the model' });
		// Pressed before the limit (the form turns read-only after it): the write waits, then is
		// refused, never queued.
		expect(await page.getByText(OTHER_TABS).count()).toBe(0);
		await add.click({ timeout: 3000 });
		const alert = page
			.getByRole('alert')
			.filter({ hasText: 'Not saved. Your data has not opened' });
		await alert.waitFor({ timeout: 10_000 });
		expect(await alert.textContent()).toContain('What you typed is still here.');
		expect(await page.getByLabel('Model name').inputValue()).toBe('Llama 3.1 8B');
		expect(unhandled(errors)).toEqual([]);
	});
});

describe('an upgrade blocked by another tab', () => {
	it('says so at once, then saves again once the other tab lets go', async () => {
		const { page: holder, context, errors } = await open();
		// The other tab: an older version of the database, open, ignoring the version change.
		await holder.goto(`${base}/robots.txt`);
		await holder.evaluate(
			() =>
				new Promise<void>((done, fail) => {
					const request = indexedDB.open('model-chooser', 1);
					request.onsuccess = () => {
						const db = request.result;
						db.onversionchange = () => {};
						(window as unknown as { held: IDBDatabase }).held = db;
						done();
					};
					request.onerror = () => fail(request.error);
				})
		);
		const page = await context.newPage();
		const pageErrors: string[] = [];
		page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
		await page.goto(`${base}/models`);
		await started(page);
		// The blocked event, not the 4 s limit, ends the wait.
		const banner = page.getByRole('status').filter({ hasText: OTHER_TABS });
		await banner.waitFor({ timeout: 3500 });

		await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
		// The database answers: the app is writable again, the banner goes.
		await banner.waitFor({ state: 'detached' });
		await waitForSeed(page);
		const star = page.getByRole('button', { name: 'Favourite: GPT-4o' }).first();
		await star.click();
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		const stored = await readIndexedDb(page, 'model-chooser');
		expect((stored.favourites ?? []).map((f) => f.key)).toEqual(['model:gpt-4o']);
		expect(unhandled([...errors, ...pageErrors])).toEqual([]);
	});
});

describe('typing is never overwritten', () => {
	it('keeps the note being typed while another tab saves a note and a star', async () => {
		const { page: a, context, errors } = await open();
		await a.goto(`${base}/models/gpt-4o`);
		await started(a);
		await waitForSeed(a);
		const notes = a.locator('textarea#notes-gpt-4o');
		await notes.fill('Draft typed in this tab');

		const b = await context.newPage();
		await b.goto(`${base}/models/deepseek`);
		await started(b);
		await b.locator('textarea#notes-deepseek').fill('Saved in the other tab');
		await b.locator('form.notes').getByRole('button').click();
		await b.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
		// Then a star on this tab's model: once it shows here, this tab has read the other's saves.
		await b.goto(`${base}/models`);
		// A press before the app has started is a press on the prerendered page, which does nothing.
		await started(b);
		await b.getByRole('button', { name: 'Favourite: GPT-4o' }).first().click();
		const star = a.getByRole('heading', { level: 1 }).locator('..').getByRole('button');
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
		expect(await notes.inputValue()).toBe('Draft typed in this tab');

		// A note saved on this very model elsewhere does not wipe the draft either.
		await b.goto(`${base}/models/gpt-4o`);
		await started(b);
		await b.locator('textarea#notes-gpt-4o').fill('From the other tab');
		await b.locator('form.notes').getByRole('button').click();
		await b.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
		await b.getByRole('heading', { level: 1 }).locator('..').getByRole('button').click();
		await expect.poll(() => star.getAttribute('aria-pressed')).toBe('false');
		expect(await notes.inputValue()).toBe('Draft typed in this tab');

		// Saved here, it is what is stored.
		await a.locator('form.notes').getByRole('button').click();
		await a.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
		const stored = await readIndexedDb(a, 'model-chooser');
		expect(stored.notes?.find((n) => n.modelId === 'gpt-4o')?.text).toBe('Draft typed in this tab');
		expect(unhandled(errors)).toEqual([]);
	});
});
