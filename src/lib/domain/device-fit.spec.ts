import { describe, expect, it } from 'vitest';
import type { RunsOn } from './catalogue';
import { deviceFit, type FitLevel, type FitReason, type MemoryNeed } from './device-fit';
import type { ChooserInputs } from './inputs';
import { memoryNeedGb, Q8_BITS_PER_WEIGHT } from './memory';

type Inputs = Pick<ChooserInputs, 'device' | 'vramGb' | 'ramGb' | 'localOnly'>;
type Row = { runsOn: RunsOn; need: MemoryNeed; inputs: Inputs; level: FitLevel; reason: FitReason };

const cloud: RunsOn = { place: 'cloud' };
const phoneApp: RunsOn = { place: 'phone' };
const gpuOnly: RunsOn = { place: 'gpu' };
const gpuTyped: RunsOn = { place: 'gpu', minGb: 6, comfortableGb: 8 };
const computer: RunsOn = { place: 'computer' };
const device: RunsOn = { place: 'device' };
const none: MemoryNeed = { gb: undefined };
/** A need of N GB with no 8-bit figure (a typed one, or where the 8-bit file is not asked). */
const needs = (gb: number): MemoryNeed => ({ gb });

const off = { localOnly: false };
const on = { localOnly: true };
const notChosen: Inputs = { ...off };
const phone = (ramGb?: number): Inputs => ({ ...off, device: 'phone', ramGb });
const pc = (ramGb?: number): Inputs => ({ ...off, device: 'computer', ramGb });
const gpu = (vramGb?: number): Inputs => ({ ...off, device: 'gpu', vramGb });

/** The reasons that carry the memory numbers of "against X". */
const against = (
	code: 'memory-fits' | 'memory-tight' | 'memory-short',
	d: 'phone' | 'computer' | 'gpu',
	needGb: number,
	memoryGb: number,
	usableGb: number
): FitReason =>
	code === 'memory-fits'
		? { code, device: d, needGb, memoryGb, usableGb, eightBit: false }
		: { code, device: d, needGb, memoryGb, usableGb };

