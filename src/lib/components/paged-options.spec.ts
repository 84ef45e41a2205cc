import { describe, expect, it } from 'vitest';
import { visibleOptions } from './paged-options';

const options = Array.from({ length: 10 }, (_, i) => ({ offer: { id: `o${i}` } }));
const ids = (shown: ReturnType<typeof visibleOptions>) =>
	shown.map(({ option, place }) => `${option.offer.id}@${place}`);

describe('visibleOptions', () => {
	it('shows the first page, each with its place', () => {
		expect(ids(visibleOptions(options, 3, []))).toEqual(['o0@1', 'o1@2', 'o2@3']);
		expect(visibleOptions(options, 30, [])).toHaveLength(10);
		expect(visibleOptions([], 30, ['o1'])).toEqual([]);
	});

	it('shows a pinned option past the page at its place in the order, once', () => {
		expect(ids(visibleOptions(options, 3, ['o7', 'o1', 'o5']))).toEqual([
			'o0@1',
			'o1@2',
			'o2@3',
			'o5@6',
			'o7@8'
		]);
		expect(ids(visibleOptions(options, 2, ['o9', 'o9']))).toEqual(['o0@1', 'o1@2', 'o9@10']);
	});

	it('ignores a pinned offer the list does not hold', () => {
		expect(ids(visibleOptions(options, 1, ['gone']))).toEqual(['o0@1']);
	});
});
