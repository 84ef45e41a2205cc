/**
 * Work that can be done whole or in slices: a big catalogue's preparation, a sort of tens of
 * thousands of records. Written as generators that yield between pieces of a few milliseconds,
 * run to the end at once (`whole`) or in slices that give the page its turn (`inSlices`), so no
 * task holds the page for long.
 */

/**
 * Work that can be done whole or in slices: a generator that yields (nothing) between pieces of a
 * few milliseconds each, and returns its result. `whole` runs it at once; `inSlices` gives the
 * page its turn between slices.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many records a step handles before it yields. */
export const STEP = 256;

/** Runs steps to the end at once. */
export function whole<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** The page's turn: `scheduler.yield()` where the browser has it, else a new task. */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a slice may run before the page gets its turn, in milliseconds. */
const SLICE_MS = 12;

/**
 * Runs steps in slices of about `SLICE_MS`, giving the page its turn between them, so no task
 * runs much longer than that. Gives `undefined` when `signal` aborted it before the end.
 */
export async function inSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T | undefined> {
	if (signal?.aborted) return undefined;
	let start = performance.now();
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (performance.now() - start >= SLICE_MS) {
			await yieldToPage();
			if (signal?.aborted) return undefined;
			start = performance.now();
		}
	}
}

/**
 * How many records a sort step sorts at once. A comparison by name (a collator's) can take a few
 * microseconds on a slow device: a run of 64 costs a few hundred of them, where one of 1,024 cost
 * over 100 ms in one step.
 */
const SORT_RUN = 64;

/**
 * A stable sort in steps: runs of `SORT_RUN` sorted by `Array.prototype.sort` (stable), then
 * merged pairwise, a tie taking the left one, so the result is the one a whole stable sort gives;
 * a merge step makes at most `STEP` comparisons.
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<T[]> {
	const run = SORT_RUN;
	let from = items.slice();
	for (let i = 0; i < from.length; i += run) {
		const sorted = from.slice(i, i + run).sort(compare);
		for (let j = 0; j < sorted.length; j++) from[i + j] = sorted[j]!;
		yield;
	}
	let to = new Array<T>(from.length);
	for (let width = run; width < from.length; width *= 2) {
		let moved = 0;
		for (let left = 0; left < from.length; left += 2 * width) {
			const mid = Math.min(left + width, from.length);
			const end = Math.min(left + 2 * width, from.length);
			let [a, b, k] = [left, mid, left];
			while (a < mid && b < end) {
				to[k++] = compare(from[b]!, from[a]!) < 0 ? from[b++]! : from[a++]!;
				if (++moved % STEP === 0) yield;
			}
			while (a < mid) to[k++] = from[a++]!;
			while (b < end) to[k++] = from[b++]!;
		}
		[from, to] = [to, from];
		yield;
	}
	return from;
}
