/**
 * A big catalogue's read, put in id order without holding the page: loaded only when the person
 * has packed records (an imported public list), so a first visit does not carry it.
 */
import { inSlices, sortSteps } from '$lib/domain/steps';
import { byIdOrder, rowsAndPacked } from './rows';

/**
 * A table's rows and a kind's packed records as one list in id order, as `withPacked` gives it,
 * sorted in slices of a few milliseconds (`steps.ts`): at 30,000 records a whole sort held the
 * page for over 100 ms. Call it outside any transaction (it waits between slices).
 */
export async function withPackedInSlices<T extends { id: string }>(
	rows: T[],
	packed: T[]
): Promise<T[]> {
	if (packed.length === 0) return rows;
	// No signal: the slices always run to the end.
	return (await inSlices(sortSteps(rowsAndPacked(rows, packed), byIdOrder)))!;
}
