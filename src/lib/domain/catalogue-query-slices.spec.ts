import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import {
	canQueryAtOnce,
	defaultCatalogueQuery,
	prepareCatalogueQuery,
	queryCatalogue,
	QUERY_AT_ONCE_UP_TO,
	type SortKey
} from './catalogue-query';
import { syntheticCatalogue } from './synthetic';
import type { Lang } from './lang';

const base = { ...syntheticCatalogue(3000), vendors: shippedCatalogue.vendors };
/** The catalogue as new arrays, as after an import: nothing worked out before is reused. */
const fresh = () => ({ ...base, models: [...base.models], offers: [...base.offers] });
const ids = (r: ReturnType<typeof queryCatalogue>) => [
	r.models.map((m) => m.model.id),
	r.offers.map((o) => o.offer.id)
];

describe('prepareCatalogueQuery: a big catalogue made ready in slices', () => {
	const orders: { sort: SortKey; desc: boolean; lang: Lang }[] = [
		{ sort: 'name', desc: false, lang: 'ar' },
		{ sort: 'name', desc: true, lang: 'en' },
		{ sort: 'price', desc: false, lang: 'en' },
		{ sort: 'date', desc: true, lang: 'ar' }
	];
	for (const order of orders) {
		it(`gives the rows a whole preparation gives (${order.lang} ${order.sort}${order.desc ? ' desc' : ''})`, async () => {
			const query = { ...defaultCatalogueQuery(), sort: order.sort, desc: order.desc };
			const whole = queryCatalogue(fresh(), query, { lang: order.lang });
			const sliced = fresh();
			expect(sliced.models.length + sliced.offers.length).toBeGreaterThan(QUERY_AT_ONCE_UP_TO);
			expect(canQueryAtOnce(sliced, order)).toBe(false);
			await prepareCatalogueQuery(sliced, order);
			expect(canQueryAtOnce(sliced, order)).toBe(true);
			expect(ids(queryCatalogue(sliced, query, { lang: order.lang }))).toEqual(ids(whole));
		});
	}

	it('gives the page its turn between slices, and stops when aborted', async () => {
		const catalogue = fresh();
		const order = { lang: 'ar' as const, sort: 'name' as const, desc: false };
		let turns = 0;
		let running = true;
		const count = async () => {
			while (running) {
				await new Promise((r) => setTimeout(r, 0));
				turns++;
			}
		};
		const counting = count();
		await prepareCatalogueQuery(catalogue, order);
		running = false;
		await counting;
		expect(turns).toBeGreaterThan(1);

		const stop = new AbortController();
		const other = fresh();
		stop.abort();
		await prepareCatalogueQuery(other, order, stop.signal);
		expect(canQueryAtOnce(other, order)).toBe(false);
	});

	it('answers at once for a small catalogue', () => {
		expect(canQueryAtOnce(shippedCatalogue, { lang: 'en', sort: 'price', desc: true })).toBe(true);
	});
});
