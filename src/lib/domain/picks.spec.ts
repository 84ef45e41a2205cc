import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import type { ArenaEntry, Fee, Localized, Model, Offer } from './catalogue';
import {
	DEVICES,
	OPENNESS_CHOICES,
	PURPOSES,
	SORT_ORDERS,
	defaultInputs,
	isValidInputs,
	type ChooserInputs
} from './inputs';
import { memoryNeedGb, roundGb } from './memory';
import {
	PICK_KINDS,
	type NoPick,
	type Pick,
	type PickKind,
	type PickLine,
	type Recommendation
} from './answer';
import { recommend } from './recommend';
import { decodeShareLink } from './share-link';
import { handModel, handOffer, syntheticCatalogue } from './synthetic';

const answer = (query: string) => recommend(catalogue, decodeShareLink(query).state.inputs);
const nameOf = (id: string): Localized => catalogue.offers.find((o) => o.id === id)!.name;
const tierAdds = (id: string): Localized => catalogue.offers.find((o) => o.id === id)!.tier!.adds!;

/** A pick as the tables below state it. */
type Expected = { kind: PickKind; offer: string; costUsd: number; lines: PickLine[] };
const summary = (picks: Pick[]): Expected[] =>
	picks.map((p) => ({
		kind: p.kind,
		offer: p.option.offer.id,
		costUsd: p.option.monthlyCost!,
		lines: p.lines
	}));

// The API pick of every §2 link at the default usage: DeepSeek API (V3) at 1M tokens, half in and
// half out, 0.27 / 1.10 → US$0.685 ("US$0.69"); the highest rated, R1 at 0.55 / 2.19 → US$1.37.
const deepseekApi = (usage: number, costUsd: number, r1Usd: number): Expected => ({
	kind: 'api',
	offer: 'deepseek-api',
	costUsd,
	lines: [
		{ code: 'cheapest-api', usage },
		{ code: 'highest-rated-api', offer: nameOf('deepseek-api-r1'), costUsd: r1Usd, score: 1361 }
	]
});
const chatgptFree: Expected = {
	kind: 'free-app',
	offer: 'chatgpt-free',
	costUsd: 0,
	lines: [{ code: 'best-rated-free-app', score: 1377 }]
};
const distilledNeed = memoryNeedGb(7.615616512);

/** PRODUCT.md §2, "The shipped catalogue (2025-02-20.2) must give, worked by hand". */
const section2: { link: string; picks: Expected[]; noPicks: NoPick[] }[] = [
	{
		link: '/',
		picks: [
			chatgptFree,
			{
				kind: 'subscription',
				offer: 'chatgpt-plus',
				costUsd: 20,
				lines: [
					{ code: 'lower-tier-enough' },
					// "for heavier use: ChatGPT Pro, US$200"
					{ code: 'heavier-tier', offer: nameOf('chatgpt-pro'), costUsd: 200 },
					{ code: 'tier-adds', adds: tierAdds('chatgpt-plus'), over: nameOf('chatgpt-free') }
				]
			},
			deepseekApi(1, 0.685, 1.37)
		],
		noPicks: [{ kind: 'self-hosted', why: 'no-device' }]
	},
	{
		link: '/?budget=20',
		picks: [
			chatgptFree,
			{
				kind: 'subscription',
				offer: 'chatgpt-plus',
				costUsd: 20,
				lines: [
					{ code: 'subscription-fits' },
					// "adds GPT-4, higher limits"
					{ code: 'tier-adds', adds: tierAdds('chatgpt-plus'), over: nameOf('chatgpt-free') }
				]
			},
			deepseekApi(1, 0.685, 1.37)
		],
		noPicks: [{ kind: 'self-hosted', why: 'no-device' }]
	},
	{
		link: '/?budget=200',
		picks: [
			chatgptFree,
			{
				kind: 'subscription',
				offer: 'chatgpt-pro',
				costUsd: 200,
				lines: [
					{ code: 'best-rated-subscription', score: 1377, withinBudget: true },
					// "ChatGPT Plus: the same models with lower limits, US$20"
					{ code: 'lighter-tier', offer: nameOf('chatgpt-plus'), costUsd: 20, sameModels: true }
				]
			},
			deepseekApi(1, 0.685, 1.37)
		],
		noPicks: [{ kind: 'self-hosted', why: 'no-device' }]
	},
	{
		link: '/?device=gpu&vram=8&open=required',
		picks: [
			{ kind: 'free-app', offer: 'deepseek-app', costUsd: 0, lines: [{ code: 'only-free-app' }] },
			{
				kind: 'self-hosted',
				offer: 'deepseek-local',
				costUsd: 0,
				lines: [
					// Not "the only one": GPT-2 on your device (legacy, 1.56B) fits too and is listed.
					{ code: 'largest-that-fits', paramsB: 7.615616512 },
					// "needs about 5.4 GB; fits"
					{
						code: 'memory-fits',
						device: 'gpu',
						needGb: distilledNeed,
						memoryGb: 8,
						usableGb: 8,
						eightBit: false
					}
				]
			},
			deepseekApi(1, 0.685, 1.37)
		],
		// "— (all closed)"
		noPicks: [{ kind: 'subscription', why: 'closed-weights' }]
	},
	{
		link: '/?use=20&budget=50&for=api',
		// "US$14 (highest rated: DeepSeek API (R1 reasoning), US$27)"
		picks: [deepseekApi(20, 13.7, 27.4)],
		noPicks: []
	},
	{
		link: '/?device=phone&local=1&planned=1',
		picks: [
			{
				kind: 'self-hosted',
				offer: 'phone-side-open-local',
				costUsd: 0,
				// §2's table: "(planned)"; the model has no expected date, so the line has none.
				lines: [{ code: 'only-fit' }, { code: 'planned' }]
			}
		],
		noPicks: [
			{ kind: 'free-app', why: 'runs-in-cloud' },
			{ kind: 'subscription', why: 'runs-in-cloud' },
			{ kind: 'api', why: 'runs-in-cloud' }
		]
	}
];

