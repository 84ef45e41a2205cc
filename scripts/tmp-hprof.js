import { chromium } from 'playwright-core';
import { startStaticServer } from './serve.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
const root = process.env.ROOT ?? 'build';
const { server, url } = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const agg = new Map(); const selfAgg = new Map(); let total = 0;
for (let r = 0; r < Number(process.argv[3] ?? 4); r++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => { if (!window.__started) window.__started = performance.now(); }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-started'] });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url + (process.argv[2] ?? '/'));
  await page.waitForSelector('html[data-storage]', { timeout: 60000 });
  await page.waitForTimeout(1000);
  const markAt = await page.evaluate(() => { const t = performance.now(); (function __mark(){ const e = performance.now()+20; while (performance.now() < e); })(); return t; });
  const { profile } = await cdp.send('Profiler.stop');
  const { longs, started } = await page.evaluate(() => ({ longs: window.__long, started: window.__started }));
  await ctx.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => { t += profile.timeDeltas[i]; return [t, id]; });
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const stack = (id) => { const s = []; let cur = id; while (cur) { s.push(nodes.get(cur)); cur = parent.get(cur); } return s; };
  const markNode = profile.nodes.find((n) => n.callFrame.functionName === '__mark');
  const offset = samples.find(([, id]) => stack(id).includes(markNode))[0] / 1000 - markAt;
  const task = longs.find(([s, d]) => s <= started && started <= s + d + 1);
  if (!task) { console.log('no task', started, JSON.stringify(longs)); continue; }
  console.log('hydration task', task[1].toFixed(0));
  const ids = samples.filter(([ts]) => ts >= (task[0] + offset) * 1000 && ts <= (task[0] + task[1] + offset) * 1000).map(([, id]) => id);
  total += ids.length;
  for (const id of ids) { const k = name(nodes.get(id)); selfAgg.set(k, (selfAgg.get(k) ?? 0) + 1); const seen = new Set(); for (const f of stack(id)) { const kk = name(f); if (seen.has(kk)) continue; seen.add(kk); agg.set(kk, (agg.get(kk) ?? 0) + 1); } }
}
console.log('SELF'); for (const [k, v] of [...selfAgg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(100 * v / total).toFixed(1)}% ${k}`);
console.log('INCL'); for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 90)) console.log(`  ${(100 * v / total).toFixed(1)}% ${k}`);
await browser.close(); server.close();
