import { describe, expect, it } from 'vitest';
import type { Model, RunsOn } from './catalogue';
import type { Device } from './inputs';
import {
	COMFORT_FACTOR,
	LARGEST_MEMORY_GB,
	largestParamsB,
	memoryNeedGb,
	offerNeed,
	Q4_BITS_PER_WEIGHT,
	Q8_BITS_PER_WEIGHT,
	roundGb,
	usableGb,
	weightsGb
} from './memory';

/** Billions of parameters of FACTS.md's "Size of the open-weights models". */
const SIZE = {
	distill7b: 7.615616512,
	mistralSmall: 23.6,
	gpt2: 1.558,
	deepseek: 671
};

const sized = (totalB?: number, activeB?: number): Pick<Model, 'parameters'> =>
	totalB === undefined ? {} : { parameters: activeB ? { totalB, activeB } : { totalB } };

describe('weightsGb: the size of a quantized file, against FACTS.md’s real GGUF files', () => {
	// Real files (lmstudio-community and bartowski GGUF): the estimate is within 10% of each.
	const files: { name: string; paramsB: number; bits: number; realGb: number }[] = [
		{
			name: 'DeepSeek-R1-Distill-Qwen-7B Q4_K_M',
			paramsB: SIZE.distill7b,
			bits: 4.9,
			realGb: 4.68
		},
		{ name: 'DeepSeek-R1-Distill-Qwen-7B Q8_0', paramsB: SIZE.distill7b, bits: 8.5, realGb: 8.1 },
		{ name: 'Mistral-Small-24B Q4_K_M', paramsB: SIZE.mistralSmall, bits: 4.9, realGb: 14.3 },
		{ name: 'Mistral-Small-24B Q8_0', paramsB: SIZE.mistralSmall, bits: 8.5, realGb: 25.1 }
	];
	for (const f of files) {
		it(`${f.name}: ${f.realGb} GB, estimated within 10%`, () => {
			const estimate = weightsGb(f.paramsB, f.bits);
			expect(Math.abs(estimate - f.realGb) / f.realGb).toBeLessThan(0.1);
		});
	}

	it('uses 4.9 bits a weight by default (Q4_K_M) and 8.5 for Q8_0', () => {
		expect(Q4_BITS_PER_WEIGHT).toBe(4.9);
		expect(Q8_BITS_PER_WEIGHT).toBe(8.5);
		expect(weightsGb(SIZE.distill7b)).toBe(weightsGb(SIZE.distill7b, Q4_BITS_PER_WEIGHT));
		expect(weightsGb(8, 8)).toBe(8);
		expect(weightsGb(16, 4)).toBe(8);
	});

	it('leaves room over a small model’s real file, whose fixed overhead the rate understates', () => {
		// GPT-2 XL Q4_K_M is 1.19 GB: more than 4.9 bits a weight, but the need still covers it.
		expect(weightsGb(SIZE.gpt2)).toBeLessThan(1.19);
		expect(memoryNeedGb(SIZE.gpt2)).toBeGreaterThan(1.19);
	});
});

describe('memoryNeedGb: PRODUCT.md §9’s worked figures', () => {
	const cases: { name: string; paramsB: number; about: number; digits: number; shown: number }[] = [
		{
			name: 'DeepSeek-R1-Distill-Qwen-7B',
			paramsB: SIZE.distill7b,
			about: 5.4,
			digits: 1,
			shown: 5.4
		},
		{ name: 'Mistral Small 3', paramsB: SIZE.mistralSmall, about: 15.7, digits: 1, shown: 16 },
		{ name: 'GPT-2 XL', paramsB: SIZE.gpt2, about: 1.5, digits: 1, shown: 1.5 },
		{
			name: 'DeepSeek R1 (all 671B of the mixture)',
			paramsB: SIZE.deepseek,
			about: 432,
			digits: 0,
			shown: 432
		}
	];
	for (const c of cases) {
		it(`${c.name} (${c.paramsB}B) needs about ${c.about} GB, shown as ${c.shown}`, () => {
			const need = memoryNeedGb(c.paramsB);
			expect(need).toBeCloseTo(c.about, c.digits);
			expect(roundGb(need)).toBe(c.shown);
		});
	}

	it('is the 4-bit weights × 1.05 plus 0.5 GB, and the 8-bit file needs more', () => {
		expect(memoryNeedGb(8)).toBeCloseTo(((8 * 4.9) / 8) * 1.05 + 0.5, 10);
		expect(memoryNeedGb(8, 8.5)).toBeCloseTo(((8 * 8.5) / 8) * 1.05 + 0.5, 10);
		expect(memoryNeedGb(SIZE.distill7b, Q8_BITS_PER_WEIGHT)).toBeCloseTo(9.0, 1);
	});
});

