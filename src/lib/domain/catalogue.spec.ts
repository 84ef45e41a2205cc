import { describe, expect, it } from 'vitest';
import data from '$lib/catalogue/catalogue.json';
import { compareCatalogueVersions, parseCatalogue, type RunsOn } from './catalogue';

/** A deep copy of the shipped catalogue to break in one place. */
const copy = () => structuredClone(data) as typeof data & Record<string, unknown>;

describe('parseCatalogue', () => {
	it('accepts the shipped catalogue', () => {
		expect(parseCatalogue(copy()).ok).toBe(true);
	});

	const broken: { name: string; breakIt: (c: ReturnType<typeof copy>) => void; says: RegExp }[] = [
		{
			name: 'a duplicate model id',
			breakIt: (c) => c.models.push(structuredClone(c.models[0]!)),
			says: /model id "gpt-2" appears twice/
		},
		{
			name: 'an offer of an unknown model',
			breakIt: (c) => (c.offers[0]!.models = ['gpt-9']),
			says: /offer "chatgpt-free" gives unknown model "gpt-9"/
		},
		{
			name: 'a released offer of a planned model',
			breakIt: (c) => (c.offers.find((o) => o.id === 'gpt-5-chatgpt')!.status = 'released'),
			says: /gpt-5-chatgpt" gives a planned model/
		},
		{
			name: 'a model of an unknown vendor',
			breakIt: (c) => (c.models[0]!.vendor = 'acme'),
			says: /unknown vendor "acme"/
		},
		{
			name: 'a javascript: source link',
			breakIt: (c) => (c.models[0]!.publicRecord[0]!.url = 'javascript:alert(1)'),
			says: /publicRecord\.0\.url/
		},
		{
			name: 'a GPU minimum above its comfortable memory',
			breakIt: (c) =>
				(c.offers.find((o) => o.id === 'deepseek-local')!.runsOn = {
					place: 'gpu',
					minGb: 12,
					comfortableGb: 8
				} as RunsOn as (typeof data)['offers'][number]['runsOn']),
			says: /minimum GPU memory/
		},
		{
			name: 'a "Get it" page that is not https',
			breakIt: (c) => (c.offers.find((o) => o.id === 'chatgpt-free')!.url = 'http://chatgpt.com'),
			says: /only https links/
		},
		{
			name: 'an Arena score that is not a whole number',
			breakIt: (c) => (c.offers.find((o) => o.id === 'chatgpt-free')!.rating!.score = 1377.5),
			says: /rating\.score/
		},
		{
			name: 'a malformed catalogue version',
			breakIt: (c) => (c.catalogueVersion = 'latest'),
			says: /catalogueVersion/
		},
		{
			name: 'an unknown status',
			breakIt: (c) => (c.models[1]!.status = 'rumoured'),
			says: /models\.1\.status/
		},
		{
			name: 'a negative price',
			breakIt: (c) => (c.offers[1]!.price = { type: 'monthly', usdPerMonth: -20 }),
			says: /offers\.1\.price/
		},
		{
			name: 'an unexpected field',
			breakIt: (c) => ((c.models[0] as Record<string, unknown>).__proto__x = 1),
			says: /models\.0/
		},
		{
			name: 'an id with markup',
			breakIt: (c) => (c.offers[2]!.id = '<img src=x>'),
			says: /offers\.2\.id/
		},
		{
			name: 'a missing Arabic name',
			breakIt: (c) => delete (c.models[3]!.name as Partial<{ ar: string }>).ar,
			says: /models\.3\.name/
		}
	];

	for (const { name, breakIt, says } of broken) {
		it(`refuses ${name}, saying where`, () => {
			const c = copy();
			breakIt(c);
			const result = parseCatalogue(c);
			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.issues.join('\n')).toMatch(says);
		});
	}

	it('never throws, whatever it is given', () => {
		for (const junk of [null, undefined, 42, 'catalogue', [], { models: 'x' }, new Date()]) {
			expect(parseCatalogue(junk).ok).toBe(false);
		}
	});
});

describe('compareCatalogueVersions', () => {
	const cases: [string, string, number][] = [
		['2025-02-20.1', '2025-02-20.1', 0],
		['2025-02-20.1', '2025-02-20.2', -1],
		['2025-02-20.10', '2025-02-20.9', 1],
		['2025-02-20.3', '2025-03-01.1', -1],
		['2026-01-01.1', '2025-12-31.9', 1]
	];
	for (const [a, b, sign] of cases) {
		it(`${a} vs ${b} → ${sign}`, () => {
			expect(Math.sign(compareCatalogueVersions(a, b))).toBe(sign);
		});
	}
});
