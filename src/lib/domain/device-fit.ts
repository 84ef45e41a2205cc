/**
 * Which offers fit the person's device: the table of §2, one function.
 *
 * | offer runs on             | not chosen                 | phone (RAM R) | computer (RAM R) | gpu (VRAM M) |
 * | cloud                     | fits                       | fits          | fits             | fits         |
 * | phone (a phone app)       | unknown "needs a phone"    | fits          | no               | no           |
 * | gpu only, need unknown    | unknown "needs a GPU"      | no            | no               | unknown      |
 * | own device, needs N GB    | unknown "needs about N GB" | against R/2   | against 2R/3     | against M    |
 *
 * "Against X": X ≥ 1.3·N fits, N ≤ X < 1.3·N tight, X < N no. Memory not given: judged against
 * the largest device of the kind (phone 16 GB, computer 512 GB, card 256 GB): a need above what
 * it could give is no, else unknown. A graphics-card-only offer with a typed need is judged
 * against M on a card and is no elsewhere. "Run on my device only" makes every cloud offer not
 * a fit. `computer` (records made before catalogue 2025-02-20.2) fits a computer or a card.
 */
import type { RunsOn } from './catalogue';
import type { ChooserInputs, Device } from './inputs';
import { COMFORT_FACTOR, LARGEST_MEMORY_GB, offerNeed, usableGb } from './memory';

/**
 * What an offer on the person's own device needs, in GB (`gb` undefined when not known): at 4
 * bits or the figure the person typed, and the 8-bit file's need when the size is known.
 */
export type MemoryNeed = ReturnType<typeof offerNeed>;

/** Why an offer does or may not fit; the UI turns each into words. Memory in GB. */
export type FitReason =
	| { code: 'cloud' }
	| { code: 'runs-in-cloud' }
	| { code: 'on-device' }
	| { code: 'needs-phone' }
	| { code: 'needs-computer' }
	| { code: 'needs-gpu'; needGb?: number }
	| { code: 'needs-memory'; needGb: number }
	| { code: 'size-unknown' }
	| {
			code: 'memory-fits';
			device: Device;
			needGb: number;
			memoryGb: number;
			usableGb: number;
			/** The 8-bit file, a little better, fits too. */
			eightBit: boolean;
	  }
	| { code: 'memory-tight'; device: Device; needGb: number; memoryGb: number; usableGb: number }
	| { code: 'memory-short'; device: Device; needGb: number; memoryGb: number; usableGb: number }
	| { code: 'memory-not-given'; device: Device; needGb: number }
	| { code: 'beyond-any-device'; device: Device; needGb: number; largestGb: number };

export type FitLevel = 'fits' | 'tight' | 'unknown' | 'no';

export type DeviceFit = { level: FitLevel; reason: FitReason };

const fit = (level: FitLevel, reason: FitReason): DeviceFit => ({ level, reason });
const shared = (level: FitLevel, reason: FitReason): DeviceFit =>
	Object.freeze({ level, reason: Object.freeze(reason) });

// The outcomes that carry no numbers are shared: the chooser judges tens of thousands of offers.
const CLOUD_FITS = shared('fits', { code: 'cloud' });
const CLOUD_NO = shared('no', { code: 'runs-in-cloud' });
const ON_DEVICE = shared('fits', { code: 'on-device' });
const PHONE_UNKNOWN = shared('unknown', { code: 'needs-phone' });
const PHONE_NO = shared('no', { code: 'needs-phone' });
const COMPUTER_UNKNOWN = shared('unknown', { code: 'needs-computer' });
const COMPUTER_NO = shared('no', { code: 'needs-computer' });
const GPU_UNKNOWN = shared('unknown', { code: 'needs-gpu' });
const GPU_NO = shared('no', { code: 'needs-gpu' });
const SIZE_UNKNOWN = shared('unknown', { code: 'size-unknown' });

/** A need of `needGb` judged against a device's memory (§2's "against X"). */
function againstMemory(
	device: Device,
	memoryGb: number | undefined,
	need: MemoryNeed & { gb: number }
): DeviceFit {
	const needGb = need.gb;
	if (memoryGb === undefined) {
		const largestGb = LARGEST_MEMORY_GB[device];
		return needGb > usableGb(device, largestGb)
			? fit('no', { code: 'beyond-any-device', device, needGb, largestGb })
			: fit('unknown', { code: 'memory-not-given', device, needGb });
	}
	const usable = usableGb(device, memoryGb);
	const numbers = { device, needGb, memoryGb, usableGb: usable };
	if (usable >= COMFORT_FACTOR * needGb) {
		const eightBit = need.eightBitGb !== undefined && usable >= COMFORT_FACTOR * need.eightBitGb;
		return fit('fits', { code: 'memory-fits', ...numbers, eightBit });
	}
	if (usable >= needGb) return fit('tight', { code: 'memory-tight', ...numbers });
	return fit('no', { code: 'memory-short', ...numbers });
}

/** The memory the person gave for their device: a card's VRAM, else a phone's or computer's RAM. */
const memoryOf = (inputs: Pick<ChooserInputs, 'device' | 'vramGb' | 'ramGb'>) =>
	inputs.device === 'gpu' ? inputs.vramGb : inputs.ramGb;

/**
 * How one offer's place fits the person's device. `need` is what an offer on the person's own
 * device needs (from its model's size, or typed); other places ignore it.
 */
export function deviceFit(
	runsOn: RunsOn,
	need: MemoryNeed,
	inputs: Pick<ChooserInputs, 'device' | 'vramGb' | 'ramGb' | 'localOnly'>
): DeviceFit {
	const { device } = inputs;
	switch (runsOn.place) {
		case 'cloud':
			return inputs.localOnly ? CLOUD_NO : CLOUD_FITS;
		case 'phone':
			if (device === undefined) return PHONE_UNKNOWN;
			return device === 'phone' ? ON_DEVICE : PHONE_NO;
		case 'computer':
			if (device === undefined) return COMPUTER_UNKNOWN;
			return device === 'phone' ? COMPUTER_NO : ON_DEVICE;
		case 'gpu': {
			const needGb = need.gb;
			if (device === undefined) {
				return needGb === undefined ? GPU_UNKNOWN : fit('unknown', { code: 'needs-gpu', needGb });
			}
			if (device !== 'gpu') {
				return needGb === undefined ? GPU_NO : fit('no', { code: 'needs-gpu', needGb });
			}
			// On the person's card, what is not known is the memory it needs, not whether it has a
			// card: "needs a graphics card" would tell a person with one that theirs does not count.
			return needGb === undefined
				? SIZE_UNKNOWN
				: againstMemory('gpu', inputs.vramGb, { gb: needGb });
		}
		case 'device': {
			const needGb = need.gb;
			if (needGb === undefined) return SIZE_UNKNOWN;
			if (device === undefined) return fit('unknown', { code: 'needs-memory', needGb });
			return againstMemory(device, memoryOf(inputs), { ...need, gb: needGb });
		}
	}
}
