import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'coverage/', '**/*.tmp.mjs'] },
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
	{
		// The domain layer is plain TypeScript: the rules of the product, testable alone.
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The domain layer does not use Svelte.' },
						{ group: ['dexie', 'dexie/*'], message: 'The domain layer does not touch storage.' },
						{ group: ['$app/*'], message: 'The domain layer does not depend on SvelteKit.' },
						{ group: ['workbox-*'], message: 'The domain layer does not touch the service worker.' }
					]
				}
			]
		}
	},
	{
		// The network side of the public lists is framework-free: it fetches text, the UI shows it.
		files: ['src/lib/lists/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Fetching a list does not use Svelte.' },
						{ group: ['dexie', 'dexie/*'], message: 'Fetching a list does not touch storage.' },
						{ group: ['$app/*'], message: 'Fetching a list does not depend on SvelteKit.' },
						{ group: ['workbox-*'], message: 'Fetching a list does not touch the service worker.' },
						{
							group: ['$lib/storage/*', '$lib/state/*', '$lib/components/*'],
							message: 'Fetching a list gives its text; the caller reads, shows and stores it.'
						}
					]
				}
			]
		}
	}
);
