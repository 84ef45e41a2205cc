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