describe('Your answer: PRODUCT.md §2’s six links on the shipped catalogue', () => {
	for (const row of section2) {
		describe(row.link, () => {
			const r = answer(row.link.replace(/^\/\??/, ''));

			it('reads the link with nothing ignored', () => {
				expect(decodeShareLink(row.link.replace(/^\/\??/, '')).ignored).toEqual([]);
			});

			it(`picks ${row.picks.map((p) => p.offer).join(', ')}, with their costs and lines`, () => {
				expect(summary(r.picks)).toEqual(row.picks);
			});

			it('says why the other kinds have no pick', () => {
				expect(r.noPicks).toEqual(row.noPicks);
			});
		});
	}

	it('names the picks as §2 does', () => {
		const en = (r: Recommendation) => r.picks.map((p) => p.option.offer.name.en);
		expect(en(answer(''))).toEqual(['ChatGPT Free', 'ChatGPT Plus', 'DeepSeek API (V3)']);
		expect(en(answer('budget=200'))).toEqual(['ChatGPT Free', 'ChatGPT Pro', 'DeepSeek API (V3)']);
		expect(en(answer('device=gpu&vram=8&open=required'))).toEqual([
			'DeepSeek app',
			'DeepSeek R1 distilled 7B on your device',
			'DeepSeek API (V3)'
		]);
	});

	it('shows the memory need as "about 5.4 GB", and the phone-side pick as planned', () => {
		expect(roundGb(distilledNeed)).toBe(5.4);
		const phone = answer('device=phone&local=1&planned=1').picks[0]!;
		expect(phone.option.status).toBe('planned');
	});

	it('folds the self-hosted offers of unknown fit when no device is chosen, and only then', () => {
		const ids = (r: Recommendation) => r.folded.map((o) => o.offer.id);
		expect(ids(answer(''))).toEqual(['deepseek-local', 'mistral-small-local', 'gpt-2-local']);
		expect(ids(answer('device=gpu&vram=8&open=required'))).toEqual([]);
		expect(ids(answer('device=phone&local=1&planned=1'))).toEqual([]);
	});
});

// --- Small catalogues made by hand -------------------------------------------------------------

const ARENA = 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard';
const rated = (score: number): ArenaEntry => ({
	entry: `Entry ${score}`,
	score,
	asOf: '2025-02-17',
	url: ARENA
});
const day = (value: string) => ({ precision: 'day' as const, value });

const model = handModel;
const offer = handOffer;

const monthly = (usd: number): Offer['price'] => ({ type: 'monthly', usdPerMonth: usd });
const perUse = (input: number, output: number): Offer['price'] => ({
	type: 'per-use',
	inputPerMTok: input,
	outputPerMTok: output
});
const run = (models: Model[], offers: Offer[], changes: Partial<ChooserInputs> = {}) =>
	recommend({ models, offers }, { ...defaultInputs(), ...changes });
const pickId = (r: Recommendation, kind: PickKind) =>
	r.picks.find((p) => p.kind === kind)?.option.offer.id;
const pickOf = (r: Recommendation, kind: PickKind) => r.picks.find((p) => p.kind === kind);

describe('picks: ties fall to the order of Recommendations', () => {
	const m = model('m');

	it('free apps of the same score and model: the first by id', () => {
		const r = run(
			[model('m', { arena: [rated(1300)] })],
			[offer('b-app', 'free-app', ['m']), offer('a-app', 'free-app', ['m'])]
		);
		expect(pickId(r, 'free-app')).toBe('a-app');
		expect(r.recommendations[0]!.offer.id).toBe('a-app');
	});

	it('free apps of the same score: the newer model', () => {
		const models = [
			model('old', { arena: [rated(1300)], dates: { released: day('2024-01-01') } }),
			model('new', { arena: [rated(1300)], dates: { released: day('2025-01-01') } })
		];
		const r = run(models, [
			offer('a-old', 'free-app', ['old']),
			offer('b-new', 'free-app', ['new'])
		]);
		expect(pickId(r, 'free-app')).toBe('b-new');
		expect(pickOf(r, 'free-app')?.lines).toEqual([{ code: 'best-rated-free-app', score: 1300 }]);
	});

	it('subscriptions of the same score, of different services: the cheaper', () => {
		const r = run(
			[model('m', { arena: [rated(1300)] })],
			[
				offer('a-dear', 'subscription', ['m'], { price: monthly(30) }),
				offer('b-cheap', 'subscription', ['m'], { price: monthly(10) })
			]
		);
		expect(pickId(r, 'subscription')).toBe('b-cheap');
	});

	it('APIs of the same cost and score: the first by id', () => {
		const r = run(
			[m],
			[
				offer('c-api', 'api', ['m'], { price: perUse(1, 3) }),
				offer('b-api', 'api', ['m'], { price: perUse(2, 2) }),
				offer('d-api', 'api', ['m'], { price: perUse(3, 1) })
			]
		);
		expect(pickId(r, 'api')).toBe('b-api');
		expect(pickOf(r, 'api')?.lines).toEqual([{ code: 'cheapest-api', usage: 1 }]);
	});

	it('self-hosted offers of the same size and fit: higher score, then newer, then by id', () => {
		const models = [
			model('x', { parameters: { totalB: 7 }, dates: { released: day('2024-06-01') } }),
			model('y', { parameters: { totalB: 7 }, dates: { released: day('2025-01-01') } }),
			model('z', { parameters: { totalB: 7 }, dates: { released: day('2023-01-01') } })
		];
		const gpu = { device: 'gpu' as const, vramGb: 24 };
		const offers = [
			offer('a', 'self-hosted', ['x']),
			offer('b', 'self-hosted', ['y']),
			offer('c', 'self-hosted', ['z'])
		];
		expect(pickId(run(models, offers, gpu), 'self-hosted')).toBe('b');
		const z = { ...offers[2]!, rating: rated(1100) };
		expect(pickId(run(models, [offers[0]!, offers[1]!, z], gpu), 'self-hosted')).toBe('c');
		expect(
			pickId(run([models[0]!], [offers[0]!, { ...offers[0]!, id: '0' }], gpu), 'self-hosted')
		).toBe('0');
	});
});

