import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Where the static site goes; the update test builds a second version elsewhere. */
const out = process.env.CHOOSER_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; 200.html serves pages that were not (a model the person added).
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Absolute asset paths, so a page opened with a trailing slash (/models/) finds them too.
		paths: { relative: false },
		// The service worker is registered by src/lib/pwa with workbox-window, to ask before updating.
		serviceWorker: { register: false },
		// The style sheets are small (3 KiB gzip in all): inlined, the first paint waits for no request.
		inlineStyleThreshold: 8192
	}
};

export default config;
