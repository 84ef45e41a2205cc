/** What a first visit to a page asks for: shared by the size-budget test and the bench. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The pages whose first visit is measured (and held to the budget): every route, both languages. */
export const FIRST_VISIT_PAGES = [
	'/',
	'/?lang=ar',
	'/models',
	'/models?lang=ar',
	'/models/gpt-4',
	'/models/gpt-4?lang=ar',
	'/compare?ids=gpt-4,deepseek',
	'/compare?ids=gpt-4,deepseek&lang=ar',
	'/about',
	'/about?lang=ar',
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
 * Follows a page's requests in flight, from now on. `quiet()` resolves once none is left through
 * two animation frames, so that what arrived in the meantime (a chunk that loads another) has had
 * its turn to ask: the page's network has settled, at once if nothing is loading.
 * @param {import('playwright-core').Page} page
 * @returns {{ quiet(): Promise<void> }}
 */
export function followRequests(page) {
	/** @type {Set<import('playwright-core').Request>} */
	const pending = new Set();
	page.on('request', (request) => pending.add(request));
	page.on('requestfinished', (request) => pending.delete(request));
	page.on('requestfailed', (request) => pending.delete(request));
	const drained = () =>
		new Promise((done) => {
			const check = () => {
				if (pending.size > 0) return;
				page.off('requestfinished', check);
				page.off('requestfailed', check);
				done(undefined);
			};
			page.on('requestfinished', check);
			page.on('requestfailed', check);
			check();
		});
	return {
		async quiet() {
			for (;;) {
				await drained();
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				if (pending.size === 0) return;
			}
		}
	};
}

/**
 * Opens `path` in a fresh page and lists the scripts and style sheets the page itself requests
 * (the service worker's precache is its own requests, not the page's) until the page has
 * settled: the app has started, storage has answered and the person's lists are read (the root
 * layout's `data-storage`), and nothing they set off is still loading. The service worker's
 * install is not waited for: what it fetches is its own, and the page asks for no more files
 * when it takes over.
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @param {string} path
 * @returns {Promise<{ scripts: string[], sheets: string[], inlineCss: number }>} the scripts and
 *   style sheets requested, and the gzip size of the styles inlined into the page
 */
export async function firstVisit(page, base, path) {
	/** @type {Map<string, string>} */
	const files = new Map();
	const requests = followRequests(page);
	page.on('request', (request) => {
		const url = new URL(request.url());
		const type = request.resourceType();
		// A `blob:` address (the Intl warm-up worker) has the page's origin but is no download:
		// its code is text of the page's own inline script, sent with the HTML.
		if (url.protocol === 'blob:') return;
		if (url.origin === base && (type === 'script' || type === 'stylesheet'))
			files.set(url.pathname, type);
	});
	await page.goto(`${base}${path}`);
	await page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-started') &&
			document.documentElement.hasAttribute('data-storage')
	);
	await requests.quiet();
	/** @param {string} kind */
	const of = (kind) => [...files].filter(([, type]) => type === kind).map(([p]) => p);
	// Styles inlined into the page (kit.inlineStyleThreshold) are CSS it carries all the same.
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('style')].map((style) => style.textContent).join('\n')
	);
	const inlineCss = inline ? gzipSync(inline, { level: 9 }).length : 0;
	return { scripts: of('script'), sheets: of('stylesheet'), inlineCss };
}
