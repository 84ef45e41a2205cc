import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIST_READERS } from './import';
import {
	ageInDays,
	FETCHED_LISTS,
	isListSourceUrl,
	LIST_URLS,
	listAsOf,
	listFreshness,
	newestList,
	offersLatestLists,
	pricingLists,
	readListAsOf,
	readListsAsOf,
	STALE_AFTER_DAYS,
	withList,
	type ListAsOf
} from './list-sources';

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const record = (over: Partial<ListAsOf> = {}): ListAsOf => ({
	source: 'openrouter',
	asOf: '2026-12-01T08:00:00.000Z',
	how: 'fetched',
	entries: 340,
	...over
});
/** A record of a list as of so many days (and milliseconds) before NOW. */
const daysOld = (days: number, source: ListAsOf['source'] = 'openrouter', extraMs = 0) =>
	record({ source, asOf: new Date(NOW - days * DAY - extraMs).toISOString() });

describe('the fetched lists', () => {
	it('are read from the documented addresses, over HTTPS', () => {
		expect(LIST_URLS).toEqual({
			openrouter: 'https://openrouter.ai/api/v1/models',
			'models-dev': 'https://models.dev/api.json'
		});
	});

	it('each have the reader of the same format', () => {
		const formats = LIST_READERS.map((r) => r.format);
		for (const list of FETCHED_LISTS) expect(formats).toContain(list);
	});
});

describe('isListSourceUrl', () => {
	const cases: { url: string | URL; expected: boolean }[] = [
		{ url: 'https://openrouter.ai/api/v1/models', expected: true },
		{ url: 'https://models.dev/api.json', expected: true },
		{ url: 'https://models.dev/api.json?x=1#y', expected: true },
		{ url: 'https://openrouter.ai/api/v1/models/', expected: true },
		{ url: 'https://OPENROUTER.AI/api/v1/models', expected: true },
		{ url: 'https://openrouter.ai:443/anything', expected: true },
		{ url: new URL('https://models.dev/logos/x.svg'), expected: true },
		{ url: 'http://openrouter.ai/api/v1/models', expected: false },
		{ url: 'https://openrouter.ai.example.com/api/v1/models', expected: false },
		{ url: 'https://api.openrouter.ai/v1/models', expected: false },
		{ url: 'https://example.com/api.json', expected: false },
		{ url: 'https://example.com/?u=https://models.dev/api.json', expected: false },
		{ url: 'http://localhost:4173/api.json', expected: false },
		{ url: '/api/v1/models', expected: false },
		{ url: 'not a url', expected: false },
		{ url: '', expected: false }
	];
	for (const c of cases) {
		it(`${String(c.url) || '(empty)'}: ${c.expected}`, () => {
			expect(isListSourceUrl(c.url)).toBe(c.expected);
		});
	}
});

describe('listAsOf', () => {
	it('records the time in UTC, how the list came and its entries', () => {
		expect(
			listAsOf('models-dev', new Date('2026-12-02T10:30:00+02:00'), 'fetched', 3210, NOW)
		).toEqual({
			source: 'models-dev',
			asOf: '2026-12-02T08:30:00.000Z',
			how: 'fetched',
			entries: 3210
		});
	});

	it('takes a file’s last-modified milliseconds', () => {
		const lastModified = Date.parse('2026-11-20T00:00:00.000Z');
		expect(listAsOf('litellm', lastModified, 'file', 10, NOW).asOf).toBe(
			'2026-11-20T00:00:00.000Z'
		);
	});

	const nowCases: { what: string; when: Date | number }[] = [
		{ what: 'a time in the future', when: NOW + DAY },
		{ what: 'no time at all', when: Number.NaN },
		{ what: 'an invalid date', when: new Date('nope') }
	];
	for (const c of nowCases) {
		it(`reads ${c.what} as now`, () => {
			expect(listAsOf('openrouter', c.when, 'file', 1, NOW).asOf).toBe(new Date(NOW).toISOString());
		});
	}

	it('rounds the entries and never counts below 0', () => {
		expect(listAsOf('openrouter', NOW, 'file', 2.6, NOW).entries).toBe(3);
		expect(listAsOf('openrouter', NOW, 'file', -4, NOW).entries).toBe(0);
		expect(listAsOf('openrouter', NOW, 'file', Number.NaN, NOW).entries).toBe(0);
	});

	it('writes records that read back as they are', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('openrouter', 'models-dev', 'litellm' as const),
				fc.integer({ min: Date.parse('1990-01-01'), max: NOW }),
				fc.constantFrom('fetched', 'file' as const),
				fc.nat(1_000_000),
				(source, when, how, entries) => {
					const made = listAsOf(source, when, how, entries, NOW);
					expect(readListAsOf(JSON.parse(JSON.stringify(made)))).toEqual(made);
				}
			)
		);
	});
});

