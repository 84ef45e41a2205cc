/** An offer's device fit for the inputs, worked out once while the device inputs stay the same. */
import { deviceFit, type DeviceFit, type FitLevel } from './device-fit';
import { DEVICES, LIMITS, type ChooserInputs, type Device } from './inputs';
import { usableGb } from './memory';
import type { Prepared } from './prepared';

/** Where a fit ranks an offer: fits, tight, unknown, then no. */
export const FIT_RANK: Record<FitLevel, number> = { fits: 0, tight: 1, unknown: 2, no: 3 };

const SIZE_RANK_BASE = 1e9;

/**
 * Where the size of what runs on the person's device ranks an offer that fits, or fits tightly,
 * their memory: 0 for offers not judged by memory (apps, the cloud), then the larger need first.
 */
export function sizeRank(fit: DeviceFit): number {
	const { reason } = fit;
	return reason.code === 'memory-fits' || reason.code === 'memory-tight'
		? SIZE_RANK_BASE - reason.needGb
		: 0;
}

/** A placeholder until an offer's device fit is first worked out. */
export const UNJUDGED: DeviceFit = Object.freeze({
	level: 'unknown',
	reason: { code: 'size-unknown' }
} as const);

/** One number for the device inputs an offer's fit depends on: device, its memory, on-device only. */
export const fitKeyOf = (inputs: ChooserInputs): number =>
	(inputs.device === undefined ? 0 : DEVICES.indexOf(inputs.device) + 1) * 4096 +
	(inputs.vramGb ?? inputs.ramGb ?? 0) * 2 +
	(inputs.localOnly ? 1 : 0);

/**
 * An offer's device fit for the inputs whose `fitKeyOf` is `key`: kept on the prepared offer
 * while the device inputs stay the same, so typing a budget or a usage judges no device again.
 */
export function fitOf(p: Prepared, key: number, inputs: ChooserInputs): DeviceFit {
	if (p.fitKey !== key) {
		p.fit = deviceFit(p.runsOn, p.need, inputs);
		p.fitKey = key;
	}
	return p.fit;
}

/** Fits the person's device, roomily or tightly: what the On your device pick takes. */
export const fitsDevice = (j: { fit: DeviceFit }): boolean =>
	j.fit.level === 'fits' || j.fit.level === 'tight';

/** The whole GB of a device's memory whose usable part holds `needGb` (§2), within the limits. */
export function memoryFor(device: Device, needGb: number): number | undefined {
	const max = device === 'gpu' ? LIMITS.vram.max : LIMITS.ram.max;
	// Past what the largest memory the form takes can hold, there is no answer to count up to.
	if (!(usableGb(device, max) >= needGb)) return undefined;
	let gb = Math.max(0, Math.ceil(needGb));
	while (usableGb(device, gb) < needGb) gb++;
	return gb;
}
