/** How long the catalogue page's filtering and sorting take: seeded synthetic catalogues. */
import { bench, describe } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultCatalogueQuery, queryCatalogue } from '$lib/domain/catalogue-query';
import { syntheticCatalogue } from '$lib/domain/synthetic';
import { SIZES } from '../scripts/bench-lists.js';

for (const n of SIZES) {
	const catalogue = { ...syntheticCatalogue(n), vendors: shippedCatalogue.vendors };
	describe(`queryCatalogue() at ${n} entries`, () => {
		bench('first show of a changed catalogue (Arabic)', () => {
			// New arrays, as after an import: nothing worked out before is reused.
			queryCatalogue({ ...catalogue, offers: [...catalogue.offers] }, defaultCatalogueQuery(), {
				lang: 'ar'
			});
		});
		bench('show (by name, Arabic)', () => {
			queryCatalogue(catalogue, defaultCatalogueQuery(), { lang: 'ar' });
		});
		bench('a search keystroke', () => {
			queryCatalogue(catalogue, { ...defaultCatalogueQuery(), q: 'mod' }, { lang: 'en' });
		});
		bench('a search keystroke, two words', () => {
			// Words apart between letters are also tried joined ("deep seek" as "deepseek").
			queryCatalogue(catalogue, { ...defaultCatalogueQuery(), q: 'mod el' }, { lang: 'en' });
		});
		bench('by price, under US$20', () => {
			const query = { ...defaultCatalogueQuery(), sort: 'price' as const, maxPrice: 20 };
			queryCatalogue(catalogue, query, { lang: 'en' });
		});
	});
}