describe('picks: rated before unrated', () => {
	it('a rated free app before an unrated one of a newer model', () => {
		const models = [
			model('old', { arena: [rated(1100)], dates: { released: day('2023-01-01') } }),
			model('new', { dates: { released: day('2025-02-01') } })
		];
		const r = run(models, [offer('a', 'free-app', ['new']), offer('b', 'free-app', ['old'])]);
		expect(pickId(r, 'free-app')).toBe('b');
		expect(pickOf(r, 'free-app')?.lines).toEqual([{ code: 'best-rated-free-app', score: 1100 }]);
	});

	it('among unrated free apps, the newer model', () => {
		const models = [
			model('old', { dates: { released: day('2023-01-01') } }),
			model('new', { dates: { released: day('2025-02-01') } })
		];
		const r = run(models, [offer('a', 'free-app', ['old']), offer('b', 'free-app', ['new'])]);
		expect(pickId(r, 'free-app')).toBe('b');
	});

	it('an offer’s own rating wins over its models’ entries', () => {
		const models = [model('m', { arena: [rated(1400)] })];
		const r = run(models, [
			offer('a', 'free-app', ['m'], { rating: rated(1200) }),
			offer('b', 'free-app', ['m'], { rating: rated(1250) })
		]);
		expect(pickId(r, 'free-app')).toBe('b');
		expect(pickOf(r, 'free-app')?.lines).toEqual([{ code: 'best-rated-free-app', score: 1250 }]);
	});

	it('APIs: the cheaper first whether rated or not, the rated one named as the highest rated', () => {
		const models = [model('u'), model('r', { arena: [rated(1300)] })];
		const r = run(models, [
			offer('cheap-unrated', 'api', ['u'], { price: perUse(1, 1) }),
			offer('dear-rated', 'api', ['r'], { price: perUse(2, 2) })
		]);
		expect(pickId(r, 'api')).toBe('cheap-unrated');
		expect(pickOf(r, 'api')?.lines).toEqual([
			{ code: 'cheapest-api', usage: 1 },
			{
				code: 'highest-rated-api',
				offer: { en: 'Offer dear-rated', ar: 'العرض dear-rated' },
				costUsd: 2,
				score: 1300
			}
		]);
	});

	it('APIs of the same cost: the rated one, and no "highest rated" line for itself', () => {
		const models = [model('u'), model('r', { arena: [rated(1300)] })];
		const r = run(models, [offer('a-unrated', 'api', ['u']), offer('b-rated', 'api', ['r'])]);
		expect(pickId(r, 'api')).toBe('b-rated');
		expect(pickOf(r, 'api')?.lines).toEqual([{ code: 'cheapest-api', usage: 1 }]);
	});
});

describe('picks: a service’s tiers', () => {
	// ChatGPT's shape: a free tier, then two paid ones giving the same models.
	const models = [model('small', { arena: [rated(1300)] }), model('big', { arena: [rated(1300)] })];
	const adds = (en: string) => ({ en, ar: en });
	const free = offer('s-free', 'free-app', ['small'], { tier: { service: 's', rank: 0 } });
	const mid = offer('s-mid', 'subscription', ['small', 'big'], {
		price: monthly(10),
		tier: { service: 's', rank: 1, adds: adds('the big model') }
	});
	const top = offer('s-top', 'subscription', ['small', 'big'], {
		price: monthly(50),
		tier: { service: 's', rank: 2, adds: adds('no limits') }
	});
	const tiers = [free, mid, top];

	it('no budget: the lower paid tier, naming the higher one for heavier use', () => {
		const r = run(models, tiers);
		expect(pickOf(r, 'subscription')).toMatchObject({ option: { offer: { id: 's-mid' } } });
		expect(pickOf(r, 'subscription')?.lines).toEqual([
			{ code: 'lower-tier-enough' },
			{ code: 'heavier-tier', offer: top.name, costUsd: 50 },
			{ code: 'tier-adds', adds: adds('the big model'), over: free.name }
		]);
	});

	it('a budget that holds both: the higher tier, naming the lighter one and that it has the same models', () => {
		const r = run(models, tiers, { budget: 50 });
		expect(pickId(r, 'subscription')).toBe('s-top');
		expect(pickOf(r, 'subscription')?.lines).toEqual([
			{ code: 'best-rated-subscription', score: 1300, withinBudget: true },
			{ code: 'lighter-tier', offer: mid.name, costUsd: 10, sameModels: true }
		]);
	});

	it('a budget that holds the lower only: it, with what it adds over the free tier', () => {
		const r = run(models, tiers, { budget: 20 });
		expect(pickId(r, 'subscription')).toBe('s-mid');
		expect(pickOf(r, 'subscription')?.lines).toEqual([
			{ code: 'subscription-fits' },
			{ code: 'tier-adds', adds: adds('the big model'), over: free.name }
		]);
	});

	it('a lighter tier with other models says so', () => {
		const thinMid = { ...mid, models: ['small'] };
		const r = run(models, [free, thinMid, top], { budget: 100 });
		expect(pickOf(r, 'subscription')?.lines).toContainEqual({
			code: 'lighter-tier',
			offer: mid.name,
			costUsd: 10,
			sameModels: false
		});
	});

	it('a budget below every paid tier: no subscription, and why', () => {
		const r = run(models, tiers, { budget: 9 });
		expect(pickOf(r, 'subscription')).toBeUndefined();
		expect(r.noPicks).toEqual([
			{ kind: 'subscription', why: 'over-budget' },
			{ kind: 'self-hosted', why: 'no-device' },
			{ kind: 'api', why: 'none' }
		]);
		expect(pickId(r, 'free-app')).toBe('s-free');
	});

	it('a higher score beats the tier rule', () => {
		const better = offer('other', 'subscription', ['big'], {
			price: monthly(30),
			rating: rated(1350)
		});
		expect(pickId(run(models, [...tiers, better]), 'subscription')).toBe('other');
		expect(pickId(run(models, [...tiers, better], { budget: 100 }), 'subscription')).toBe('other');
	});

	// Domain bug (reported): the tier rule is applied as a pairwise comparison inside a linear
	// scan, which is not transitive once a third subscription of the same score stands between
	// the tiers by cost. §2: of two tiers of one service that both fit, the higher only (a budget
	// is set); then, between it and the other service's US$30 offer, the order of Recommendations:
	// the cheaper, US$30. The scan keeps s-top (US$50). Flip to `it` once fixed.
	it('a budget: the kept tier against another service of the same score, the cheaper', () => {
		const other = offer('other', 'subscription', ['big'], { price: monthly(30) });
		const r = run(models, [...tiers, other], { budget: 100 });
		expect(pickId(r, 'subscription')).toBe('other');
	});
});

