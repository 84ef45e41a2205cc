import { describe, expect, it } from 'vitest';
import type { RunsOn } from './catalogue';
import { deviceFit, type FitLevel, type FitReason } from './device-fit';
import type { ChooserInputs } from './inputs';

type Row = {
	runsOn: RunsOn;
	inputs: Pick<ChooserInputs, 'device' | 'vramGb' | 'localOnly'>;
	level: FitLevel;
	reason: FitReason;
};

const cloud: RunsOn = { place: 'cloud' };
const phone: RunsOn = { place: 'phone' };
const computer: RunsOn = { place: 'computer' };
const gpu: RunsOn = { place: 'gpu', minGb: 6, comfortableGb: 8 };
const gpuUnknown: RunsOn = { place: 'gpu' };
const off = { localOnly: false };
const on = { localOnly: true };

// PRODUCT.md §2, row by row and column by column.
const table: Row[] = [
	// cloud
	{ runsOn: cloud, inputs: { ...off }, level: 'fits', reason: { code: 'cloud' } },
	{ runsOn: cloud, inputs: { ...off, device: 'phone' }, level: 'fits', reason: { code: 'cloud' } },
	{
		runsOn: cloud,
		inputs: { ...off, device: 'computer' },
		level: 'fits',
		reason: { code: 'cloud' }
	},
	{
		runsOn: cloud,
		inputs: { ...off, device: 'gpu', vramGb: 8 },
		level: 'fits',
		reason: { code: 'cloud' }
	},
	{ runsOn: cloud, inputs: { ...on }, level: 'no', reason: { code: 'runs-in-cloud' } },
	{
		runsOn: cloud,
		inputs: { ...on, device: 'phone' },
		level: 'no',
		reason: { code: 'runs-in-cloud' }
	},
	{
		runsOn: cloud,
		inputs: { ...on, device: 'gpu', vramGb: 24 },
		level: 'no',
		reason: { code: 'runs-in-cloud' }
	},
	// phone
	{ runsOn: phone, inputs: { ...off }, level: 'unknown', reason: { code: 'needs-phone' } },
	{
		runsOn: phone,
		inputs: { ...on, device: 'phone' },
		level: 'fits',
		reason: { code: 'on-device' }
	},
	{
		runsOn: phone,
		inputs: { ...off, device: 'computer' },
		level: 'no',
		reason: { code: 'needs-phone' }
	},
	{
		runsOn: phone,
		inputs: { ...off, device: 'gpu', vramGb: 8 },
		level: 'no',
		reason: { code: 'needs-phone' }
	},
	// computer (CPU)
	{ runsOn: computer, inputs: { ...off }, level: 'unknown', reason: { code: 'needs-computer' } },
	{
		runsOn: computer,
		inputs: { ...off, device: 'phone' },
		level: 'no',
		reason: { code: 'needs-computer' }
	},
	{
		runsOn: computer,
		inputs: { ...on, device: 'computer' },
		level: 'fits',
		reason: { code: 'on-device' }
	},
	{
		runsOn: computer,
		inputs: { ...off, device: 'gpu' },
		level: 'fits',
		reason: { code: 'on-device' }
	},
	// gpu, minimum 6, comfortable 8
	{ runsOn: gpu, inputs: { ...off }, level: 'unknown', reason: { code: 'needs-gpu', minGb: 6 } },
	{
		runsOn: gpu,
		inputs: { ...off, device: 'phone' },
		level: 'no',
		reason: { code: 'needs-gpu', minGb: 6 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'computer' },
		level: 'no',
		reason: { code: 'needs-gpu', minGb: 6 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'gpu', vramGb: 8 },
		level: 'fits',
		reason: { code: 'gpu-fits', haveGb: 8, comfortableGb: 8 }
	},
	{
		runsOn: gpu,
		inputs: { ...on, device: 'gpu', vramGb: 24 },
		level: 'fits',
		reason: { code: 'gpu-fits', haveGb: 24, comfortableGb: 8 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'gpu', vramGb: 7 },
		level: 'tight',
		reason: { code: 'gpu-tight', haveGb: 7, minGb: 6, comfortableGb: 8 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'gpu', vramGb: 6 },
		level: 'tight',
		reason: { code: 'gpu-tight', haveGb: 6, minGb: 6, comfortableGb: 8 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'gpu', vramGb: 5 },
		level: 'no',
		reason: { code: 'gpu-too-small', haveGb: 5, minGb: 6 }
	},
	{
		runsOn: gpu,
		inputs: { ...off, device: 'gpu' },
		level: 'unknown',
		reason: { code: 'gpu-memory-not-given', minGb: 6 }
	},
	// gpu of unknown need
	{ runsOn: gpuUnknown, inputs: { ...off }, level: 'unknown', reason: { code: 'needs-gpu' } },
	{
		runsOn: gpuUnknown,
		inputs: { ...off, device: 'phone' },
		level: 'no',
		reason: { code: 'needs-gpu' }
	},
	{
		runsOn: gpuUnknown,
		inputs: { ...off, device: 'gpu', vramGb: 80 },
		level: 'unknown',
		reason: { code: 'gpu-need-unknown' }
	},
	{
		runsOn: gpuUnknown,
		inputs: { ...off, device: 'gpu' },
		level: 'unknown',
		reason: { code: 'gpu-need-unknown' }
	},
	// where the table is silent: one GPU figure stands for both
	{
		runsOn: { place: 'gpu', minGb: 12 },
		inputs: { ...off, device: 'gpu', vramGb: 12 },
		level: 'fits',
		reason: { code: 'gpu-fits', haveGb: 12, comfortableGb: 12 }
	},
	{
		runsOn: { place: 'gpu', comfortableGb: 12 },
		inputs: { ...off, device: 'gpu', vramGb: 11 },
		level: 'no',
		reason: { code: 'gpu-too-small', haveGb: 11, minGb: 12 }
	}
];

describe('deviceFit: the device-fit table', () => {
	for (const row of table) {
		const where = JSON.stringify(row.runsOn);
		const who = JSON.stringify(row.inputs);
		it(`${where} on ${who} → ${row.level}`, () => {
			expect(deviceFit(row.runsOn, row.inputs)).toEqual({ level: row.level, reason: row.reason });
		});
	}
});