describe('readListAsOf: a record read back from storage or an export', () => {
	const good = record();
	const cases: { what: string; value: unknown }[] = [
		{ what: 'nothing', value: undefined },
		{ what: 'null', value: null },
		{ what: 'a list', value: [good] },
		{ what: 'text', value: JSON.stringify(good) },
		{ what: 'an unknown list', value: { ...good, source: 'huggingface' } },
		{ what: 'a list spelt as in links', value: { ...good, source: 'models.dev' } },
		{ what: 'a day without its time', value: { ...good, asOf: '2026-12-01' } },
		{ what: 'a time with an offset', value: { ...good, asOf: '2026-12-01T08:00:00+02:00' } },
		{ what: 'a day that does not exist', value: { ...good, asOf: '2026-02-30T08:00:00.000Z' } },
		{ what: 'an hour that does not exist', value: { ...good, asOf: '2026-12-01T25:00:00.000Z' } },
		{ what: 'a year out of range', value: { ...good, asOf: '0099-12-01T08:00:00.000Z' } },
		{ what: 'a number of milliseconds', value: { ...good, asOf: NOW } },
		{ what: 'another way it came', value: { ...good, how: 'pasted' } },
		{ what: 'entries as text', value: { ...good, entries: '340' } },
		{ what: 'negative entries', value: { ...good, entries: -1 } },
		{ what: 'a fraction of an entry', value: { ...good, entries: 1.5 } },
		{ what: 'endless entries', value: { ...good, entries: Number.POSITIVE_INFINITY } }
	];
	for (const c of cases) {
		it(`refuses ${c.what}`, () => {
			expect(readListAsOf(c.value)).toBeUndefined();
		});
	}

	it('keeps only the fields of a record', () => {
		expect(readListAsOf({ ...good, extra: '<script>' })).toEqual(good);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(() => readListAsOf(value)).not.toThrow();
			})
		);
	});
});

describe('readListsAsOf', () => {
	it('keeps one record a list, the newest, in the lists’ order, and counts the rest', () => {
		const { records, ignored } = readListsAsOf([
			record({ source: 'models-dev', asOf: '2026-11-01T00:00:00.000Z' }),
			record({ source: 'openrouter', asOf: '2026-11-02T00:00:00.000Z' }),
			'junk',
			record({ source: 'models-dev', asOf: '2026-11-30T00:00:00.000Z' }),
			record({ source: 'models-dev', asOf: '2026-11-15T00:00:00.000Z' })
		]);
		expect(records.map((r) => [r.source, r.asOf.slice(0, 10)])).toEqual([
			['openrouter', '2026-11-02'],
			['models-dev', '2026-11-30']
		]);
		expect(ignored).toBe(1);
	});

	it('reads anything that is not a list as no records', () => {
		expect(readListsAsOf({ openrouter: record() })).toEqual({ records: [], ignored: 0 });
		expect(readListsAsOf(undefined)).toEqual({ records: [], ignored: 0 });
	});
});

describe('withList', () => {
	it('replaces that list’s record, even by an older one, and keeps the others in order', () => {
		const before = [record({ source: 'litellm' }), record({ source: 'openrouter' })];
		const older = record({ source: 'openrouter', asOf: '2025-01-01T00:00:00.000Z', how: 'file' });
		expect(withList(before, older)).toEqual([older, record({ source: 'litellm' })]);
		expect(before).toHaveLength(2);
	});
});

describe('newestList and ageInDays', () => {
	it('finds the newest record', () => {
		expect(newestList([])).toBeUndefined();
		expect(
			newestList([daysOld(40), daysOld(3, 'models-dev'), daysOld(10, 'litellm')])?.source
		).toBe('models-dev');
	});

	const ages: { asOf: string; days: number }[] = [
		{ asOf: new Date(NOW).toISOString(), days: 0 },
		{ asOf: new Date(NOW - DAY + 1).toISOString(), days: 0 },
		{ asOf: new Date(NOW - DAY).toISOString(), days: 1 },
		{ asOf: new Date(NOW - 3 * DAY - 5000).toISOString(), days: 3 },
		{ asOf: new Date(NOW + DAY).toISOString(), days: 0 },
		{ asOf: 'not a time', days: 0 }
	];
	for (const c of ages) {
		it(`${c.asOf} is ${c.days} days old`, () => {
			expect(ageInDays(c.asOf, NOW)).toBe(c.days);
		});
	}
});

