/**
 * The Content-Security-Policy every page carries (a <meta> tag, from svelte.config.js) and the
 * headers the host adds: every page runs whole under it in both languages, and injected script
 * is refused and reported.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, workerReady } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

/** Every built page as the address a browser opens, and one that only 200.html serves. */
function pageAddresses(root = 'build'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
		});
	const pages = walk(root)
		.filter((file) => file.endsWith('.html'))
		.map((file) => (file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`));
	return [...pages, '/models/a-model-i-added'].sort();
}

/** The directives of a policy, by name (none: an empty list). */
function parsePolicy(policy: string): Record<string, string[]> {
	const found: Record<string, string[]> = Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name, values])
	);
	return found;
}

type Violation = { directive: string; blocked: string; sample: string };

/** Collects the page's `securitypolicyviolation` events from before its first script. */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const found: Violation[] = [];
		(window as unknown as { violations: Violation[] }).violations = found;
		document.addEventListener('securitypolicyviolation', (event) =>
			found.push({
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				sample: event.sample
			})
		);
	});
	return () => page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);
}

const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));

describe('Content-Security-Policy', () => {
	it('every built page, and one served by 200.html, carries the policy; the host adds the rest', async () => {
		const addresses = pageAddresses();
		expect(addresses).toEqual(
			expect.arrayContaining(['/', '/200', '/about', '/models', '/models/gpt-5', '/settings'])
		);
		for (const address of addresses) {
			const response = await fetch(`${base}${address}`);
			expect(response.status, address).toBe(200);
			const html = await response.text();
			const metas = [
				...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)
			];
			expect(metas, address).toHaveLength(1);
			const policyOf = parsePolicy(
				(metas[0]?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"')
			);
			const policy = (name: string) => policyOf[name] ?? [];
			// Before the first script, so the policy covers every one of them.
			expect(html.indexOf('content-security-policy'), address).toBeLessThan(
				html.indexOf('<script')
			);
			expect(policy('default-src')).toEqual(["'self'"]);
			expect(policy('script-src')[0]).toBe("'self'");
			expect(
				policy('script-src')
					.slice(1)
					.every((s) => /^'sha256-[\w+/=]+'$/.test(s))
			).toBe(true);
			expect(policy('style-src')[0]).toBe("'self'");
			expect(
				policy('style-src')
					.slice(1)
					.every((s) => /^'sha256-[\w+/=]+'$/.test(s))
			).toBe(true);
			expect(policy('connect-src')).toEqual([
				"'self'",
				'https://openrouter.ai/api/v1/models',
				'https://models.dev/api.json'
			]);
			expect(policy('img-src')).toEqual(["'self'"]);
			expect(policy('manifest-src')).toEqual(["'self'"]);
			expect(policy('worker-src')).toEqual(["'self'", 'blob:']);
			expect(policy('object-src')).toEqual(["'none'"]);
			expect(policy('base-uri')).toEqual(["'none'"]);
			expect(policy('form-action')).toEqual(["'none'"]);
			expect(policy('require-trusted-types-for')).toEqual(["'script'"]);
			expect(policy('trusted-types')).toEqual([
				'svelte-trusted-html',
				'model-chooser-sw',
				'model-chooser-import-worker',
				'model-chooser-intl'
			]);
			expect(html).toContain('<meta name="referrer" content="no-referrer" />');
			expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
			expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('permissions-policy')).toContain('camera=()');
			expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
		}
	});

	it('every page runs under it in both languages, with no violation, and the chooser answers', async () => {
		const { page, errors } = await open();
		const violations = await watchViolations(page);
		// Each page starts its Intl warm-up worker, from a blob: address, under the policy.
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).protocol));
		const paths = [
			'/',
			'/models',
			'/models?open=open-weights',
			'/models/gpt-5',
			'/models/a-model-i-added',
			'/compare?ids=gpt-4,deepseek',
			'/about',
			'/settings'
		];
		for (const lang of ['en', 'ar'] as const) {
			for (const path of paths) {
				await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
				await started(page);
				// None: app.html's inline script and SvelteKit's ran under their hashes, every style.
				expect(await violations(), `${lang} ${path}`).toEqual([]);
				await expect
					.poll(() => `${lang} ${path}: ${workers.shift()}`)
					.toBe(`${lang} ${path}: blob:`);
			}
			// The chooser reacts to an input: its answer and the address follow the device.
			await page.goto(`${base}/?lang=${lang}`);
			await started(page);
			await page.getByRole('radio', { name: lang === 'en' ? 'Phone' : 'هاتف' }).check();
			await page.waitForURL(/device=phone/);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
			expect(await violations(), `${lang} chooser`).toEqual([]);
		}
		// The app's own Trusted Types policy let the service worker register.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		expect(errors).toEqual([]);
	}, 120_000);

	it('refuses injected script and HTML, and reports each refusal', async () => {
		const { page } = await open();
		const violations = await watchViolations(page);
		await page.goto(`${base}/about`);
		await started(page);

		// An inline script added to the page, its text set without a Trusted Types sink.
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.append(document.createTextNode('window.pwned = 1'));
			document.body.append(script);
		});
		// HTML written through innerHTML, with an inline handler in it.
		const thrown = await page.evaluate(() => {
			try {
				document.body.insertAdjacentElement('beforeend', document.createElement('div'))!.innerHTML =
					'<img src="/icons/icon.svg" onload="window.pwned = 2">';
				return null;
			} catch (error) {
				return (error as Error).name;
			}
		});
		expect(thrown).toBe('TypeError');
		// A script element's text set directly: refused at the sink.
		const direct = await page.evaluate(() => {
			try {
				document.createElement('script').textContent = 'window.pwned = 3';
				return null;
			} catch (error) {
				return (error as Error).name;
			}
		});
		expect(direct).toBe('TypeError');

		await page.waitForFunction(
			() => (window as unknown as { violations: unknown[] }).violations.length === 3
		);
		const found = await violations();
		// One report each: the script's text, innerHTML, the script's textContent.
		expect(found.map((v) => [v.directive, v.blocked])).toEqual(
			Array(3).fill(['require-trusted-types-for', 'trusted-types-sink'])
		);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBe(
			undefined
		);
	});

	it('refuses an inline script that Trusted Types let through: only hashed scripts run', async () => {
		const { page } = await open();
		const violations = await watchViolations(page);
		// A policy under a name the page allows, taken before the app can: its text passes Trusted
		// Types, and only script-src stands in the way.
		await page.addInitScript(() => {
			const factory = (
				window as unknown as {
					trustedTypes: {
						createPolicy(n: string, r: { createScript(s: string): string }): unknown;
					};
				}
			).trustedTypes;
			(window as unknown as { policy: unknown }).policy = factory.createPolicy('model-chooser-sw', {
				createScript: (s) => s
			});
		});
		await page.goto(`${base}/about`);
		await page.evaluate(() => {
			const { policy } = window as unknown as {
				policy: { createScript(s: string): string };
			};
			const script = document.createElement('script');
			script.text = policy.createScript('window.pwned = 4');
			document.body.append(script);
		});
		await page.waitForFunction(() =>
			(window as unknown as { violations: Violation[] }).violations.some(
				(v) => v.directive === 'script-src-elem'
			)
		);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBe(
			undefined
		);
		expect((await violations()).filter((v) => v.directive === 'script-src-elem')).toEqual([
			{ directive: 'script-src-elem', blocked: 'inline', sample: '' }
		]);
	});

	it('the service worker installs under it, and the app works offline', async () => {
		const { page, context, errors } = await open();
		const violations = await watchViolations(page);
		await page.goto(`${base}/models`);
		await workerReady(page);
		await context.setOffline(true);
		await page.goto(`${base}/models/gpt-5?lang=ar`);
		await page.getByRole('heading', { level: 1, name: 'GPT-5' }).waitFor();
		await started(page);
		expect(await violations()).toEqual([]);
		await context.setOffline(false);
		expect(errors).toEqual([]);
	});
});
