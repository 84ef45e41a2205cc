/** How long reading an import takes (parse, check every entry, map to catalogue records). */
import { bench, describe } from 'vitest';
import { readImport } from '$lib/domain/import';
import { openRouterList, SIZES } from '../scripts/bench-lists.js';

for (const n of SIZES) {
	const text = JSON.stringify(openRouterList(n));
	describe(`readImport() at ${n} entries`, () => {
		bench('OpenRouter list', () => {
			const result = readImport(text);
			if (!result.ok) throw new Error('The bench list was refused');
		});
	});
}
