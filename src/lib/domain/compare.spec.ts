import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import type { Fee, Offer } from './catalogue';
import { compareModels, decodeCompareIds, encodeCompareIds } from './compare';
import { roundGb } from './memory';
import { handModel, handOffer } from './synthetic';

const known = catalogue.models.map((m) => m.id);

describe('compare links', () => {
	const cases: { search: string; ids: string[]; ignored: string[] }[] = [
		{ search: '?ids=gpt-4,deepseek', ids: ['gpt-4', 'deepseek'], ignored: [] },
		{
			search: '?ids=gpt-4,gpt-4,nope,deepseek',
			ids: ['gpt-4', 'deepseek'],
			ignored: ['nope']
		},
		{
			search: '?ids=gpt-2,gpt-4,gpt-4o,o3-mini,gpt-5',
			ids: ['gpt-2', 'gpt-4', 'gpt-4o', 'o3-mini'],
			ignored: ['gpt-5']
		},
		{
			search: '?ids=<script>alert(1)</script>,javascript:alert(1)',
			ids: [],
			ignored: ['<script>alert(1)</script>', 'javascript:alert(1)']
		},
		{ search: '?ids=gemini&x=1&lang=ar', ids: ['gemini'], ignored: ['x'] },
		{ search: '?ids=gemini&ids=gpt-4', ids: ['gemini'], ignored: ['ids'] },
		{ search: '', ids: [], ignored: [] },
		{ search: '?ids=nope,nope,gpt-4', ids: ['gpt-4'], ignored: ['nope'] },
		{ search: '?x=1&ids=nope,gpt-4', ids: ['gpt-4'], ignored: ['x', 'nope'] },
		{ search: '?ids=&ids=gpt-4', ids: [], ignored: ['ids'] },
		{ search: '?ids=%20gpt-4%20,,deepseek,', ids: ['gpt-4', 'deepseek'], ignored: [] },
		{ search: '?ids=gpt-4&utm_source=x&fbclid=y&lang=ar&lang=en', ids: ['gpt-4'], ignored: [] },
		{ search: '?ids=%E0%A4%A,gpt-4', ids: ['gpt-4'], ignored: ['\ufffd%A'] },
		{ search: `?ids=${'x'.repeat(10_000)}`, ids: [], ignored: ['x'.repeat(40)] },
		{ search: '?ids=%E2%80%AEgpt-4', ids: [], ignored: ['\ufffdgpt-4'] },
		{
			search: `?ids=${Array.from({ length: 30 }, (_, i) => `n${i}`).join(',')}`,
			ids: [],
			ignored: Array.from({ length: 10 }, (_, i) => `n${i}`)
		}
	];
	for (const c of cases) {
		it(`reads ${c.search}`, () => {
			expect(decodeCompareIds(c.search, known)).toEqual({ ids: c.ids, ignored: c.ignored });
		});
	}
	it('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				const { ids, ignored } = decodeCompareIds(s, known);
				expect(ids.length).toBeLessThanOrEqual(4);
				expect(ignored.length).toBeLessThanOrEqual(10);
			})
		);
	});

	it('writes ids readably and reads them back', () => {
		expect(encodeCompareIds(['gpt-4', 'deepseek'])).toBe('?ids=gpt-4,deepseek');
		expect(encodeCompareIds(['gpt-4'], 'ar')).toBe('?ids=gpt-4&lang=ar');
		expect(decodeCompareIds(encodeCompareIds(['o3-mini', 'gpt-5']), known).ids).toEqual([
			'o3-mini',
			'gpt-5'
		]);
	});
});