describe('picks: planned and legacy offers', () => {
	const planned = model('p', { status: 'planned', dates: { expected: day('2025-06-01') } });
	const released = model('r');
	const old = model('o', { status: 'legacy', arena: [rated(1390)] });

	it('a planned-only kind: no pick while planned models are left out; the planned one when included', () => {
		const offers = [offer('later', 'free-app', ['p'], { status: 'planned', rating: rated(1300) })];
		const without = run([planned], offers);
		expect(without.picks).toEqual([]);
		expect(without.noPicks).toContainEqual({ kind: 'free-app', why: 'none' });
		expect(without.comingLater.map((o) => o.offer.id)).toEqual(['later']);
		const withPlanned = run([planned], offers, { includePlanned: true });
		expect(pickId(withPlanned, 'free-app')).toBe('later');
	});

	it('released before planned, whatever the score', () => {
		const offers = [
			offer('later', 'free-app', ['p'], { status: 'planned', rating: rated(1400) }),
			offer('now', 'free-app', ['r'], { rating: rated(1000) })
		];
		expect(pickId(run([planned, released], offers, { includePlanned: true }), 'free-app')).toBe(
			'now'
		);
	});

	it('a legacy offer is never a pick, even the only one, the best rated or the only fit', () => {
		const legacyOnly = run(
			[old, model('big', { parameters: { totalB: 8 }, status: 'legacy' })],
			[
				offer('old-app', 'free-app', ['o'], { status: 'legacy' }),
				offer('old-api', 'api', ['o'], { status: 'legacy' }),
				offer('old-sub', 'subscription', ['o'], { status: 'legacy' }),
				offer('old-local', 'self-hosted', ['big'], { status: 'legacy' })
			],
			{ device: 'gpu', vramGb: 24 }
		);
		expect(legacyOnly.recommendations).toHaveLength(4);
		expect(legacyOnly.picks).toEqual([]);
		// Saying nothing fits would be untrue: the superseded offer that fits is named.
		expect(legacyOnly.noPicks).toEqual(
			PICK_KINDS.map((kind) => ({
				kind,
				why: 'only-legacy',
				offer: legacyOnly.recommendations.find((o) => o.offer.kind === kind)?.offer.name
			}))
		);
		const mixed = run(
			[old, released],
			[
				offer('old-app', 'free-app', ['o'], { status: 'legacy' }),
				offer('new-app', 'free-app', ['r'])
			]
		);
		expect(pickId(mixed, 'free-app')).toBe('new-app');
		expect(pickOf(mixed, 'free-app')?.lines).toEqual([{ code: 'only-free-app' }]);
	});

	it('the shipped GPT-2 (legacy) is never the pick on a computer', () => {
		const r = recommend(catalogue, {
			...defaultInputs(),
			device: 'computer',
			ramGb: 4,
			localOnly: true
		});
		expect(r.recommendations.map((o) => o.offer.id)).toEqual(['gpt-2-local']);
		expect(r.picks).toEqual([]);
	});
});

describe('picks: "What for" shows only its kinds', () => {
	const kindsOf = (r: Recommendation) =>
		[...r.picks.map((p) => p.kind), ...r.noPicks.map((n) => n.kind)].sort();
	const cases: { purpose: ChooserInputs['purpose']; kinds: PickKind[] }[] = [
		{ purpose: undefined, kinds: ['api', 'free-app', 'self-hosted', 'subscription'] },
		{ purpose: 'app', kinds: ['free-app', 'subscription'] },
		{ purpose: 'api', kinds: ['api'] },
		{ purpose: 'self', kinds: ['self-hosted'] }
	];
	const others: Partial<ChooserInputs>[] = [
		{},
		{ device: 'gpu', vramGb: 8 },
		{ device: 'phone', localOnly: true, includePlanned: true },
		{ budget: 0, openness: 'required' },
		{ device: 'computer', ramGb: 32, budget: 20 }
	];
	for (const c of cases) {
		it(`for=${c.purpose ?? 'any'}: ${c.kinds.join(', ')}`, () => {
			for (const more of others) {
				const r = recommend(catalogue, { ...defaultInputs(), ...more, purpose: c.purpose });
				expect(kindsOf(r)).toEqual(c.kinds);
				for (const o of r.recommendations) expect(c.kinds).toContain(o.offer.kind);
			}
		});
	}

	it('for=self with no device: nothing picked, and "choose your device"', () => {
		const r = answer('for=self');
		expect(r.picks).toEqual([]);
		expect(r.noPicks).toEqual([{ kind: 'self-hosted', why: 'no-device' }]);
		expect(r.folded.map((o) => o.offer.id)).toEqual([
			'deepseek-local',
			'mistral-small-local',
			'gpt-2-local'
		]);
	});

	it('for=app picks the free app and the subscription only', () => {
		expect(answer('for=app').picks.map((p) => [p.kind, p.option.offer.id])).toEqual([
			['free-app', 'chatgpt-free'],
			['subscription', 'chatgpt-plus']
		]);
	});
});

