import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CALCULATOR_MODELS,
	CATALOGUE_ROWS,
	calculatorFiles,
	catalogueFiles,
	compareWithReferences,
	meets,
	median,
	priceList,
	ratio,
	standing,
	writeReferencePages
} from './bench-reference.js';

const KiB = 1024;
const bytes = (text: string) => Buffer.byteLength(text);

describe('median', () => {
	const cases = [
		{ values: [], expected: undefined },
		{ values: [7], expected: 7 },
		{ values: [3, 1, 2], expected: 2 },
		{ values: [4, 1, 3, 2], expected: 2.5 },
		{ values: [100, 5, 5, 6, 90], expected: 6 }
	];
	for (const c of cases) {
		it(`of [${c.values.join(', ')}] is ${c.expected}`, () => {
			expect(median(c.values)).toBe(c.expected);
		});
	}

	it('leaves the samples in their order', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('ratio, standing and meets', () => {
	const cases = [
		{ ours: 500, theirs: 1000, better: 'lower', ratio: 0.5, standing: 'ahead' },
		{ ours: 1500, theirs: 1000, better: 'lower', ratio: 1.5, standing: 'behind' },
		{ ours: 99, theirs: 90, better: 'higher', ratio: 1.1, standing: 'ahead' },
		{ ours: 80, theirs: 100, better: 'higher', ratio: 0.8, standing: 'behind' },
		{ ours: 100, theirs: 100, better: 'higher', ratio: 1, standing: 'level' },
		{ ours: 0, theirs: 0, better: 'lower', ratio: undefined, standing: 'level' },
		{ ours: 40, theirs: 0, better: 'lower', ratio: undefined, standing: 'behind' },
		{ ours: undefined, theirs: 10, better: 'lower', ratio: undefined, standing: undefined },
		{ ours: 10, theirs: undefined, better: 'higher', ratio: undefined, standing: undefined }
	] as const;
	for (const c of cases) {
		it(`${c.ours} against ${c.theirs} (${c.better} is better): × ${c.ratio}, ${c.standing}`, () => {
			const found = ratio(c.ours, c.theirs);
			if (c.ratio === undefined) expect(found).toBeUndefined();
			else expect(found).toBeCloseTo(c.ratio, 10);
			expect(standing(c.ours, c.theirs, c.better)).toBe(c.standing);
		});
	}

	const targets = [
		{ value: 99, target: 99, better: 'higher', expected: true },
		{ value: 98, target: 99, better: 'higher', expected: false },
		{ value: 1200, target: 1200, better: 'lower', expected: true },
		{ value: 1201, target: 1200, better: 'lower', expected: false },
		{ value: 5, target: undefined, better: 'lower', expected: undefined },
		{ value: undefined, target: 100, better: 'lower', expected: undefined }
	] as const;
	for (const c of targets) {
		it(`${c.value} against a target of ${c.target} (${c.better} is better): ${c.expected}`, () => {
			expect(meets(c.value, c.target, c.better)).toBe(c.expected);
		});
	}
});

describe('compareWithReferences', () => {
	const samples = new Map([
		[
			'/',
			new Map([
				['performance', [97, 100, 99]],
				['LCP', [1300, 900, 1100]],
				['TBT', [0, 20, 10]],
				['JS transferred', [110_000, 110_000, 110_000]]
			])
		],
		[
			'calculator',
			new Map([
				['performance', [100, 100, 98]],
				['LCP', [800, 700, 900]],
				['TBT', [0, 0, 0]],
				['JS transferred', [2_000, 2_000, 2_000]]
			])
		],
		[
			'catalogue',
			new Map([
				['performance', [60, 70, 65]],
				['LCP', [4000, 3000, 5000]],
				['TBT', [400, 600, 500]],
				['JS transferred', [4_000, 4_000, 4_000]]
			])
		]
	]);
	const rows = compareWithReferences(samples, '/', ['calculator', 'catalogue']);
	const row = (figure: string) => rows.find((r) => r.figure === figure);

	it('compares the medians of our page with each reference, in the order given', () => {
		expect(row('LCP')).toMatchObject({
			ours: 1100,
			target: 1200,
			met: true,
			against: [
				{ reference: 'calculator', value: 800, standing: 'behind' },
				{ reference: 'catalogue', value: 4000, standing: 'ahead' }
			]
		});
		expect(row('LCP')?.against[0]?.ratio).toBeCloseTo(1100 / 800, 10);
		expect(row('LCP')?.against[1]?.ratio).toBeCloseTo(1100 / 4000, 10);
	});

	it('holds a score to "at least" and a time to "at most"', () => {
		expect(row('performance')).toMatchObject({ ours: 99, met: true });
		expect(row('performance')?.against.map((a) => a.standing)).toEqual(['behind', 'ahead']);
		expect(row('TBT')).toMatchObject({ ours: 10, met: true });
		expect(row('TBT')?.against.map((a) => [a.ratio, a.standing])).toEqual([
			[undefined, 'behind'],
			[10 / 500, 'ahead']
		]);
	});

	it('gives every compared figure, with nothing made up for a figure without samples', () => {
		expect(rows.map((r) => r.figure)).toEqual([
			'performance',
			'FCP',
			'LCP',
			'TBT',
			'JS transferred',
			'total transferred'
		]);
		expect(row('FCP')).toMatchObject({ ours: undefined, met: undefined });
		expect(row('FCP')?.against.map((a) => a.standing)).toEqual([undefined, undefined]);
	});
});

describe('the reference pages', () => {
	const calculator = calculatorFiles();
	const catalogue = catalogueFiles();

	it('are the same bytes every time they are generated', () => {
		expect(calculatorFiles()).toEqual(calculator);
		expect(catalogueFiles()).toEqual(catalogue);
	});

	it('calculator: a page and one script of at most 12 KiB together, fetching a list of 100 models', () => {
		const page =
			bytes(calculator['calculator/index.html']) + bytes(calculator['calculator/calc.js']);
		expect(page).toBeLessThanOrEqual(12 * KiB);
		expect(page).toBeGreaterThan(10 * KiB);
		expect(calculator['calculator/index.html']).toContain('<script src="calc.js" defer>');
		expect(calculator['calculator/calc.js']).toContain("fetch('prices.json')");
		const list = JSON.parse(calculator['calculator/prices.json']);
		expect(list).toEqual(priceList());
		expect(list).toHaveLength(CALCULATOR_MODELS);
		expect(new Set(list.map((m: { id: string }) => m.id)).size).toBe(CALCULATOR_MODELS);
		for (const model of list) {
			expect(model).toEqual({
				id: expect.any(String),
				name: expect.any(String),
				input: expect.any(Number),
				output: expect.any(Number)
			});
			expect(model.input).toBeGreaterThan(0);
			expect(model.output).toBeGreaterThanOrEqual(model.input);
		}
	});

	it('catalogue: 1.1 MB (± 5%) of prerendered table, 5,000 rows, and 20 KiB (± 10%) of script', () => {
		const html = catalogue['catalogue/index.html'];
		expect(Math.abs(bytes(html) - 1_100_000)).toBeLessThanOrEqual(55_000);
		expect(html.match(/<tr id=/g)).toHaveLength(CATALOGUE_ROWS);
		expect(html).toContain('<script src="table.js" defer>');
		expect(Math.abs(bytes(catalogue['catalogue/table.js']) - 20 * KiB)).toBeLessThanOrEqual(
			2 * KiB
		);
	});

	it('scripts that parse as JavaScript', () => {
		for (const script of [calculator['calculator/calc.js'], catalogue['catalogue/table.js']]) {
			expect(() => new Function(script)).not.toThrow();
		}
	});

	it('are written to a folder with their sizes, raw and gzipped', () => {
		const root = mkdtempSync(join(tmpdir(), 'bench-reference-'));
		try {
			const sizes = writeReferencePages(root);
			expect(Object.keys(sizes).sort()).toEqual([
				'calculator/calc.js',
				'calculator/index.html',
				'calculator/prices.json',
				'catalogue/index.html',
				'catalogue/table.js'
			]);
			const html = readFileSync(join(root, 'catalogue/index.html'), 'utf8');
			expect(html).toBe(catalogue['catalogue/index.html']);
			expect(sizes['catalogue/index.html']?.raw).toBe(bytes(html));
			expect(sizes['catalogue/index.html']?.gzip).toBeLessThan(bytes(html) / 3);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
