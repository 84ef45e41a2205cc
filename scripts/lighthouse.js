/**
 * How the project runs Lighthouse, for the end-to-end gate and the bench: the system's
 * Chromium with the project's flags, a fresh profile for every run, Lighthouse's mobile
 * defaults (simulated throttling), nothing fetched beyond the page's own server.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';

/** Audits whose result never counts towards a category's score. */
const UNSCORED = new Set(['notApplicable', 'manual', 'informative']);

/**
 * Runs Lighthouse once on `url` in a new headless Chromium and returns its result.
 * @param {string} url
 * @param {{ categories?: string[] }} [options] categories to run (all four when omitted)
 * @returns {Promise<import('lighthouse').Result>}
 */
export async function runLighthouse(url, { categories } = {}) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		// The caller's process decides what Ctrl+C does; the finally below stops this Chromium.
		handleSIGINT: false
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			onlyCategories: categories
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		return result.lhr;
	} finally {
		chrome.kill();
	}
}

/**
 * Each category's score from 0 to 100 (null when Lighthouse could not score it).
 * @param {import('lighthouse').Result} lhr
 * @returns {Record<string, number | null>}
 */
export function scores(lhr) {
	return Object.fromEntries(
		Object.entries(lhr.categories).map(([id, category]) => [
			id,
			category.score === null ? null : Math.round(category.score * 100)
		])
	);
}

/**
 * The audits that cost a category points, one line each: category, audit id, title and what
 * it found, so that a failing gate says what to fix.
 * @param {import('lighthouse').Result} lhr
 * @returns {string[]}
 */
export function failingAudits(lhr) {
	const lines = [];
	for (const category of Object.values(lhr.categories)) {
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.weight === 0 || UNSCORED.has(audit.scoreDisplayMode)) continue;
			if (audit.scoreDisplayMode !== 'error' && audit.score === 1) continue;
			lines.push(`${category.id} › ${audit.id}: ${audit.title}${summarize(audit)}`);
		}
	}
	return lines;
}

/**
 * A short account of what an audit found: its message and the first few items it lists.
 * @param {import('lighthouse').Result['audits'][string]} audit
 */
function summarize(audit) {
	const parts = [audit.errorMessage, audit.explanation, audit.displayValue].filter(
		(part) => typeof part === 'string' && part !== ''
	);
	const details = /** @type {{ items?: unknown[] } | undefined} */ (audit.details);
	const items = Array.isArray(details?.items) ? details.items : [];
	if (items.length > 0) {
		const shown = items.slice(0, 3).map(describeItem);
		const more = items.length > shown.length ? ` (+${items.length - shown.length} more)` : '';
		parts.push(`${shown.join('; ')}${more}`);
	}
	return parts.length > 0 ? ` — ${parts.join(' — ')}` : '';
}

/**
 * One item of an audit's table or list, as a line: the element, URL or message it names.
 * @param {unknown} item
 * @returns {string}
 */
function describeItem(item) {
	if (typeof item !== 'object' || item === null) return String(item);
	const fields = /** @type {Record<string, unknown>} */ (item);
	const node = /** @type {Record<string, unknown> | undefined} */ (fields.node);
	if (node && typeof node === 'object') {
		const snippet = typeof node.snippet === 'string' ? node.snippet.slice(0, 120) : '';
		return `${node.selector ?? ''} ${snippet}`.trim();
	}
	// robots.txt problems come as { index, line, message }: where, what is written, what is wrong.
	if (typeof fields.message === 'string' && typeof fields.line === 'string') {
		return `line ${fields.index}: ${fields.message} (${JSON.stringify(fields.line)})`;
	}
	for (const key of ['url', 'message', 'description', 'source']) {
		const value = fields[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return JSON.stringify(item).slice(0, 160);
}
