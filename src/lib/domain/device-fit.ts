/**
 * Which offers fit the person's device: the table of PRODUCT.md §2, one function.
 *
 * | offer runs on | not chosen                | phone  | computer | gpu with M GB              |
 * | cloud         | fits                      | fits   | fits     | fits                       |
 * | phone         | unknown "needs a phone"   | fits   | no       | no                         |
 * | computer      | unknown "needs a computer"| no     | fits     | fits                       |
 * | gpu m..c      | unknown "needs a GPU (m)" | no     | no       | M ≥ c fits; m ≤ M < c tight;|
 * |               |                           |        |          | M < m no; M or m unknown   |
 *
 * "Run on my device only" makes every cloud offer not a fit. Where rules are silent: a GPU
 * offer with a minimum but no comfortable figure counts the minimum as comfortable (so M ≥ m
 * fits), and one with a comfortable figure but no minimum counts the comfortable as the
 * minimum.
 */
import type { RunsOn } from './catalogue';
import type { ChooserInputs } from './inputs';

/** Why an offer does or may not fit; the UI turns each into words. */
export type FitReason =
	| { code: 'cloud' }
	| { code: 'runs-in-cloud' }
	| { code: 'on-device' }
	| { code: 'needs-phone' }
	| { code: 'needs-computer' }
	| { code: 'needs-gpu'; minGb?: number }
	| { code: 'gpu-fits'; haveGb: number; comfortableGb: number }
	| { code: 'gpu-tight'; haveGb: number; minGb: number; comfortableGb: number }
	| { code: 'gpu-too-small'; haveGb: number; minGb: number }
	| { code: 'gpu-memory-not-given'; minGb: number }
	| { code: 'gpu-need-unknown' };

export type FitLevel = 'fits' | 'tight' | 'unknown' | 'no';

export type DeviceFit = { level: FitLevel; reason: FitReason };

// The outcomes that carry no numbers are shared: the chooser judges tens of thousands of offers.
const CLOUD_FITS: DeviceFit = Object.freeze({
	level: 'fits',
	reason: Object.freeze({ code: 'cloud' })
});
const CLOUD_NO: DeviceFit = Object.freeze({
	level: 'no',
	reason: Object.freeze({ code: 'runs-in-cloud' })
});
const ON_DEVICE: DeviceFit = Object.freeze({
	level: 'fits',
	reason: Object.freeze({ code: 'on-device' })
});
const needs = (level: 'unknown' | 'no', code: 'needs-phone' | 'needs-computer'): DeviceFit =>
	Object.freeze({ level, reason: Object.freeze({ code }) });
const PHONE_UNKNOWN = needs('unknown', 'needs-phone');
const PHONE_NO = needs('no', 'needs-phone');
const COMPUTER_UNKNOWN = needs('unknown', 'needs-computer');
const COMPUTER_NO = needs('no', 'needs-computer');

/** How one offer's place fits the person's device. */
export function deviceFit(
	runsOn: RunsOn,
	inputs: Pick<ChooserInputs, 'device' | 'vramGb' | 'localOnly'>
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
			const minGb = runsOn.minGb ?? runsOn.comfortableGb;
			const comfortableGb = runsOn.comfortableGb ?? minGb;
			const needs: FitReason = { code: 'needs-gpu', ...(minGb !== undefined && { minGb }) };
			if (device === undefined) return { level: 'unknown', reason: needs };
			if (device !== 'gpu') return { level: 'no', reason: needs };
			if (minGb === undefined || comfortableGb === undefined) {
				return { level: 'unknown', reason: { code: 'gpu-need-unknown' } };
			}
			const haveGb = inputs.vramGb;
			if (haveGb === undefined) {
				return { level: 'unknown', reason: { code: 'gpu-memory-not-given', minGb } };
			}
			if (haveGb >= comfortableGb) {
				return { level: 'fits', reason: { code: 'gpu-fits', haveGb, comfortableGb } };
			}
			if (haveGb >= minGb) {
				return { level: 'tight', reason: { code: 'gpu-tight', haveGb, minGb, comfortableGb } };
			}
			return { level: 'no', reason: { code: 'gpu-too-small', haveGb, minGb } };
		}
	}
}
