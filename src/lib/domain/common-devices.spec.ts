import { describe, expect, it } from 'vitest';
import {
	COMMON_DEVICES,
	commonDeviceFits,
	fitOn,
	sizeUnknownWhy,
	type DeviceFitLevel,
	type SizeUnknownWhy
} from './common-devices';
import { deviceFit } from './device-fit';
import type { Device } from './inputs';
import { memoryNeedGb, Q8_BITS_PER_WEIGHT, roundGb } from './memory';

const label = (d: { device: Device; memoryGb: number }) => `${d.device} ${d.memoryGb}`;

describe('COMMON_DEVICES', () => {
	it('are the cards, computers and phones of issue 14, in that order', () => {
		expect(COMMON_DEVICES.map(label)).toEqual([
			'gpu 8',
			'gpu 12',
			'gpu 16',
			'gpu 24',
			'gpu 48',
			'computer 8',
			'computer 16',
			'computer 32',
			'phone 8',
			'phone 12'
		]);
		expect(Object.isFrozen(COMMON_DEVICES)).toBe(true);
	});
});

describe('fitOn: the chooser’s rule (§2) for one need on one device', () => {
	const cases: { device: Device; memoryGb: number; needGb: number; expected: DeviceFitLevel }[] = [
		// A card gives a model all of its memory: 8 ≥ 1.3 × 6.1 fits; 8 ≥ 7 tight; 8 < 8.5 no.
		{ device: 'gpu', memoryGb: 8, needGb: 6.1, expected: 'fits' },
		{ device: 'gpu', memoryGb: 8, needGb: 7, expected: 'tight' },
		{ device: 'gpu', memoryGb: 8, needGb: 8, expected: 'tight' },
		{ device: 'gpu', memoryGb: 8, needGb: 8.5, expected: 'no' },
		// A computer two thirds: 12 GB leaves 8.
		{ device: 'computer', memoryGb: 12, needGb: 6, expected: 'fits' },
		{ device: 'computer', memoryGb: 12, needGb: 7, expected: 'tight' },
		{ device: 'computer', memoryGb: 12, needGb: 8.1, expected: 'no' },
		// A phone half: 8 GB leaves 4.
		{ device: 'phone', memoryGb: 8, needGb: 3, expected: 'fits' },
		{ device: 'phone', memoryGb: 8, needGb: 4, expected: 'tight' },
		{ device: 'phone', memoryGb: 8, needGb: 4.1, expected: 'no' }
	];
	for (const c of cases) {
		it(`${c.needGb} GB on a ${c.device} of ${c.memoryGb} GB: ${c.expected}`, () => {
			expect(fitOn(c.device, c.memoryGb, c.needGb)).toBe(c.expected);
		});
	}

	it('agrees with deviceFit for every common device and a range of needs', () => {
		for (const d of COMMON_DEVICES) {
			for (let needGb = 0.5; needGb < 70; needGb += 0.25) {
				const inputs =
					d.device === 'gpu'
						? { device: d.device, vramGb: d.memoryGb }
						: { device: d.device, ramGb: d.memoryGb };
				const chooser = deviceFit(
					{ place: 'device' },
					{ gb: needGb },
					{ ...inputs, localOnly: false }
				);
				expect(fitOn(d.device, d.memoryGb, needGb), `${label(d)} ${needGb}`).toBe(chooser.level);
			}
		}
	});
});

describe('commonDeviceFits: a model’s need at 4 and 8 bits on each common device', () => {
	/** Fits as `q4/q8` for the devices in COMMON_DEVICES' order. */
	const cases: { name: string; totalB: number; q4: number; q8: number; fits: string[] }[] = [
		{
			// 5.4 GB at 4 bits, 9.0 at 8.
			name: 'DeepSeek-R1-Distill-Qwen-7B (7.62B)',
			totalB: 7.615616512,
			q4: 5.4,
			q8: 9,
			fits: [
				'fits/no',
				'fits/fits',
				'fits/fits',
				'fits/fits',
				'fits/fits',
				'no/no',
				'fits/tight',
				'fits/fits',
				'no/no',
				'tight/no'
			]
		},
		{
			// 15.7 GB at 4 bits, 26.8 at 8.
			name: 'Mistral Small 3 (23.6B)',
			totalB: 23.6,
			q4: 16,
			q8: 27,
			fits: [
				'no/no',
				'no/no',
				'tight/no',
				'fits/no',
				'fits/fits',
				'no/no',
				'no/no',
				'fits/no',
				'no/no',
				'no/no'
			]
		},
		{
			name: 'GPT-2 XL (1.56B)',
			totalB: 1.558,
			q4: 1.5,
			q8: 2.2,
			fits: Array<string>(10).fill('fits/fits')
		},
		{
			name: 'DeepSeek R1 (all 671B of the mixture)',
			totalB: 671,
			q4: 432,
			q8: 749,
			fits: Array<string>(10).fill('no/no')
		},
		{
			// Gemma 3n E4B: an effective 4B, judged as given.
			name: 'an effective 4B',
			totalB: 4,
			q4: 3.1,
			q8: 5,
			fits: [
				'fits/fits',
				'fits/fits',
				'fits/fits',
				'fits/fits',
				'fits/fits',
				'fits/tight',
				'fits/fits',
				'fits/fits',
				'fits/no',
				'fits/tight'
			]
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const result = commonDeviceFits({ totalB: c.totalB });
			expect(result.q4Gb).toBe(memoryNeedGb(c.totalB));
			expect(result.q8Gb).toBe(memoryNeedGb(c.totalB, Q8_BITS_PER_WEIGHT));
			expect(roundGb(result.q4Gb)).toBe(c.q4);
			expect(roundGb(result.q8Gb)).toBe(c.q8);
			expect(result.devices.map(label)).toEqual(COMMON_DEVICES.map(label));
			expect(result.devices.map((d) => `${d.q4}/${d.q8}`)).toEqual(c.fits);
		});
	}

	it('gives what a model may use of each device: half a phone, two thirds of a computer, all of a card', () => {
		const { devices } = commonDeviceFits({ totalB: 7 });
		expect(devices.map((d) => Math.round(d.usableGb * 100) / 100)).toEqual([
			8, 12, 16, 24, 48, 5.33, 10.67, 21.33, 4, 6
		]);
	});
});

describe('sizeUnknownWhy: only the shipped catalogue says "not published"', () => {
	const shipped = new Set(['gpt-4o', 'phone-side-open']);
	const cases: { id: string; expected: SizeUnknownWhy }[] = [
		{ id: 'gpt-4o', expected: 'not-published' },
		{ id: 'phone-side-open', expected: 'not-published' },
		// From a list: Kimi K2's id and name give no size; that is all the app knows.
		{ id: 'kimi-k2', expected: 'not-read' },
		{ id: 'claude-3.5-sonnet', expected: 'not-read' },
		{ id: 'my-own-model', expected: 'not-given' }
	];
	for (const c of cases) {
		it(`${c.id}: ${c.expected}`, () => expect(sizeUnknownWhy(c.id, shipped)).toBe(c.expected));
	}
});
