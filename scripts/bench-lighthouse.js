/**
 * Lighthouse figures for `npm run bench`: each page audited `runs` times with Lighthouse's
 * mobile defaults (simulated slow 4G and a 4x slower CPU), each run in a fresh Chromium
 * profile, so every run is a first visit.
 */
import { runLighthouse, scores } from './lighthouse.js';

export const LIGHTHOUSE_PAGES = ['/', '/models', '/about'];

/**
 * What is reported, and where in a Lighthouse result it is.
 * @type {[string, 'score' | 'ms', (lhr: import('lighthouse').Result) => number | null | undefined][]}
 */
const FIGURES = [
	['performance', 'score', (lhr) => scores(lhr).performance],
	['accessibility', 'score', (lhr) => scores(lhr).accessibility],
	['best practices', 'score', (lhr) => scores(lhr)['best-practices']],
	['SEO', 'score', (lhr) => scores(lhr).seo],
	['LCP', 'ms', (lhr) => lhr.audits['largest-contentful-paint']?.numericValue],
	['TBT', 'ms', (lhr) => lhr.audits['total-blocking-time']?.numericValue]
];

/**
 * Audits the served app at `base`. Gives the samples (`Lighthouse <figure>, <page>` → values,
 * with their unit), the Lighthouse version, the median CPU benchmark index and any warnings.
 * @param {string} base
 * @param {number} runs
 */
export async function lighthouseFigures(base, runs) {
	/** @type {Map<string, { unit: string, values: number[] }>} */
	const samples = new Map();
	/** @type {number[]} */
	const benchmarkIndexes = [];
	const warnings = new Set();
	let version = '';
	for (const path of LIGHTHOUSE_PAGES) {
		for (let i = 0; i < runs; i++) {
			const lhr = await runLighthouse(`${base}${path}`);
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			version = lhr.lighthouseVersion;
			benchmarkIndexes.push(lhr.environment.benchmarkIndex);
			for (const warning of lhr.runWarnings) warnings.add(`${path}: ${warning}`);
			for (const [name, unit, read] of FIGURES) {
				const value = read(lhr);
				if (typeof value !== 'number' || Number.isNaN(value)) continue;
				const key = `Lighthouse ${name}, ${path}`;
				const entry = samples.get(key) ?? { unit, values: [] };
				entry.values.push(value);
				samples.set(key, entry);
			}
			process.stderr.write(`Lighthouse ${path} run ${i + 1}/${runs} done\n`);
		}
	}
	const sorted = benchmarkIndexes.sort((a, b) => a - b);
	return {
		samples,
		version,
		benchmarkIndex: sorted[Math.floor(sorted.length / 2)],
		warnings: [...warnings]
	};
}
