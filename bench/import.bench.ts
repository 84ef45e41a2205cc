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

// The safety checks read every text in linear time: an id of "<" and 200,000 spaces is one
// entry among two, judged at once (a backtracking pattern took 24 s on it).
const longId = `<${' '.repeat(200_000)}`;
const longIdFile = JSON.stringify({
	data: [
		{ id: longId, name: longId, pricing: { prompt: '0.000001', completion: '0.000002' } },
		{ id: 'acme/ok', pricing: { prompt: '0.000001', completion: '0.000002' } }
	]
});
describe('import check of a 200,000-character id', () => {
	bench('readImport()', () => {
		const result = readImport(longIdFile);
		if (!result.ok || result.skipped.length !== 1) throw new Error('The long id was misread');
	});
});
