import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { catalogueSplit } from './scripts/catalogue-parts.js';

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
