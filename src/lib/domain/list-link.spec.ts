import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUBLIC_LISTS } from './catalogue-terms';
import { compareListTags, listsDiffer, type ListComparison } from './list-compare';
import { listTagsOf, readListTags, writeListTags, type ListTag } from './list-link';
import type { ListAsOf } from './list-sources';

/** Reads a value, collecting what it named. */
function read(value: string): { tags: ListTag[] | undefined; ignored: string[] } {
	const ignored: string[] = [];
	const tags = readListTags(value, (shown) => ignored.push(shown));
	return { tags, ignored };
}

describe('writeListTags', () => {
	it('writes the example of PRODUCT.md §3', () => {
		expect(
			writeListTags([
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-11-28' }
			])
		).toBe('openrouter.2026-11-30,models.dev.2026-11-28');
	});

	it('writes each list once, in the lists’ order, and nothing for none', () => {
		expect(
			writeListTags([
				{ list: 'litellm', day: '2026-10-01' },
				{ list: 'models-dev', day: '2026-11-28' },
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-01-01' }
			])
		).toBe('openrouter.2026-11-30,models.dev.2026-11-28,litellm.2026-10-01');
		expect(writeListTags([])).toBe('');
	});

	it('leaves out a day that does not exist', () => {
		expect(writeListTags([{ list: 'openrouter', day: '2026-02-30' }])).toBe('');
	});
});

describe('readListTags', () => {
	const cases: { value: string; tags?: ListTag[]; ignored?: string[] }[] = [
		{
			value: 'openrouter.2026-11-30,models.dev.2026-11-28',
			tags: [
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-11-28' }
			]
		},
		// Any order reads; the canonical one comes back.
		{
			value: 'litellm.2026-10-01,models.dev.2026-11-28',
			tags: [
				{ list: 'models-dev', day: '2026-11-28' },
				{ list: 'litellm', day: '2026-10-01' }
			]
		},
		{ value: 'models-dev.2026-11-28', tags: [{ list: 'models-dev', day: '2026-11-28' }] },
		{ value: ' openrouter.2026-11-30 , ', tags: [{ list: 'openrouter', day: '2026-11-30' }] },
		{
			value: 'openrouter.2026-11-30,huggingface.2026-11-30',
			tags: [{ list: 'openrouter', day: '2026-11-30' }],
			ignored: ['huggingface.2026-11-30']
		},
		{
			value: 'openrouter.2026-02-30,models.dev.2026-11-28',
			tags: [{ list: 'models-dev', day: '2026-11-28' }],
			ignored: ['openrouter.2026-02-30']
		},
		{
			value: 'openrouter.2026-11-30,openrouter.2026-12-01',
			tags: [{ list: 'openrouter', day: '2026-11-30' }],
			ignored: ['openrouter.2026-12-01']
		},
		{
			value: 'openrouter.2026-11-30,models-dev.2026-11-01,models.dev.2026-11-28',
			tags: [
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-11-01' }
			],
			ignored: ['models.dev.2026-11-28']
		},
		{ value: 'openrouter', tags: [], ignored: ['openrouter'] },
		{ value: 'openrouter.latest', tags: [], ignored: ['openrouter.latest'] },
		{ value: 'openrouter~2026-11-30', tags: [], ignored: ['openrouter~2026-11-30'] },
		{ value: 'OpenRouter.2026-11-30', tags: [], ignored: ['OpenRouter.2026-11-30'] },
		{ value: 'openrouter.2026-11-30T10:00', tags: [], ignored: ['openrouter.2026-11-30T10:00'] },
		{ value: 'openrouter.26-11-30', tags: [], ignored: ['openrouter.26-11-30'] },
		{ value: 'openrouter.0099-11-30', tags: [], ignored: ['openrouter.0099-11-30'] },
		{ value: 'openrouter.٢٠٢٦-١١-٣٠', tags: [], ignored: ['openrouter.٢٠٢٦-١١-٣٠'] },
		{ value: '__proto__.2026-11-30', tags: [], ignored: ['__proto__.2026-11-30'] },
		{ value: 'constructor.2026-11-30', tags: [], ignored: ['constructor.2026-11-30'] },
		{ value: '' },
		{ value: ',,' },
		{ value: `openrouter.2026-11-30,${'x'.repeat(200)}` }
	];
	for (const c of cases) {
		it(`reads ${JSON.stringify(c.value.slice(0, 60))}`, () => {
			expect(read(c.value)).toEqual({ tags: c.tags, ignored: c.ignored ?? [] });
		});
	}

	it('reads what it writes, for any tags', () => {
		const day = fc
			// Any day up to today: a day still to come is no list's as-of.
			.date({ min: new Date('2000-01-01'), max: new Date(), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10));
		const tags = fc
			.subarray([...PUBLIC_LISTS])
			.chain((lists) => fc.tuple(...lists.map((list) => day.map((d) => ({ list, day: d })))));
		fc.assert(
			fc.property(tags, (t) => {
				const written = writeListTags(t);
				expect(written).toMatch(/^[a-z0-9.,-]*$/);
				expect(read(written)).toEqual(
					t.length ? { tags: t, ignored: [] } : { tags: undefined, ignored: [] }
				);
			})
		);
	});

	it('never throws, and names only parts of what it was given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: fc.constantFrom('openrouter', 'models.dev', '.', ',', '2026-11-30') })
				),
				(value) => {
					const { tags, ignored } = read(value);
					for (const part of ignored) expect(value).toContain(part);
					if (tags) expect(writeListTags(tags).split(',').length).toBeLessThanOrEqual(3);
				}
			)
		);
	});
});

