import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import {
	canQueryAtOnce,
	defaultCatalogueQuery,
	prepareCatalogueQuery,
	queryCatalogue,
	QUERY_AT_ONCE_UP_TO,
	type CatalogueQuery
} from './catalogue-query';
import { loadSpelling } from './spelling-load';
import { syntheticCatalogue } from './synthetic';

// The reading of names by sound loads with the first query in Arabic letters: this file starts
// without it, so the tests run in order.
const order = { lang: 'ar' as const, sort: 'name' as const, desc: false };
const ids = (r: ReturnType<typeof queryCatalogue>) => ({
	models: r.models.map((m) => m.model.id),
	offers: r.offers.map((o) => o.offer.id)
});
const search = (
	q: string,
	more: Partial<CatalogueQuery> = {},
	catalogue: Parameters<typeof queryCatalogue>[0] = shippedCatalogue
) => ids(queryCatalogue(catalogue, { ...defaultCatalogueQuery(), q, ...more }, { lang: 'ar' }));

describe('the catalogue search and Arabic spellings of Latin names', () => {
	const latin = ['gemini', 'mistral small', 'gpt-4', 'ديب سيك', 'أوبن إيه آي', 'جوجل'];
	const before = new Map(latin.map((q) => [q, search(q)]));

	it('answers a query in Arabic letters as before until the reading by sound loads, then by sound too', async () => {
		expect(canQueryAtOnce(shippedCatalogue, { ...order, q: 'جيميني' })).toBe(true);
		expect(search('جيميني')).toEqual({ models: [], offers: [] });
		expect(await loadSpelling('gemini')).toBe(false);
		// Each search that asked while it loaded hears that it has (two pickers, two keystrokes).
		expect(await Promise.all([loadSpelling('جيميني'), loadSpelling('ديب')])).toEqual([true, true]);
		expect(search('جيميني')).toEqual({ models: ['gemini'], offers: ['gemini-app'] });
		// Loaded once.
		expect(await loadSpelling('كلود')).toBe(false);
		expect(canQueryAtOnce(shippedCatalogue, { ...order, q: 'جيميني' })).toBe(true);
	});

	const cases: { q: string; models: string[]; offers: string[] }[] = [
		{ q: 'جيميني', models: ['gemini'], offers: ['gemini-app'] },
		// GPT-4o is searched by its aliases too, and one is "chatgpt-4o-latest".
		{
			q: 'شات جي بي تي',
			models: ['gpt-4o'],
			offers: ['chatgpt-free', 'chatgpt-plus', 'chatgpt-pro', 'gpt-5-chatgpt']
		},
		// ChatGPT's plans serve GPT-4o, their search text names it.
		{
			q: 'جي بي تي 4',
			models: ['gpt-4', 'gpt-4o'],
			offers: [
				'chatgpt-free',
				'chatgpt-plus',
				'chatgpt-pro',
				'openai-api-gpt-4o',
				'openai-api-gpt-4'
			]
		},
		{
			q: 'ديب سيك آر ١',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			// The app and the API serve DeepSeek (R1 / V3).
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		{ q: 'ميسترال سمول', models: ['mistral-small'], offers: ['mistral-small-local'] },
		{ q: 'كوين', models: ['deepseek-r1-distill-qwen-7b'], offers: ['deepseek-local'] },
		{ q: 'جيما', models: [], offers: [] }
	];
	for (const c of cases) {
		it(`«${c.q}» finds ${[...c.models, ...c.offers].join(', ') || 'nothing'}`, () => {
			const found = search(c.q);
			expect(found.models.toSorted()).toEqual(c.models.toSorted());
			expect(found.offers.toSorted()).toEqual(c.offers.toSorted());
		});
	}

	it('keeps the other filters', () => {
		expect(search('ميسترال', { openness: 'open-weights' }).models).toEqual(['mistral-small']);
	});

	it('answers Latin queries and Arabic ones that matched before as it did before', () => {
		for (const q of latin) expect(search(q), q).toEqual(before.get(q));
	});

	it('works out a big catalogue’s sound strings in slices, only for a query in Arabic letters', async () => {
		const big = { ...syntheticCatalogue(3000), vendors: shippedCatalogue.vendors };
		expect(big.models.length + big.offers.length).toBeGreaterThan(QUERY_AT_ONCE_UP_TO);
		await prepareCatalogueQuery(big, order);
		expect(canQueryAtOnce(big, { ...order, q: 'model 12' })).toBe(true);
		expect(canQueryAtOnce(big, { ...order, q: 'موديل 12' })).toBe(false);
		await prepareCatalogueQuery(big, { ...order, q: 'موديل 12' });
		expect(canQueryAtOnce(big, { ...order, q: 'موديل 12' })).toBe(true);
		const found = search('موديل 12', {}, big);
		const fresh = { ...big, models: [...big.models], offers: [...big.offers] };
		expect(search('موديل 12', {}, fresh)).toEqual(found);
		expect(found.models.length).toBeGreaterThan(1);
		for (const id of found.models) {
			const model = big.models.find((m) => m.id === id)!;
			expect(model.name.en).toMatch(/^Model 12/);
		}
	});
});
