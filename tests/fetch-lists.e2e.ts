/**
 * "Get the latest lists" (issue 15) in a real browser, against the built app: the two public
 * lists' addresses are answered by Playwright's request routing with small lists in the
 * documented shapes (`tests/fixtures`), never by the real sites.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const OPENROUTER = 'https://openrouter.ai/api/v1/models';
const MODELS_DEV = 'https://models.dev/api.json';

/** A list as its source sends it: JSON, readable by any origin, with its size announced. */
const serve = (route: Route, body: Buffer) =>
	route.fulfill({
		status: 200,
		contentType: 'application/json',
		headers: { 'access-control-allow-origin': '*' },
		body
	});

/** Both lists answered from the fixtures, unless a test answers one itself. */
async function routeLists(
	context: BrowserContext,
	answers: { openrouter?: (route: Route) => unknown; modelsDev?: (route: Route) => unknown } = {}
) {
	await context.route(
		OPENROUTER,
		answers.openrouter ?? ((route) => serve(route, fixture('openrouter-models.sample.json')))
	);
	await context.route(
		MODELS_DEV,
		answers.modelsDev ?? ((route) => serve(route, fixture('models-dev-api.sample.json')))
	);
}

/** The settings page, its stored catalogue seeded and "Get the latest lists" loaded. */
async function settings(page: Page) {
	await page.goto(`${base}/settings`);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
	await waitForSeed(page);
	const button = page.getByRole('button', { name: 'Get the latest lists' });
	await button.waitFor();
	return button;
}

/** The person's own records and the lists' "as of" records, as stored. */
async function stored(page: Page) {
	const stores = await readIndexedDb(page, 'model-chooser');
	return {
		own: (stores.models ?? []).filter((r) => r.origin === 'own').length,
		lists: (stores.lists ?? []).map((r) => [r.source, r.how])
	};
}

/** The preview of the list read from `format`, found by what it says. */
const preview = (page: Page, format: string) =>
	page.locator('section.preview').filter({ hasText: `from ${format}` });

describe('Get the latest lists', () => {
	it('fetches both lists, previews each, imports them, and shows each list’s as-of', async () => {
		const { page, context, errors } = await open();
		await routeLists(context);
		const button = await settings(page);
		expect(await page.getByText('No public model list yet').count()).toBe(1);
		expect(await page.getByText('only when you press this').count()).toBe(1);
		await button.click();

		await preview(page, 'OpenRouter').getByRole('button', { name: 'Import' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^OpenRouter: Imported/ })
			.waitFor();
		await preview(page, 'models.dev').getByRole('button', { name: 'Import' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^models.dev: Imported/ })
			.waitFor();

		await page.getByText('OpenRouter, fetched today').waitFor();
		await page.getByText('models.dev, fetched today').waitFor();
		const after = await stored(page);
		expect(after.own).toBeGreaterThan(0);
		// IndexedDB hands records back in key order.
		expect(after.lists).toEqual([
			['models-dev', 'fetched'],
			['openrouter', 'fetched']
		]);
		expect(errors).toEqual([]);
	});

	it('says which list failed and why, and still brings the other', async () => {
		const { page, context } = await open();
		await routeLists(context, {
			openrouter: (route) =>
				route.fulfill({
					status: 500,
					headers: { 'access-control-allow-origin': '*' },
					body: 'Internal error'
				})
		});
		const button = await settings(page);
		await button.click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'OpenRouter answered with error 500' })
			.waitFor();
		await preview(page, 'models.dev').getByRole('button', { name: 'Import' }).click();
		await page.getByText('models.dev, fetched today').waitFor();
		expect((await stored(page)).lists).toEqual([['models-dev', 'fetched']]);
		expect(await page.getByText('OpenRouter, fetched').count()).toBe(0);
	});

	it('offers the file import when a source refuses the read', async () => {
		const { page, context } = await open();
		// What a page sees of a cross-origin refusal: a network error, with no status.
		await routeLists(context, { openrouter: (route) => route.abort('accessdenied') });
		const button = await settings(page);
		await button.click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'OpenRouter did not let the app read its list' })
			.waitFor();
		await page.getByRole('button', { name: 'Import a file instead' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-file');
	});

	it('says offline and changes nothing when the device is offline', async () => {
		const { page, context } = await open();
		let asked = 0;
		await routeLists(context, {
			openrouter: (route) => (asked++, serve(route, fixture('openrouter-models.sample.json'))),
			modelsDev: (route) => (asked++, serve(route, fixture('models-dev-api.sample.json')))
		});
		const button = await settings(page);
		const before = await stored(page);
		await context.setOffline(true);
		await button.click();
		await page.getByRole('alert').filter({ hasText: 'OpenRouter: you are offline' }).waitFor();
		await page.getByRole('alert').filter({ hasText: 'models.dev: you are offline' }).waitFor();
		expect(await stored(page)).toEqual(before);
		expect(asked).toBe(0);
	});

	it('cancels a slow list, keeping nothing of it, while the other comes in', async () => {
		const { page, context } = await open();
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await routeLists(context, {
			// Not awaited: the handler returns, and the request waits for the release.
			openrouter: (route) => void held.then(() => route.abort().catch(() => {}))
		});
		const button = await settings(page);
		await button.click();
		const slow = page.getByRole('group', { name: 'OpenRouter' });
		await slow.getByText('asking for the list').waitFor();
		await slow.getByRole('button', { name: 'Cancel' }).click();
		await page.getByRole('alert').filter({ hasText: 'OpenRouter: cancelled' }).waitFor();
		release();
		await preview(page, 'models.dev').getByRole('button', { name: 'Import' }).click();
		await page.getByText('models.dev, fetched today').waitFor();
		expect((await stored(page)).lists).toEqual([['models-dev', 'fetched']]);
	});

	it('keeps the as-of dates in an export, and a fresh profile reads them back', async () => {
		const { page, context } = await open();
		await routeLists(context);
		const button = await settings(page);
		await button.click();
		await preview(page, 'OpenRouter').getByRole('button', { name: 'Cancel' }).click();
		await page.getByRole('alert').filter({ hasText: 'OpenRouter: cancelled' }).waitFor();
		await preview(page, 'models.dev').getByRole('button', { name: 'Import' }).click();
		await page.getByText('models.dev, fetched today').waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export', exact: true }).click()
		]);
		const file = readFileSync((await download.path())!);
		const exported = JSON.parse(file.toString('utf8'));
		expect(exported.lists).toMatchObject([{ source: 'models-dev', how: 'fetched' }]);

		const friend = await open();
		await settings(friend.page);
		await friend.page
			.getByLabel('Import', { exact: true })
			.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: file });
		await friend.page
			.locator('section.preview')
			.getByRole('button', { name: 'Import', exact: true })
			.click();
		await friend.page.getByText('models.dev, fetched today').waitFor();
	});

	it('a list imported from a file is dated by the file', async () => {
		const { page } = await open();
		await settings(page);
		await page.getByLabel('Import', { exact: true }).setInputFiles({
			name: 'models.json',
			mimeType: 'application/json',
			buffer: fixture('openrouter-models.sample.json')
		});
		await preview(page, 'OpenRouter').getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByText('OpenRouter, from a file dated').waitFor();
		expect((await stored(page)).lists).toEqual([['openrouter', 'file']]);
	});
});
