/** How long reading an import takes (parse, check every entry, map to catalogue records). */
import { bench, describe } from 'vitest';
import { readImport } from '$lib/domain/import';
import { MODELS_DEV_SIZE, modelsDevList, openRouterList, SIZES } from '../scripts/bench-lists.js';

for (const n of SIZES) {
	const text = JSON.stringify(openRouterList(n));
	describe(`readImport() at ${n} entries`, () => {
		bench('OpenRouter list', () => {
			const result = readImport(text);
			if (!result.ok) throw new Error('The bench list was refused');
		});
	});
}

const modelsDev = JSON.stringify(modelsDevList());
describe(`readImport() at ${MODELS_DEV_SIZE} entries`, () => {
	bench('models.dev list (90 hosts)', () => {
		const result = readImport(modelsDev);
		if (!result.ok) throw new Error('The bench list was refused');
	});
});
