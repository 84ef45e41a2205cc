import { readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer } from '../scripts/serve.js';
import { launch, waitForSeed, workerReady, type Browser } from './browser';
import { builtServer, stopServer } from './built-server';

// This file serves the build itself, so that it can stop the server to go offline for real.
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
	({ server, url: base } = await startStaticServer({ root: 'build' }));
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	if (server) await stopServer(server);
});

/** Every file of the built site, as the URL a browser asks for. */
function builtUrls(root = 'build'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
		});
	return walk(root)
		.filter((file) => file !== 'sw.js')
		.map((file) => {
			if (file === 'index.html') return '/';
			if (file === '200.html') return '/200.html';
			return `/${file.replace(/\.html$/, '')}`;
		})
		.sort();
}

describe('offline and installable', () => {
	it('first visit: the service worker takes control, says so, and the catalogue is stored', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await workerReady(page);
		const stores = await waitForSeed(page);
		expect(stores.offers).toHaveLength(17);
		// It never reloaded the page by itself.
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
		expect(errors).toEqual([]);
	});

	it('precaches every file of the build the app reads, compared with the folder itself', async () => {
		const { page } = browser;
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) {
					const url = new URL(request.url);
					urls.push(url.pathname);
				}
			}
			return urls.sort();
		});
		expect(cached).toEqual(builtUrls());
		expect(cached).toContain('/manifest.webmanifest');
		expect(cached).toContain('/models/gpt-5');
		expect(cached.filter((u) => u.startsWith('/_app/immutable/')).length).toBeGreaterThan(10);
	});

	it('the worker leaves a file’s address to the server, and opens an own model’s page', async () => {
		const { context } = browser;
		const probe = await context.newPage();
		for (const path of ['/foo.png', '/robots.txt.bak', '/.well-known/security.txt']) {
			const response = await probe.goto(`${base}${path}`);
			expect(response?.status(), path).toBe(404);
			expect(response?.fromServiceWorker(), path).toBe(false);
		}
		const worker = await probe.goto(`${base}/sw.js`);
		expect(worker?.headers()['content-type']).toContain('javascript');
		// A model's id may hold dots: still the app's page, from the worker.
		const own = await probe.goto(`${base}/models/llama-3.1-mine`);
		expect(own?.fromServiceWorker()).toBe(true);
		await probe.getByRole('heading', { level: 1, name: 'Model not found' }).waitFor();
		await probe.close();
	});

	it('passes Chromium’s installability check, with the icons a phone needs', async () => {
		const { page, context } = browser;
		const cdp = await context.newCDPSession(page);
		expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
		// A second CDP session would otherwise undo Playwright's network emulation later on.
		await cdp.detach();
		const manifest = await page.evaluate(async () => {
			const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
			return (await fetch(href)).json();
		});
		expect(manifest).toMatchObject({
			short_name: 'Chooser',
			display: 'standalone',
			start_url: '/',
			scope: '/',
			theme_color: expect.stringMatching(/^#/),
			background_color: expect.stringMatching(/^#/)
		});
		expect(manifest.name).toContain('Model Chooser');
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		const icon = (sizes: string, purpose?: string) =>
			manifest.icons.find(
				(i: { sizes: string; purpose?: string }) => i.sizes === sizes && i.purpose === purpose
			);
		expect(icon('192x192')).toBeTruthy();
		expect(icon('512x512')).toBeTruthy();
		expect(icon('512x512', 'maskable')).toBeTruthy();
		expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/', '/models']);
		for (const i of manifest.icons.filter((i: { sizes: string }) => i.sizes !== 'any')) {
			const size = await page.evaluate(async (src: string) => {
				const bitmap = await createImageBitmap(await (await fetch(src)).blob());
				return `${bitmap.width}x${bitmap.height}`;
			}, i.src);
			expect(size).toBe(i.sizes);
		}
		expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);

		// Visited in Arabic, the app installs with its Arabic names (PRODUCT.md §1), as one app.
		await page.goto(`${base}/?lang=ar`);
		const arabic = await page.evaluate(async () => {
			const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
			const title = document.querySelector<HTMLMetaElement>(
				'meta[name="apple-mobile-web-app-title"]'
			)!.content;
			return { href, title, manifest: await (await fetch(href)).json() };
		});
		expect(new URL(arabic.href).pathname).toBe('/manifest-ar.webmanifest');
		expect(arabic.title).toBe('المختار');
		expect(arabic.manifest).toMatchObject({
			id: manifest.id,
			short_name: 'المختار',
			lang: 'ar',
			dir: 'rtl',
			start_url: '/',
			display: 'standalone'
		});
		expect(arabic.manifest.icons).toEqual(manifest.icons);
		expect(
			arabic.manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])
		).toEqual([
			['المختار', '/'],
			['الفهرس', '/models']
		]);
		const arCdp = await context.newCDPSession(page);
		expect(await arCdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
		await arCdp.detach();
		// The next test reloads the page it finds: the English one, as before.
		await page.goto(`${base}/`);
	});

	it('with the network off and the server stopped, every page and any link opens', async () => {
		const { page, context, errors } = browser;
		await reloadOffline(browser, server);
		await page.getByText('You are offline. Everything still works from this device.').waitFor();

		// A share link never visited before.
		await page.goto(`${base}/?device=gpu&open=required&budget=0`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		const names = await page
			.getByRole('list', { name: 'Recommendations' })
			.locator(':scope > li h3')
			.allTextContents();
		expect(names).toContain('DeepSeek app');
		expect(names).toContain('DeepSeek R1 distilled 7B on your device');
		// A link whose answer is empty says why, with words that load only then: stored too.
		await page.goto(`${base}/?device=phone&ram=2&local=1&lang=ar`);
		await page.getByText('لا شيء يناسب كل اختياراتك.').waitFor();
		await page.getByRole('button', { name: 'أوقف «التشغيل على جهازي فقط»' }).waitFor();

		const pages: [string, string][] = [
			['/models', 'Catalogue'],
			['/models/', 'Catalogue'],
			['/models?sort=price&x=1', 'Catalogue'],
			['/settings', 'Settings'],
			['/settings/', 'Settings'],
			['/models/gpt-5', 'GPT-5'],
			['/models/deepseek?from=share', 'DeepSeek (R1 / V3)'],
			['/models?open=open-weights&runs=gpu', 'Catalogue'],
			['/compare?ids=gpt-4,deepseek', 'Compare models'],
			['/about', 'About'],
			['/models/gpt-4o?lang=ar', 'GPT-4o']
		];
		for (const [path, heading] of pages) {
			await page.goto(`${base}${path}`);
			await page.getByRole('heading', { level: 1, name: heading }).waitFor();
		}
		// A page that was never prerendered opens through the fallback page, as itself.
		await page.goto(`${base}/models/a-model-i-added`);
		await page.getByRole('heading', { level: 1, name: 'Model not found' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/models/a-model-i-added');
		expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
		await context.setOffline(false);
	});
});

/**
 * The build served as usual, except that until `release()`, the service worker's own fetches
 * (the precache: `Sec-Fetch-Dest: empty`; the page's files are scripts, styles, documents) wait
 * unanswered in `held`, as on a network that drops in the middle of the first visit; after
 * `cut()`, until `release()`, they are cut at once (counted in `cuts.count`), as on a connection
 * that is back but does not yet work.
 */
async function gatedServer() {
	let holding = true;
	let cutting = false;
	const cuts = { count: 0 };
	const held: [IncomingMessage, ServerResponse][] = [];
	const built = await builtServer((req, res) => {
		if (req.headers['sec-fetch-dest'] !== 'empty') return false;
		if (cutting) {
			cuts.count += 1;
			res.socket?.destroy();
		} else if (holding) held.push([req, res]);
		else return false;
		return true;
	});
	const cut = () => {
		cutting = true;
		for (const [, res] of held.splice(0)) res.socket?.destroy();
	};
	const release = () => {
		holding = cutting = false;
		for (const [req, res] of held.splice(0)) built.pass(req, res);
	};
	return { gate: built.server, held, cut, cuts, release, url: built.url };
}

/** What a first visit on the gated server gives a test: its browser and the server's gate. */
type HeldVisit = Browser & Awaited<ReturnType<typeof gatedServer>>;

/**
 * A first visit on a gated server (`gatedServer`), once the app has started and the service
 * worker's first fetch is held; `body` runs, then the browser and the server are closed.
 */
async function heldFirstVisit(body: (visit: HeldVisit) => Promise<void>): Promise<void> {
	const gated = await gatedServer();
	const visit = await launch();
	try {
		await visit.page.goto(`${gated.url}/`);
		await visit.page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await vi.waitFor(() => expect(gated.held.length).toBeGreaterThan(0), { timeout: 20_000 });
		await body({ ...visit, ...gated });
	} finally {
		await visit.close();
		await stopServer(gated.gate);
	}
}

/** Waits until the page's first install of the worker is under way. */
async function installing(page: Page): Promise<void> {
	await page.waitForFunction(
		async () => !!(await navigator.serviceWorker.getRegistration())?.installing
	);
}

/** Waits until the browser holds no registration: the first install failed and was dropped. */
async function uninstalled(page: Page): Promise<void> {
	await page.waitForFunction(
		async () => (await navigator.serviceWorker.getRegistration()) === undefined
	);
}

/** With the network off and `server` stopped, reloads the page: the chooser opens. */
async function reloadOffline({ page, context }: Browser, server: Server): Promise<void> {
	await context.setOffline(true);
	await stopServer(server);
	await page.reload();
	await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
}

describe('offline during the first visit', () => {
	it('says the app is not yet saved until the worker holds everything, then works offline', async () => {
		await heldFirstVisit(async (visit) => {
			const { page, context, errors, release } = visit;
			await context.setOffline(true);
			await page
				.getByText('Not yet saved for offline use: keep this tab open and reconnect.')
				.waitFor();
			expect(await page.getByText('Everything still works from this device').count()).toBe(0);
			expect(await page.getByText('Ready to work offline.').count()).toBe(0);

			// Back online, the stored files arrive: only now is the app ready offline.
			await context.setOffline(false);
			release();
			await workerReady(page);

			// And it is: with the network off and the server stopped, a reload opens the app.
			await reloadOffline(visit, visit.gate);
			await page.getByText('You are offline. Everything still works from this device.').waitFor();
			expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
		});
	}, 90_000);

	it('a first install cut off by the network is tried again once it is back', async () => {
		await heldFirstVisit(async (visit) => {
			const { page, context, held, release } = visit;
			await installing(page);
			// The connection drops: the files being stored never arrive, and the install fails.
			await context.setOffline(true);
			for (const [, res] of held.splice(0)) res.socket?.destroy();
			await uninstalled(page);
			await page
				.getByText('Not yet saved for offline use: keep this tab open and reconnect.')
				.waitFor();

			release();
			await context.setOffline(false);
			await workerReady(page);
			await reloadOffline(visit, visit.gate);
		});
	}, 90_000);

	it('a first install that fails again once the network is back is tried again, unasked', async () => {
		await heldFirstVisit(async (visit) => {
			const { page, context, cut, cuts, release } = visit;
			await installing(page);
			await context.setOffline(true);
			cut();
			await uninstalled(page);
			// Back online, the connection does not work yet: the install tried on `online` fails too.
			const before = cuts.count;
			await context.setOffline(false);
			await vi.waitFor(() => expect(cuts.count).toBeGreaterThan(before), { timeout: 20_000 });
			await uninstalled(page);
			// Then it works, with no `online` and no visit: the app tries again by itself.
			release();
			await workerReady(page);
			await reloadOffline(visit, visit.gate);
		});
	}, 90_000);
});
