/** A guess at the person's device from what the browser says of itself; only ever offered. */
import { LIMITS, type Device } from './inputs';

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
	/** A hardware WebGPU adapter answered (not a software fallback); never asked on a phone. */
	webGpuAdapter: boolean;
	/** The adapter's vendor as WebGPU names it (`apple`, `intel`, `nvidia`, `amd`…), if given. */
	gpuVendor?: string;
	/** The adapter's architecture as WebGPU names it (`metal-3`, `gen-12lp`, `xe-2hpg`…), if given. */
	gpuArchitecture?: string;
	/** The user-agent string names a Mac. */
	userAgentMac?: boolean;
	/**
	 * `navigator.deviceMemory`: GB of RAM, rounded by the browser to a power of two and capped
	 * (Chrome says at most 8), so a rough figure; absent where the browser does not tell.
	 */
	deviceMemoryGb?: number;
};

export type SuggestionBasis =
	| 'client-hint-mobile'
	| 'user-agent-mobile'
	| 'touch-small-screen'
	| 'webgpu-adapter'
	| 'shared-memory-graphics'
	| 'no-phone-signals'
	| 'device-memory'
	| 'device-memory-capped';

/**
 * The most `navigator.deviceMemory` says, in GB: Chrome reports no more than 8, so a device
 * reporting 8 may have 16, 32 or 64.
 */
export const DEVICE_MEMORY_CAP_GB = 8;

/**
 * The suggested device, what the guess rests on, and for a phone or a computer the memory (RAM,
 * whole GB) the browser reports, when it does: a rounded figure the person can change, and at
 * the browser's cap only a lower bound (basis `device-memory-capped`).
 */
export type DeviceSuggestion = { device: Device; basis: SuggestionBasis[]; memoryGb?: number };

/**
 * What says the device is a phone, from the signals that need no graphics adapter; empty when
 * nothing does. A phone is suggested whatever the adapter: only when this is empty is one asked for.
 */
export function phoneBasis(
	signals: Pick<
		DeviceSignals,
		'clientHintMobile' | 'userAgentMobile' | 'coarsePointer' | 'screenWidth'
	>
): SuggestionBasis[] {
	const phone: SuggestionBasis[] = [];
	if (signals.clientHintMobile) phone.push('client-hint-mobile');
	if (signals.userAgentMobile) phone.push('user-agent-mobile');
	if (signals.coarsePointer && signals.screenWidth > 0 && signals.screenWidth < 768) {
		phone.push('touch-small-screen');
	}
	return phone;
}

/** Suggests phone, computer or GPU, with what the guess rests on and the memory it can tell. */
export function suggestDevice(signals: DeviceSignals): DeviceSuggestion {
	const phone = phoneBasis(signals);
	if (phone.length > 0) return withMemory({ device: 'phone', basis: phone }, signals);
	if (signals.webGpuAdapter) {
		// Apple silicon and built-in graphics share the computer's memory: that is a computer
		// without a graphics card (§2), never a card with all of that memory.
		if (sharesMemory(signals)) {
			return withMemory({ device: 'computer', basis: ['shared-memory-graphics'] }, signals);
		}
		// The browser's memory figure is the computer's RAM, not the card's: the card's is not told.
		return { device: 'gpu', basis: ['webgpu-adapter'] };
	}
	return withMemory({ device: 'computer', basis: ['no-phone-signals'] }, signals);
}

/**
 * Adds the browser's RAM figure, when it gives a whole number of GB a link can carry; the cap
 * (8 GB) as a lower bound.
 */
function withMemory(
	suggestion: DeviceSuggestion,
	{ deviceMemoryGb }: DeviceSignals
): DeviceSuggestion {
	const gb = deviceMemoryGb;
	// Below 1 GB (0.25, 0.5) is no figure the chooser takes; such a device runs no model anyway.
	if (
		typeof gb !== 'number' ||
		!Number.isInteger(gb) ||
		gb < LIMITS.ram.min ||
		gb > LIMITS.ram.max
	) {
		return suggestion;
	}
	const basis = gb === DEVICE_MEMORY_CAP_GB ? 'device-memory-capped' : 'device-memory';
	return { ...suggestion, basis: [...suggestion.basis, basis], memoryGb: gb };
}

/** Vendors whose graphics are built into the processor and use the computer's own memory. */
const SHARED_VENDORS = ['apple', 'qualcomm', 'arm'];

/**
 * Graphics that use the computer's own memory: Apple's, Qualcomm's and Arm's; Intel's built-in
 * ones (its discrete Arc cards have an "hp" architecture, high performance: `gen-12hp`,
 * `xe-2hpg`); or a Mac's of unknown make. AMD's built-in graphics share an architecture with its
 * cards, so they cannot be told apart and are taken for a card.
 */
function sharesMemory({ gpuVendor, gpuArchitecture, userAgentMac }: DeviceSignals): boolean {
	const vendor = gpuVendor?.toLowerCase() ?? '';
	if (SHARED_VENDORS.includes(vendor)) return true;
	if (vendor === 'intel') return !/hp/.test(gpuArchitecture?.toLowerCase() ?? '');
	return !!userAgentMac && vendor !== 'nvidia' && vendor !== 'amd';
}