describe('picks: On your device', () => {
	const size = (id: string, totalB: number, score?: number) =>
		model(id, { parameters: { totalB }, ...(score && { arena: [rated(score)] }) });
	// Needs at 4 bits: 7B ≈ 5.0 GB, 14B ≈ 9.5 GB, 24B ≈ 15.9 GB.
	const models = [size('m7', 7), size('m14', 14), size('m24', 24, 1250)];
	const offers = [
		offer('local-7', 'self-hosted', ['m7']),
		offer('local-14', 'self-hosted', ['m14']),
		offer('local-24', 'self-hosted', ['m24'])
	];

	it('only when a device is chosen: otherwise folded, and "no device"', () => {
		const r = run(models, offers);
		expect(r.picks).toEqual([]);
		expect(r.noPicks).toContainEqual({ kind: 'self-hosted', why: 'no-device' });
		expect(r.folded.map((o) => o.offer.id)).toEqual(['local-7', 'local-14', 'local-24']);
	});

	it('the larger model among those that fit, naming its size', () => {
		const r = run(models, offers, { device: 'gpu', vramGb: 16 });
		// Recommendations agree with the pick: the larger of those with room first, then tight.
		expect(r.recommendations.map((o) => [o.offer.id, o.fit.level])).toEqual([
			['local-14', 'fits'],
			['local-7', 'fits'],
			['local-24', 'tight']
		]);
		const pick = pickOf(r, 'self-hosted')!;
		expect(pick.option.offer.id).toBe('local-14');
		expect(pick.lines).toEqual([
			// The 24B model is only tight ("fits" leaves room to spare, §2): the 14B is the largest.
			{ code: 'largest-that-fits', paramsB: 14 },
			{
				code: 'memory-fits',
				device: 'gpu',
				needGb: memoryNeedGb(14),
				memoryGb: 16,
				usableGb: 16,
				eightBit: false
			}
		]);
	});

	it('says an effective size as such (Gemma 3n’s "E4B")', () => {
		const e4b = model('e4b', { parameters: { totalB: 4, effective: true } });
		const r = run(
			[e4b, size('m1', 1)],
			[offer('e4b-local', 'self-hosted', ['e4b']), offer('m1-local', 'self-hosted', ['m1'])],
			{
				device: 'gpu',
				vramGb: 16
			}
		);
		expect(pickOf(r, 'self-hosted')!.lines[0]).toEqual({
			code: 'largest-that-fits',
			paramsB: 4,
			effective: true
		});
		// Its file holds more than the effective count: no file size is made up from it.
		const [e4bOption, m1Option] = ['e4b-local', 'm1-local'].map((id) =>
			r.recommendations.find((o) => o.offer.id === id)!
		);
		expect(e4bOption!.fileGb).toBeUndefined();
		expect(m1Option!.fileGb).toBeGreaterThan(0);
	});

	it('fits before tight, even when the tight one is larger and rated', () => {
		const r = run(models, offers, { device: 'gpu', vramGb: 12 });
		expect(r.recommendations.map((o) => o.fit.level)).toEqual(['fits', 'tight']);
		expect(pickId(r, 'self-hosted')).toBe('local-7');
	});

	it('only tight ones: the larger of them, with its memory against the person’s', () => {
		const r = run(models, offers, { device: 'computer', ramGb: 24 });
		// 24 GB of a computer leaves 16 for a model: 7B and 14B fit, 24B is short.
		expect(pickId(r, 'self-hosted')).toBe('local-14');
		const tight = run(models, offers, { device: 'phone', ramGb: 20 });
		// A 20 GB phone leaves 10: 7B fits, 14B is tight.
		expect(tight.recommendations.map((o) => [o.offer.id, o.fit.level])).toEqual([
			['local-7', 'fits'],
			['local-14', 'tight']
		]);
		expect(pickId(tight, 'self-hosted')).toBe('local-7');
		const onlyTight = run(models, offers.slice(1), { device: 'phone', ramGb: 20 });
		expect(pickOf(onlyTight, 'self-hosted')?.lines).toEqual([
			{ code: 'only-fit' },
			{
				code: 'memory-tight',
				device: 'phone',
				needGb: memoryNeedGb(14),
				memoryGb: 20,
				usableGb: 10
			}
		]);
	});

	it('a device without its memory: no pick, the offers stay recommended with an unknown fit', () => {
		const r = run(models, offers, { device: 'phone' });
		// A phone of 16 GB leaves 8: the 7B model might fit; the others cannot on any phone.
		expect(r.recommendations.map((o) => [o.offer.id, o.fit.reason.code])).toEqual([
			['local-7', 'memory-not-given']
		]);
		expect(r.notAFit.map((o) => o.failures.map((f) => f.code))).toEqual([
			['beyond-any-device'],
			['beyond-any-device']
		]);
		expect(pickOf(r, 'self-hosted')).toBeUndefined();
		expect(r.folded).toEqual([]);
	});

	it('none with enough memory: "memory-short"', () => {
		const r = run(models, offers, { device: 'gpu', vramGb: 4 });
		expect(r.noPicks).toContainEqual({ kind: 'self-hosted', why: 'memory-short' });
	});

	describe('its line is true of every self-hosted offer in Recommendations that fits', () => {
		const legacy = (id: string, totalB: number) =>
			model(id, { parameters: { totalB }, status: 'legacy' });
		const planned = (id: string, totalB: number) =>
			model(id, { parameters: { totalB }, status: 'planned' });
		const local = (id: string, extra: Partial<Offer> = {}) =>
			offer(`${id}-local`, 'self-hosted', [id], extra);
		const cases: {
			name: string;
			models: Model[];
			offers: Offer[];
			inputs: Partial<ChooserInputs>;
			pick: string;
			line: PickLine;
		}[] = [
			{
				name: 'the only one: "only"',
				models: [size('m7', 7)],
				offers: [local('m7')],
				inputs: { device: 'gpu', vramGb: 16 },
				pick: 'm7-local',
				line: { code: 'only-fit' }
			},
			{
				name: 'a smaller superseded one fits too (§2’s GPT-2): the largest, not "only"',
				models: [size('m3', 3), legacy('old', 1.56)],
				offers: [local('m3'), local('old', { status: 'legacy' })],
				inputs: { device: 'phone', ramGb: 8 },
				pick: 'm3-local',
				line: { code: 'largest-that-fits', paramsB: 3 }
			},
			{
				name: 'a larger superseded one fits too: only that it fits',
				models: [size('m1', 1), legacy('old', 1.56)],
				offers: [local('m1'), local('old', { status: 'legacy' })],
				inputs: { device: 'phone', ramGb: 8 },
				pick: 'm1-local',
				line: { code: 'fits-your-device' }
			},
			{
				name: 'a larger planned one fits too: only that it fits',
				models: [size('m1', 1), planned('later', 3)],
				offers: [local('m1'), local('later', { status: 'planned' })],
				inputs: { device: 'phone', ramGb: 8, includePlanned: true },
				pick: 'm1-local',
				line: { code: 'fits-your-device' }
			},
			{
				name: 'larger ones set apart for different reasons: only that it fits',
				// On a 16 GB card: 7B fits, a superseded 8B fits, 24B only just.
				models: [size('m7', 7), legacy('old', 8), size('m24', 24)],
				offers: [local('m7'), local('old', { status: 'legacy' }), local('m24')],
				inputs: { device: 'gpu', vramGb: 16 },
				pick: 'm7-local',
				line: { code: 'fits-your-device' }
			},
			{
				name: 'a larger one that does not fit is not counted',
				models: [size('m7', 7), size('m70', 70)],
				offers: [local('m7'), local('m70')],
				inputs: { device: 'gpu', vramGb: 16 },
				pick: 'm7-local',
				line: { code: 'only-fit' }
			}
		];
		for (const c of cases) {
			it(c.name, () => {
				const r = run(c.models, c.offers, c.inputs);
				const pick = pickOf(r, 'self-hosted')!;
				expect(pick.option.offer.id).toBe(c.pick);
				expect(pick.lines[0]).toEqual(c.line);
			});
		}

		it('an imported 3B model on an 8 GB phone beside the shipped GPT-2: the largest, not the only one', () => {
			const llama = size('llama-3.2-3b-instruct', 3.21);
			const r = recommend(
				{
					...catalogue,
					models: [...catalogue.models, llama],
					offers: [...catalogue.offers, local(llama.id)]
				},
				{ ...defaultInputs(), device: 'phone', ramGb: 8 }
			);
			const fitting = r.recommendations.filter(
				(o) => o.offer.kind === 'self-hosted' && o.fit.level === 'fits'
			);
			expect(fitting.map((o) => o.offer.id).sort()).toEqual([
				'gpt-2-local',
				'llama-3.2-3b-instruct-local'
			]);
			expect(pickOf(r, 'self-hosted')?.lines[0]).toEqual({
				code: 'largest-that-fits',
				paramsB: 3.21
			});
		});
	});
});

