#!/usr/bin/env node
/**
 * Lighthouse figures for `npm run bench`: the built app served like a static host (gzip), each
 * page audited several times with Lighthouse's mobile defaults (simulated slow 4G and a 4x
 * slower CPU), each run in a fresh Chromium profile, so every run is a first visit. Prints the
 * median, min and max of the four category scores, LCP and TBT; never fails on slow figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.js';
import { runLighthouse, scores } from './lighthouse.js';
import { startStaticServer } from './serve.js';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = ['/', '/models', '/about'];

if (!existsSync('build/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const { server, url: base } = await startStaticServer({ root: 'build' });

/** @param {number[]} values */
const stats = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};
/** @type {Record<string, (v: number) => string>} */
const FORMAT = {
	score: (v) => String(v),
	s: (v) => `${v.toFixed(2)} s`,
	ms: (v) => `${Math.round(v)} ms`
};
/**
 * What is reported, and where in a Lighthouse result it is.
 * @type {[string, string, (lhr: import('lighthouse').Result) => number | null | undefined][]}
 */
const FIGURES = [
	['performance', 'score', (lhr) => scores(lhr).performance],
	['accessibility', 'score', (lhr) => scores(lhr).accessibility],
	['best practices', 'score', (lhr) => scores(lhr)['best-practices']],
	['SEO', 'score', (lhr) => scores(lhr).seo],
	['LCP', 's', (lhr) => lhr.audits['largest-contentful-paint']?.numericValue / 1000],
	['TBT', 'ms', (lhr) => lhr.audits['total-blocking-time']?.numericValue]
];

const rows = [];
let lighthouseVersion = '';
const benchmarkIndexes = [];
const warnings = new Set();
try {
	for (const path of PAGES) {
		const results = [];
		for (let i = 0; i < RUNS; i++) {
			const lhr = await runLighthouse(`${base}${path}`);
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			lighthouseVersion = lhr.lighthouseVersion;
			benchmarkIndexes.push(lhr.environment.benchmarkIndex);
			for (const warning of lhr.runWarnings) warnings.add(`${path}: ${warning}`);
			results.push(lhr);
			process.stderr.write(`Lighthouse ${path} run ${i + 1}/${RUNS} done\n`);
		}
		for (const [name, unit, read] of FIGURES) {
			const values = results.map(read).filter((v) => typeof v === 'number' && !Number.isNaN(v));
			if (values.length === 0) {
				rows.push([path, name, '–', '–', '–', '0']);
				continue;
			}
			const s = stats(values);
			const format = FORMAT[unit];
			rows.push([
				path,
				name,
				format(s.median),
				format(s.min),
				format(s.max),
				String(values.length)
			]);
		}
	}
} finally {
	server.closeAllConnections();
	server.close();
}

const header = ['page', 'figure', 'median', 'min', 'max', 'runs'];
const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(
	`\nLighthouse ${lighthouseVersion}, mobile defaults (Chromium ${chromiumPath()}, ${RUNS} run${RUNS === 1 ? '' : 's'} ` +
		`a page, CPU benchmark index median ${stats(benchmarkIndexes).median}):\n`
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
for (const warning of warnings) console.log(`warning: ${warning}`);
