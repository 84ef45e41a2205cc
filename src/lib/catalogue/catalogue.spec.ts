import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type Offer } from '$lib/domain/catalogue';
import { latinMarks, strings } from '$lib/i18n/dictionary-checks';
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
		expect(catalogue.catalogueVersion).toBe('2025-02-20.5');
		expect(catalogue.asOf).toBe('2025-02-20');
	});

	it('writes its own Arabic with Arabic marks (، ؛ ؟ « »); the article’s words are quoted as they are', () => {
		// Its `ar` texts: a citation's `quote`, the article's line byte for byte, is none of them.
		const arabic = strings(data).filter(([path]) => /(?:^|\.)ar$/.test(path));
		expect(arabic.length).toBeGreaterThan(100);
		const faults = arabic.flatMap(([path, text]) =>
			latinMarks(text).map((at) => `${path}: …${at}…`)
		);
		expect(faults).toEqual([]);
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
			expect(c.meaning).toMatch(/[A-Z]/i);
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
			'deepseek-r1-distill-qwen-7b': ['released', 'open-weights', 'deepseek'],
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
		expect(dates['deepseek-r1-distill-qwen-7b']).toEqual({ precision: 'day', value: '2025-01-20' });
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
		// Correction (2025-02-20.2): the distilled 7B model, its memory from its size on any device.
		[
			'deepseek-local',
			'self-hosted',
			['deepseek-r1-distill-qwen-7b'],
			monthly(0),
			{ place: 'device' },
			'released'
		],
		[
			'mistral-small-local',
			'self-hosted',
			['mistral-small'],
			monthly(0),
			{ place: 'device' },
			'released'
		],
		['mistral-large-api', 'api', ['mistral-large'], perUse(2, 6), { place: 'cloud' }, 'released'],
		['gemini-app', 'free-app', ['gemini'], monthly(0), { place: 'cloud' }, 'released'],
		['gpt-2-local', 'self-hosted', ['gpt-2'], monthly(0), { place: 'device' }, 'legacy'],
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
			expect(offer).toMatchObject({ kind, models, price, status });
			// Exactly: the shipped catalogue gives sizes, never a typed memory figure (§9).
			expect(offer?.runsOn).toEqual(runsOn);
		});
	}

	it('names every offer in both languages as FACTS.md does', () => {
		const names = Object.fromEntries(catalogue.offers.map((o) => [o.id, o.name]));
		expect(names['chatgpt-free']).toEqual({ en: 'ChatGPT Free', ar: 'ChatGPT المجاني' });
		// Renamed in 2025-02-20.2: they run on any device, not only on a graphics card.
		expect(names['deepseek-local']).toEqual({
			en: 'DeepSeek R1 distilled 7B on your device',
			ar: 'DeepSeek R1 المقطَّر 7B على جهازك'
		});
		expect(names['mistral-small-local']).toEqual({
			en: 'Mistral Small 3 on your device',
			ar: 'Mistral Small 3 على جهازك'
		});
		expect(names['gpt-2-local']).toEqual({ en: 'GPT-2 on your device', ar: 'GPT-2 على جهازك' });
		// Still a graphics card only (L29), and a phone app.
		expect(names['o3-mini-class-open-local']).toEqual({
			en: 'OpenAI open model (o3-mini class) on your GPU',
			ar: 'نموذج OpenAI المفتوح (بمستوى o3-mini) على معالج الرسوميات لديك'
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
	it('gives the self-hosted offers the right models: the distilled 7B, never DeepSeek’s 671B', () => {
		const selfHosted = catalogue.offers.filter((o) => o.kind === 'self-hosted');
		expect(selfHosted.filter((o) => o.models.includes('deepseek'))).toEqual([]);
		expect(
			catalogue.offers.filter((o) => o.models.includes('deepseek-r1-distill-qwen-7b'))
		).toEqual([expect.objectContaining({ id: 'deepseek-local' })]);
		for (const o of selfHosted) {
			if (o.runsOn.place === 'device') expect(o.runsOn.needGb, o.id).toBeUndefined();
		}
	});
});

describe('the public record for choosing (FACTS.md, as of 2025-02-20)', () => {
	const model = (id: string) => catalogue.models.find((m) => m.id === id)!;
	const offer = (id: string) => catalogue.offers.find((o) => o.id === id)!;
	const ARENA_URL = 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard';

	it('gives each open-weights model of known size its parameter count', () => {
		const sizes = Object.fromEntries(catalogue.models.map((m) => [m.id, m.parameters]));
		expect(sizes).toEqual({
			'gpt-2': { totalB: 1.558 },
			'gpt-4': undefined,
			'gpt-4o': undefined,
			'o3-mini': undefined,
			'o3-mini-class-open': undefined,
			'phone-side-open': undefined,
			// A mixture of experts: all 671B must be in memory, 37B active.
			deepseek: { totalB: 671, activeB: 37 },
			'deepseek-r1-distill-qwen-7b': { totalB: 7.615616512 },
			'gpt-5': undefined,
			'mistral-small': { totalB: 23.6 },
			'mistral-large': { totalB: 123 },
			gemini: undefined
		});
	});

	it('lists every Chatbot Arena entry of each model (snapshot of 2025-02-17)', () => {
		const boards = Object.fromEntries(
			catalogue.models.map((m) => [m.id, (m.arena ?? []).map((e) => [e.entry, e.score])])
		);
		expect(boards).toEqual({
			'gpt-2': [],
			'gpt-4': [
				['GPT-4-0314', 1186],
				['GPT-4-0613', 1163]
			],
			'gpt-4o': [
				['GPT-4o-2024-05-13', 1285],
				['GPT-4o-2024-08-06', 1265],
				['ChatGPT-4o-latest (2025-01-29)', 1377]
			],
			'o3-mini': [['o3-mini', 1305]],
			'o3-mini-class-open': [],
			'phone-side-open': [],
			deepseek: [
				['DeepSeek-R1', 1361],
				['DeepSeek-V3', 1317]
			],
			'deepseek-r1-distill-qwen-7b': [],
			'gpt-5': [],
			'mistral-small': [['Mistral-Small-24B-Instruct-2501', 1217]],
			'mistral-large': [['Mistral-Large-2411', 1246]],
			gemini: [['Gemini-2.0-Flash-001', 1356]]
		});
		for (const e of catalogue.models.flatMap((m) => m.arena ?? [])) {
			expect(e.asOf).toBe('2025-02-17');
			expect(e.url).toBe(ARENA_URL);
		}
	});

	it('rates each offer by what it serves on the board (FACTS.md "Ratings per offer")', () => {
		const ratings = Object.fromEntries(
			catalogue.offers.map((o) => [o.id, o.rating && [o.rating.entry, o.rating.score]])
		);
		const chatgpt = ['ChatGPT-4o-latest (2025-01-29)', 1377];
		expect(ratings).toEqual({
			'chatgpt-free': chatgpt,
			'chatgpt-plus': chatgpt,
			'chatgpt-pro': chatgpt,
			'openai-api-gpt-4o': ['GPT-4o-2024-08-06', 1265],
			'openai-api-gpt-4': ['GPT-4-0613', 1163],
			'openai-api-o3-mini': ['o3-mini', 1305],
			'deepseek-app': ['DeepSeek-R1', 1361],
			'deepseek-api': ['DeepSeek-V3', 1317],
			'deepseek-api-r1': ['DeepSeek-R1', 1361],
			'deepseek-local': undefined,
			'mistral-small-local': ['Mistral-Small-24B-Instruct-2501', 1217],
			'mistral-large-api': ['Mistral-Large-2411', 1246],
			'gemini-app': ['Gemini-2.0-Flash-001', 1356],
			'gpt-2-local': undefined,
			'o3-mini-class-open-local': undefined,
			'phone-side-open-local': undefined,
			'gpt-5-chatgpt': undefined
		});
		for (const o of catalogue.offers) {
			if (!o.rating) continue;
			expect(o.rating.asOf, o.id).toBe('2025-02-17');
			expect(o.rating.url, o.id).toBe(ARENA_URL);
			// What an offer serves is one of its models' entries.
			const entries = o.models.flatMap((id) => model(id).arena ?? []);
			expect(
				entries.map((e) => [e.entry, e.score]),
				o.id
			).toContainEqual([o.rating.entry, o.rating.score]);
		}
		// ChatGPT's entry is an inference from OpenAI's docs, and says so.
		for (const id of ['chatgpt-free', 'chatgpt-plus', 'chatgpt-pro']) {
			expect(offer(id).rating?.note?.en, id).toMatch(/inference/);
		}
	});

	it('sends a person to each offer’s official https page (FACTS.md "Where a person gets each offer")', () => {
		const pages = Object.fromEntries(catalogue.offers.map((o) => [o.id, o.url]));
		expect(pages).toEqual({
			'chatgpt-free': 'https://chatgpt.com',
			'chatgpt-plus': 'https://chatgpt.com',
			'chatgpt-pro': 'https://chatgpt.com',
			'gpt-5-chatgpt': 'https://chatgpt.com',
			'openai-api-gpt-4o': 'https://platform.openai.com/docs/models',
			'openai-api-gpt-4': 'https://platform.openai.com/docs/models',
			'openai-api-o3-mini': 'https://platform.openai.com/docs/models',
			'deepseek-app': 'https://chat.deepseek.com',
			'deepseek-api': 'https://platform.deepseek.com',
			'deepseek-api-r1': 'https://platform.deepseek.com',
			'deepseek-local':
				'https://huggingface.co/lmstudio-community/DeepSeek-R1-Distill-Qwen-7B-GGUF',
			'mistral-small-local': 'https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501',
			'mistral-large-api': 'https://console.mistral.ai',
			'gemini-app': 'https://gemini.google.com/app',
			'gpt-2-local': 'https://huggingface.co/openai-community/gpt2-xl',
			// Planned, with no page of their own yet.
			'o3-mini-class-open-local': undefined,
			'phone-side-open-local': undefined
		});
		for (const url of Object.values(pages)) if (url) expect(new URL(url).protocol).toBe('https:');
	});

	it('makes ChatGPT Free, Plus and Pro tiers 0, 1 and 2 of one service, saying what each adds', () => {
		const tiers = Object.fromEntries(
			catalogue.offers.filter((o) => o.tier).map((o) => [o.id, o.tier])
		);
		expect(tiers).toEqual({
			'chatgpt-free': { service: 'chatgpt', rank: 0 },
			'chatgpt-plus': {
				service: 'chatgpt',
				rank: 1,
				adds: {
					en: 'GPT-4, higher limits and priority access',
					ar: 'GPT-4 وحدود أعلى ووصول ذو أولوية'
				}
			},
			'chatgpt-pro': {
				service: 'chatgpt',
				rank: 2,
				adds: { en: 'the same models without those limits', ar: 'النماذج نفسها دون تلك الحدود' }
			}
		});
		// Plus adds GPT-4 over Free; Pro gives the same models as Plus.
		expect(offer('chatgpt-free').models).not.toContain('gpt-4');
		expect(offer('chatgpt-plus').models).toContain('gpt-4');
		expect(offer('chatgpt-pro').models).toEqual(offer('chatgpt-plus').models);
	});
});
