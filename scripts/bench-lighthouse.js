/**
 * Lighthouse figures for `npm run bench`: each page audited `runs` times with Lighthouse's
 * mobile defaults (simulated slow 4G and a 4x slower CPU), each run in a fresh Chromium
 * profile, so every run is a first visit. The pages take turns (the chooser, each reference
 * page, the other pages, then the chooser again…), so a machine that slows down during the
 * bench slows every page alike, and the chooser's runs serve both its own figures and the
 * comparison with the references.
 */
import { runLighthouse, scores } from './lighthouse.js';

export const LIGHTHOUSE_PAGES = ['/', '/models', '/about'];

/** The page compared with the references. */
export const COMPARED_PAGE = '/';

/**
 * What is reported, and where in a Lighthouse result it is.
 * @type {[string, 'score' | 'ms', (lhr: import('lighthouse').Result) => number | null | undefined][]}
 */
const FIGURES = [
	['performance', 'score', (lhr) => scores(lhr).performance],
	['accessibility', 'score', (lhr) => scores(lhr).accessibility],
	['best practices', 'score', (lhr) => scores(lhr)['best-practices']],
	['SEO', 'score', (lhr) => scores(lhr).seo],
	['FCP', 'ms', (lhr) => lhr.audits['first-contentful-paint']?.numericValue],
	['LCP', 'ms', (lhr) => lhr.audits['largest-contentful-paint']?.numericValue],
	['TBT', 'ms', (lhr) => lhr.audits['total-blocking-time']?.numericValue]
];

/**
 * Bytes a page load transferred, of one resource type (`script`, `total`…), from Lighthouse's
 * resource summary.
 * @param {import('lighthouse').Result} lhr
 * @param {string} type
 */
function transferred(lhr, type) {
	const details = /** @type {{ items?: { resourceType?: string, transferSize?: number }[] }} */ (
		lhr.audits['resource-summary']?.details
	);
	return details?.items?.find((item) => item.resourceType === type)?.transferSize;
}

/**
 * The figures compared with the reference pages (names as in `COMPARED` of bench-reference.js).
 * @type {[string, (lhr: import('lighthouse').Result) => number | null | undefined][]}
 */
const COMPARED_FIGURES = [
	['performance', (lhr) => scores(lhr).performance],
	['FCP', (lhr) => lhr.audits['first-contentful-paint']?.numericValue],
	['LCP', (lhr) => lhr.audits['largest-contentful-paint']?.numericValue],
	['TBT', (lhr) => lhr.audits['total-blocking-time']?.numericValue],
	['JS transferred', (lhr) => transferred(lhr, 'script')],
	['total transferred', (lhr) => transferred(lhr, 'total')]
];

/** Runs a page may take: Lighthouse now and then fails to record a load (NO_NAVSTART). */
export const TRIES = 3;

/**
 * One Lighthouse run on `url`; a run that failed to record the load is run again, up to `TRIES`
 * in all, each failure added to `warnings`. Throws with the last failure's message after that.
 * @param {string} name the page's name, for messages
 * @param {string} url
 * @param {{ categories?: string[] }} options
 * @param {Set<string>} warnings
 */
export async function auditPage(name, url, options, warnings) {
	for (let tried = 1; ; tried++) {
		const lhr = await runLighthouse(url, options);
		if (!lhr.runtimeError) return lhr;
		if (tried >= TRIES) throw new Error(`${name}: ${lhr.runtimeError.message}`);
		warnings.add(`${name}: a run failed (${lhr.runtimeError.code}) and was run again`);
	}
}

/**
 * Audits the served app at `base`, and each reference page in turn with it. Gives the samples
 * (`Lighthouse <figure>, <page>` → values, with their unit), the comparison samples (page or
 * reference name → figure → values), the Lighthouse version, the median CPU benchmark index and
 * any warnings.
 * @param {string} base
 * @param {number} runs
 * @param {{ name: string, url: string }[]} [references] reference pages, audited for performance
 *   only: the other categories do not change how the page loads, and the comparison is of speed
 */
export async function lighthouseFigures(base, runs, references = []) {
	/** @type {Map<string, { unit: string, values: number[] }>} */
	const samples = new Map();
	/** @type {Map<string, Map<string, number[]>>} */
	const compared = new Map();
	/** @type {number[]} */
	const benchmarkIndexes = [];
	const warnings = new Set();
	let version = '';
	// One round audits every page once, the chooser first and the references right after it.
	const round = [
		{ name: COMPARED_PAGE, url: `${base}${COMPARED_PAGE}`, app: true },
		...references.map((reference) => ({ ...reference, app: false })),
		...LIGHTHOUSE_PAGES.filter((path) => path !== COMPARED_PAGE).map((path) => ({
			name: path,
			url: `${base}${path}`,
			app: true
		}))
	];
	for (let i = 0; i < runs; i++) {
		for (const { name, url, app } of round) {
			const lhr = await auditPage(name, url, app ? {} : { categories: ['performance'] }, warnings);
			version = lhr.lighthouseVersion;
			benchmarkIndexes.push(lhr.environment.benchmarkIndex);
			for (const warning of lhr.runWarnings) warnings.add(`${name}: ${warning}`);
			if (app) {
				for (const [figure, unit, read] of FIGURES) {
					const value = read(lhr);
					if (typeof value !== 'number' || Number.isNaN(value)) continue;
					const key = `Lighthouse ${figure}, ${name}`;
					const entry = samples.get(key) ?? { unit, values: [] };
					entry.values.push(value);
					samples.set(key, entry);
				}
			}
			if (!app || name === COMPARED_PAGE) {
				const figures = compared.get(name) ?? new Map();
				for (const [figure, read] of COMPARED_FIGURES) {
					const value = read(lhr);
					if (typeof value !== 'number' || Number.isNaN(value)) continue;
					figures.set(figure, [...(figures.get(figure) ?? []), value]);
				}
				compared.set(name, figures);
			}
			process.stderr.write(`Lighthouse ${name} run ${i + 1}/${runs} done\n`);
		}
	}
	const sorted = benchmarkIndexes.sort((a, b) => a - b);
	return {
		samples,
		compared,
		version,
		benchmarkIndex: sorted[Math.floor(sorted.length / 2)],
		warnings: [...warnings]
	};
}
