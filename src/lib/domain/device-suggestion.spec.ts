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
		},
		{
			name: 'Intel’s built-in graphics, by their low-power architecture',
			signals: { webGpuAdapter: true, gpuVendor: 'intel', gpuArchitecture: 'gen-12lp' },
			expected: { device: 'computer', basis: ['shared-memory-graphics'] }
		},
		{
			name: 'an Intel Arc card (a high-performance architecture) is a card',
			signals: { webGpuAdapter: true, gpuVendor: 'intel', gpuArchitecture: 'gen-12hp' },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		},
		{
			name: 'an Intel Arc B-series card',
			signals: { webGpuAdapter: true, gpuVendor: 'intel', gpuArchitecture: 'xe-2hpg' },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		},
		{
			name: 'a Snapdragon laptop’s Adreno graphics',
			signals: { webGpuAdapter: true, gpuVendor: 'qualcomm', gpuArchitecture: 'adreno-7xx' },
			expected: { device: 'computer', basis: ['shared-memory-graphics'] }
		},
		{
			name: 'an AMD adapter is taken for a card (its built-in graphics cannot be told apart)',
			signals: { webGpuAdapter: true, gpuVendor: 'amd', gpuArchitecture: 'rdna-3' },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(suggestDevice({ ...desktop, ...c.signals })).toEqual(c.expected);
		});
	}
});

describe('suggestDevice with the browser’s memory figure (navigator.deviceMemory)', () => {
	const cases: {
		name: string;
		signals: Partial<DeviceSignals>;
		expected: ReturnType<typeof suggestDevice>;
	}[] = [
		{
			name: 'Apple silicon reporting 8 GB, Chrome’s cap: a computer with at least 8 GB of RAM',
			signals: { webGpuAdapter: true, gpuVendor: 'apple', userAgentMac: true, deviceMemoryGb: 8 },
			expected: {
				device: 'computer',
				basis: ['shared-memory-graphics', 'device-memory-capped'],
				memoryGb: 8
			}
		},
		{
			name: 'a phone reporting 8 GB, the cap: at least 8 GB',
			signals: { clientHintMobile: true, deviceMemoryGb: 8 },
			expected: {
				device: 'phone',
				basis: ['client-hint-mobile', 'device-memory-capped'],
				memoryGb: 8
			}
		},
		{
			name: 'a computer reporting 2 GB, under the cap: about 2 GB',
			signals: { deviceMemoryGb: 2 },
			expected: { device: 'computer', basis: ['no-phone-signals', 'device-memory'], memoryGb: 2 }
		},
		{
			name: 'a phone reporting 4 GB',
			signals: { userAgentMobile: true, deviceMemoryGb: 4 },
			expected: { device: 'phone', basis: ['user-agent-mobile', 'device-memory'], memoryGb: 4 }
		},
		{
			name: 'a computer without WebGPU reporting 16 GB',
			signals: { deviceMemoryGb: 16 },
			expected: { device: 'computer', basis: ['no-phone-signals', 'device-memory'], memoryGb: 16 }
		},
		{
			name: 'a card: the browser’s figure is the computer’s RAM, not the card’s, so none is given',
			signals: { webGpuAdapter: true, gpuVendor: 'nvidia', deviceMemoryGb: 8 },
			expected: { device: 'gpu', basis: ['webgpu-adapter'] }
		},
		{
			name: 'under 1 GB is no figure the chooser takes',
			signals: { userAgentMobile: true, deviceMemoryGb: 0.5 },
			expected: { device: 'phone', basis: ['user-agent-mobile'] }
		},
		{
			name: 'not a number',
			signals: { deviceMemoryGb: Number.NaN },
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		},
		{
			name: 'infinity',
			signals: { deviceMemoryGb: Number.POSITIVE_INFINITY },
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		},
		{
			name: 'a fraction above 1',
			signals: { deviceMemoryGb: 1.5 },
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		},
		{
			name: 'above the chooser’s 1,024 GB',
			signals: { deviceMemoryGb: 2048 },
			expected: { device: 'computer', basis: ['no-phone-signals'] }
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(suggestDevice({ ...desktop, ...c.signals })).toEqual(c.expected);
		});
	}
});
