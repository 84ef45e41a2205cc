// Import 30,000 OpenRouter entries, then profile a visit to /models: long tasks and the functions in them.
import { chromium } from 'playwright-core';
import { startStaticServer } from './serve.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { openRouterList } from './bench-lists.js';
const ROOT = process.env.ROOT || '/tmp/nomin';
const N = Number(process.env.N || 30000);
const { server, url } = await startStaticServer({ root: ROOT });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(url + '/settings');
await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
await page.waitForFunction(async () => (await indexedDB.databases()).length > 0);
await page.getByLabel('Import', { exact: true }).setInputFiles({ name: 'openrouter.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(openRouterList(N))) }, { timeout: 120000 });
const preview = page.getByRole('region', { name: /found/ });
await preview.waitFor({ timeout: 120000 });
await preview.getByRole('button', { name: 'Import', exact: true }).click();
await page.getByText(/Imported .* from /).waitFor({ timeout: 120000 });
console.log('imported');
for (let round = 0; round < Number(process.env.ROUNDS || 2); round++) {
	const p2 = await context.newPage();
	await p2.addInitScript(() => {
		window.__tasks = [];
		new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
	});
	const cdp = await context.newCDPSession(p2);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await p2.goto(url + '/models');
	await p2.waitForFunction(() => /\d\d,\d{3}/.test(document.body.innerText), null, { timeout: 60000 }).catch(async () => console.log('TEXT', (await p2.evaluate(() => document.body.innerText)).slice(0, 600)));
	await p2.waitForTimeout(1500);
	const { profile } = await cdp.send('Profiler.stop');
	const tasks = await p2.evaluate(() => window.__tasks);
	console.log('round', round, 'long tasks', JSON.stringify(tasks));
	// Samples within the longest task: map profile time to performance.now via navigationStart offset unknown; instead list top self-time functions per 5 ms bucket windows
	const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
	const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
	// find contiguous busy stretches (non-idle samples) longer than 40 ms
	let t = profile.startTime; let run = null; const runs = [];
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i];
		const n = nodes.get(profile.samples[i]);
		const idle = n.callFrame.functionName === '(idle)';
		if (!idle) { if (!run) run = { start: t, end: t, ids: [] }; run.end = t; run.ids.push(profile.samples[i]); }
		else if (run) { runs.push(run); run = null; }
	}
	if (run) runs.push(run);
	runs.sort((a, b) => (b.end - b.start) - (a.end - a.start));
	for (const r of runs.slice(0, 3)) {
		const incl = new Map();
		for (const id of r.ids) { const seen = new Set(); let cur = id; while (cur !== undefined) { const k = key(nodes.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + 1); } cur = parent.get(cur); } }
		console.log(`-- busy stretch ${((r.end - r.start) / 1000).toFixed(1)} ms, ${r.ids.length} samples`);
		[...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, c]) => console.log('   ', String(c).padStart(5), k));
	}
	await p2.close();
}
await browser.close(); server.close();
