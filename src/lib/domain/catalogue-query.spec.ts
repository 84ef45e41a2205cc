import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import type { DateValue, Fee, Model, Offer } from './catalogue';
import { TASKS } from './catalogue-terms';
import {
	decodeCatalogueQuery,
	defaultCatalogueQuery,
	encodeCatalogueQuery,
	queryCatalogue,
	runsOnDevice,
	type CatalogueQuery
} from './catalogue-query';
import { cheapestPrice } from './cheapest';
import { retiresLater } from './dates';
import { handModel, handOffer, syntheticCatalogue } from './synthetic';

const vendors = catalogue.vendors.map((v) => v.id);
const run = (search: string, favourites?: Set<string>) =>
	queryCatalogue(catalogue, decodeCatalogueQuery(search, vendors).query, {
		lang: 'en',
		favourites
	});
const offerIds = (search: string) => run(search).offers.map((r) => r.offer.id);
const modelIds = (search: string) => run(search).models.map((r) => r.model.id);

describe('decodeCatalogueQuery', () => {
	const cases: { search: string; query?: Partial<CatalogueQuery>; ignored?: string[] }[] = [
		{ search: '' },
		{ search: '?open=open-weights&runs=gpu', query: { openness: 'open-weights', runs: 'gpu' } },
		{
			search: '?status=planned&kind=self-hosted&max=20',
			query: { status: 'planned', kind: 'self-hosted', maxPrice: 20 }
		},
		{
			search: '?vendor=mistral&q=small&sort=price-desc&fav=1',
			query: { vendor: 'mistral', q: 'small', sort: 'price', desc: true, fav: true }
		},
		{ search: '?lang=ar&utm_source=x', query: {} },
		{ search: '?vendor=acme', ignored: ['vendor'] },
		{ search: '?max=20.5&sort=size&runs=moon', ignored: ['max', 'sort', 'runs'] },
		{ search: `?q=${'x'.repeat(101)}`, ignored: ['q'] },
		{ search: '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', query: { q: '<script>alert(1)</script>' } },
		{ search: '?open=closed&open=open-weights', query: { openness: 'closed' }, ignored: ['open'] },
		{ search: '?open=unknown', query: { openness: 'unknown' } },
		{ search: '?open=Unknown', ignored: ['open'] },
		{ search: '?task=chat', query: { task: 'chat' } },
		{
			search: '?task=embedding&open=open-weights',
			query: { task: 'embedding', openness: 'open-weights' }
		},
		{ search: '?task=speech-to-text', query: { task: 'speech-to-text' } },
		{ search: '?task=painting&task=image', ignored: ['task'] },
		{ search: '?task=', ignored: ['task'] },
		{ search: '?task=%3Cb%3E', ignored: ['task'] },
		{ search: '?__proto__=1', ignored: ['__proto__'] },
		{ search: '?max=٢٠', query: { maxPrice: 20 } },
		{ search: '?max=۲۰', query: { maxPrice: 20 } },
		{ search: '?max=١٠٠٠٠', query: { maxPrice: 10_000 } },
		{ search: '?max=0', query: { maxPrice: 0 } },
		{ search: '?max=10001', ignored: ['max'] },
		{ search: '?max=٢٠٫٥', ignored: ['max'] },
		{ search: '?max=-1&fav=yes', ignored: ['max', 'fav'] },
		{ search: '?fav=0', query: {} },
		{ search: '?fav=0&fav=1', ignored: ['fav'] },
		{ search: '?sort=name', query: {} },
		{ search: '?sort=date-asc', ignored: ['sort'] },
		{ search: '?utm_source=x&fbclid=y&lang=ar&lang=en', query: {} },
		{ search: '?open=%E0%A4%A&%E0%A4%A=1', ignored: ['open', '\ufffd%A'] },
		{ search: '?%E2%80%AEx=1', ignored: ['\ufffdx'] },
		{ search: `?${'n'.repeat(10_000)}=1`, ignored: ['n'.repeat(40)] },
		// "Runs on": the chooser's words, memory by the device wherever `device` stands.
		{ search: '?device=gpu&vram=24', query: { device: 'gpu', vramGb: 24 } },
		{ search: '?vram=24&device=gpu', query: { device: 'gpu', vramGb: 24 } },
		{ search: '?device=phone&ram=8', query: { device: 'phone', ramGb: 8 } },
		{ search: '?device=computer&ram=١٦', query: { device: 'computer', ramGb: 16 } },
		{ search: '?device=phone', query: { device: 'phone' } },
		{ search: '?device=gpu&ram=8', query: { device: 'gpu' }, ignored: ['ram'] },
		{ search: '?device=phone&vram=8', query: { device: 'phone' }, ignored: ['vram'] },
		{ search: '?vram=8&ram=8', ignored: ['vram', 'ram'] },
		{ search: '?device=tablet&vram=8', ignored: ['device', 'vram'] },
		{ search: '?device=gpu&vram=257', query: { device: 'gpu' }, ignored: ['vram'] },
		{ search: '?device=gpu&vram=0', query: { device: 'gpu' }, ignored: ['vram'] },
		{ search: '?device=gpu&vram=7.5', query: { device: 'gpu' }, ignored: ['vram'] },
		{ search: '?device=computer&ram=1025', query: { device: 'computer' }, ignored: ['ram'] },
		{ search: '?device=GPU', ignored: ['device'] },
		{ search: '?device=gpu&device=phone', query: { device: 'gpu' }, ignored: ['device'] }
	];
	for (const c of cases) {
		it(`reads ${JSON.stringify(c.search.slice(0, 50))}`, () => {
			const decoded = decodeCatalogueQuery(c.search, vendors);
			expect(decoded.query).toEqual({ ...defaultCatalogueQuery(), ...c.query });
			expect(decoded.ignored).toEqual(c.ignored ?? []);
		});
	}

	it('keeps a maker of an id’s shape while the makers are loading, and checks it once they are known', () => {
		const link = '?vendor=moonshotai&open=closed';
		expect(decodeCatalogueQuery(link, undefined)).toEqual({
			query: { ...defaultCatalogueQuery(), vendor: 'moonshotai', openness: 'closed' },
			ignored: []
		});
		expect(decodeCatalogueQuery(link, vendors)).toEqual({
			query: { ...defaultCatalogueQuery(), openness: 'closed' },
			ignored: ['vendor']
		});
		expect(decodeCatalogueQuery('?vendor=<b>', undefined).ignored).toEqual(['vendor']);
	});

	it('round-trips every valid query, leaving defaults out', () => {
		const arbitrary = fc.record(
			{
				openness: fc.constantFrom('open-weights', 'closed', 'unknown'),
				task: fc.constantFrom(...TASKS),
				status: fc.constantFrom('released', 'planned', 'legacy'),
				runs: fc.constantFrom('cloud', 'computer', 'gpu', 'phone'),
				device: fc.oneof(
					fc.record({ device: fc.constant('gpu'), vramGb: fc.integer({ min: 1, max: 256 }) }),
					fc.record({
						device: fc.constantFrom('phone', 'computer'),
						ramGb: fc.integer({ min: 1, max: 1024 })
					}),
					fc.record({ device: fc.constantFrom('phone', 'computer', 'gpu') })
				),
				kind: fc.constantFrom('free-app', 'subscription', 'api', 'self-hosted'),
				maxPrice: fc.integer({ min: 0, max: 10_000 }),
				vendor: fc.constantFrom(...vendors),
				q: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() === s && s.length > 0)
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(
				arbitrary,
				fc.constantFrom('name', 'price', 'date'),
				fc.boolean(),
				fc.boolean(),
				({ device, ...parts }, sort, desc, fav) => {
					const query = { ...parts, ...device, sort, desc, fav } as CatalogueQuery;
					const decoded = decodeCatalogueQuery(encodeCatalogueQuery(query), vendors);
					expect(decoded.query).toEqual(query);
					expect(decoded.ignored).toEqual([]);
				}
			),
			{ numRuns: 1000 }
		);
		expect(encodeCatalogueQuery(defaultCatalogueQuery())).toBe('');
	});

	it('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				expect(() => decodeCatalogueQuery(s, vendors)).not.toThrow();
			})
		);
	});
});

