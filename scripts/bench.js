#!/usr/bin/env node
/**
 * `npm run bench`: every figure of issue 8 in one table, with its target, and how each cost grows
 * from 300 to 5,000 to 30,000 entries. Builds if needed, serves build/ like a static host (gzip),
 * measures in Node (vitest bench: medians of many samples), in headless Chromium (medians of
 * BENCH_RUNS runs, default 5, each in a fresh profile) and with Lighthouse's mobile defaults
 * (LIGHTHOUSE_RUNS, default 5), the chooser taking turns with two reference pages generated
 * beside it (`bench-reference.js`: a one-page price calculator and a large catalogue page) and
 * compared with them by ratios of medians. It prints; it never fails on slow figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { browserFigures } from './bench-browser.js';
import { COMPARED_PAGE, lighthouseFigures } from './bench-lighthouse.js';
import { SIZES } from './bench-lists.js';
import {
	compareWithReferences,
	median,
	REFERENCE_PAGES,
	writeReferencePages
} from './bench-reference.js';
import { startStaticServer } from './serve.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const KiB = 1024;

if (!existsSync('build/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

// 1. Node: the chooser and the import reader, by vitest bench.
mkdirSync('bench-results', { recursive: true });
execFileSync(
	'npx',
	['vitest', 'bench', '--run', '--project', 'bench', '--outputJson', 'bench-results/node.json'],
	{ stdio: 'inherit' }
);
/** name → { unit, size, median, min, max, runs } */
const figures = new Map();
for (const file of JSON.parse(readFileSync('bench-results/node.json', 'utf8')).files) {
	for (const group of file.groups) {
		// A figure of one input ("import check of a 200,000-character id") has no size.
		const [, what, size] =
			group.fullName.match(/> (.+?) at (\d+|shipped)/) ?? group.fullName.match(/> ([^>]+)$/) ?? [];
		for (const b of group.benchmarks) {
			const entries = size === undefined ? undefined : size === 'shipped' ? 17 : Number(size);
			const key = entries === undefined ? `${what}, ${b.name}` : `${what}, ${b.name}#${entries}`;
			figures.set(key, {
				unit: 'ms',
				size: entries,
				median: b.median,
				min: b.min,
				max: b.max,
				runs: b.sampleCount
			});
		}
	}
}

// 2. Chromium against the served build, then Lighthouse, with the reference pages served by a
// second instance of the same server (gzip, same headers).
const referenceSizes = writeReferencePages('bench-results/reference');
const { server, url } = await startStaticServer({ root: 'build' });
const reference = await startStaticServer({ root: 'bench-results/reference' });
let lighthouse;
const summarise = (samples) => {
	for (const [name, { unit, size, values }] of samples) {
		const sorted = [...values].sort((a, b) => a - b);
		figures.set(name, {
			unit,
			size,
			// The same median as the comparison with the reference pages uses.
			median: median(sorted),
			min: sorted[0],
			max: sorted.at(-1),
			runs: values.length
		});
	}
};
try {
	summarise(await browserFigures(url, RUNS));
	lighthouse = await lighthouseFigures(
		url,
		LIGHTHOUSE_RUNS,
		REFERENCE_PAGES.map(({ name, path }) => ({ name, url: `${reference.url}${path}` }))
	);
	summarise(lighthouse.samples);
} finally {
	for (const s of [server, reference.server]) {
		s.closeAllConnections();
		s.close();
	}
}

