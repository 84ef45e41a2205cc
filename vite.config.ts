import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { catalogueSplit } from './scripts/catalogue-parts.js';

/**
 * V8's explicit compile hint (Chrome 136 and later): a script that starts with this comment has
 * all its functions compiled at once, on a background thread while it downloads, rather than each
 * on the page's thread when first called. Given to the chunks whose code runs as a page starts:
 * each route's own (its `+page.svelte`, and the root `+layout.svelte`) and the framework's. The
 * chooser page's and the framework's first: the chooser's start task (hydration) measured 25 %
 * shorter on the 2-core machine (67 → 50 ms of CPU, medians of 6 interleaved runs; the page's
 * chunk alone, 58 ms). Every route's and the layout's since 2026-12-06: blocking time after the
 * first paint under a 4× slower CPU (medians of 9 interleaved runs) 171 → 135 ms on `/` (lower in
 * 8), 91 → 64 on `/about`, level on `/models`; Lighthouse's TBT 654 → 597 ms on `/` (14
 * interleaved pairs in two sets, lower in 9) and 856 → 709 on `/models` (7 pairs, lower in 5). It
 * costs 28 bytes a chunk. Other browsers read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** A route's own component: a `+page.svelte` or `+layout.svelte` anywhere under `src/routes`. */
const ROUTE_COMPONENT = /\/src\/routes\/(?:.*\/)?\+(?:page|layout)\.svelte$/;

/**
 * Puts `COMPILE_HINT` first in each route's chunk (a `+page.svelte` or `+layout.svelte` of
 * `src/routes`) and in the framework's (Svelte and SvelteKit, on every page), once each chunk is
 * otherwise final.
 */
function compileHint(): Plugin {
	return {
		name: 'model-chooser:compile-hint',
		apply: 'build',
		// Last, after Vite's own (which put the list of a chunk's preloads at its start).
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					const page = chunk.moduleIds.some((id) => ROUTE_COMPONENT.test(id));
					if (page || chunk.name === 'framework') {
						chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
					}
				}
			}
		}
	};
}

/** Shown in settings; a test build sets it to tell two builds apart. */
const version = process.env.CHOOSER_VERSION ?? pkg.version;

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(version) },
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
						}
					]
				}
			}
		}
	},
	plugins: [
		compileHint(),
		catalogueSplit(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			// Kit builds src/service-worker.ts; the plugin injects the precache list and names it sw.js.
			filename: 'sw.js',
			registerType: 'prompt',
			injectRegister: false,
			// The manifest is a file of our own (static/manifest.webmanifest).
			manifest: false,
			kit: { adapterFallback: '200.html', spa: true },
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,txt,woff2}',
					'prerendered/**/*.{html,json}'
				]
			}
		})
	],
	test: {
		expect: {
			requireAssertions: true,
			// Tests wait for a condition, never for a fixed time: `expect.poll` checks every 10 ms,
			// and gives up in time to say what it waited for before the test's own limit.
			poll: { interval: 10, timeout: 4000 }
		},
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					// Dexie's live queries need a browser-like global scope: storage runs under jsdom.
					exclude: ['src/**/*.svelte.spec.ts', 'src/lib/storage/**'],
					setupFiles: ['./src/test-i18n.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.spec.ts', 'src/lib/storage/**/*.spec.ts'],
					setupFiles: ['./src/test-i18n.ts', './src/test-setup.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'bench',
					environment: 'node',
					setupFiles: ['./src/test-i18n.ts'],
					include: [],
					benchmark: { include: ['bench/**/*.bench.ts'] }
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/**/*.e2e.ts'],
					globalSetup: ['./tests/global-setup.ts'],
					// Two files at a time, each in its own Chromium; a file that measures time runs
					// alone (`runsAlone()`, tests/turns.ts).
					setupFiles: ['./tests/turns.ts'],
					maxWorkers: 2,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
