import { describe, expect, it } from 'vitest';
import { withPacked } from './rows';
import { withPackedInSlices } from './rows-in-slices';

/** Records with ids in no order, and a marker of where each came from. */
const records = (ids: string[], from: string) => ids.map((id) => ({ id, from }));

describe('rows and packed records as one list in id order', () => {
	// Ids IndexedDB orders by UTF-16 code units: upper case before lower, '/' before digits.
	const rows = records(['b', 'Z', 'a/1', 'c'], 'row');
	const packed = records(['c', 'a10', 'A', 'a/0', 'é'], 'pack');
	const expected = [
		{ id: 'A', from: 'pack' },
		{ id: 'Z', from: 'row' },
		{ id: 'a/0', from: 'pack' },
		{ id: 'a/1', from: 'row' },
		{ id: 'a10', from: 'pack' },
		{ id: 'b', from: 'row' },
		{ id: 'c', from: 'pack' },
		{ id: 'é', from: 'pack' }
	];

	it('at once: each id once, the pack’s where both hold it', () => {
		expect(withPacked(rows, packed)).toEqual(expected);
	});

	it('in slices: the very same list', async () => {
		expect(await withPackedInSlices(rows, packed)).toEqual(expected);
	});

	it('in slices, at 30,000 records: the same order as a whole sort', async () => {
		const many = Array.from({ length: 30_000 }, (_, i) => `m/${(i * 7919) % 30_000}`);
		const big = records(many, 'pack');
		const sorted = await withPackedInSlices(records(['m/5', 'n'], 'row'), big);
		expect(sorted).toEqual(withPacked(records(['m/5', 'n'], 'row'), big));
		expect(sorted).toHaveLength(30_001);
	});

	it('without packed records: the rows as they are (the table’s order)', async () => {
		expect(withPacked(rows, [])).toBe(rows);
		expect(await withPackedInSlices(rows, [])).toBe(rows);
	});
});
