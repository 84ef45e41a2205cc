/** What a person tells the chooser, with the defaults of §2. */

export const DEVICES = ['phone', 'computer', 'gpu'] as const;
export type Device = (typeof DEVICES)[number];

export const OPENNESS_CHOICES = ['any', 'preferred', 'required'] as const;
export type OpennessChoice = (typeof OPENNESS_CHOICES)[number];

/**
 * What the person wants a model for: chat in an app or website (`app`), build with an API and
 * pay per use (`api`), or run open weights themselves (`self`). Any, when not chosen.
 */
export const PURPOSES = ['app', 'api', 'self'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The order of Recommendations: cheapest first (the default), highest rated, or newest. */
export const SORT_ORDERS = ['cheap', 'rated', 'new'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export type ChooserInputs = {
	/** Not chosen when undefined. */
	device?: Device;
	/** GB of graphics-card memory (VRAM), whole, 1–256; only with `device: 'gpu'`. */
	vramGb?: number;
	/** GB of memory (RAM), whole, 1–1,024; only with `device: 'phone'` or `'computer'`. */
	ramGb?: number;
	/** Run on my device only. */
	localOnly: boolean;
	/** What for; any when undefined. */
	purpose?: Purpose;
	/** US$ a month, whole, 0–10,000; no limit when undefined. */
	budget?: number;
	openness: OpennessChoice;
	includePlanned: boolean;
	/** Million tokens a month, 0.1–1,000, at most one decimal: prices per-use offers. */
	usage: number;
	sort: SortOrder;
};

export const LIMITS = {
	vram: { min: 1, max: 256 },
	ram: { min: 1, max: 1024 },
	budget: { min: 0, max: 10_000 },
	usage: { min: 0.1, max: 1000 }
} as const;

/** The inputs a first visit starts from. */
export const DEFAULT_INPUTS: Readonly<ChooserInputs> = Object.freeze({
	localOnly: false,
	openness: 'any',
	includePlanned: false,
	usage: 1,
	sort: 'cheap'
});

/** The defaults, as a fresh object to change. */
export const defaultInputs = (): ChooserInputs => ({ ...DEFAULT_INPUTS });

/** Whether a device's memory is its RAM (phone, computer) rather than a card's VRAM. */
export const takesRam = (device: Device | undefined): boolean =>
	device === 'phone' || device === 'computer';

/**
 * Drops a memory figure the device cannot have: VRAM belongs to a graphics card, RAM to a phone
 * or a computer (switching between them drops the value). Returns the same object, changed.
 */
export function keepMemoryOfDevice<T extends Pick<ChooserInputs, 'device' | 'vramGb' | 'ramGb'>>(
	inputs: T
): T {
	if (inputs.device !== 'gpu') delete inputs.vramGb;
	if (!takesRam(inputs.device)) delete inputs.ramGb;
	return inputs;
}

/** The inputs that say what a device is and how much memory it has (the chooser's, the catalogue's). */
type MemoryInputs = Pick<ChooserInputs, 'device' | 'vramGb' | 'ramGb'>;

/**
 * The one clean-up of a change to inputs, for the chooser and the catalogue's filters alike:
 * `patch` laid over `current` (neither is changed; a new object is returned), a key the patch
 * sets to `undefined` removed (an emptied field leaves no key behind), and memory the device
 * cannot have dropped (`keepMemoryOfDevice`). Switching between a graphics card and a phone or
 * computer drops the memory figure held before, a card's VRAM and a computer's RAM being
 * different things; a figure the patch itself gives with the new device stays.
 */
export function changeInputs<T extends MemoryInputs>(current: T, patch: Partial<T>): T {
	const next: T = { ...current, ...patch };
	for (const key of Object.keys(patch) as (keyof T)[]) {
		if (patch[key] === undefined) delete next[key];
	}
	if ('device' in patch && (patch.device === 'gpu') !== (current.device === 'gpu')) {
		if (!('vramGb' in patch)) delete next.vramGb;
		if (!('ramGb' in patch)) delete next.ramGb;
	}
	return keepMemoryOfDevice(next);
}

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
	if (x.ramGb !== undefined && (!takesRam(x.device) || !isWhole(x.ramGb, 1, 1024))) return false;
	if (x.budget !== undefined && !isWhole(x.budget, LIMITS.budget.min, LIMITS.budget.max)) {
		return false;
	}
	if (x.purpose !== undefined && !PURPOSES.includes(x.purpose)) return false;
	return (
		typeof x.localOnly === 'boolean' &&
		typeof x.includePlanned === 'boolean' &&
		OPENNESS_CHOICES.includes(x.openness) &&
		SORT_ORDERS.includes(x.sort) &&
		isValidUsage(x.usage)
	);
}
