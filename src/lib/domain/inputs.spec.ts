import { describe, expect, it } from 'vitest';
import { changeInputs, defaultInputs, type ChooserInputs } from './inputs';

const inputs = (extra: Partial<ChooserInputs>): ChooserInputs => ({ ...defaultInputs(), ...extra });

describe('changeInputs, the one clean-up of a change', () => {
	it('lays the patch over the inputs and leaves both untouched', () => {
		const current = inputs({ device: 'gpu', vramGb: 8 });
		const patch = { budget: 20 };
		const next = changeInputs(current, patch);
		expect(next).toEqual(inputs({ device: 'gpu', vramGb: 8, budget: 20 }));
		expect(current).toEqual(inputs({ device: 'gpu', vramGb: 8 }));
		expect(patch).toEqual({ budget: 20 });
	});

	it('leaves no key behind for an emptied field', () => {
		const next = changeInputs(inputs({ device: 'gpu', vramGb: 8, budget: 20 }), {
			vramGb: undefined,
			budget: undefined
		});
		expect(next).toEqual(inputs({ device: 'gpu' }));
		expect(Object.keys(next)).not.toContain('vramGb');
		expect(Object.keys(next)).not.toContain('budget');
	});

	const switches: {
		name: string;
		from: Partial<ChooserInputs>;
		patch: Partial<ChooserInputs>;
		to: Partial<ChooserInputs>;
	}[] = [
		{
			name: 'a card for a computer drops the VRAM',
			from: { device: 'gpu', vramGb: 8 },
			patch: { device: 'computer' },
			to: { device: 'computer' }
		},
		{
			name: 'a computer for a card drops the RAM',
			from: { device: 'computer', ramGb: 16 },
			patch: { device: 'gpu' },
			to: { device: 'gpu' }
		},
		{
			name: 'a computer for a phone keeps the RAM',
			from: { device: 'computer', ramGb: 16 },
			patch: { device: 'phone' },
			to: { device: 'phone', ramGb: 16 }
		},
		{
			name: 'no device drops any memory',
			from: { device: 'phone', ramGb: 8 },
			patch: { device: undefined },
			to: {}
		},
		{
			name: 'a card for a phone with its RAM keeps the RAM given',
			from: { device: 'gpu', vramGb: 8 },
			patch: { device: 'phone', ramGb: 6 },
			to: { device: 'phone', ramGb: 6 }
		},
		{
			name: 'VRAM without a card is dropped',
			from: { device: 'phone', ramGb: 8 },
			patch: { vramGb: 12 },
			to: { device: 'phone', ramGb: 8 }
		},
		{
			name: 'RAM beside a card is dropped',
			from: { device: 'gpu', vramGb: 8 },
			patch: { ramGb: 32 },
			to: { device: 'gpu', vramGb: 8 }
		}
	];
	for (const { name, from, patch, to } of switches) {
		it(name, () => expect(changeInputs(inputs(from), patch)).toEqual(inputs(to)));
	}
});