const table: { name: string; rows: Row[] }[] = [
	{
		name: 'cloud: fits on every device, not a fit when on-device only',
		rows: [
			{ runsOn: cloud, need: none, inputs: notChosen, level: 'fits', reason: { code: 'cloud' } },
			{ runsOn: cloud, need: none, inputs: phone(8), level: 'fits', reason: { code: 'cloud' } },
			{ runsOn: cloud, need: none, inputs: pc(16), level: 'fits', reason: { code: 'cloud' } },
			{ runsOn: cloud, need: none, inputs: gpu(8), level: 'fits', reason: { code: 'cloud' } },
			{ runsOn: cloud, need: none, inputs: gpu(), level: 'fits', reason: { code: 'cloud' } },
			...[notChosen, phone(8), pc(), gpu(24)].map((inputs): Row => ({
				runsOn: cloud,
				need: none,
				inputs: { ...inputs, ...on },
				level: 'no',
				reason: { code: 'runs-in-cloud' }
			}))
		]
	},
	{
		name: 'a phone app: a condition with no device, fits a phone of any memory, no elsewhere',
		rows: [
			{
				runsOn: phoneApp,
				need: none,
				inputs: notChosen,
				level: 'unknown',
				reason: { code: 'needs-phone' }
			},
			{
				runsOn: phoneApp,
				need: none,
				inputs: phone(),
				level: 'fits',
				reason: { code: 'on-device' }
			},
			{
				runsOn: phoneApp,
				need: none,
				inputs: { ...phone(2), ...on },
				level: 'fits',
				reason: { code: 'on-device' }
			},
			{
				runsOn: phoneApp,
				need: none,
				inputs: pc(64),
				level: 'no',
				reason: { code: 'needs-phone' }
			},
			{ runsOn: phoneApp, need: none, inputs: gpu(8), level: 'no', reason: { code: 'needs-phone' } }
		]
	},
	{
		name: 'a graphics card only, need unknown: unknown with no device, its memory need unknown on a card, no elsewhere',
		rows: [
			{
				runsOn: gpuOnly,
				need: none,
				inputs: notChosen,
				level: 'unknown',
				reason: { code: 'needs-gpu' }
			},
			{
				runsOn: gpuOnly,
				need: none,
				inputs: phone(16),
				level: 'no',
				reason: { code: 'needs-gpu' }
			},
			{ runsOn: gpuOnly, need: none, inputs: pc(512), level: 'no', reason: { code: 'needs-gpu' } },
			{
				runsOn: gpuOnly,
				need: none,
				inputs: gpu(80),
				level: 'unknown',
				reason: { code: 'size-unknown' }
			},
			{
				runsOn: gpuOnly,
				need: none,
				inputs: { ...gpu(), ...on },
				level: 'unknown',
				reason: { code: 'size-unknown' }
			}
		]
	},
	{
		name: 'a graphics card only, with a typed need: against M on a card, no elsewhere',
		rows: [
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: notChosen,
				level: 'unknown',
				reason: { code: 'needs-gpu', needGb: 6 }
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: phone(16),
				level: 'no',
				reason: { code: 'needs-gpu', needGb: 6 }
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: pc(64),
				level: 'no',
				reason: { code: 'needs-gpu', needGb: 6 }
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: gpu(8),
				level: 'fits',
				reason: against('memory-fits', 'gpu', 6, 8, 8)
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: gpu(7),
				level: 'tight',
				reason: against('memory-tight', 'gpu', 6, 7, 7)
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: gpu(5),
				level: 'no',
				reason: against('memory-short', 'gpu', 6, 5, 5)
			},
			{
				runsOn: gpuTyped,
				need: needs(6),
				inputs: gpu(),
				level: 'unknown',
				reason: { code: 'memory-not-given', device: 'gpu', needGb: 6 }
			}
		]
	},
	{
		name: 'your own device needing N GB, no device chosen: a condition to check',
		rows: [
			{
				runsOn: device,
				need: needs(5.4),
				inputs: notChosen,
				level: 'unknown',
				reason: { code: 'needs-memory', needGb: 5.4 }
			},
			{
				runsOn: device,
				need: needs(432),
				inputs: { ...notChosen, ...on },
				level: 'unknown',
				reason: { code: 'needs-memory', needGb: 432 }
			}
		]
	},
	{
		name: 'a phone with R GB: against R/2 (N = 5: fits from 6.5 GB usable, tight from 5)',
		rows: [
			{
				runsOn: device,
				need: needs(5),
				inputs: phone(16),
				level: 'fits',
				reason: against('memory-fits', 'phone', 5, 16, 8)
			},
			// X exactly 1.3·N fits.
			{
				runsOn: device,
				need: needs(5),
				inputs: phone(13),
				level: 'fits',
				reason: against('memory-fits', 'phone', 5, 13, 6.5)
			},
			{
				runsOn: device,
				need: needs(5),
				inputs: phone(12),
				level: 'tight',
				reason: against('memory-tight', 'phone', 5, 12, 6)
			},
			// X exactly N is tight.
			{
				runsOn: device,
				need: needs(5),
				inputs: phone(10),
				level: 'tight',
				reason: against('memory-tight', 'phone', 5, 10, 5)
			},
			{
				runsOn: device,
				need: needs(5),
				inputs: phone(9),
				level: 'no',
				reason: against('memory-short', 'phone', 5, 9, 4.5)
			}
		]
	},
	{
		name: 'a computer with R GB: against 2R/3 (N = 20: fits from 26 GB usable, tight from 20)',
		rows: [
			{
				runsOn: device,
				need: needs(20),
				inputs: pc(64),
				level: 'fits',
				reason: against('memory-fits', 'computer', 20, 64, 128 / 3)
			},
			{
				runsOn: device,
				need: needs(20),
				inputs: pc(39),
				level: 'fits',
				reason: against('memory-fits', 'computer', 20, 39, 26)
			},
			{
				runsOn: device,
				need: needs(20),
				inputs: pc(38),
				level: 'tight',
				reason: against('memory-tight', 'computer', 20, 38, 76 / 3)
			},
			{
				runsOn: device,
				need: needs(20),
				inputs: pc(30),
				level: 'tight',
				reason: against('memory-tight', 'computer', 20, 30, 20)
			},
			{
				runsOn: device,
				need: needs(20),
				inputs: pc(29),
				level: 'no',
				reason: against('memory-short', 'computer', 20, 29, 58 / 3)
			}
		]
	},
	{
		name: 'a graphics card with M GB: against M (N = 10: fits from 13 GB, tight from 10)',
		rows: [
			{
				runsOn: device,
				need: needs(10),
				inputs: gpu(24),
				level: 'fits',
				reason: against('memory-fits', 'gpu', 10, 24, 24)
			},
			{
				runsOn: device,
				need: needs(10),
				inputs: gpu(13),
				level: 'fits',
				reason: against('memory-fits', 'gpu', 10, 13, 13)
			},
			{
				runsOn: device,
				need: needs(10),
				inputs: gpu(12),
				level: 'tight',
				reason: against('memory-tight', 'gpu', 10, 12, 12)
			},
			{
				runsOn: device,
				need: needs(10),
				inputs: gpu(10),
				level: 'tight',
				reason: against('memory-tight', 'gpu', 10, 10, 10)
			},
			{
				runsOn: device,
				need: needs(10),
				inputs: gpu(9),
				level: 'no',
				reason: against('memory-short', 'gpu', 10, 9, 9)
			}
		]
	},
	{
		name: 'memory not given: judged against the largest device (phone 16, computer 512, card 256)',
		rows: [
			// A phone of 16 GB gives a model 8: a need of exactly 8 might fit, above it cannot.
			{
				runsOn: device,
				need: needs(8),
				inputs: phone(),
				level: 'unknown',
				reason: { code: 'memory-not-given', device: 'phone', needGb: 8 }
			},
			{
				runsOn: device,
				need: needs(8.1),
				inputs: phone(),
				level: 'no',
				reason: { code: 'beyond-any-device', device: 'phone', needGb: 8.1, largestGb: 16 }
			},
			// A computer of 512 GB gives a model 341⅓.
			{
				runsOn: device,
				need: needs(341),
				inputs: pc(),
				level: 'unknown',
				reason: { code: 'memory-not-given', device: 'computer', needGb: 341 }
			},
			{
				runsOn: device,
				need: needs(342),
				inputs: pc(),
				level: 'no',
				reason: { code: 'beyond-any-device', device: 'computer', needGb: 342, largestGb: 512 }
			},
			{
				runsOn: device,
				need: needs(256),
				inputs: gpu(),
				level: 'unknown',
				reason: { code: 'memory-not-given', device: 'gpu', needGb: 256 }
			},
			{
				runsOn: device,
				need: needs(256.5),
				inputs: gpu(),
				level: 'no',
				reason: { code: 'beyond-any-device', device: 'gpu', needGb: 256.5, largestGb: 256 }
			}
		]
	},
	{
		name: 'your own device, size unknown: unknown whatever the device',
		rows: [notChosen, phone(), phone(8), pc(16), gpu(), gpu(80), { ...gpu(24), ...on }].map(
			(inputs): Row => ({
				runsOn: device,
				need: none,
				inputs,
				level: 'unknown',
				reason: { code: 'size-unknown' }
			})
		)
	},
	{
		name: 'on-device only changes nothing for an offer on the person’s device',
		rows: [
			{
				runsOn: device,
				need: needs(10),
				inputs: { ...gpu(13), ...on },
				level: 'fits',
				reason: against('memory-fits', 'gpu', 10, 13, 13)
			},
			{
				runsOn: device,
				need: needs(10),
				inputs: { ...gpu(9), ...on },
				level: 'no',
				reason: against('memory-short', 'gpu', 10, 9, 9)
			},
			{
				runsOn: device,
				need: needs(8.1),
				inputs: { ...phone(), ...on },
				level: 'no',
				reason: { code: 'beyond-any-device', device: 'phone', needGb: 8.1, largestGb: 16 }
			}
		]
	},
	{
		name: 'a computer (records made before catalogue 2025-02-20.2)',
		rows: [
			{
				runsOn: computer,
				need: none,
				inputs: notChosen,
				level: 'unknown',
				reason: { code: 'needs-computer' }
			},
			{
				runsOn: computer,
				need: none,
				inputs: phone(16),
				level: 'no',
				reason: { code: 'needs-computer' }
			},
			{
				runsOn: computer,
				need: none,
				inputs: { ...pc(), ...on },
				level: 'fits',
				reason: { code: 'on-device' }
			},
			{ runsOn: computer, need: none, inputs: gpu(8), level: 'fits', reason: { code: 'on-device' } }
		]
	}
];

