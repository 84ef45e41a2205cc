import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type Offer } from '$lib/domain/catalogue';
import data from './catalogue.json';
import { shippedCatalogue as catalogue } from './shipped';

const articleBytes = readFileSync(new URL('./article.ar.txt', import.meta.url));
const articleLines = articleBytes.toString('utf8').split('\n');

describe('the article copy', () => {
	it('is byte for byte the article FACTS.md names', () => {
		expect(createHash('sha256').update(articleBytes).digest('hex')).toBe(
			'0d76efcf6fc26169aea12b66d0b3fbffc4baf3718a6687896bdb588d4e6cfa62'
		);
		expect(articleLines).toHaveLength(42);
		expect(catalogue.source.sha256).toBe(createHash('sha256').update(articleBytes).digest('hex'));
	});
});

describe('the shipped catalogue', () => {
	it('passes the schema', () => {
		const result = parseCatalogue(data);
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('is the world as of the article', () => {
		expect(catalogue.catalogueVersion).toBe('2025-02-20.1');
		expect(catalogue.asOf).toBe('2025-02-20');
	});

	const citations = [
		...catalogue.models.flatMap((m) => m.citations.map((c) => ({ where: m.id, c }))),
		...catalogue.offers.flatMap((o) => o.citations.map((c) => ({ where: o.id, c }))),
		...catalogue.facts.map((f) => ({ where: f.id, c: f.citation }))
	];

	it('has citations to check', () => {
		expect(citations.length).toBeGreaterThan(40);
	});

	for (const { where, c } of citations) {
		it(`${where}: the quote stands at line ${c.line}`, () => {
			expect(articleLines[c.line - 1]).toContain(c.quote);
			expect(c.meaning).toMatch(/[A-Za-z]/);
		});
	}

	it('holds exactly the models of FACTS.md, with their statuses and openness', () => {
		const expected = {
			'gpt-2': ['legacy', 'open-weights', 'openai'],
			'gpt-4': ['released', 'closed', 'openai'],
			'gpt-4o': ['released', 'closed', 'openai'],
			'o3-mini': ['released', 'closed', 'openai'],
			'o3-mini-class-open': ['planned', 'open-weights', 'openai'],
			'phone-side-open': ['planned', 'open-weights', 'openai'],
			deepseek: ['released', 'open-weights', 'deepseek'],
			'gpt-5': ['planned', 'closed', 'openai'],
			'mistral-small': ['released', 'open-weights', 'mistral'],
			'mistral-large': ['released', 'closed', 'mistral'],
			gemini: ['released', 'closed', 'google']
		};
		const actual = Object.fromEntries(
			catalogue.models.map((m) => [m.id, [m.status, m.openness, m.vendor]])
		);
		expect(actual).toEqual(expected);
	});

	it('dates each model as FACTS.md does', () => {
		const dates = Object.fromEntries(
			catalogue.models.map((m) => [m.id, m.dates.released ?? m.dates.expected ?? m.dates.announced])
		);
		expect(dates['gpt-2']).toEqual({ precision: 'day', value: '2019-11-05' });
		expect(dates['gpt-4']).toEqual({ precision: 'day', value: '2023-03-14' });
		expect(dates['gpt-4o']).toEqual({ precision: 'day', value: '2024-05-14' });
		expect(dates['o3-mini']).toEqual({ precision: 'day', value: '2025-01-31' });
		expect(dates['o3-mini-class-open']).toEqual({ precision: 'day', value: '2025-02-18' });
		expect(dates['phone-side-open']).toEqual({ precision: 'day', value: '2025-02-18' });
		expect(dates.deepseek).toEqual({ precision: 'day', value: '2025-01-20' });
		expect(dates['gpt-5']).toMatchObject({ precision: 'approximate', label: { en: 'late 2025' } });
		expect(dates['mistral-small']).toEqual({ precision: 'day', value: '2025-01-30' });
		expect(dates['mistral-large']).toEqual({ precision: 'month', value: '2024-11' });
		expect(dates.gemini).toEqual({ precision: 'day', value: '2023-12-06' });
	});

	const monthly = (usd: number): Offer['price'] => ({ type: 'monthly', usdPerMonth: usd });
	const perUse = (i: number, o: number): Offer['price'] => ({
		type: 'per-use',
		inputPerMTok: i,
		outputPerMTok: o
	});
	const offers: [string, Offer['kind'], string[], Offer['price'], Offer['runsOn'], string][] = [
		['chatgpt-free', 'free-app', ['gpt-4o', 'o3-mini'], monthly(0), { place: 'cloud' }, 'released'],
		[
			'chatgpt-plus',
			'subscription',
			['gpt-4', 'gpt-4o', 'o3-mini'],
			monthly(20),
			{ place: 'cloud' },
			'released'
		],
		[
			'chatgpt-pro',
			'subscription',
			['gpt-4', 'gpt-4o', 'o3-mini'],
			monthly(200),
			{ place: 'cloud' },
			'released'
		],
		['openai-api-gpt-4o', 'api', ['gpt-4o'], perUse(2.5, 10), { place: 'cloud' }, 'released'],
		['openai-api-gpt-4', 'api', ['gpt-4'], perUse(30, 60), { place: 'cloud' }, 'released'],
		['openai-api-o3-mini', 'api', ['o3-mini'], perUse(1.1, 4.4), { place: 'cloud' }, 'released'],
		['deepseek-app', 'free-app', ['deepseek'], monthly(0), { place: 'cloud' }, 'released'],
		['deepseek-api', 'api', ['deepseek'], perUse(0.27, 1.1), { place: 'cloud' }, 'released'],
		['deepseek-api-r1', 'api', ['deepseek'], perUse(0.55, 2.19), { place: 'cloud' }, 'released'],
		[
			'deepseek-local',
			'self-hosted',
			['deepseek'],
			monthly(0),
			{ place: 'gpu', minGb: 6, comfortableGb: 8 },
			'released'
		],
		[
			'mistral-small-local',
			'self-hosted',
			['mistral-small'],
			monthly(0),
			{ place: 'gpu', minGb: 16, comfortableGb: 24 },
			'released'
		],
		['mistral-large-api', 'api', ['mistral-large'], perUse(2, 6), { place: 'cloud' }, 'released'],
		['gemini-app', 'free-app', ['gemini'], monthly(0), { place: 'cloud' }, 'released'],
		['gpt-2-local', 'self-hosted', ['gpt-2'], monthly(0), { place: 'computer' }, 'legacy'],
		[
			'o3-mini-class-open-local',
			'self-hosted',
			['o3-mini-class-open'],
			monthly(0),
			{ place: 'gpu' },
			'planned'
		],
		[
			'phone-side-open-local',
			'self-hosted',
			['phone-side-open'],
			monthly(0),
			{ place: 'phone' },
			'planned'
		],
		['gpt-5-chatgpt', 'subscription', ['gpt-5'], { type: 'unknown' }, { place: 'cloud' }, 'planned']
	];

	it('holds exactly the offers of FACTS.md', () => {
		expect(catalogue.offers.map((o) => o.id).sort()).toEqual(offers.map(([id]) => id).sort());
	});

	for (const [id, kind, models, price, runsOn, status] of offers) {
		it(`offer ${id}: kind, models, price, place and status`, () => {
			const offer = catalogue.offers.find((o) => o.id === id);
			expect(offer).toMatchObject({ kind, models, price, runsOn, status });
		});
	}

	it('names every offer in both languages as FACTS.md does', () => {
		const names = Object.fromEntries(catalogue.offers.map((o) => [o.id, o.name]));
		expect(names['chatgpt-free']).toEqual({ en: 'ChatGPT Free', ar: 'ChatGPT المجاني' });
		expect(names['deepseek-local']).toEqual({
			en: 'DeepSeek R1 distilled 7B on your GPU',
			ar: 'DeepSeek R1 المقطَّر 7B على معالج الرسوميات لديك'
		});
		expect(names['phone-side-open-local']).toEqual({
			en: 'OpenAI phone-side open model on your phone',
			ar: 'نموذج OpenAI المفتوح على هاتفك'
		});
		expect(names['gpt-5-chatgpt']).toEqual({ en: 'GPT-5 in ChatGPT', ar: 'GPT-5 في ChatGPT' });
	});

	it('puts the paid tiers’ perks on Plus and Pro, and the 50% cut on the OpenAI API offers as a claim', () => {
		for (const id of ['chatgpt-plus', 'chatgpt-pro']) {
			const offer = catalogue.offers.find((o) => o.id === id);
			expect(offer?.perks.map((p) => p.en)).toEqual([
				'Priority access',
				'Shorter waiting time',
				'More concurrent use'
			]);
			expect(offer?.citations.map((c) => c.line)).toContain(22);
		}
		const withClaim = catalogue.offers.filter((o) => o.claims.some((c) => c.en.includes('50%')));
		expect(withClaim.map((o) => o.id).sort()).toEqual([
			'openai-api-gpt-4',
			'openai-api-gpt-4o',
			'openai-api-o3-mini'
		]);
	});

	it('holds the article’s numbers as facts', () => {
		const facts = Object.fromEntries(
			catalogue.facts.map((f) => [f.id, [f.value, f.unit, f.citation.line]])
		);
		expect(facts).toEqual({
			'users-100m-deepseek': [7, 'days', 8],
			'users-100m-chatgpt': [2, 'months', 8],
			'users-100m-tiktok': [9, 'months', 8],
			'users-100m-pinduoduo': [10, 'months', 8],
			'users-100m-wechat': [14, 'months', 8],
			'openai-api-subscriptions-change': [-37, 'percent', 11],
			'openai-api-price-cut': [-50, 'percent', 11],
			'chatgpt-daily-downloads-change': [280, 'percent', 14],
			'chatgpt-next-day-retention': [11, 'percent', 14],
			'chatgpt-plus-price': [20, 'usd-per-month', 21],
			'chatgpt-pro-price': [200, 'usd-per-month', 21],
			'mistral-paid-model-share': [10, 'percent', 25],
			'gpt-4-training-cost': [100_000_000, 'usd', 38],
			'future-models-training-cost': [1_000_000_000, 'usd', 38],
			'gpt-5-training-cost-month': [500_000_000, 'usd', 38]
		});
		const ranks = catalogue.facts
			.filter((f) => f.measure === 'time-to-100m-users')
			.map((f) => [f.subject.en, f.rank]);
		expect(ranks).toEqual([
			['DeepSeek', 1],
			['ChatGPT', 2],
			['TikTok', 3],
			['Pinduoduo', 4],
			['WeChat', 5]
		]);
	});

	it('gives every price a source: the article or a dated public record', () => {
		for (const offer of catalogue.offers) {
			if (offer.price.type === 'per-use') {
				expect(offer.publicRecord.length, offer.id).toBeGreaterThan(0);
			}
			if (offer.price.type === 'monthly' && offer.price.usdPerMonth > 0) {
				expect(offer.citations.length, offer.id).toBeGreaterThan(0);
			}
		}
		for (const record of [...catalogue.models, ...catalogue.offers].flatMap(
			(x) => x.publicRecord
		)) {
			expect(record.kind).toBe('public-record');
			expect(record.url).toMatch(/^https:\/\//);
			expect(record.asOf).toBe('2025-02-20');
		}
	});
});
