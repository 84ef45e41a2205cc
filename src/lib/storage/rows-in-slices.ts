/**
 * A big catalogue's read, put in id order without holding the page: loaded only when the person
 * has packed records (an imported public list), so a first visit does not carry it.
 */
import { inSlices, sortSteps, STEP, type Steps } from '$lib/domain/steps';
import { byIdOrder } from './rows';

/**
 * A table's rows and a kind's packed records as one list in id order, as `withPacked` gives it,
 * sorted in slices of a few milliseconds (`steps.ts`): at 30,000 records a whole sort held the
 * page for over 100 ms. An id in both is found after the sort, as two neighbours, so no set of
 * tens of thousands of ids is made (at 41,000 offers: 15–20 ms in one task in Node, about 40 ms of
 * a 58 ms task in Chromium's profile of `/models`). Call it outside any transaction (it waits
 * between slices).
 */
export async function withPackedInSlices<T extends { id: string }>(
	rows: T[],
	packed: T[]
): Promise<T[]> {
	if (packed.length === 0) return rows;
	// No signal: the slices always run to the end. The sort is stable, so of two records with one
	// id the row comes first and the pack's after it.
	const sorted = (await inSlices(sortSteps(rows.concat(packed), byIdOrder)))!;
	return (await inSlices(lastOfEachId(sorted)))!;
}

/** A list in id order with each id once: the last record of each run with the same id. */
function* lastOfEachId<T extends { id: string }>(sorted: T[]): Steps<T[]> {
	const out: T[] = [];
	for (let i = 0; i < sorted.length; i++) {
		const record = sorted[i]!;
		if (sorted[i + 1]?.id !== record.id) out.push(record);
		if (i % STEP === STEP - 1) yield;
	}
	return out;
}