describe('listFreshness: the newest list more than 30 days old, or none, is stale', () => {
	it('knows no list', () => {
		expect(listFreshness([], NOW)).toEqual({ state: 'none' });
	});

	const cases: { what: string; records: ListAsOf[]; state: 'fresh' | 'stale'; days: number }[] = [
		{ what: 'fetched today', records: [daysOld(0)], state: 'fresh', days: 0 },
		{ what: 'exactly 30 days old', records: [daysOld(STALE_AFTER_DAYS)], state: 'fresh', days: 30 },
		{
			what: '30 days and a second old',
			records: [daysOld(30, 'openrouter', 1000)],
			state: 'stale',
			days: 30
		},
		{ what: '31 days old', records: [daysOld(31)], state: 'stale', days: 31 },
		{
			what: 'one list old, another fresh: the newest counts',
			records: [daysOld(200), daysOld(2, 'litellm')],
			state: 'fresh',
			days: 2
		},
		{
			what: 'all old',
			records: [daysOld(45), daysOld(60, 'models-dev')],
			state: 'stale',
			days: 45
		}
	];
	for (const c of cases) {
		it(c.what, () => {
			const freshness = listFreshness(c.records, NOW);
			expect(freshness.state).toBe(c.state);
			expect(freshness.state !== 'none' && freshness.days).toBe(c.days);
		});
	}
});

describe('offersLatestLists', () => {
	const iso = (ms: number) => new Date(ms).toISOString();
	const cases: { what: string; records: ListAsOf[]; dismissedAt?: string; offers: boolean }[] = [
		{ what: 'no list', records: [], offers: true },
		{ what: 'a stale list', records: [daysOld(31)], offers: true },
		{ what: 'a fresh list', records: [daysOld(3)], offers: false },
		{ what: 'no list, dismissed today', records: [], dismissedAt: iso(NOW - 1000), offers: false },
		{
			what: 'a stale list, dismissed 10 days ago',
			records: [daysOld(90)],
			dismissedAt: iso(NOW - 10 * DAY),
			offers: false
		},
		{
			what: 'a stale list, dismissed 31 days ago',
			records: [daysOld(90)],
			dismissedAt: iso(NOW - 31 * DAY),
			offers: true
		},
		{
			what: 'a dismissal that cannot be read',
			records: [daysOld(90)],
			dismissedAt: 'yesterday',
			offers: true
		},
		{ what: 'a fresh list, never dismissed', records: [daysOld(29)], offers: false }
	];
	for (const c of cases) {
		it(`${c.what}: ${c.offers ? 'offers' : 'does not offer'}`, () => {
			expect(offersLatestLists(c.records, NOW, c.dismissedAt)).toBe(c.offers);
		});
	}
});

describe('the lists that price the picks', () => {
	const record = (source: ListAsOf['source'], asOf: string): ListAsOf => ({
		source,
		asOf,
		how: 'fetched',
		entries: 10
	});
	const records = [
		record('openrouter', '2026-12-01T09:00:00.000Z'),
		record('models-dev', '2026-11-20T09:00:00.000Z'),
		record('litellm', '2026-11-25T09:00:00.000Z')
	];

	it('is empty when no offer came from a list, whatever lists the person has', () => {
		expect(pricingLists([{}, {}], records)).toEqual([]);
		expect(pricingLists([], records)).toEqual([]);
	});

	it('names each list an offer came from once, in the lists’ order, with the person’s record', () => {
		const offers = [
			{ list: { name: 'litellm' as const, asOf: '2026-11-25' } },
			{},
			{ list: { name: 'openrouter' as const, asOf: '2026-12-01' } },
			{ list: { name: 'litellm' as const, asOf: '2026-11-25' } }
		];
		expect(pricingLists(offers, records)).toEqual([
			{ source: 'openrouter', asOf: '2026-12-01T09:00:00.000Z' },
			{ source: 'litellm', asOf: '2026-11-25T09:00:00.000Z' }
		]);
	});

	it('dates a list with no record by the newest day its offers give', () => {
		const offers = [
			{ list: { name: 'models-dev' as const, asOf: '2026-10-02' } },
			{ list: { name: 'models-dev' as const, asOf: '2026-10-05' } }
		];
		expect(pricingLists(offers, [])).toEqual([
			{ source: 'models-dev', asOf: '2026-10-05T00:00:00.000Z' }
		]);
	});
});
