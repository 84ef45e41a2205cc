/**
 * Which common devices a model of known size runs on (§9 on the model page): its
 * memory need at 4 and 8 bits against the cards, computers and phones people usually have,
 * judged by the chooser's own rule (`deviceFit`, §2). Memory in GB (10⁹ bytes).
 */
import type { Parameters } from './catalogue';
import { deviceFit, type FitLevel } from './device-fit';
import type { Device } from './inputs';
import { memoryNeedGb, Q8_BITS_PER_WEIGHT, usableGb } from './memory';

/** A device people commonly have: its kind and its memory (a card's VRAM, else RAM), in GB. */
export type CommonDevice = { device: Device; memoryGb: number };

/** Graphics cards of 8–48 GB, computers of 8–32 GB, phones of 8 and 12 GB (issue 14). */
export const COMMON_DEVICES: readonly CommonDevice[] = Object.freeze(
	[
		...[8, 12, 16, 24, 48].map((memoryGb) => ({ device: 'gpu' as const, memoryGb })),
		...[8, 16, 32].map((memoryGb) => ({ device: 'computer' as const, memoryGb })),
		...[8, 12].map((memoryGb) => ({ device: 'phone' as const, memoryGb }))
	].map((d) => Object.freeze(d))
);

/** A judgment of a model on its own device: `fits`, `tight` (little room to spare) or `no`. */
export type DeviceFitLevel = Exclude<FitLevel, 'unknown'>;

/**
 * How a need of `needGb` fits a device with `memoryGb` of memory, by the chooser's rule: what a
 * model can use of it (half a phone's, two thirds of a computer's, all of a card's) against the
 * need, with 30% to spare for `fits`.
 */
export function fitOn(device: Device, memoryGb: number, needGb: number): DeviceFitLevel {
	const memory = device === 'gpu' ? { vramGb: memoryGb } : { ramGb: memoryGb };
	const { level } = deviceFit(
		{ place: 'device' },
		{ gb: needGb },
		{ device, localOnly: true, ...memory }
	);
	// With a need and a memory given, the rule always decides.
	return level === 'unknown' ? 'no' : level;
}

/** One common device's row: what a model may use of it, and the 4- and 8-bit files' fit. */
export type CommonDeviceFit = CommonDevice & {
	usableGb: number;
	q4: DeviceFitLevel;
	q8: DeviceFitLevel;
};

/**
 * A model's memory need at 4 bits (Q4_K_M) and 8 bits (Q8_0) from its size (all parameters of a
 * mixture of experts; an effective count as given), and its fit on each common device.
 */
export function commonDeviceFits(parameters: Pick<Parameters, 'totalB'>): {
	q4Gb: number;
	q8Gb: number;
	devices: CommonDeviceFit[];
} {
	const q4Gb = memoryNeedGb(parameters.totalB);
	const q8Gb = memoryNeedGb(parameters.totalB, Q8_BITS_PER_WEIGHT);
	return {
		q4Gb,
		q8Gb,
		devices: COMMON_DEVICES.map((d) => ({
			...d,
			usableGb: usableGb(d.device, d.memoryGb),
			q4: fitOn(d.device, d.memoryGb, q4Gb),
			q8: fitOn(d.device, d.memoryGb, q8Gb)
		}))
	};
}

/**
 * Why a model's size, so its memory need, is not known: `not-published` for a model of the
 * shipped catalogue (its maker has not said); `not-given` for one the person added (`my-…` ids)
 * without a size; `not-read` for one from a public list whose id and name give none.
 */
export type SizeUnknownWhy = 'not-published' | 'not-given' | 'not-read';

/** Why the size of the model `id` is not known, given the shipped catalogue's model ids. */
export function sizeUnknownWhy(id: string, shippedIds: ReadonlySet<string>): SizeUnknownWhy {
	if (shippedIds.has(id)) return 'not-published';
	return id.startsWith('my-') ? 'not-given' : 'not-read';
}
