import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import { compareModels, decodeCompareIds, encodeCompareIds } from './compare';

const known = catalogue.models.map((m) => m.id);

describe('compare links', () => {
	const cases: { search: string; ids: string[]; ignored: string[] }[] = [
		{ search: '?ids=gpt-4,deepseek', ids: ['gpt-4', 'deepseek'], ignored: [] },
		{
			search: '?ids=gpt-4,gpt-4,nope,deepseek',
			ids: ['gpt-4', 'deepseek'],
			ignored: ['gpt-4', 'nope']
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
		{ search: '', ids: [], ignored: [] }
	];
	for (const c of cases) {
		it(`reads ${c.search}`, () => {
			expect(decodeCompareIds(c.search, known)).toEqual({ ids: c.ids, ignored: c.ignored });
		});
	}
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
		expect(columns.map((c) => [c.model.id, c.openness, c.cheapest, c.places, c.minGpuGb])).toEqual([
			['gpt-4', 'closed', 20, ['cloud'], undefined],
			['deepseek', 'open-weights', 0, ['cloud', 'gpu'], 6]
		]);
		expect(differs.openness).toBe(true);
		expect(differs.status).toBe(false);
		expect(differs.vendor).toBe(true);
	});

	it('marks nothing different between a model and itself-like twins', () => {
		const { differs } = compareModels(catalogue, ['o3-mini-class-open', 'phone-side-open']);
		expect(differs.status).toBe(false);
		expect(differs.openness).toBe(false);
		expect(differs.vendor).toBe(false);
		expect(differs.places).toBe(true);
	});
});