// 3. The table, with the targets.
// [figure, at most (at least, for scores), or the limit for a size]
const targets = [
	[/^JS the page requests/, 80 * KiB],
	[/^CSS the page requests or inlines/, 10 * KiB],
	[/^recommend\(\)/, (size) => (size === 5000 ? 5 : size === 30000 ? 30 : undefined)],
	[/^queryCatalogue\(\), first show/, (size) => (size === 5000 ? 200 : undefined)],
	[/^queryCatalogue\(\)/, (size) => (size === 5000 ? 16 : size === 30000 ? 50 : undefined)],
	[/^input change/, (size) => (size === 5000 ? 50 : size === 30000 ? 150 : undefined)],
	// A real-size models.dev list: to preview in under 1 s, stored in under 2 s; 30,000 entries
	// stored in under 8 s.
	[/^import: the file to its preview, models\.dev/, 1000],
	[/^import: Import to stored, models\.dev/, 2000],
	[/^import: Import to stored/, (size) => (size === 30000 ? 8000 : undefined)],
	// The catalogue page: no task blocks it for more than 50 ms, at any size.
	[/^\/models .*longest task/, 50],
	[/^\/models keystroke/, (size) => (size === 5000 ? 50 : size === 30000 ? 150 : undefined)],
	[/^import check of a 200,000-character id/, 50],
	[/^Lighthouse performance, \/$/, 99],
	[/^Lighthouse performance/, 98],
	[/^Lighthouse (accessibility|best practices|SEO)/, 100],
	[/^Lighthouse LCP/, 1200],
	[/^Lighthouse TBT/, 100]
];
const show = (unit, value) =>
	unit === 'score'
		? String(Math.round(value))
		: unit === 'bytes'
			? `${(value / KiB).toFixed(1)} KiB`
			: value >= 1000
				? `${(value / 1000).toFixed(2)} s`
				: `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const label = (name, size) =>
	size ? `${name.replace(/#\d+$/, '')} · ${size.toLocaleString('en')}` : name;
const rows = [];
for (const [name, f] of figures) {
	const found = targets.find(([pattern]) => pattern.test(name));
	const target = typeof found?.[1] === 'function' ? found[1](f.size) : found?.[1];
	const atLeast = f.unit === 'score';
	const met = atLeast ? f.median >= target : f.median <= target;
	rows.push([
		label(name, f.size),
		show(f.unit, f.median),
		show(f.unit, f.min),
		show(f.unit, f.max),
		String(f.runs),
		target === undefined ? '' : `${atLeast ? '≥' : '≤'} ${show(f.unit, target)}`,
		target === undefined
			? ''
			: met
				? 'met'
				: `missed by ${show(f.unit, Math.abs(f.median - target))}`
	]);
}
const print = (title, head, body) => {
	const widths = head.map((_, c) => Math.max(...[head, ...body].map((r) => r[c].length)));
	const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
	console.log(`\n${title}\n`);
	console.log(line(head));
	console.log(line(widths.map((w) => '-'.repeat(w))));
	for (const r of body) console.log(line(r));
};
print(
	`Model Chooser bench — ${new Date().toISOString()}, Node ${process.version}, Chromium runs: ` +
		`${RUNS}, Lighthouse ${lighthouse.version} runs: ${LIGHTHOUSE_RUNS} ` +
		`(CPU benchmark index ${lighthouse.benchmarkIndex})`,
	['figure', 'median', 'min', 'max', 'runs', 'target', ''],
	rows
);

// 4. Growth: each cost measured at every size, and how much it grew from the smallest.
const growth = new Map();
for (const [name, f] of figures) {
	if (!SIZES.includes(f.size)) continue;
	const key = name.replace(/#\d+$/, '');
	growth.set(key, { ...growth.get(key), unit: f.unit, [f.size]: f.median });
}
const steps = SIZES.slice(1).map((to, i) => [SIZES[i], to]);
const times = (g, from, to) => (g[from] && g[to] ? `× ${(g[to] / g[from]).toFixed(1)}` : '');
const en = (n) => n.toLocaleString('en');
print(
	'How each cost grows with the number of entries (medians; × is the growth between sizes)',
	[
		'cost',
		...SIZES.map(en),
		...steps.map(([from, to]) => `${en(from)} → ${en(to)}`),
		`${en(SIZES[0])} → ${en(SIZES.at(-1))}`
	],
	[...growth].map(([name, g]) => [
		name,
		...SIZES.map((n) => (g[n] === undefined ? '' : show(g.unit, g[n]))),
		...steps.map(([from, to]) => times(g, from, to)),
		times(g, SIZES[0], SIZES.at(-1))
	])
);
for (const warning of lighthouse.warnings) console.log(`Lighthouse warning: ${warning}`);

// 5. The chooser against the two reference pages, in the same interleaved Lighthouse runs.
const comparison = compareWithReferences(
	lighthouse.compared,
	COMPARED_PAGE,
	REFERENCE_PAGES.map(({ name }) => name)
);
const maybe = (unit, value) => (value === undefined ? '—' : show(unit, value));
print(
	`Lighthouse, \`${COMPARED_PAGE}\` against two reference pages (medians of ${LIGHTHOUSE_RUNS} ` +
		`interleaved run${LIGHTHOUSE_RUNS === 1 ? '' : 's'} each; ratio = ours ÷ theirs)`,
	[
		'figure',
		`target on ${COMPARED_PAGE}`,
		COMPARED_PAGE,
		...REFERENCE_PAGES.flatMap(({ name }) => [name, `÷ ${name}`, `vs ${name}`])
	],
	comparison.map((row) => [
		row.figure,
		row.target === undefined
			? ''
			: `${row.better === 'higher' ? '≥' : '≤'} ${show(row.unit, row.target)} ${row.met === undefined ? '' : row.met ? 'met' : 'missed'}`,
		maybe(row.unit, row.ours),
		...row.against.flatMap((other) => [
			maybe(row.unit, other.value),
			other.ratio === undefined ? '—' : `× ${other.ratio.toFixed(2)}`,
			other.standing ?? '—'
		])
	])
);
const pageSize = (folder) =>
	Object.entries(referenceSizes)
		.filter(([path]) => path.startsWith(`${folder}/`))
		.map(
			([path, size]) =>
				`${path.slice(folder.length + 1)} ${show('bytes', size.raw)} (gzip ${show('bytes', size.gzip)})`
		)
		.join(', ');
for (const { name, title } of REFERENCE_PAGES) console.log(`${name}: ${title} — ${pageSize(name)}`);
const aheadOfBoth = comparison.filter((row) =>
	row.against.every((other) => other.standing === 'ahead')
);
console.log(
	`${COMPARED_PAGE} is ahead of both references on ${aheadOfBoth.length} of ${comparison.length} ` +
		`figures${aheadOfBoth.length > 0 ? ` (${aheadOfBoth.map((row) => row.figure).join(', ')})` : ''}.`
);
