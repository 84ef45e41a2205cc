/**
 * The layers of ARCHITECTURE.md, as eslint.config.js enforces them: for each layer, an import it
 * must not make is an error of `no-restricted-imports` (spelled through `$lib`, relatively, or as
 * a package), and an import of a declared neighbour passes. Run against the project's own
 * config, so a rule dropped or loosened there fails here.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

type Case = {
	/** The file the code is linted as (never written): a plain `.ts` file inside the layer. */
	file: string;
	/** Imports the layer must not make. */
	wrong: string[];
	/** Imports of its declared neighbours. */
	right: string[];
};

const layers: Record<string, Case> = {
	domain: {
		file: 'src/lib/domain/layer-fixture.ts',
		wrong: [
			'svelte',
			'svelte/store',
			'dexie',
			'$app/navigation',
			'workbox-precaching',
			'$lib/storage/catalogue-store',
			'$lib/state/catalogue.svelte',
			'$lib/components/ListsLine.svelte',
			'$lib/pwa/sw-status.svelte',
			'$lib/i18n',
			'$lib/i18n/format',
			'../storage/db',
			'../../lib/state/chooser.svelte'
		],
		right: ['./inputs', '../slug', '$lib/domain/lang', '$lib/catalogue/shipped', 'valibot']
	},
	lists: {
		file: 'src/lib/lists/layer-fixture.ts',
		wrong: ['svelte', 'dexie', '$app/paths', '$lib/storage/db', '$lib/state/catalogue.svelte'],
		right: ['$lib/domain/list-sources', '$lib/domain/import']
	},
	components: {
		file: 'src/lib/components/layer-fixture.ts',
		wrong: [
			'dexie',
			'$lib/storage/lists-offer',
			'$lib/storage',
			'../storage/db',
			'$lib/pwa/sw-status.svelte',
			'../pwa/install.svelte'
		],
		right: [
			'svelte',
			'$app/paths',
			'$lib/state/catalogue.svelte',
			'$lib/domain/recommend',
			'$lib/i18n/locale.svelte',
			'./ListsLine.svelte'
		]
	},
	'the service worker’s registration': {
		file: 'src/lib/pwa/register-sw.ts',
		wrong: ['svelte', 'svelte/reactivity', '$lib/state/catalogue.svelte', '$lib/storage/db'],
		right: ['./navigation']
	},
	state: {
		file: 'src/lib/state/layer-fixture.ts',
		wrong: [
			'dexie',
			'$lib/components/ListsLine.svelte',
			'$lib/pwa/sw-status.svelte',
			'$lib/device/signals',
			'$lib/i18n/locale.svelte',
			'$lib/lists/fetch-list',
			'../components/AppNotices.svelte'
		],
		right: [
			'svelte',
			'svelte/reactivity',
			'$app/navigation',
			'$lib/storage/catalogue-store',
			'$lib/domain/recommend',
			'$lib/import/read-import',
			'$lib/catalogue/shipped',
			'./unsaved.svelte'
		]
	},
	device: {
		file: 'src/lib/device/layer-fixture.ts',
		wrong: [
			'svelte',
			'dexie',
			'$app/environment',
			'$lib/storage/db',
			'$lib/state/chooser.svelte',
			'$lib/components/DeviceSuggestion.svelte',
			'$lib/pwa/register-sw',
			'$lib/i18n',
			'$lib/import/read-import',
			'$lib/lists/fetch-list'
		],
		right: ['$lib/domain/device-suggestion', '$lib/domain/inputs']
	}
};

let eslint: ESLint;
beforeAll(async () => {
	eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
	// The first lint loads the config and its plugins: done here, not inside one test's time.
	await eslint.lintText('export {};\n', { filePath: 'src/lib/domain/layer-fixture.ts' });
}, 60_000);

/** The `no-restricted-imports` errors ESLint reports on one import in `file`. */
async function restricted(file: string, source: string) {
	const code = `import * as neighbour from '${source}';\nexport const used = neighbour;\n`;
	const [result] = await eslint.lintText(code, { filePath: file });
	return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('the layers ESLint enforces', () => {
	for (const [layer, { file, wrong, right }] of Object.entries(layers)) {
		describe(layer, () => {
			for (const source of wrong) {
				it(`refuses ${source}`, async () => {
					const errors = await restricted(file, source);
					expect(errors).toHaveLength(1);
					expect(errors[0]!.severity).toBe(2);
					expect(errors[0]!.message).toContain('ARCHITECTURE.md');
				});
			}
			for (const source of right) {
				it(`allows ${source}`, async () => {
					expect(await restricted(file, source)).toEqual([]);
				});
			}
		});
	}

	it('leaves tests free to wire real neighbours together', async () => {
		const errors = await restricted(
			'src/lib/components/layer-fixture.spec.ts',
			'$lib/storage/lists-offer'
		);
		expect(errors).toEqual([]);
	});
});
