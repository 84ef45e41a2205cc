import { describe, expect, it } from 'vitest';
import { suggestDevice, type DeviceSignals } from './device-suggestion';

const desktop: DeviceSignals = {
	userAgentMobile: false,
	coarsePointer: false,
	screenWidth: 1920,
	webGpuAdapter: false
};

describe('suggestDevice', () => {
	const cases: {
		name: string;
		signals: Partial<DeviceSignals>;
		expected: ReturnType<typeof suggestDevice>;
	}[] = [
		{
			name: 'a desktop browser',
			signals: {},
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		},
		{
			name: 'a desktop with a GPU',
			signals: { webGpuAdapter: true },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		},
		{
			name: 'Apple silicon: a computer whose graphics share its memory, never a card',
			signals: { webGpuAdapter: true, gpuVendor: 'apple', userAgentMac: true },
			expected: { device: 'computer', basis: ['shared-memory-graphics'] }
		},
		{
			name: 'built-in Intel graphics on a PC',
			signals: { webGpuAdapter: true, gpuVendor: 'intel' },
			expected: { device: 'computer', basis: ['shared-memory-graphics'] }
		},
		{
			name: 'a Mac whose adapter does not name its maker',
			signals: { webGpuAdapter: true, gpuVendor: '', userAgentMac: true },
			expected: { device: 'computer', basis: ['shared-memory-graphics'] }
		},
		{
			name: 'an NVIDIA card, even in a Mac',
			signals: { webGpuAdapter: true, gpuVendor: 'nvidia', userAgentMac: true },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		},
		{
			name: 'a phone by its client hint and user agent',
			signals: { clientHintMobile: true, userAgentMobile: true, webGpuAdapter: true },
			expected: { device: 'phone', basis: ['client-hint-mobile', 'user-agent-mobile'] }
		},
		{
			name: 'a small touch screen',
			signals: { coarsePointer: true, screenWidth: 390 },
			expected: { device: 'phone', basis: ['touch-small-screen'] }
		},
		{
			name: 'a large touch screen (a tablet or touch laptop)',
			signals: { coarsePointer: true, screenWidth: 1024 },
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(suggestDevice({ ...desktop, ...c.signals })).toEqual(c.expected);
		});
	}
});