// --- Properties ----------------------------------------------------------------------------------

/** Any valid set of inputs (the link codec's promise), budgets and usage near the real ones. */
const validInputs: fc.Arbitrary<ChooserInputs> = fc
	.record({
		device: fc.option(fc.constantFrom(...DEVICES), { nil: undefined }),
		memory: fc.option(fc.oneof(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 256 })), {
			nil: undefined
		}),
		localOnly: fc.boolean(),
		purpose: fc.option(fc.constantFrom(...PURPOSES), { nil: undefined }),
		budget: fc.option(
			fc.oneof(fc.constantFrom(0, 20, 50, 200), fc.integer({ min: 0, max: 10_000 })),
			{ nil: undefined }
		),
		openness: fc.constantFrom(...OPENNESS_CHOICES),
		includePlanned: fc.boolean(),
		usage: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10),
		sort: fc.constantFrom(...SORT_ORDERS)
	})
	.map(({ device, memory, budget, purpose, ...rest }) => {
		const inputs: ChooserInputs = { ...rest };
		if (device) inputs.device = device;
		if (device === 'gpu' && memory !== undefined) inputs.vramGb = memory;
		if ((device === 'phone' || device === 'computer') && memory !== undefined) {
			inputs.ramGb = memory;
		}
		if (budget !== undefined) inputs.budget = budget;
		if (purpose !== undefined) inputs.purpose = purpose;
		return inputs;
	});

/** What a person sees of the answer: the picks' kinds, offers and lines, and why none. */
const seen = (r: Recommendation) => ({
	picks: r.picks.map((p) => [p.kind, p.option.offer.id, p.lines]),
	noPicks: r.noPicks
});

const small = syntheticCatalogue(300, 7);
const catalogues = [
	['the shipped catalogue', catalogue],
	['a synthetic catalogue of 300 offers', small],
	[
		'a synthetic catalogue of 300 offers with the shapes of public lists',
		syntheticCatalogue(300, 7, { imported: true })
	]
] as const;