describe('deviceFit: PRODUCT.md §2’s table, row by row and column by column', () => {
	for (const group of table) {
		describe(group.name, () => {
			for (const row of group.rows) {
				const who = JSON.stringify(row.inputs);
				it(`${JSON.stringify(row.runsOn)} needing ${row.need.gb ?? '?'} GB on ${who} → ${row.level}`, () => {
					const fit = deviceFit(row.runsOn, row.need, row.inputs);
					expect(fit.level).toBe(row.level);
					expect(fit.reason).toEqual(row.reason);
				});
			}
		});
	}
});

describe('deviceFit: the 8-bit file', () => {
	// N at 4 bits 5, at 8 bits 9: the 8-bit file fits from 11.7 GB usable.
	const need: MemoryNeed = { gb: 5, eightBitGb: 9 };
	const eightBitOf = (inputs: Inputs) => {
		const { reason } = deviceFit(device, need, inputs);
		return reason.code === 'memory-fits' ? reason.eightBit : undefined;
	};

	it('says the 8-bit file fits too when the usable memory holds 1.3 times its need', () => {
		expect(eightBitOf(gpu(12))).toBe(true);
		expect(eightBitOf(gpu(11))).toBe(false);
		expect(eightBitOf(gpu(7))).toBe(false);
		expect(eightBitOf(phone(24))).toBe(true);
		expect(eightBitOf(phone(22))).toBe(false);
		expect(eightBitOf(pc(18))).toBe(true);
		expect(eightBitOf(pc(17))).toBe(false);
	});

	it('is never said of a tight fit, nor of a typed need with no 8-bit figure', () => {
		expect(deviceFit(device, need, gpu(6)).reason).not.toHaveProperty('eightBit');
		expect(deviceFit(device, { gb: 5 }, gpu(80)).reason).toMatchObject({ eightBit: false });
		expect(deviceFit({ place: 'device', needGb: 5 }, { gb: 5 }, gpu(80)).reason).toMatchObject({
			code: 'memory-fits',
			eightBit: false
		});
	});
});

