/** How long the chooser takes: the shipped catalogue and seeded synthetic ones. */
import { bench, describe } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultInputs, type ChooserInputs } from '$lib/domain/inputs';
import { recommend } from '$lib/domain/recommend';
import { syntheticCatalogue } from '$lib/domain/synthetic';
import { SIZES } from '../scripts/bench-lists.js';

const typical: ChooserInputs = { ...defaultInputs(), device: 'gpu', vramGb: 12, budget: 20 };
// Nothing fits: the empty state also tries every single-input change (a 1 GB computer holds
// no model, and phone apps need a phone).
const empty: ChooserInputs = {
	...defaultInputs(),
	device: 'computer',
	ramGb: 1,
	localOnly: true,
	budget: 0,
	openness: 'required'
};
// The answer for building with an API, by rating: the picks' other path.
const api: ChooserInputs = { ...defaultInputs(), purpose: 'api', sort: 'rated', usage: 20 };

const catalogues = [
	['shipped (17 offers)', shippedCatalogue],
	...SIZES.map((n) => [`${n} offers`, syntheticCatalogue(n)] as const)
] as const;

for (const [name, catalogue] of catalogues) {
	describe(`recommend() at ${name}`, () => {
		bench('defaults', () => void recommend(catalogue, defaultInputs()));
		bench('GPU 12 GB, budget US$20', () => void recommend(catalogue, typical));
		bench('nothing fits (with relaxations)', () => void recommend(catalogue, empty));
		bench('What for: API, highest rated first', () => void recommend(catalogue, api));
	});
}