describe('picks: openness preferred', () => {
	it('/?open=preferred: the open DeepSeek app, not the higher-rated ChatGPT Free, and says so', () => {
		const r = answer('?open=preferred');
		expect(pickOf(r, 'free-app')?.option.offer.id).toBe('deepseek-app');
		// The only open free app: its line says it fits, never that it is the highest rated.
		expect(pickOf(r, 'free-app')?.lines).toEqual([
			{ code: 'more-open' },
			{ code: 'only-free-app' }
		]);
		// No subscription is open: the pick is the one without the preference, and says nothing of it.
		const plain = pickOf(answer(''), 'subscription');
		expect(pickOf(r, 'subscription')?.option.offer.id).toBe(plain?.option.offer.id);
		expect(pickOf(r, 'subscription')?.lines).toEqual(plain?.lines);
		// The cheapest API is open anyway; the highest rated it names is among the open ones.
		expect(pickOf(r, 'api')?.option.offer.id).toBe('deepseek-api');
		expect(pickOf(r, 'api')?.lines[0]).toEqual({ code: 'more-open' });
		expect(summary(answer('?open=any').picks)).toEqual(summary(answer('').picks));
	});

	it('never takes an open model that is planned, or fits less well, over a closed one', () => {
		const models = [
			model('closed', { openness: 'closed', arena: [rated(1300)] }),
			model('open-later', { status: 'planned', arena: [rated(1400)] }),
			model('unstated', { openness: 'unknown', arena: [rated(1100)] })
		];
		const offers = [
			offer('closed-app', 'free-app', ['closed']),
			offer('open-later-app', 'free-app', ['open-later'], { status: 'planned' }),
			offer('unstated-app', 'free-app', ['unstated'])
		];
		// Planned offers left out: of the released, not stated is more open than closed.
		const r = run(models, offers, { openness: 'preferred' });
		expect(pickId(r, 'free-app')).toBe('unstated-app');
		expect(pickOf(r, 'free-app')?.lines).toEqual([
			{ code: 'more-open' },
			{ code: 'only-free-app' }
		]);
		// On your device: its line speaks of its own kind's offers, whatever the other kinds' openness.
		const local = run(
			[model('open', {}), model('u7', { openness: 'unknown', parameters: { totalB: 7 } })],
			[offer('open-app', 'free-app', ['open']), offer('u7-local', 'self-hosted', ['u7'])],
			{ openness: 'preferred', device: 'gpu', vramGb: 16 }
		);
		expect(pickId(local, 'self-hosted')).toBe('u7-local');
		expect(pickOf(local, 'self-hosted')?.lines[0]).toEqual({ code: 'only-fit' });
		// Planned ones included: released before planned comes first, whatever its openness.
		const withPlanned = run(models, offers, { openness: 'preferred', includePlanned: true });
		expect(pickId(withPlanned, 'free-app')).toBe('unstated-app');
	});
});

describe('picks: properties', () => {
	it('the generated inputs are valid', () => {
		fc.assert(
			fc.property(validInputs, (inputs) => {
				expect(isValidInputs(inputs)).toBe(true);
			})
		);
	});

	for (const [name, cat] of catalogues) {
		describe(name, () => {
			it('every pick is a member of Recommendations (the same object), of its kind, never legacy', () => {
				fc.assert(
					fc.property(validInputs, (inputs) => {
						const r = recommend(cat, inputs);
						const kinds = r.picks.map((p) => p.kind);
						expect(kinds).toEqual(PICK_KINDS.filter((k) => kinds.includes(k)));
						for (const p of r.picks) {
							expect(r.recommendations.includes(p.option)).toBe(true);
							expect(p.option.offer.kind).toBe(p.kind);
							expect(p.option.status).not.toBe('legacy');
							expect(['fits', 'tight', 'unknown']).toContain(p.option.fit.level);
							if (p.kind === 'self-hosted') {
								expect(inputs.device).toBeDefined();
								expect(['fits', 'tight']).toContain(p.option.fit.level);
							}
							if (p.kind === 'subscription' && inputs.budget !== undefined) {
								expect(p.option.monthlyCost).toBeLessThanOrEqual(inputs.budget);
							}
							// A partly known API is a pick only when no fully known one is a candidate.
							if (p.kind === 'api' && p.option.fees) {
								const known = r.recommendations.filter(
									(o) => o.offer.kind === 'api' && o.status !== 'legacy' && !o.fees
								);
								expect(known).toEqual([]);
								expect(p.lines[0]?.code).toBe('cheapest-api-fees');
							}
							expect(p.option.models.some((m) => (m.task ?? 'chat') === 'chat')).toBe(true);
						}
						for (const n of r.noPicks) expect(kinds).not.toContain(n.kind);
						for (const o of r.folded) expect(r.recommendations.includes(o)).toBe(true);
					}),
					{ numRuns: 300 }
				);
			});

			it('any order of the same catalogue gives the same picks', () => {
				fc.assert(
					fc.property(
						validInputs,
						fc.shuffledSubarray(cat.models as Model[], {
							minLength: cat.models.length,
							maxLength: cat.models.length
						}),
						fc.shuffledSubarray(cat.offers as Offer[], {
							minLength: cat.offers.length,
							maxLength: cat.offers.length
						}),
						(inputs, models, offers) => {
							expect(seen(recommend({ models, offers }, inputs))).toEqual(
								seen(recommend(cat, inputs))
							);
						}
					),
					{ numRuns: name.startsWith('the shipped') ? 300 : 60 }
				);
			});

			it('the chosen sort never changes the picks', () => {
				fc.assert(
					fc.property(validInputs, (inputs) => {
						const each = SORT_ORDERS.map((sort) => seen(recommend(cat, { ...inputs, sort })).picks);
						expect(each[1]).toEqual(each[0]);
						expect(each[2]).toEqual(each[0]);
					}),
					{ numRuns: 300 }
				);
			});
		});
	}
});