describe('queryCatalogue', () => {
	it('shows everything by name by default', () => {
		expect(run('').models).toHaveLength(12);
		expect(run('').offers).toHaveLength(17);
		expect(modelIds('').slice(0, 3)).toEqual(['deepseek', 'deepseek-r1-distill-qwen-7b', 'gemini']);
	});

	const cases: { search: string; models: string[]; offers: string[] }[] = [
		{
			search: '?open=open-weights',
			models: [
				'deepseek',
				'deepseek-r1-distill-qwen-7b',
				'gpt-2',
				'mistral-small',
				'o3-mini-class-open',
				'phone-side-open'
			],
			offers: [
				'deepseek-api',
				'deepseek-api-r1',
				'deepseek-app',
				'deepseek-local',
				'gpt-2-local',
				'mistral-small-local',
				'o3-mini-class-open-local',
				'phone-side-open-local'
			]
		},
		{
			search: '?runs=gpu',
			models: ['o3-mini-class-open'],
			offers: ['o3-mini-class-open-local']
		},
		{
			search: '?runs=device',
			models: ['deepseek-r1-distill-qwen-7b', 'gpt-2', 'mistral-small'],
			offers: ['deepseek-local', 'gpt-2-local', 'mistral-small-local']
		},
		{
			search: '?kind=subscription&max=20',
			models: ['gpt-4', 'gpt-4o', 'o3-mini'],
			offers: ['chatgpt-plus']
		},
		{
			search: '?status=planned',
			models: ['gpt-5', 'o3-mini-class-open', 'phone-side-open'],
			offers: ['gpt-5-chatgpt', 'o3-mini-class-open-local', 'phone-side-open-local']
		},
		{
			search: '?vendor=mistral',
			models: ['mistral-large', 'mistral-small'],
			offers: ['mistral-large-api', 'mistral-small-local']
		},
		{
			search: '?q=ديب',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		// Arabic as people type it: without diacritics ("المقطَّر"), ى for ي, ا for أ.
		{ search: '?q=المقطر', models: [], offers: ['deepseek-local'] },
		{ search: '?q=المجانى', models: [], offers: ['chatgpt-free'] },
		{
			search: `?q=${encodeURIComponent('نَموذج')}`,
			models: ['o3-mini-class-open', 'phone-side-open'],
			offers: ['o3-mini-class-open-local', 'phone-side-open-local']
		},
		// Words apart, in any order, each at a word's start: "DeepSeek R1" finds "DeepSeek (R1 / V3)"
		// and the distilled R1; "gpt 4o" finds "gpt-4o"; "gpt-4" never finds a "4" inside a word.
		{
			search: '?q=DeepSeek%20R1',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		{
			search: '?q=r1%20deepseek',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		{
			search: '?q=gpt%204o',
			models: ['gpt-4o'],
			offers: ['chatgpt-free', 'chatgpt-plus', 'chatgpt-pro', 'openai-api-gpt-4o']
		},
		// Typed without the dash or the space: the name's words joined as one.
		{
			search: '?q=GPT4o',
			models: ['gpt-4o'],
			offers: ['chatgpt-free', 'chatgpt-plus', 'chatgpt-pro', 'openai-api-gpt-4o']
		},
		{
			search: '?q=deepseekr1',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		// A model's aliases: the ids an API or a public list gives it.
		{
			search: '?q=gpt-4o-2024-08-06',
			models: ['gpt-4o'],
			offers: []
		},
		{
			search: '?q=gpt-4',
			models: ['gpt-4', 'gpt-4o'],
			offers: [
				'chatgpt-free',
				'chatgpt-plus',
				'chatgpt-pro',
				'openai-api-gpt-4',
				'openai-api-gpt-4o'
			]
		},
		{
			search: '?q=seek',
			models: ['deepseek', 'deepseek-r1-distill-qwen-7b'],
			offers: ['deepseek-api', 'deepseek-api-r1', 'deepseek-app', 'deepseek-local']
		},
		{ search: '?q=deep%20r2', models: [], offers: [] },
		{ search: '?q=nothing-like-this', models: [], offers: [] },
		// Runs on the device itself: cloud offers run anywhere and are not counted.
		{
			// 5.4 GB and 1.5 GB fit a card of 8 GB; Mistral Small's 15.7 GB does not; the planned
			// card-only model's need is not known, and a phone app is not a card's.
			search: '?device=gpu&vram=8',
			models: ['deepseek-r1-distill-qwen-7b', 'gpt-2'],
			offers: ['deepseek-local', 'gpt-2-local']
		},
		{
			// 16 GB holds 15.7 GB, with little room to spare: tight is kept.
			search: '?device=gpu&vram=16',
			models: ['deepseek-r1-distill-qwen-7b', 'gpt-2', 'mistral-small'],
			offers: ['deepseek-local', 'gpt-2-local', 'mistral-small-local']
		},
		{
			// An 8 GB phone gives a model about 4 GB: GPT-2, and the phone-side model's app.
			search: '?device=phone&ram=8',
			models: ['gpt-2', 'phone-side-open'],
			offers: ['gpt-2-local', 'phone-side-open-local']
		},
		{
			// No memory given: what the largest phone (16 GB, 8 for a model) could hold.
			search: '?device=phone',
			models: ['deepseek-r1-distill-qwen-7b', 'gpt-2', 'phone-side-open'],
			offers: ['deepseek-local', 'gpt-2-local', 'phone-side-open-local']
		},
		{
			// 16 GB of RAM leaves about 10.7 GB for a model.
			search: '?device=computer&ram=16',
			models: ['deepseek-r1-distill-qwen-7b', 'gpt-2'],
			offers: ['deepseek-local', 'gpt-2-local']
		},
		{
			search: '?device=computer&ram=32&status=released',
			models: ['deepseek-r1-distill-qwen-7b', 'mistral-small'],
			offers: ['deepseek-local', 'mistral-small-local']
		},
		{ search: '?device=phone&ram=2&kind=api', models: [], offers: [] }
	];
	for (const c of cases) {
		it(`filters ${c.search}`, () => {
			expect(modelIds(c.search).sort()).toEqual(c.models);
			expect(offerIds(c.search).sort()).toEqual(c.offers);
		});
	}

	it('sorts by price (at 1 million tokens), unknown last, and by date', () => {
		expect(offerIds('?sort=price').slice(-4)).toEqual([
			'chatgpt-plus',
			'openai-api-gpt-4',
			'chatgpt-pro',
			'gpt-5-chatgpt'
		]);
		// "Price not announced" is last both ways (PRODUCT.md §10).
		expect(offerIds('?sort=price-desc')[0]).toBe('chatgpt-pro');
		expect(offerIds('?sort=price-desc').at(-1)).toBe('gpt-5-chatgpt');
		expect(modelIds('?sort=price-desc').at(-1)).toBe('gpt-5');
		expect(modelIds('?sort=date-desc').slice(0, 2)).toEqual(['gpt-5', 'o3-mini-class-open']);
		expect(modelIds('?sort=date')[0]).toBe('gpt-2');
		expect(modelIds('?sort=name-desc')[0]).toBe('phone-side-open');
	});

	it('keeps only favourites when asked', () => {
		const favourites = new Set(['model:gpt-4', 'offer:deepseek-app']);
		const r = run('?fav=1', favourites);
		expect(r.models.map((x) => x.model.id)).toEqual(['gpt-4']);
		expect(r.offers.map((x) => x.offer.id)).toEqual(['deepseek-app']);
	});
});

describe('queryCatalogue: what public lists bring (PRODUCT.md §10)', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const models: Model[] = [
		handModel('chat'),
		handModel('said-chat', { task: 'chat', openness: 'closed' }),
		handModel('embed', { task: 'embedding', openness: 'unknown' }),
		handModel('paint', { task: 'image', openness: 'unknown' })
	];
	const perUse = (input: number, output: number, fees?: Fee[]): Offer['price'] => ({
		type: 'per-use',
		inputPerMTok: input,
		outputPerMTok: output,
		...(fees && { fees })
	});
	const offers: Offer[] = [
		handOffer('chat-api', 'api', ['chat'], { price: perUse(2, 2) }),
		handOffer('chat-fees', 'api', ['chat'], { price: perUse(1, 1, [SEARCH]) }),
		handOffer('said-chat-sub', 'subscription', ['said-chat']),
		handOffer('embed-api', 'api', ['embed'], { price: perUse(0.02, 0) }),
		handOffer('paint-app', 'free-app', ['paint'], { price: { type: 'unknown' } }),
		handOffer('chat-embed', 'api', ['chat', 'embed'], { price: { type: 'unknown' } })
	];
	const small = { models, offers, vendors: [] };
	const query = (search: string) =>
		queryCatalogue(small, decodeCatalogueQuery(search, []).query, { lang: 'en' });
	const ids = (search: string) => {
		const r = query(search);
		return { models: r.models.map((x) => x.model.id), offers: r.offers.map((x) => x.offer.id) };
	};

	const cases: { search: string; models: string[]; offers: string[] }[] = [
		{
			search: '?task=chat',
			models: ['chat', 'said-chat'],
			offers: ['chat-api', 'chat-embed', 'chat-fees', 'said-chat-sub']
		},
		{ search: '?task=embedding', models: ['embed'], offers: ['chat-embed', 'embed-api'] },
		{ search: '?task=image', models: ['paint'], offers: ['paint-app'] },
		{ search: '?task=music', models: [], offers: [] },
		{
			search: '?open=unknown',
			models: ['embed', 'paint'],
			// An open and an unstated model together: not stated.
			offers: ['chat-embed', 'embed-api', 'paint-app']
		},
		{ search: '?open=closed', models: ['said-chat'], offers: ['said-chat-sub'] },
		{ search: '?open=open-weights', models: ['chat'], offers: ['chat-api', 'chat-fees'] },
		{ search: '?open=unknown&task=image', models: ['paint'], offers: ['paint-app'] }
	];
	for (const c of cases) {
		it(`filters ${c.search}`, () => {
			const got = ids(c.search);
			expect(got.models.sort()).toEqual(c.models);
			expect(got.offers.sort()).toEqual(c.offers);
		});
	}

	it('gives an offer of open and unstated models the openness "unknown"', () => {
		const row = query('').offers.find((r) => r.offer.id === 'chat-embed')!;
		expect(row.openness).toBe('unknown');
	});

	const sorts: { search: string; offers: string[] }[] = [
		{
			search: '?sort=price',
			offers: ['embed-api', 'chat-fees', 'chat-api', 'said-chat-sub', 'chat-embed', 'paint-app']
		},
		{
			// "Price not announced" last descending too, by name among themselves.
			search: '?sort=price-desc',
			offers: ['said-chat-sub', 'chat-api', 'chat-fees', 'embed-api', 'chat-embed', 'paint-app']
		}
	];
	for (const c of sorts) {
		it(`sorts ${c.search} with "Price not announced" last`, () => {
			expect(ids(c.search).offers).toEqual(c.offers);
		});
	}

	it('sorts models by price with "Price not announced" last both ways', () => {
		expect(ids('?sort=price').models).toEqual(['embed', 'chat', 'said-chat', 'paint']);
		expect(ids('?sort=price-desc').models).toEqual(['said-chat', 'chat', 'embed', 'paint']);
	});

	it('gives a model row the fees of its cheapest offer when that price is partly known', () => {
		const chat = query('').models.find((r) => r.model.id === 'chat')!;
		expect(chat.price).toBe(1);
		expect(chat.fees).toEqual([SEARCH]);
		expect(query('').models.find((r) => r.model.id === 'said-chat')!.fees).toBeUndefined();
	});

	const cheapestCases: { what: string; prices: Offer['price'][]; expected: unknown }[] = [
		{ what: 'none', prices: [], expected: undefined },
		{ what: 'only unknown', prices: [{ type: 'unknown' }], expected: undefined },
		{ what: 'fully known', prices: [perUse(2, 2), perUse(1, 3)], expected: { usd: 2 } },
		{
			what: 'partly known cheaper',
			prices: [perUse(2, 2), perUse(1, 1, [SEARCH])],
			expected: { usd: 1, fees: [SEARCH] }
		},
		{
			what: 'a tie: the fully known one',
			prices: [perUse(1, 1, [SEARCH]), perUse(1, 1)],
			expected: { usd: 1 }
		},
		{
			what: 'free beats all',
			prices: [perUse(0, 0, [SEARCH]), { type: 'monthly', usdPerMonth: 0 }],
			expected: { usd: 0 }
		}
	];
	for (const c of cheapestCases) {
		it(`cheapestPrice: ${c.what}`, () => {
			const list = c.prices.map((price, i) => handOffer(`o${i}`, 'api', ['chat'], { price }));
			expect(cheapestPrice(list)).toEqual(c.expected);
		});
	}
});

describe('runsOnDevice: an offer on the device itself, by the chooser’s rule', () => {
	const sized = (id: string, totalB?: number) =>
		handModel(id, totalB === undefined ? {} : { parameters: { totalB } });
	const models = [sized('small', 8), sized('large', 70), sized('unsized'), sized('e4b', 4)];
	models[3]!.parameters = { totalB: 4, effective: true };
	const offers = [
		handOffer('small-local', 'self-hosted', ['small']),
		handOffer('small-api', 'api', ['small']),
		handOffer('large-local', 'self-hosted', ['large']),
		handOffer('unsized-local', 'self-hosted', ['unsized']),
		handOffer('e4b-local', 'self-hosted', ['e4b']),
		handOffer('typed-local', 'self-hosted', ['unsized'], {
			runsOn: { place: 'device', needGb: 3 }
		}),
		handOffer('card-only', 'self-hosted', ['unsized'], { runsOn: { place: 'gpu', minGb: 20 } })
	];
	const catalogue = { models, offers, vendors: [] };
	const kept = (query: Partial<CatalogueQuery>) =>
		queryCatalogue(catalogue, { ...defaultCatalogueQuery(), ...query }, { lang: 'en' })
			.offers.map((r) => r.offer.id)
			.sort();

	const cases: { query: Partial<CatalogueQuery>; expected: string[] }[] = [
		// 8B needs about 5.6 GB, 4B (effective) 3.1, 70B 45.5; the typed 3 GB wins over a size.
		{ query: { device: 'gpu', vramGb: 8 }, expected: ['e4b-local', 'small-local', 'typed-local'] },
		{
			query: { device: 'gpu', vramGb: 48 },
			expected: ['card-only', 'e4b-local', 'large-local', 'small-local', 'typed-local']
		},
		{ query: { device: 'phone', ramGb: 8 }, expected: ['e4b-local', 'typed-local'] },
		{ query: { device: 'computer', ramGb: 8 }, expected: ['e4b-local', 'typed-local'] },
		// A card-only offer is no computer's, whatever its memory.
		{
			query: { device: 'computer', ramGb: 128 },
			expected: ['e4b-local', 'large-local', 'small-local', 'typed-local']
		},
		// No memory: what the largest card (256 GB) could hold; a card-only need of 20 GB too.
		{
			query: { device: 'gpu' },
			expected: ['card-only', 'e4b-local', 'large-local', 'small-local', 'typed-local']
		},
		// A need of unknown size is never said to run; a cloud API never counts.
		{ query: { device: 'phone' }, expected: ['e4b-local', 'small-local', 'typed-local'] }
	];
	for (const c of cases) {
		it(`${JSON.stringify(c.query)} keeps ${c.expected.join(', ')}`, () => {
			expect(kept(c.query)).toEqual(c.expected);
		});
	}

	it('keeps a model when one of its offers runs there (a typed need counts), else drops it', () => {
		const rows = queryCatalogue(
			catalogue,
			{ ...defaultCatalogueQuery(), device: 'gpu', vramGb: 8 },
			{ lang: 'en' }
		).models.map((r) => r.model.id);
		expect(rows.sort()).toEqual(['e4b', 'small', 'unsized']);
	});

	it('says no for cloud offers, even of a small open model', () => {
		expect(runsOnDevice(offers[1]!, [models[0]!], 'gpu', { vramGb: 80 })).toBe(false);
		expect(runsOnDevice(offers[0]!, [models[0]!], 'gpu', { vramGb: 80 })).toBe(true);
	});
});

describe('retiresLater', () => {
	const cases: { date: DateValue; today: string; expected: boolean }[] = [
		{ date: { precision: 'day', value: '2026-06-30' }, today: '2026-06-29', expected: true },
		{ date: { precision: 'day', value: '2026-06-30' }, today: '2026-06-30', expected: true },
		{ date: { precision: 'day', value: '2026-06-30' }, today: '2026-07-01', expected: false },
		{ date: { precision: 'month', value: '2026-06' }, today: '2026-06-30', expected: true },
		{ date: { precision: 'month', value: '2026-06' }, today: '2026-07-01', expected: false },
		{ date: { precision: 'year', value: '2026' }, today: '2026-12-31', expected: true },
		{ date: { precision: 'year', value: '2025' }, today: '2026-01-01', expected: false },
		{
			date: { precision: 'approximate', value: '2027', label: { en: 'in 2027', ar: 'في 2027' } },
			today: '2026-01-01',
			expected: true
		}
	];
	for (const c of cases) {
		it(`${c.date.value} (${c.date.precision}) on ${c.today}: ${c.expected}`, () => {
			expect(retiresLater(c.date, c.today)).toBe(c.expected);
		});
	}
});

describe('queryCatalogue, worked out once per catalogue', () => {
	const big = { ...syntheticCatalogue(300), vendors: catalogue.vendors };
	const ids = (r: { models: { model: Model }[]; offers: { offer: Offer }[] }) => ({
		models: r.models.map((m) => m.model.id),
		offers: r.offers.map((o) => o.offer.id)
	});

	it('answers every query, in any order of queries, as a catalogue seen for the first time', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						sort: fc.constantFrom('name', 'price', 'date'),
						desc: fc.boolean(),
						lang: fc.constantFrom('en', 'ar'),
						q: fc.constantFrom(undefined, 'mod', '1', 'deep'),
						maxPrice: fc.constantFrom(undefined, 0, 20)
					}),
					{ minLength: 1, maxLength: 6 }
				),
				(queries) => {
					for (const { lang, ...asked } of queries) {
						const query = { ...defaultCatalogueQuery(), ...asked };
						const warm = queryCatalogue(big, query, { lang });
						const cold = queryCatalogue(structuredClone(big), query, { lang });
						expect(ids(warm)).toEqual(ids(cold));
					}
				}
			),
			{ numRuns: 12 }
		);
	}, 30_000);

	it('sees a changed catalogue: new arrays are worked out again', () => {
		const before = queryCatalogue(
			catalogue,
			{ ...defaultCatalogueQuery(), q: 'zebra' },
			{ lang: 'en' }
		);
		expect(before.models).toEqual([]);
		const renamed = {
			...catalogue,
			models: catalogue.models.map((m) =>
				m.id === 'gpt-2' ? { ...m, name: { en: 'Zebra', ar: 'Zebra' } } : m
			)
		};
		const after = queryCatalogue(
			renamed,
			{ ...defaultCatalogueQuery(), q: 'zebra' },
			{ lang: 'en' }
		);
		expect(after.models.map((r) => r.model.id)).toEqual(['gpt-2']);
		// Its offers' search text names their models anew too.
		expect(after.offers.map((r) => r.offer.id)).toEqual(['gpt-2-local']);
		const last = queryCatalogue(renamed, defaultCatalogueQuery(), { lang: 'en' }).models.at(-1);
		expect(last?.model.id).toBe('gpt-2');
	});

	it('sorts names descending with equal names still by id ascending', () => {
		const twin = (id: string) => handModel(id, { name: { en: 'Same', ar: 'Same' } });
		const models = [twin('b'), twin('a'), handModel('c', { name: { en: 'Alpha', ar: 'Alpha' } })];
		const rows = queryCatalogue(
			{ models, offers: [], vendors: [] },
			{ ...defaultCatalogueQuery(), desc: true },
			{ lang: 'en' }
		);
		expect(rows.models.map((r) => r.model.id)).toEqual(['a', 'b', 'c']);
	});

	it('sorts numbers in names by their value, in both languages', () => {
		const named = (id: string, name: string) => handModel(id, { name: { en: name, ar: name } });
		const models = [
			named('g12', 'Gemma 3 12B'),
			named('g1', 'Gemma 3 1B'),
			named('gpt10', 'GPT-10'),
			named('g4', 'Gemma 3 4B'),
			named('gpt2', 'GPT-2')
		];
		for (const lang of ['en', 'ar'] as const) {
			const rows = queryCatalogue({ models, offers: [], vendors: [] }, defaultCatalogueQuery(), {
				lang
			});
			expect(rows.models.map((r) => r.model.id)).toEqual(['g1', 'g4', 'g12', 'gpt2', 'gpt10']);
		}
	});
});

describe('queryCatalogue, an offer of a planned model', () => {
	it('is planned in its row and its status filter, whatever status the offer says', () => {
		const own = { ...handOffer('my-gpt-5-free', 'api', ['gpt-5']), status: 'released' as const };
		const withOwn = { ...catalogue, offers: [...catalogue.offers, own] };
		const status = (search: string) =>
			queryCatalogue(withOwn, decodeCatalogueQuery(search, vendors).query, { lang: 'en' }).offers;
		expect(status('').find((r) => r.offer.id === 'my-gpt-5-free')?.status).toBe('planned');
		expect(status('status=released').map((r) => r.offer.id)).not.toContain('my-gpt-5-free');
		expect(status('status=planned').map((r) => r.offer.id)).toContain('my-gpt-5-free');
	});
});