const asOf = (source: ListAsOf['source'], at: string): ListAsOf => ({
	source,
	asOf: at,
	how: 'fetched',
	entries: 100
});

describe('listTagsOf', () => {
	it('gives each list’s as-of day in UTC, in the lists’ order', () => {
		expect(
			listTagsOf([
				asOf('models-dev', '2026-11-28T23:59:59.999Z'),
				asOf('openrouter', '2026-11-30T00:00:00.000Z')
			])
		).toEqual([
			{ list: 'openrouter', day: '2026-11-30' },
			{ list: 'models-dev', day: '2026-11-28' }
		]);
		expect(listTagsOf([])).toEqual([]);
	});
});

describe('compareListTags: the receiver’s lists against the link’s', () => {
	const linked: ListTag[] = [
		{ list: 'openrouter', day: '2026-11-30' },
		{ list: 'models-dev', day: '2026-11-28' }
	];
	const cases: { what: string; mine: ListAsOf[]; expected: ListComparison[] }[] = [
		{
			what: 'the same days, whatever the hour',
			mine: [
				asOf('openrouter', '2026-11-30T18:00:00.000Z'),
				asOf('models-dev', '2026-11-28T01:00:00.000Z')
			],
			expected: [
				{ list: 'openrouter', state: 'same', linked: '2026-11-30', mine: '2026-11-30' },
				{ list: 'models-dev', state: 'same', linked: '2026-11-28', mine: '2026-11-28' }
			]
		},
		{
			what: 'one older, one newer',
			mine: [
				asOf('openrouter', '2026-10-01T00:00:00.000Z'),
				asOf('models-dev', '2026-12-02T00:00:00.000Z')
			],
			expected: [
				{ list: 'openrouter', state: 'older', linked: '2026-11-30', mine: '2026-10-01' },
				{ list: 'models-dev', state: 'newer', linked: '2026-11-28', mine: '2026-12-02' }
			]
		},
		{
			what: 'none of them',
			mine: [],
			expected: [
				{ list: 'openrouter', state: 'missing', linked: '2026-11-30' },
				{ list: 'models-dev', state: 'missing', linked: '2026-11-28' }
			]
		},
		{
			what: 'one missing, and one the link does not name',
			mine: [
				asOf('openrouter', '2026-11-30T00:00:00.000Z'),
				asOf('litellm', '2026-11-01T00:00:00.000Z')
			],
			expected: [
				{ list: 'openrouter', state: 'same', linked: '2026-11-30', mine: '2026-11-30' },
				{ list: 'models-dev', state: 'missing', linked: '2026-11-28' },
				{ list: 'litellm', state: 'extra', mine: '2026-11-01' }
			]
		}
	];
	for (const c of cases) {
		it(c.what, () => {
			expect(compareListTags(linked, c.mine)).toEqual(c.expected);
		});
	}

	it('compares nothing for a link that names no list', () => {
		expect(compareListTags([], [asOf('openrouter', '2026-11-30T00:00:00.000Z')])).toEqual([]);
	});

	it('says whether anything differs', () => {
		const same = compareListTags(linked, [
			asOf('openrouter', '2026-11-30T00:00:00.000Z'),
			asOf('models-dev', '2026-11-28T00:00:00.000Z')
		]);
		expect(listsDiffer(same)).toBe(false);
		expect(listsDiffer(compareListTags(linked, []))).toBe(true);
		expect(listsDiffer([])).toBe(false);
	});

	it('agrees with a link made from the same records', () => {
		const mine = [
			asOf('openrouter', '2026-11-30T10:00:00.000Z'),
			asOf('litellm', '2026-01-02T10:00:00.000Z')
		];
		const tags = read(writeListTags(listTagsOf(mine))).tags ?? [];
		expect(listsDiffer(compareListTags(tags, mine))).toBe(false);
	});
});

describe('readListTags: no list is as of a day still to come', () => {
	const now = Date.UTC(2026, 11, 4, 12);
	it('names a day after tomorrow as ignored, and keeps today and a time zone’s tomorrow', () => {
		const ignored: string[] = [];
		const tags = readListTags(
			'openrouter.2099-01-01,models.dev.2026-12-05,litellm.2026-12-06',
			(shown) => ignored.push(shown),
			now
		);
		expect(tags).toEqual([{ list: 'models-dev', day: '2026-12-05' }]);
		expect(ignored).toEqual(['openrouter.2099-01-01', 'litellm.2026-12-06']);
	});
});
