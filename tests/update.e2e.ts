import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.js';
import pkg from '../package.json' with { type: 'json' };
import { launch, type Browser } from './browser';
import { stopServer } from './built-server';
import { runsAlone } from './turns';

// Builds the app again, which takes both cores: with no other file beside it.
runsAlone();

// This file serves its own copy of the build, to deploy a second version over it.
const work = mkdtempSync(join(tmpdir(), 'chooser-update-'));
const served = join(work, 'site');
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
	cpSync('build', served, { recursive: true });
	({ server, url: base } = await startStaticServer({ root: served }));
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	if (server) await stopServer(server);
	rmSync(work, { recursive: true, force: true });
});

/** The version the tests deploy over the served one: built once, by the first test that needs it. */
const NEXT = 'next-version';
const next = join(work, 'next');
let built = false;

/** Puts `from` (a built app) in place of the served site, as a deployment does. */
function deploy(from: string) {
	for (const name of readdirSync(served)) rmSync(join(served, name), { recursive: true });
	cpSync(from, served, { recursive: true });
}

/**
 * Builds the app again with the version name `NEXT` (once a file: every deployment of it is the
 * same build), and deploys it over the served one.
 */
function deployNewVersion() {
	if (!built) {
		execFileSync(
			process.execPath,
			['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
			{
				env: { ...process.env, CHOOSER_VERSION: NEXT, CHOOSER_BUILD_DIR: next },
				stdio: 'pipe'
			}
		);
		built = true;
	}
	deploy(next);
}

const versionText = (version: string) => `Version ${version}, catalogue 2025-02-20.5.`;

/**
 * The service workers as the page sees them: the new one still waiting (`installed`), and the
 * page still run by the old one. A page that let the new worker take over, as a reload by itself
 * would, has none waiting (its state is `activating` or later) and another controller.
 */
const workers = (page: Page) =>
	page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return {
			waiting: registration?.waiting?.state,
			controlledByActive:
				navigator.serviceWorker.controller !== null &&
				navigator.serviceWorker.controller.scriptURL === registration?.active?.scriptURL &&
				navigator.serviceWorker.controller.state === 'activated'
		};
	});

describe('updates', () => {
	it('offers a waiting update, never reloads by itself, and runs the new version only after "Reload"', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/settings`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await page.getByText(versionText(pkg.version)).waitFor();
		await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'old page'));

		deployNewVersion();
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const toast = page.getByRole('status').filter({ hasText: 'Update available.' });
		await toast.waitFor();
		// The offer is the app's answer to the waiting worker; a reload by itself would have let
		// the worker take over first. It still waits, and this is still the old page.
		expect(await workers(page)).toEqual({ waiting: 'installed', controlledByActive: true });
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
			'old page'
		);
		expect(await page.getByText(versionText(pkg.version)).count()).toBe(1);

		// "Dismiss" keeps the old version running.
		await toast.getByRole('button', { name: 'Dismiss' }).click();
		expect(await toast.count()).toBe(0);
		expect(await workers(page)).toEqual({ waiting: 'installed', controlledByActive: true });
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
			'old page'
		);

		// An ordinary reload keeps it too: the new version still waits, and is offered again.
		await page.reload();
		await page.getByText(versionText(pkg.version)).waitFor();
		await toast.waitFor();

		// "Reload" lets it take over and reloads into it.
		await Promise.all([
			page.waitForEvent('load'),
			toast.getByRole('button', { name: 'Reload' }).click()
		]);
		await page.getByText(versionText(NEXT)).waitFor();
		expect(errors).toEqual([]);
	}, 180_000);

	it('with two tabs open, "Reload" in one: the other says a newer version runs, and its Reload works', async () => {
		// The first version served again, for a browser that has never seen the next one.
		deploy('build');
		const two = await launch();
		try {
			const first = two.page;
			const second = await two.context.newPage();
			await first.goto(`${base}/settings`);
			await first.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await second.goto(`${base}/settings`);
			await second.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const running = await second.locator('text=/^Version /').first().textContent();

			deployNewVersion();
			for (const page of [first, second]) {
				await page.evaluate(async () =>
					(await navigator.serviceWorker.getRegistration())?.update()
				);
			}
			const toast = (page: typeof first) =>
				page.getByRole('status').filter({ hasText: 'Update available.' });
			await toast(first).waitFor();
			await toast(second).waitFor();

			await Promise.all([
				first.waitForEvent('load'),
				toast(first).getByRole('button', { name: 'Reload' }).click()
			]);
			await first.getByText(versionText(NEXT)).waitFor();

			// The second tab still runs the old code, under the new worker: it says so.
			const newer = second
				.getByRole('status')
				.filter({ hasText: 'A newer version of the app is open in another tab.' });
			await newer.waitFor();
			expect(await toast(second).count()).toBe(0);
			expect(await second.locator('text=/^Version /').first().textContent()).toBe(running);
			await Promise.all([
				second.waitForEvent('load'),
				newer.getByRole('button', { name: 'Reload' }).click()
			]);
			await second.getByText(versionText(NEXT)).waitFor();
			expect(two.errors).toEqual([]);
		} finally {
			await two.close();
		}
	}, 180_000);

	it('offers a reload when another tab upgrades the database, and loses nothing', async () => {
		const { context } = browser;
		const page = await context.newPage();
		await page.goto(`${base}/models`);
		await page.locator('[data-source="indexeddb"]').waitFor();
		const other = await context.newPage();
		await other.goto(`${base}/robots.txt`);
		// The other tab runs a newer app: it opens the database at a higher version.
		const stores = await other.evaluate(
			() =>
				new Promise<string[]>((done, fail) => {
					const open = indexedDB.open('model-chooser', 1000);
					open.onsuccess = () => {
						const names = [...open.result.objectStoreNames];
						open.result.close();
						done(names);
					};
					open.onerror = () => fail(open.error);
					open.onblocked = () => fail(new Error('blocked: the old tab did not let go'));
				})
		);
		expect(stores).toEqual(
			expect.arrayContaining(['models', 'offers', 'facts', 'vendors', 'meta'])
		);
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'A newer version of the app is open in another tab' });
		await notice.waitFor();
		expect(
			await page.getByRole('table', { name: 'Ways to use them' }).getByRole('row').count()
		).toBe(18);
		await page.close();
		await other.close();
	});
});
