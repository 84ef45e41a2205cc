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
};

export type SuggestionBasis =
	| 'client-hint-mobile'
	| 'user-agent-mobile'
	| 'touch-small-screen'
	| 'webgpu-adapter'
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
	if (signals.webGpuAdapter) return { device: 'gpu', basis: ['webgpu-adapter'] };
	return { device: 'computer', basis: ['no-phone-signals'] };
}
