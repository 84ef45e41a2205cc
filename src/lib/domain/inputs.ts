/** What a person tells the chooser, with the defaults of PRODUCT.md §2. */

export const DEVICES = ['phone', 'computer', 'gpu'] as const;
export type Device = (typeof DEVICES)[number];

export const OPENNESS_CHOICES = ['any', 'preferred', 'required'] as const;
export type OpennessChoice = (typeof OPENNESS_CHOICES)[number];

export type ChooserInputs = {
	/** Not chosen when undefined. */
	device?: Device;
	/** GB of GPU memory, whole, 1–256; only with `device: 'gpu'`. */
	vramGb?: number;
	/** Run on my device only. */
	localOnly: boolean;
	/** US$ a month, whole, 0–10,000; no limit when undefined. */
	budget?: number;
	openness: OpennessChoice;
	includePlanned: boolean;
	/** Million tokens a month, 0.1–1,000, at most one decimal: prices per-use offers. */
	usage: number;
};

export const LIMITS = {
	vram: { min: 1, max: 256 },
	budget: { min: 0, max: 10_000 },
	usage: { min: 0.1, max: 1000 }
} as const;

/** The inputs a first visit starts from. */
export const DEFAULT_INPUTS: Readonly<ChooserInputs> = Object.freeze({
	localOnly: false,
	openness: 'any',
	includePlanned: false,
	usage: 1
});

/** The defaults, as a fresh object to change. */
export const defaultInputs = (): ChooserInputs => ({ ...DEFAULT_INPUTS });

const isWhole = (n: unknown, min: number, max: number): n is number =>
	typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** Usage keeps at most one decimal, so a link can always say it exactly. */
export const isValidUsage = (n: unknown): n is number =>
	typeof n === 'number' &&
	Number.isFinite(n) &&
	n >= LIMITS.usage.min &&
	n <= LIMITS.usage.max &&
	Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;

/** Whether a value is a complete, valid set of inputs (the link codec's promise). */
export function isValidInputs(x: ChooserInputs): boolean {
	if (x.device !== undefined && !DEVICES.includes(x.device)) return false;
	if (x.vramGb !== undefined && (x.device !== 'gpu' || !isWhole(x.vramGb, 1, 256))) return false;
	if (x.budget !== undefined && !isWhole(x.budget, LIMITS.budget.min, LIMITS.budget.max)) {
		return false;
	}
	return (
		typeof x.localOnly === 'boolean' &&
		typeof x.includePlanned === 'boolean' &&
		OPENNESS_CHOICES.includes(x.openness) &&
		isValidUsage(x.usage)
	);
}