describe('picks: why a kind has no pick', () => {
	// When every offer of a kind fails on the device for different device reasons, the "why" is
	// the first in FAILURE_CODES' order, never the first in a list whose order follows the sort.
	it('does not change with the chosen sort', () => {
		const models = [
			model('new', { dates: { released: day('2025-02-01') } }),
			model('old', { dates: { released: day('2024-01-01') } })
		];
		const offers = [
			offer('on-a-phone', 'self-hosted', ['new'], { runsOn: { place: 'phone' } }),
			offer('on-a-card', 'self-hosted', ['old'], { runsOn: { place: 'gpu' }, rating: rated(1300) })
		];
		const why = (sort: ChooserInputs['sort']) =>
			run(models, offers, { device: 'computer', sort }).noPicks.find(
				(n) => n.kind === 'self-hosted'
			)?.why;
		expect(why('cheap')).toBe('needs-phone');
		expect(why('rated')).toBe(why('cheap'));
	});

	it('names the rule every offer of the kind breaks', () => {
		expect(answer('open=required&budget=0').noPicks).toEqual([
			{ kind: 'subscription', why: 'closed-weights' },
			{ kind: 'self-hosted', why: 'no-device' },
			{ kind: 'api', why: 'over-budget' }
		]);
		expect(answer('device=gpu&vram=8&local=1').noPicks).toEqual([
			{ kind: 'free-app', why: 'runs-in-cloud' },
			{ kind: 'subscription', why: 'runs-in-cloud' },
			{ kind: 'api', why: 'runs-in-cloud' }
		]);
	});

	// Planned offers cannot be picked while planned models are left out, so they do not count:
	// at `/?budget=10` both released subscriptions are over budget, whatever GPT-5's price.
	it('names the rule of the released offers at /?budget=10: over budget', () => {
		expect(answer('budget=10').noPicks).toEqual([
			{ kind: 'subscription', why: 'over-budget' },
			{ kind: 'self-hosted', why: 'no-device' }
		]);
	});

	it('asks for the memory when a device is chosen without it and a model may fit', () => {
		for (const device of ['phone', 'computer', 'gpu'] as const) {
			expect(answer(`device=${device}`).noPicks).toContainEqual({
				kind: 'self-hosted',
				why: 'memory-not-given',
				device
			});
		}
		// With the memory given, what fails is said instead.
		expect(answer('device=phone&ram=2').noPicks).toContainEqual({
			kind: 'self-hosted',
			why: 'memory-short'
		});
	});

	it('names the superseded model when it is the only one that fits (never "nothing fits")', () => {
		// An 8 GB phone leaves 4 GB: GPT-2 (1.5 GB) fits, the 7B model (5.4 GB) does not.
		const r = answer('device=phone&ram=8');
		expect(r.picks.find((p) => p.kind === 'self-hosted')).toBeUndefined();
		expect(r.noPicks).toContainEqual({
			kind: 'self-hosted',
			why: 'only-legacy',
			offer: { en: 'GPT-2 on your device', ar: 'GPT-2 على جهازك' }
		});
	});
});

describe('picks: partly known prices (PRODUCT.md §10)', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const models = [model('m', { arena: [rated(1200)] }), model('top', { arena: [rated(1400)] })];
	const withFees = (input: number, output: number): Offer['price'] =>
		({
			...perUse(input, output),
			fees: [SEARCH]
		}) as Offer['price'];
	// At 1 million tokens: "cheap" US$1 of tokens plus searches; "known" US$3; "rated" US$6.
	const cheap = offer('cheap', 'api', ['top'], { price: withFees(1, 1) });
	const known = offer('known', 'api', ['m'], { price: perUse(3, 3) });
	const dearRated = offer('rated', 'api', ['top'], { price: perUse(6, 6) });
	const ratedFees = offer('rated-fees', 'api', ['top'], { price: withFees(2, 2) });

	const cases: {
		what: string;
		offers: Offer[];
		inputs?: Partial<ChooserInputs>;
		pick: string | undefined;
		lines: PickLine[];
	}[] = [
		{
			what: 'a fully known API beats a cheaper partly known one',
			offers: [cheap, known],
			pick: 'known',
			lines: [{ code: 'cheapest-api', usage: 1 }]
		},
		{
			what: 'the same with a budget that holds both',
			offers: [cheap, known],
			inputs: { budget: 10 },
			pick: 'known',
			lines: [{ code: 'cheapest-api', usage: 1 }]
		},
		{
			what: 'only partly known APIs: the cheapest tokens, and the line names the fee',
			offers: [cheap],
			pick: 'cheap',
			lines: [{ code: 'cheapest-api-fees', usage: 1, fees: [SEARCH] }]
		},
		{
			what: 'the fully known one over the budget: the partly known one, saying the fee',
			offers: [cheap, known],
			inputs: { budget: 2 },
			pick: 'cheap',
			lines: [{ code: 'cheapest-api-fees', usage: 1, fees: [SEARCH] }]
		},
		{
			what: 'the highest-rated API named is one of fully known price',
			offers: [known, ratedFees, dearRated],
			pick: 'known',
			lines: [
				{ code: 'cheapest-api', usage: 1 },
				{ code: 'highest-rated-api', offer: dearRated.name, costUsd: 6, score: 1400 }
			]
		},
		{
			what: 'no highest-rated line for a partly known one alone',
			offers: [known, ratedFees],
			pick: 'known',
			lines: [{ code: 'cheapest-api', usage: 1 }]
		}
	];
	for (const c of cases) {
		it(c.what, () => {
			const r = run(models, c.offers, c.inputs);
			expect(pickId(r, 'api')).toBe(c.pick);
			expect(pickOf(r, 'api')?.lines).toEqual(c.lines);
		});
	}

	it('a pick of partly known price shows its cost as tokens only, with its fees', () => {
		const pick = pickOf(run(models, [cheap]), 'api')!;
		expect(pick.option.monthlyCost).toBe(1);
		expect(pick.option.fees).toEqual([SEARCH]);
	});
});

describe('picks: models that do not chat and openness not stated', () => {
	it('a non-chat model is never a pick, even the only free app or the best rated', () => {
		const models = [
			model('embed', { task: 'embedding', arena: [rated(1500)] }),
			model('chat', { arena: [rated(1000)] })
		];
		const r = run(models, [
			offer('embed-app', 'free-app', ['embed']),
			offer('embed-api', 'api', ['embed'], { price: perUse(0, 0.01) })
		]);
		expect(r.picks).toEqual([]);
		const withChat = run(models, [
			offer('embed-app', 'free-app', ['embed']),
			offer('chat-app', 'free-app', ['chat'])
		]);
		expect(pickId(withChat, 'free-app')).toBe('chat-app');
		expect(pickOf(withChat, 'free-app')?.lines).toEqual([{ code: 'only-free-app' }]);
	});

	it('openness required: a kind of unstated openness only has no pick, and says why', () => {
		const r = run([model('u', { openness: 'unknown' })], [offer('u-app', 'free-app', ['u'])], {
			openness: 'required'
		});
		expect(r.picks).toEqual([]);
		expect(r.noPicks).toContainEqual({ kind: 'free-app', why: 'openness-unknown' });
	});
});
