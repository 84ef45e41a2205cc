/**
 * How much memory a model needs on the person's own device, from its size (§9), and
 * how much of a device's memory a model can use (§2).
 *
 * Sources: the real GGUF files in `shared/seed/FACTS.md` — DeepSeek-R1-Distill-Qwen-7B
 * (7.62B) Q4_K_M 4.68 GB and Q8_0 8.1 GB, Mistral-Small-24B (23.6B) Q4_K_M 14.3 GB and Q8_0
 * 25.1 GB — give about 4.9 bits a weight at Q4_K_M and 8.5 at Q8_0. Units: GB = 10⁹ bytes;
 * sizes in billions of parameters.
 */
import type { Model, RunsOn } from './catalogue';
import type { Device } from './inputs';

/** Bits a weight of a 4-bit Q4_K_M file (FACTS.md: 4.68 GB for 7.62B parameters). */
export const Q4_BITS_PER_WEIGHT = 4.9;
/** Bits a weight of an 8-bit Q8_0 file (FACTS.md: 8.1 GB for 7.62B parameters). */
export const Q8_BITS_PER_WEIGHT = 8.5;
/** Room for the runtime's buffers over the weights, as a share of them. */
const RUNTIME_SHARE = 1.05;
/** GB for the runtime and a few thousand tokens of context. */
const CONTEXT_GB = 0.5;

/** GB of a quantized weights file: billions of parameters × bits a weight ÷ 8. */
export const weightsGb = (paramsB: number, bitsPerWeight = Q4_BITS_PER_WEIGHT): number =>
	(paramsB * bitsPerWeight) / 8;

/**
 * GB of memory needed to run a model of `paramsB` billion parameters (all of them, for a mixture
 * of experts) from a file of `bitsPerWeight` bits a weight: the weights × 1.05, plus 0.5 GB
 * (§9). DeepSeek-R1-Distill-Qwen-7B (7.62B) at 4 bits: about 5.4 GB.
 */
export const memoryNeedGb = (paramsB: number, bitsPerWeight = Q4_BITS_PER_WEIGHT): number =>
	weightsGb(paramsB, bitsPerWeight) * RUNTIME_SHARE + CONTEXT_GB;

/**
 * GB of a device's memory a model can use: half of a phone's RAM (the system and apps keep the
 * rest), two thirds of a computer's (shared with the processor and the system), all of a
 * graphics card's VRAM (§2).
 */
export function usableGb(device: Device, memoryGb: number): number {
	switch (device) {
		case 'phone':
			return memoryGb / 2;
		case 'computer':
			return (memoryGb * 2) / 3;
		case 'gpu':
			return memoryGb;
	}
}

/** The memory of the largest device of each kind (GB), for judging when none is given (§2). */
export const LARGEST_MEMORY_GB: Readonly<Record<Device, number>> = Object.freeze({
	phone: 16,
	computer: 512,
	gpu: 256
});

/** A need of N GB fits memory X ≥ 1.3·N; X from N up to that is tight (§2). */
export const COMFORT_FACTOR = 1.3;

/** A memory figure as shown: one decimal below 10 GB, whole GB from 10 GB (§9). */
export const roundGb = (gb: number): number =>
	gb < 10 ? Math.round(gb * 10) / 10 : Math.round(gb);

/** The largest size (billions of parameters) among models, undefined when none is known. */
export function largestParamsB(models: readonly Pick<Model, 'parameters'>[]): number | undefined {
	let largest: number | undefined;
	for (const m of models) {
		const b = m.parameters?.totalB;
		if (b !== undefined && (largest === undefined || b > largest)) largest = b;
	}
	return largest;
}

/**
 * What an offer on the person's own device needs (GB): a figure the person typed wins; else,
 * for `device` offers, the estimate from its largest model's size at 4 and 8 bits (§9); else
 * not known. Cloud and phone-app offers need nothing of the person's memory: `{ gb: undefined }`.
 */
export function offerNeed(
	runsOn: RunsOn,
	models: readonly Pick<Model, 'parameters'>[]
): { gb: number | undefined; eightBitGb?: number } {
	if (runsOn.place === 'gpu') return { gb: runsOn.minGb ?? runsOn.comfortableGb };
	if (runsOn.place !== 'device') return { gb: undefined };
	if (runsOn.needGb !== undefined) return { gb: runsOn.needGb };
	const paramsB = largestParamsB(models);
	if (paramsB === undefined) return { gb: undefined };
	return { gb: memoryNeedGb(paramsB), eightBitGb: memoryNeedGb(paramsB, Q8_BITS_PER_WEIGHT) };
}