describe('deviceFit: the shipped self-hosted offers from their models’ sizes', () => {
	const distill = {
		gb: memoryNeedGb(7.615616512),
		eightBitGb: memoryNeedGb(7.615616512, Q8_BITS_PER_WEIGHT)
	};
	const mistral = { gb: memoryNeedGb(23.6), eightBitGb: memoryNeedGb(23.6, Q8_BITS_PER_WEIGHT) };
	const cases: {
		what: string;
		need: MemoryNeed;
		inputs: Inputs;
		level: FitLevel;
		eightBit?: boolean;
	}[] = [
		{
			what: '7B distilled on an 8 GB card',
			need: distill,
			inputs: gpu(8),
			level: 'fits',
			eightBit: false
		},
		{
			what: '7B distilled on a 12 GB card',
			need: distill,
			inputs: gpu(12),
			level: 'fits',
			eightBit: true
		},
		{ what: '7B distilled on a 6 GB card', need: distill, inputs: gpu(6), level: 'tight' },
		{ what: '7B distilled on a 5 GB card', need: distill, inputs: gpu(5), level: 'no' },
		// "needs about 5.4 GB; an 8 GB phone leaves about 4 GB for a model".
		{ what: '7B distilled on an 8 GB phone', need: distill, inputs: phone(8), level: 'no' },
		{ what: '7B distilled on a 12 GB phone', need: distill, inputs: phone(12), level: 'tight' },
		{
			what: '7B distilled on a 16 GB phone',
			need: distill,
			inputs: phone(16),
			level: 'fits',
			eightBit: false
		},
		{
			what: '7B distilled on a phone of unknown memory',
			need: distill,
			inputs: phone(),
			level: 'unknown'
		},
		{
			what: '7B distilled on a 16 GB computer',
			need: distill,
			inputs: pc(16),
			level: 'fits',
			eightBit: false
		},
		{
			what: '7B distilled on an 18 GB computer',
			need: distill,
			inputs: pc(18),
			level: 'fits',
			eightBit: true
		},
		{ what: 'Mistral Small on a 16 GB card', need: mistral, inputs: gpu(16), level: 'tight' },
		{
			what: 'Mistral Small on a 24 GB card',
			need: mistral,
			inputs: gpu(24),
			level: 'fits',
			eightBit: false
		},
		{
			what: 'Mistral Small on a 32 GB computer',
			need: mistral,
			inputs: pc(32),
			level: 'fits',
			eightBit: false
		},
		{
			what: 'Mistral Small on a phone of unknown memory',
			need: mistral,
			inputs: phone(),
			level: 'no'
		}
	];
	for (const c of cases) {
		it(`${c.what} → ${c.level}`, () => {
			const fit = deviceFit(device, c.need, c.inputs);
			expect(fit.level).toBe(c.level);
			if (c.eightBit !== undefined) expect(fit.reason).toMatchObject({ eightBit: c.eightBit });
		});
	}

	it('names the usable memory: an 8 GB phone leaves 4 GB for a model needing about 5.4', () => {
		expect(deviceFit(device, distill, phone(8)).reason).toEqual({
			code: 'memory-short',
			device: 'phone',
			needGb: distill.gb,
			memoryGb: 8,
			usableGb: 4
		});
	});
});