describe('compareModels', () => {
	it('gives a column per model and marks the rows that differ', () => {
		const { columns, differs } = compareModels(catalogue, ['gpt-4', 'deepseek']);
		expect(columns.map((c) => [c.model.id, c.openness, c.cheapest, c.places])).toEqual([
			['gpt-4', 'closed', 20, ['cloud']],
			['deepseek', 'open-weights', 0, ['cloud']]
		]);
		expect(differs.openness).toBe(true);
		expect(differs.status).toBe(false);
		expect(differs.vendor).toBe(true);
	});

	// The 7B distilled model's need once stood under the 671B DeepSeek: each model's own offers
	// on the person's device give its need, from its own size; an open-weights model with no such
	// offer, from its size too (PRODUCT.md §9: DeepSeek R1, 671B, about 432 GB).
	const needs: {
		ids: string[];
		gb: (number | undefined)[];
		onDevice: boolean[];
		differs: boolean;
	}[] = [
		{ ids: ['deepseek', 'mistral-small'], gb: [432, 16], onDevice: [true, true], differs: true },
		{
			ids: ['deepseek-r1-distill-qwen-7b', 'gpt-2'],
			gb: [5.4, 1.5],
			onDevice: [true, true],
			differs: true
		},
		// A graphics-card-only offer whose need is not known, and a phone app: no figure, but both
		// run on the person's device.
		{
			ids: ['o3-mini-class-open', 'phone-side-open'],
			gb: [undefined, undefined],
			onDevice: [true, true],
			differs: false
		},
		// Closed weights served in the cloud: no way to run it there, unlike a need not known.
		{
			ids: ['gpt-4o', 'o3-mini-class-open'],
			gb: [undefined, undefined],
			onDevice: [false, true],
			differs: true
		}
	];
	for (const c of needs) {
		it(`gives the least memory on your own device: ${c.ids.join(' vs ')}`, () => {
			const { columns, differs } = compareModels(catalogue, c.ids);
			expect(columns.map((x) => x.deviceGb && roundGb(x.deviceGb))).toEqual(c.gb);
			expect(columns.map((x) => x.onDevice)).toEqual(c.onDevice);
			expect(differs.deviceGb).toBe(c.differs);
		});
	}

	it('takes a typed need over the estimate from size', () => {
		const offers = catalogue.offers.map((o) =>
			o.id === 'deepseek-local' ? { ...o, runsOn: { place: 'device' as const, needGb: 6 } } : o
		);
		const [column] = compareModels({ ...catalogue, offers }, [
			'deepseek-r1-distill-qwen-7b'
		]).columns;
		expect(column?.deviceGb).toBe(6);
	});

	it('gives the size, and the best Arena entry with its date', () => {
		const { columns, differs } = compareModels(catalogue, ['deepseek', 'gpt-4o', 'gpt-5']);
		expect(columns.map((c) => c.parameters)).toEqual([
			{ totalB: 671, activeB: 37 },
			undefined,
			undefined
		]);
		expect(columns.map((c) => c.arena && [c.arena.entry, c.arena.score, c.arena.asOf])).toEqual([
			['DeepSeek-R1', 1361, '2025-02-17'],
			['ChatGPT-4o-latest (2025-01-29)', 1377, '2025-02-17'],
			undefined
		]);
		expect(differs.parameters).toBe(true);
		expect(differs.arena).toBe(true);
	});

	it('marks nothing different between a model and itself-like twins', () => {
		const { differs } = compareModels(catalogue, ['o3-mini-class-open', 'phone-side-open']);
		expect(differs.status).toBe(false);
		expect(differs.openness).toBe(false);
		expect(differs.vendor).toBe(false);
		expect(differs.parameters).toBe(false);
		expect(differs.arena).toBe(false);
		expect(differs.places).toBe(true);
	});
});

describe('compareModels: what public lists bring', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const perUse = (input: number, output: number, fees?: Fee[]): Offer['price'] => ({
		type: 'per-use',
		inputPerMTok: input,
		outputPerMTok: output,
		...(fees && { fees })
	});
	const models = [
		handModel('a'),
		handModel('b', { openness: 'unknown' }),
		handModel('c', { openness: 'unknown' })
	];
	const offers = [
		handOffer('a-api', 'api', ['a'], { price: perUse(1, 1, [SEARCH]) }),
		handOffer('a-dear', 'api', ['a'], { price: perUse(3, 3) }),
		handOffer('b-api', 'api', ['b'], { price: perUse(1, 1) }),
		handOffer('c-api', 'api', ['c'], { price: perUse(1, 1) })
	];
	const small = { models, offers, facts: [] };

	it('gives the cheapest price with its fees when partly known', () => {
		const { columns } = compareModels(small, ['a', 'b']);
		expect(columns.map((c) => [c.cheapest, c.cheapestFees])).toEqual([
			[1, [SEARCH]],
			[1, undefined]
		]);
		expect(columns.map((c) => c.openness)).toEqual(['open-weights', 'unknown']);
	});

	const cases: { ids: string[]; cheapest: boolean; openness: boolean }[] = [
		// The same amount, one with fees: they differ.
		{ ids: ['a', 'b'], cheapest: true, openness: true },
		{ ids: ['b', 'c'], cheapest: false, openness: false }
	];
	for (const c of cases) {
		it(`marks the price row by amount and fees: ${c.ids.join(' vs ')}`, () => {
			const { differs } = compareModels(small, c.ids);
			expect(differs.cheapest).toBe(c.cheapest);
			expect(differs.openness).toBe(c.openness);
		});
	}
});
