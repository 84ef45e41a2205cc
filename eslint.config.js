import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'coverage/',
			'bench-results/',
			'**/*.tmp.mjs'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	// Every check on text stays linear in its length: no pattern that can backtrack without bound.
	regexp.configs['flat/recommended'],
	{
		// A pattern tried at every position of a long text must not rescan it each time either.
		rules: { 'regexp/no-super-linear-move': 'error' }
	},
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript itself reports undefined names, with types in view.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', ignoreRestSiblings: true }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Shared state keeps collections in $state.raw and replaces them whole, never mutating them,
		// so plain Map and Set are right there (the rule cannot tell).
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	// The layers and their allowed arrows (ARCHITECTURE.md, "The parts"): each folder of
	// src/lib imports only its declared neighbours. A folder is named both as `$lib/x` and as a
	// relative path, so neither spelling slips past. Tests wire real neighbours together and are
	// left out; scripts/layers.spec.ts proves that each rule fails on a wrong import.
	...layers([
		{
			// The rules of the product, plain TypeScript, testable alone.
			files: ['src/lib/domain/**'],
			layer: 'The domain layer',
			packages: ['svelte', 'dexie', '$app', 'workbox'],
			folders: ['storage', 'state', 'components', 'pwa', 'i18n']
		},
		{
			// Fetching a public list gives its text; the caller reads, shows and stores it.
			files: ['src/lib/lists/**'],
			layer: 'Fetching a list',
			packages: ['svelte', 'dexie', '$app', 'workbox'],
			folders: ['storage', 'state', 'components']
		},
		{
			// Components show and ask: storage and the service worker reach them through the
			// state façades of src/lib/state/ or through callbacks and values the route passes.
			files: ['src/lib/components/**'],
			layer: 'A component',
			packages: ['dexie'],
			folders: ['storage', 'pwa']
		},
		{
			// The service worker's registration is framework-free: sw-status.svelte.ts wraps it.
			files: ['src/lib/pwa/register-sw.ts'],
			layer: 'The service worker’s registration',
			packages: ['svelte'],
			folders: ['state', 'components', 'storage']
		},
		{
			// Shared state joins the domain to storage and the import worker; it shows nothing and
			// speaks no language: components and i18n come to it, never the reverse.
			files: ['src/lib/state/**'],
			layer: 'Shared state',
			packages: ['dexie', 'workbox'],
			folders: ['components', 'pwa', 'device', 'i18n', 'lists']
		},
		{
			// What the browser says of its device, handed to the domain's suggestion.
			files: ['src/lib/device/**'],
			layer: 'Reading the device',
			packages: ['svelte', 'dexie', '$app', 'workbox'],
			folders: ['storage', 'state', 'components', 'pwa', 'i18n', 'import', 'lists']
		}
	])
);

/**
 * One `no-restricted-imports` block per layer: `packages` are npm packages (with their subpaths),
 * `folders` are folders of src/lib; `layer` names the importer in the message.
 * @param {{ files: string[], layer: string, packages: string[], folders: string[] }[]} rules
 */
function layers(rules) {
	return rules.map(({ files, layer, packages, folders }) => ({
		files,
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...packages.map((name) => ({
							group: name === 'workbox' ? ['workbox-*'] : [name, `${name}/*`],
							message: `${layer} does not import ${name}: see ARCHITECTURE.md, "The parts".`
						})),
						...folders.map((folder) => ({
							group: [`$lib/${folder}`, `$lib/${folder}/*`, `**/${folder}`, `**/${folder}/*`],
							message: `${layer} does not import src/lib/${folder}/: see ARCHITECTURE.md, "The parts".`
						}))
					]
				}
			]
		}
	}));
}
