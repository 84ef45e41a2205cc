/** A guess at the person's device from what the browser says of itself; only ever offered. */
import type { Device } from './inputs';

/** What the browser tells about the device, read by the UI layer. */
export type DeviceSignals = {
	/** `navigator.userAgentData.mobile`, where the browser has it. */
	clientHintMobile?: boolean;
	/** The user-agent string names a phone (Android, iPhone, "Mobile"). */
	userAgentMobile: boolean;
	/** The main pointer is a finger (`pointer: coarse`). */
	coarsePointer: boolean;
	/** CSS pixels across the screen. */
	screenWidth: number;
	/** A hardware WebGPU adapter answered (not a software fallback). */
	webGpuAdapter: boolean;
	/** The adapter's vendor as WebGPU names it (`apple`, `intel`, `nvidia`, `amd`…), if given. */
	gpuVendor?: string;
	/** The user-agent string names a Mac. */
	userAgentMac?: boolean;
};

export type SuggestionBasis =
	| 'client-hint-mobile'
	| 'user-agent-mobile'
	| 'touch-small-screen'
	| 'webgpu-adapter'
	| 'shared-memory-graphics'
	| 'no-phone-signals';

export type DeviceSuggestion = { device: Device; basis: SuggestionBasis[] };

/** Suggests phone, computer or GPU, with what the guess rests on. */
export function suggestDevice(signals: DeviceSignals): DeviceSuggestion {
	const phone: SuggestionBasis[] = [];
	if (signals.clientHintMobile) phone.push('client-hint-mobile');
	if (signals.userAgentMobile) phone.push('user-agent-mobile');
	if (signals.coarsePointer && signals.screenWidth > 0 && signals.screenWidth < 768) {
		phone.push('touch-small-screen');
	}
	if (phone.length > 0) return { device: 'phone', basis: phone };
	if (signals.webGpuAdapter) {
		// Apple silicon and built-in graphics share the computer's memory: that is a computer
		// without a graphics card (PRODUCT.md §2), never a card with all of that memory.
		if (sharesMemory(signals)) return { device: 'computer', basis: ['shared-memory-graphics'] };
		return { device: 'gpu', basis: ['webgpu-adapter'] };
	}
	return { device: 'computer', basis: ['no-phone-signals'] };
}

/** Graphics that use the computer's own memory: Apple's and Intel's, or a Mac's of unknown make. */
function sharesMemory({ gpuVendor, userAgentMac }: DeviceSignals): boolean {
	const vendor = gpuVendor?.toLowerCase() ?? '';
	if (vendor === 'apple' || vendor === 'intel') return true;
	return !!userAgentMac && vendor !== 'nvidia' && vendor !== 'amd';
}
