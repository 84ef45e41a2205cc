import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { sha256 } from './src/lib/server/csp-source.js';

/** Where the static site goes; the update test builds a second version elsewhere. */
const out = process.env.CHOOSER_BUILD_DIR ?? 'build';

/**
 * The hashes of a page template's own inline code, which SvelteKit does not hash itself: the text
 * of each `<script>` without a `src` (for `script-src`) and the value of each `style="…"`
 * attribute (for `style-src-attr` with `'unsafe-hashes'`). Read from the file when the config
 * loads, so editing the script never leaves the policy with an old hash.
 * @param {string} html the template, e.g. the text of src/app.html
 */
export function templateHashes(html) {
	const scripts = [...html.matchAll(/<script>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/g)].map(
		(m) => sha256(m[1] ?? '')
	);
	const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(m[1] ?? ''));
	return { scripts, styles };
}

const read = (/** @type {string} */ path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const template = templateHashes(read('./src/app.html'));
// SvelteKit's root component writes its route announcer with a style attribute of its own.
const kitRoot = templateHashes(read('./node_modules/@sveltejs/kit/src/core/sync/write_root.js'));

/**
 * The only addresses the app reads from outside its own origin: the public lists the person asks
 * for (LIST_URLS in src/lib/domain/list-sources.ts; a unit test keeps the two the same).
 */
export const LIST_ENDPOINTS = /** @type {const} */ ([
	'https://openrouter.ai/api/v1/models',
	'https://models.dev/api.json'
]);

/**
 * The Trusted Types policies the app and its libraries create: Svelte's, for its templates'
 * HTML, and the app's own: the service worker's address (src/lib/pwa/register-sw.ts), the
 * import worker's (src/lib/import) and the Intl warm-up worker's (src/hooks.server.ts).
 */
export const TRUSTED_TYPES_POLICIES = [
	'svelte-trusted-html',
	'model-chooser-sw',
	'model-chooser-import-worker',
	'model-chooser-intl'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; 200.html serves pages that were not (a model the person added).
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Absolute asset paths, so a page opened with a trailing slash (/models/) finds them too.
		paths: { relative: false },
		// The same sources build the same bytes: SvelteKit's default version is the build's time,
		// which changed every chunk's name, and so every first-visit size, from one build to the
		// next. Updates reach people through the service worker (a new sw.js), not this name; the
		// update test's second build sets its own.
		version: { name: process.env.CHOOSER_VERSION ?? 'model-chooser' },
		// The service worker is registered by src/lib/pwa (the browser's own API), to ask before updating.
		serviceWorker: { register: false },
		// The style sheets are small (3 KiB gzip in all): inlined, the first paint waits for no request.
		inlineStyleThreshold: 8192,
		// A static page carries its policy in a <meta http-equiv>; SvelteKit adds the hashes of its
		// own inline script and styles. What a meta tag cannot say (frame-ancestors) is the host's
		// to send: README, "Deployment".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...template.scripts],
				'style-src': ['self'],
				// app.html's `style="display: contents"` and SvelteKit's announcer's, by hash; the app
				// itself sets styles only through the CSSOM, which the policy does not govern.
				'style-src-attr': ['unsafe-hashes', ...template.styles, ...kitRoot.styles],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self', ...LIST_ENDPOINTS],
				'manifest-src': ['self'],
				// The app's workers, and the Intl warm-up's code, which the page's own script makes
				// as a `blob:` address through a Trusted Types policy (src/hooks.server.ts).
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'require-trusted-types-for': ['script'],
				'trusted-types': TRUSTED_TYPES_POLICIES
			}
		}
	}
};

export default config;
