#!/usr/bin/env node
/**
 * Browser figures for `npm run bench`: the built app served like a static host (gzip), driven
 * in headless Chromium. Prints a table; never fails on a slow machine.
 *   - JavaScript and CSS each page itself requests on a first visit (gzip -9 of each file)
 *   - importing 300, 5,000 and 30,000 entries (an OpenRouter list) and the IndexedDB it uses
 *   - an input change on the chooser to updated results, at those sizes
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { startStaticServer } from './serve.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const executablePath = chromiumPath();
const args = CHROMIUM_ARGS;

if (!existsSync('build/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const { server, url: base } = await startStaticServer({ root: 'build' });

/** Runs `work` in a fresh profile and closes it. */
async function withBrowser(work) {
	const profile = mkdtempSync(join(tmpdir(), 'chooser-bench-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args
	});
	try {
		return await work(context, context.pages()[0] ?? (await context.newPage()));
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

const stats = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (t) => `${t.toFixed(t < 10 ? 1 : 0)} ms`;
const rows = [];
const row = (what, values, format) => {
	const s = stats(values);
	rows.push([what, format(s.median), format(s.min), format(s.max), String(values.length)]);
};

// 1. What each page itself asks for on a first visit.
const gz = (path) => gzipSync(readFileSync(join('build', path)), { level: 9 }).length;
for (const path of [
	'/',
	'/models',
	'/models/gpt-4',
	'/compare?ids=gpt-4,deepseek',
	'/about',
	'/settings'
]) {
	const js = [];
	const css = [];
	for (let i = 0; i < RUNS; i++) {
		await withBrowser(async (context, page) => {
			const seen = new Map();
			page.on('response', (r) => {
				const u = new URL(r.url());
				if (u.origin !== base) return;
				const type = r.request().resourceType();
				if (type === 'script' || type === 'stylesheet') seen.set(u.pathname, type);
			});
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(2000);
			let j = 0;
			let c = 0;
			for (const [p, type] of seen) {
				if (type === 'script') j += gz(p);
				else c += gz(p);
			}
			js.push(j);
			css.push(c);
		});
	}
	row(`JS the page requests, ${path}`, js, kib);
	row(`CSS the page requests, ${path}`, css, kib);
}

// 2 and 3. Importing lists of each size, the storage they take, and the chooser at that size.
const list = (n) =>
	Buffer.from(
		JSON.stringify({
			data: Array.from({ length: n }, (_, i) => ({
				id: `bench/model-${i}`,
				name: `Bench model ${i}`,
				created: 1767225600 + i,
				hugging_face_id: i % 3 === 0 ? `bench/Model-${i}` : '',
				pricing: { prompt: String((i % 97) / 1e7), completion: String((i % 89) / 5e6) }
			}))
		})
	);
for (const n of [300, 5000, 30000]) {
	const imports = [];
	const sizes = [];
	const changes = [];
	for (let i = 0; i < RUNS; i++) {
		await withBrowser(async (context, page) => {
			await page.goto(`${base}/settings`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			await page.waitForFunction(async () => (await indexedDB.databases()).length > 0);
			const before = await page.evaluate(
				async () => (await navigator.storage.estimate()).usage ?? 0
			);
			const file = list(n);
			const start = Date.now();
			await page
				.getByLabel('Import', { exact: true })
				.setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: file });
			const said = page.getByText(/Imported .* from OpenRouter|Nothing was changed/);
			await said.waitFor({ timeout: 120_000 });
			imports.push(Date.now() - start);
			const text = await said.textContent();
			if (!text?.startsWith('Imported')) throw new Error(`The import was refused: ${text}`);
			await page.waitForTimeout(500);
			sizes.push(
				(await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) - before
			);

			await page.goto(`${base}/`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			// The stored catalogue has arrived when the recommendations count the imported offers.
			const counted = () =>
				page.evaluate(() =>
					Number(document.querySelector('.option-list .count')?.textContent?.replace(/\D/g, ''))
				);
			for (let waited = 0; (await counted()) < n; waited += 250) {
				if (waited > 120_000) throw new Error(`The chooser never showed the ${n} imported offers`);
				await page.waitForTimeout(250);
			}
			for (const device of ['Phone', 'Computer with a GPU', 'Not chosen']) {
				const t = await page.evaluate(async (name) => {
					const radio = [...document.querySelectorAll('input[type=radio]')].find(
						(r) => r.closest('label')?.textContent?.trim() === name
					);
					const start = performance.now();
					radio.click();
					await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
					return performance.now() - start;
				}, device);
				changes.push(t);
			}
		});
	}
	row(`import ${n.toLocaleString('en')} entries (one transaction)`, imports, ms);
	row(`IndexedDB used by ${n.toLocaleString('en')} imported entries`, sizes, kib);
	row(`input change → results, ${(n + 17).toLocaleString('en')} offers`, changes, ms);
}

server.closeAllConnections();
server.close();
const widths = [0, 1, 2, 3, 4].map((c) =>
	Math.max(...[['figure', 'median', 'min', 'max', 'runs'], ...rows].map((r) => r[c].length))
);
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`\nBrowser figures (Chromium ${executablePath}, ${RUNS} runs each):\n`);
console.log(line(['figure', 'median', 'min', 'max', 'runs']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