describe('roundGb: how a memory figure is shown', () => {
	const cases: [number, number][] = [
		[5.39779, 5.4],
		[1.502, 1.5],
		[0.04, 0],
		[9.94, 9.9],
		[9.96, 10],
		[10, 10],
		[10.4, 10],
		[15.678, 16],
		[431.54, 432],
		[432.04, 432]
	];
	for (const [gb, shown] of cases) {
		it(`${gb} GB → ${shown}`, () => expect(roundGb(gb)).toBe(shown));
	}
});

describe('usableGb: what a model can use of a device’s memory', () => {
	const cases: [Device, number, number][] = [
		['phone', 8, 4],
		['phone', 16, 8],
		['phone', 1, 0.5],
		['computer', 12, 8],
		['computer', 512, 1024 / 3],
		['gpu', 8, 8],
		['gpu', 256, 256]
	];
	for (const [device, memory, usable] of cases) {
		it(`${device} with ${memory} GB → ${usable.toFixed(2)} GB`, () => {
			expect(usableGb(device, memory)).toBeCloseTo(usable, 10);
		});
	}

	it('knows the largest device of each kind and the comfort factor of §2', () => {
		expect(LARGEST_MEMORY_GB).toEqual({ phone: 16, computer: 512, gpu: 256 });
		expect(COMFORT_FACTOR).toBe(1.3);
	});
});

describe('largestParamsB', () => {
	it('takes the largest known size, all parameters of a mixture, undefined when none is known', () => {
		expect(largestParamsB([sized(7), sized(), sized(24)])).toBe(24);
		expect(largestParamsB([sized(671, 37)])).toBe(671);
		expect(largestParamsB([sized(), sized()])).toBeUndefined();
		expect(largestParamsB([])).toBeUndefined();
	});
});

describe('offerNeed: what an offer needs of the person’s memory', () => {
	const device: RunsOn = { place: 'device' };

	it('a figure the person typed wins over the estimate', () => {
		expect(offerNeed({ place: 'device', needGb: 3 }, [sized(SIZE.mistralSmall)])).toEqual({
			gb: 3
		});
		expect(offerNeed({ place: 'device', needGb: 3 }, [])).toEqual({ gb: 3 });
	});

	it('on any device: the estimate from its largest model, at 4 and 8 bits', () => {
		const need = offerNeed(device, [sized(SIZE.distill7b), sized(), sized(1)]);
		expect(need.gb).toBe(memoryNeedGb(SIZE.distill7b));
		expect(need.eightBitGb).toBe(memoryNeedGb(SIZE.distill7b, Q8_BITS_PER_WEIGHT));
		expect(need.gb).toBeCloseTo(5.4, 1);
		// A mixture of experts needs all of its parameters in memory.
		expect(offerNeed(device, [sized(SIZE.deepseek, 37)]).gb).toBeCloseTo(432, 0);
	});

	it('a model of unknown size has an unknown need', () => {
		expect(offerNeed(device, [sized()])).toEqual({ gb: undefined });
		expect(offerNeed(device, [])).toEqual({ gb: undefined });
	});

	it('a graphics card only: the typed minimum, else the comfortable figure, else unknown', () => {
		const models = [sized(SIZE.distill7b)];
		expect(offerNeed({ place: 'gpu', minGb: 6, comfortableGb: 8 }, models)).toEqual({ gb: 6 });
		expect(offerNeed({ place: 'gpu', comfortableGb: 12 }, models)).toEqual({ gb: 12 });
		expect(offerNeed({ place: 'gpu' }, models)).toEqual({ gb: undefined });
	});

	it('cloud, phone-app and computer offers need nothing of the person’s memory', () => {
		const models = [sized(SIZE.distill7b)];
		for (const place of ['cloud', 'phone', 'computer'] as const) {
			expect(offerNeed({ place }, models)).toEqual({ gb: undefined });
		}
	});
});
