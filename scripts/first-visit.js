/** What a first visit to a page asks for: shared by the size-budget test and the bench. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The pages whose first visit is measured (and held to the budget): every route, both languages. */
export const FIRST_VISIT_PAGES = [
	'/',
	'/?lang=ar',
	'/models',
	'/models/gpt-4',
	'/models/gpt-4?lang=ar',
	'/compare?ids=gpt-4,deepseek',
	'/about',
	'/settings',
	'/settings?lang=ar'
];

const sizes = new Map();

/**
 * A built file's size at gzip level 9, as a static host would send it.
 * @param {string} path
 * @param {string} [root]
 */
export function gzipSize(path, root = 'build') {
	const key = join(root, path);
	let size = sizes.get(key);
	if (size === undefined) {
		size = gzipSync(readFileSync(key), { level: 9 }).length;
		sizes.set(key, size);
	}
	return size;
}

/**
 * Opens `path` in a fresh page and lists the scripts and style sheets the page itself requests
 * (the service worker's precache is its own requests, not the page's) until the app has started
 * and the network stays quiet: storage and the worker start after the page does.
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @param {string} path
 * @returns {Promise<{ scripts: string[], sheets: string[], inlineCss: number }>} the scripts and
 *   style sheets requested, and the gzip size of the styles inlined into the page
 */
export async function firstVisit(page, base, path) {
	/** @type {Map<string, string>} */
	const files = new Map();
	page.on('request', (request) => {
		const url = new URL(request.url());
		const type = request.resourceType();
		if (url.origin === base && (type === 'script' || type === 'stylesheet'))
			files.set(url.pathname, type);
	});
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	/** @param {string} kind */
	const of = (kind) => [...files].filter(([, type]) => type === kind).map(([p]) => p);
	// Styles inlined into the page (kit.inlineStyleThreshold) are CSS it carries all the same.
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('style')].map((style) => style.textContent).join('\n')
	);
	const inlineCss = inline ? gzipSync(inline, { level: 9 }).length : 0;
	return { scripts: of('script'), sheets: of('stylesheet'), inlineCss };
}
