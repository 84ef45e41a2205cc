import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import { ModelSchema, OfferSchema, type Fee, type Model, type Offer } from './catalogue';
import { defaultInputs, SORT_ORDERS, type ChooserInputs } from './inputs';
import { memoryNeedGb } from './memory';
import { offerOpenness, offersNoChat } from './offer-traits';
import { applyEdits } from './overlay';
import { feesOf, monthlyCost } from './pricing';
import { FAILURE_CODES, type Option, type Reason } from './answer';
import { groupByFailure } from './failure-groups';
import { PURPOSE_KINDS } from './judged';
import { recommend } from './recommend';
import { decodeShareLink, encodeShareLink } from './share-link';
import { handModel, handOffer, syntheticCatalogue } from './synthetic';

const ids = (list: Option[]) => list.map((o) => o.offer.id);
const run = (changes: Partial<ChooserInputs>) =>
	recommend(catalogue, { ...defaultInputs(), ...changes });
const failures = (list: Option[]) => Object.fromEntries(list.map((o) => [o.offer.id, o.failures]));
const find = (list: Option[], id: string) => list.find((o) => o.offer.id === id);
/** What the shipped models need at 4 bits (PRODUCT.md §9): about 5.4, 15.7 and 1.5 GB. */
const NEED = {
	distill7b: memoryNeedGb(7.615616512),
	mistralSmall: memoryNeedGb(23.6),
	gpt2: memoryNeedGb(1.558)
};

/**
 * The six scenarios, worked by hand from PRODUCT.md §2 before the code ran. Costs at the
 * default usage of 1 million tokens: DeepSeek API 0.685, R1 1.37, o3-mini API 2.75, Mistral
 * Large 4, GPT-4o API 6.25, Plus 20, GPT-4 API 45, Pro 200. Memory from the models' sizes
 * (§9): the distilled 7B about 5.4 GB, Mistral Small 3 about 15.7 GB, GPT-2 about 1.5 GB.
 */
describe('recommend: the six scenarios', () => {
	it('1. defaults: every released offer, cheapest first, known fits before unknown ones; planned later', () => {
		const r = run({});
		expect(ids(r.recommendations)).toEqual([
			'chatgpt-free', // US$0, fits, newest model 2025-01-31
			'deepseek-app', // US$0, fits, 2025-01-20
			'gemini-app', // US$0, fits, 2023-12-06
			'deepseek-local', // US$0, device unknown, needs about 5.4 GB
			'mistral-small-local', // US$0, device unknown, needs about 15.7 GB
			'deepseek-api',
			'deepseek-api-r1',
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'chatgpt-plus',
			'openai-api-gpt-4',
			'chatgpt-pro',
			'gpt-2-local' // legacy comes last
		]);
		expect(r.notAFit).toEqual([]);
		expect(ids(r.comingLater)).toEqual([
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-5-chatgpt' // price unknown sorts after known
		]);
		expect(r.relaxations).toEqual([]);
		// The self-hosted ones are folded into one group until a device is chosen.
		expect(ids(r.folded)).toEqual(['deepseek-local', 'mistral-small-local', 'gpt-2-local']);
	});

	it('2. phone + on-device + planned: the phone-side model is recommended, the o3-mini-class one needs a GPU', () => {
		const r = run({ device: 'phone', localOnly: true, includePlanned: true });
		// The phone's memory is not given: models that a 16 GB phone could hold stay, of unknown fit.
		expect(ids(r.recommendations)).toEqual([
			'deepseek-local',
			'phone-side-open-local',
			'gpt-2-local'
		]);
		expect(r.recommendations.map((o) => o.fit.level)).toEqual(['unknown', 'fits', 'unknown']);
		expect(r.comingLater).toEqual([]);
		const no = failures(r.notAFit);
		expect(no['o3-mini-class-open-local']).toEqual([{ code: 'needs-gpu' }]);
		// No phone has the memory for Mistral Small 3: a 16 GB one leaves 8 GB for a model.
		expect(no['mistral-small-local']).toEqual([
			{ code: 'beyond-any-device', device: 'phone', needGb: NEED.mistralSmall, largestGb: 16 }
		]);
		expect(no['chatgpt-free']).toEqual([{ code: 'runs-in-cloud' }]);
		expect(no['gpt-5-chatgpt']).toEqual([{ code: 'runs-in-cloud' }]);
		expect(r.notAFit).toHaveLength(14);
	});

	it('3. GPU + openness required + budget 0: DeepSeek’s free offers, no closed model', () => {
		const r = run({ device: 'gpu', openness: 'required', budget: 0 });
		expect(ids(r.recommendations)).toEqual([
			'deepseek-app',
			'deepseek-local',
			'mistral-small-local',
			'gpt-2-local'
		]);
		// Every planned offer is coming later, whatever it breaks; what it would break is its reason.
		expect(ids(r.comingLater)).toEqual([
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-5-chatgpt'
		]);
		expect(r.comingLater.map((o) => o.failures)).toEqual([[], [], []]);
		expect(find(r.comingLater, 'phone-side-open-local')?.reasons).toContainEqual({
			code: 'needs-phone'
		});
		const gpt5 = find(r.comingLater, 'gpt-5-chatgpt')?.reasons.map((x) => x.code);
		expect(gpt5).toContain('closed-weights');
		// Its price is not announced because it is planned: the card's cost says so, once.
		expect(gpt5).not.toContain('price-unknown');
		const no = failures(r.notAFit);
		const closed = { code: 'closed-weights' };
		const over = (costUsd: number) => ({ code: 'over-budget', costUsd, budgetUsd: 0 });
		expect(no).toEqual({
			'chatgpt-free': [closed],
			'gemini-app': [closed],
			'deepseek-api': [over(0.685)],
			'deepseek-api-r1': [over(1.37)],
			'openai-api-o3-mini': [closed, over(2.75)],
			'mistral-large-api': [closed, over(4)],
			'openai-api-gpt-4o': [closed, over(6.25)],
			'chatgpt-plus': [closed, over(20)],
			'openai-api-gpt-4': [closed, over(45)],
			'chatgpt-pro': [closed, over(200)]
		});
		// Nearest misses first: one failure before two.
		expect(ids(r.notAFit)).toEqual([
			'chatgpt-free',
			'gemini-app',
			'deepseek-api',
			'deepseek-api-r1',
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'chatgpt-plus',
			'openai-api-gpt-4',
			'chatgpt-pro'
		]);
		for (const offer of [
			'openai-api-gpt-4',
			'openai-api-gpt-4o',
			'chatgpt-free',
			'chatgpt-plus',
			'chatgpt-pro'
		]) {
			expect(no[offer]).toContainEqual(closed);
		}
	});

	it('4. budget US$20: ChatGPT Plus fits, Pro is not a fit for its US$200', () => {
		const r = run({ budget: 20 });
		expect(ids(r.recommendations)).toEqual([
			'chatgpt-free',
			'deepseek-app',
			'gemini-app',
			'deepseek-local',
			'mistral-small-local',
			'deepseek-api',
			'deepseek-api-r1',
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'chatgpt-plus',
			'gpt-2-local'
		]);
		expect(r.recommendations.find((o) => o.offer.id === 'chatgpt-plus')?.reasons).toContainEqual({
			code: 'within-budget',
			costUsd: 20,
			budgetUsd: 20
		});
		expect(failures(r.notAFit)).toEqual({
			'openai-api-gpt-4': [{ code: 'over-budget', costUsd: 45, budgetUsd: 20 }],
			'chatgpt-pro': [{ code: 'over-budget', costUsd: 200, budgetUsd: 20 }]
		});
		expect(ids(r.notAFit)).toEqual(['openai-api-gpt-4', 'chatgpt-pro']);
		// GPT-5 is not yet available: a budget does not make it "Not a fit" for its price.
		expect(ids(r.comingLater)).toEqual([
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-5-chatgpt'
		]);
		expect(find(r.comingLater, 'gpt-5-chatgpt')?.reasons.map((x) => x.code)).toEqual(['planned']);
	});

	it('5. planned models excluded: GPT-5 is coming later; included, it is recommended after the released', () => {
		expect(ids(run({}).comingLater)).toContain('gpt-5-chatgpt');
		const included = run({ includePlanned: true });
		expect(ids(included.recommendations).slice(-4)).toEqual([
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-5-chatgpt',
			'gpt-2-local'
		]);
		expect(included.comingLater).toEqual([]);
		expect(
			included.recommendations.find((o) => o.offer.id === 'gpt-5-chatgpt')?.reasons
		).toContainEqual({
			code: 'planned',
			expected: {
				precision: 'approximate',
				value: '2025-11',
				label: { en: 'late 2025', ar: 'أواخر عام 2025' }
			}
		});
	});

	it('6. a 2 GB phone + on-device, planned excluded: empty, and the changes that would give results', () => {
		// Of unknown memory, a phone might hold the 7B and GPT-2: the list is not empty.
		expect(ids(run({ device: 'phone', localOnly: true }).recommendations)).toEqual([
			'deepseek-local',
			'gpt-2-local'
		]);
		const r = run({ device: 'phone', ramGb: 2, localOnly: true });
		expect(r.recommendations).toEqual([]);
		expect(ids(r.comingLater)).toEqual([
			'phone-side-open-local',
			'o3-mini-class-open-local',
			'gpt-5-chatgpt'
		]);
		expect(r.notAFit).toHaveLength(14);
		expect(r.relaxations.map((x) => [x.change, x.count, x.best.offer.id])).toEqual([
			[{ input: 'device', to: 'computer' }, 3, 'deepseek-local'],
			[{ input: 'device', to: 'gpu' }, 3, 'deepseek-local'],
			// A 4 GB phone leaves 2 GB for a model: GPT-2's 1.5 GB fits.
			[{ input: 'ramGb', to: 4 }, 1, 'gpt-2-local'],
			[{ input: 'localOnly', to: false }, 11, 'chatgpt-free'],
			[{ input: 'includePlanned', to: true }, 1, 'phone-side-open-local']
		]);
	});
});

describe('recommend: each hard rule', () => {
	const cases: { name: string; inputs: Partial<ChooserInputs>; offer: string; fails: Reason[] }[] =
		[
			{
				name: 'runs in the cloud, on-device only',
				inputs: { localOnly: true },
				offer: 'deepseek-app',
				fails: [{ code: 'runs-in-cloud' }]
			},
			{
				name: 'closed weights, openness required',
				inputs: { openness: 'required' },
				offer: 'gemini-app',
				fails: [{ code: 'closed-weights' }]
			},
			{
				name: 'over budget',
				inputs: { budget: 19 },
				offer: 'chatgpt-plus',
				fails: [{ code: 'over-budget', costUsd: 20, budgetUsd: 19 }]
			},
			{
				name: 'per-use over budget at heavy usage',
				inputs: { budget: 100, usage: 20 },
				offer: 'openai-api-gpt-4o',
				fails: [{ code: 'over-budget', costUsd: 125, budgetUsd: 100 }]
			},
			{
				name: 'price not announced with a budget',
				inputs: { budget: 10_000, includePlanned: true },
				offer: 'gpt-5-chatgpt',
				fails: [{ code: 'price-unknown' }]
			},
			{
				name: 'graphics card memory short',
				inputs: { device: 'gpu', vramGb: 12 },
				offer: 'mistral-small-local',
				fails: [
					{
						code: 'memory-short',
						device: 'gpu',
						needGb: NEED.mistralSmall,
						memoryGb: 12,
						usableGb: 12
					}
				]
			},
			{
				name: 'phone memory short: a 2 GB phone leaves 1 GB',
				inputs: { device: 'phone', ramGb: 2 },
				offer: 'gpt-2-local',
				fails: [
					{ code: 'memory-short', device: 'phone', needGb: NEED.gpt2, memoryGb: 2, usableGb: 1 }
				]
			},
			{
				name: 'computer memory short: an 8 GB computer leaves 5⅓ GB',
				inputs: { device: 'computer', ramGb: 8 },
				offer: 'deepseek-local',
				fails: [
					{
						code: 'memory-short',
						device: 'computer',
						needGb: NEED.distill7b,
						memoryGb: 8,
						usableGb: 16 / 3
					}
				]
			},
			{
				name: 'beyond any phone, memory not given',
				inputs: { device: 'phone' },
				offer: 'mistral-small-local',
				fails: [
					{ code: 'beyond-any-device', device: 'phone', needGb: NEED.mistralSmall, largestGb: 16 }
				]
			},
			{
				name: 'a graphics card only, on a computer',
				inputs: { device: 'computer', ramGb: 64, includePlanned: true },
				offer: 'o3-mini-class-open-local',
				fails: [{ code: 'needs-gpu' }]
			},
			{
				name: 'a phone app, on a graphics card',
				inputs: { device: 'gpu', vramGb: 24, includePlanned: true },
				offer: 'phone-side-open-local',
				fails: [{ code: 'needs-phone' }]
			},
			{
				name: 'another kind than "What for" asks: a subscription for an API',
				inputs: { purpose: 'api' },
				offer: 'chatgpt-plus',
				fails: [{ code: 'other-purpose', purpose: 'api' }]
			},
			{
				name: 'another kind than "What for" asks: an API for an app',
				inputs: { purpose: 'app' },
				offer: 'deepseek-api',
				fails: [{ code: 'other-purpose', purpose: 'app' }]
			},
			{
				name: 'another kind than "What for" asks: an app to run myself',
				inputs: { purpose: 'self', device: 'gpu', vramGb: 8 },
				offer: 'deepseek-app',
				fails: [{ code: 'other-purpose', purpose: 'self' }]
			},
			{
				name: 'every failure at once',
				inputs: {
					device: 'phone',
					localOnly: true,
					openness: 'required',
					purpose: 'self',
					budget: 10
				},
				offer: 'chatgpt-pro',
				fails: [
					{ code: 'runs-in-cloud' },
					{ code: 'closed-weights' },
					{ code: 'other-purpose', purpose: 'self' },
					{ code: 'over-budget', costUsd: 200, budgetUsd: 10 }
				]
			}
		];
	for (const c of cases) {
		// Of another kind than "What for" asks, an offer is in its own group, which says so: its
		// failures there are the other rules it breaks.
		const otherKind = c.fails.some((f) => f.code === 'other-purpose');
		const where = otherKind ? 'of another kind' : 'not a fit';
		it(`${c.name}: ${c.offer} is ${where}, with every reason`, () => {
			const r = run(c.inputs);
			const [list, other] = otherKind ? [r.otherKinds, r.notAFit] : [r.notAFit, r.otherKinds];
			expect(find(list, c.offer)?.failures).toEqual(
				c.fails.filter((f) => f.code !== 'other-purpose')
			);
			expect(ids(other)).not.toContain(c.offer);
			expect(ids(r.recommendations)).not.toContain(c.offer);
			expect(ids(r.comingLater)).not.toContain(c.offer);
		});
	}

	it('"What for" keeps only its kinds in Recommendations', () => {
		const kinds = (purpose: ChooserInputs['purpose']) => [
			...new Set(
				run({ purpose, device: 'gpu', vramGb: 24 }).recommendations.map((o) => o.offer.kind)
			)
		];
		expect(kinds('app').sort()).toEqual(['free-app', 'subscription']);
		expect(kinds('api')).toEqual(['api']);
		expect(kinds('self')).toEqual(['self-hosted']);
		expect(kinds(undefined).sort()).toEqual(['api', 'free-app', 'self-hosted', 'subscription']);
	});

	it('a budget exactly at the cost passes', () => {
		expect(ids(run({ budget: 200 }).recommendations)).toContain('chatgpt-pro');
	});

	it('prices per-use offers at half input plus half output, times usage', () => {
		const price: Offer['price'] = { type: 'per-use', inputPerMTok: 2.5, outputPerMTok: 10 };
		expect(monthlyCost(price, 1)).toBe(6.25);
		expect(monthlyCost(price, 5)).toBe(31.25);
		expect(monthlyCost({ type: 'per-use', inputPerMTok: 1.1, outputPerMTok: 4.4 }, 0.1)).toBe(
			0.275
		);
		expect(monthlyCost({ type: 'monthly', usdPerMonth: 20 }, 1000)).toBe(20);
		expect(monthlyCost({ type: 'unknown' }, 1)).toBeUndefined();
		expect(
			run({ usage: 5 }).recommendations.find((o) => o.offer.id === 'openai-api-gpt-4o')?.monthlyCost
		).toBe(31.25);
	});
});

describe('recommend: API offers against the subscriptions that give the same model', () => {
	it('says where a per-use offer breaks even with the cheapest subscription', () => {
		const api = run({ usage: 5 }).recommendations.find((o) => o.offer.id === 'openai-api-gpt-4o');
		expect(api?.reasons).toContainEqual({
			code: 'versus-subscription',
			usage: 5,
			costUsd: 31.25,
			offer: { en: 'GPT-4o via the OpenAI API', ar: 'GPT-4o عبر واجهة OpenAI البرمجية' },
			subscription: { en: 'ChatGPT Plus', ar: 'ChatGPT Plus' },
			subscriptionUsd: 20,
			breakEvenUsage: 3.2
		});
		const deepseek = run({}).recommendations.find((o) => o.offer.id === 'deepseek-api');
		expect(deepseek?.reasons.map((r) => r.code)).not.toContain('versus-subscription');
	});
});

describe('recommend: ranking', () => {
	it('puts open weights first within a status when openness is preferred', () => {
		const r = run({ openness: 'preferred' });
		// The closed ones say why they come after the open ones; the open ones never do.
		for (const o of r.recommendations) {
			const after = o.reasons.some((x) => x.code === 'closed-after-open');
			expect(after, o.offer.id).toBe(o.openness === 'closed');
		}
		expect(ids(r.recommendations)).toEqual([
			'deepseek-app',
			'deepseek-local',
			'mistral-small-local',
			'deepseek-api',
			'deepseek-api-r1',
			'chatgpt-free',
			'gemini-app',
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'chatgpt-plus',
			'openai-api-gpt-4',
			'chatgpt-pro',
			'gpt-2-local'
		]);
	});

	it('ranks fits before tight before unknown, then lower hardware need', () => {
		const r = run({ device: 'gpu', vramGb: 20, localOnly: true, includePlanned: true });
		expect(ids(r.recommendations)).toEqual([
			'deepseek-local', // needs about 5.4: fits, 20 ≥ 1.3 × 5.4
			'mistral-small-local', // needs about 15.7: tight, 15.7 ≤ 20 < 1.3 × 15.7 ≈ 20.4
			'o3-mini-class-open-local', // planned, memory unknown
			'gpt-2-local' // legacy
		]);
		expect(r.recommendations.map((o) => o.fit.level)).toEqual(['fits', 'tight', 'unknown', 'fits']);
	});

	it('puts the larger of the open models that fit first, as the pick does, never the tiniest', () => {
		// A list of hundreds of free open models: at equal price and fit, "lower memory need"
		// first showed 0.35B and 1B models at the top for a 24 GB or an 80 GB card.
		const sizes = [0.35, 1.2, 3, 8, 14, 27, 32, 70, 123];
		const models = sizes.map((b) => handModel(`m${b}`, { parameters: { totalB: b } }));
		const offers = sizes.map((b) => handOffer(`local-${b}`, 'self-hosted', [`m${b}`]));
		const order = (vramGb: number) =>
			recommend(
				{ models, offers },
				{ ...defaultInputs(), device: 'gpu', vramGb }
			).recommendations.map((o) => [o.offer.id, o.fit.level]);
		// 24 GB: 27B needs about 17.9 GB (fits: 24 ≥ 1.3 × 17.9), 32B about 21.1 GB (tight).
		expect(order(24)).toEqual([
			...['27', '14', '8', '3', '1.2', '0.35'].map((b) => [`local-${b}`, 'fits']),
			['local-32', 'tight']
		]);
		// 80 GB: 70B needs about 45.5 GB (fits), 123B about 79.6 GB (tight).
		expect(order(80)).toEqual([
			...['70', '32', '27', '14', '8', '3', '1.2', '0.35'].map((b) => [`local-${b}`, 'fits']),
			['local-123', 'tight']
		]);
		// With no device the need is a condition to check: the smaller needs first.
		expect(
			recommend({ models, offers }, defaultInputs())
				.folded.map((o) => o.offer.id)
				.slice(0, 3)
		).toEqual(['local-0.35', 'local-1.2', 'local-3']);
	});

	it('breaks ties by newer model, then by id', () => {
		const base = catalogue.offers.find((o) => o.id === 'deepseek-app')!;
		const twin = (id: string, models: string[]): Offer => ({ ...base, id, models });
		const r = recommend(
			{
				models: catalogue.models,
				offers: [twin('b-old', ['gpt-4']), twin('c-new', ['o3-mini']), twin('a-new', ['o3-mini'])]
			},
			defaultInputs()
		);
		expect(ids(r.recommendations)).toEqual(['a-new', 'c-new', 'b-old']);
	});

	it('judges the device again whenever a device input changes, and only the same way', () => {
		const fits = (inputs: Partial<ChooserInputs>) =>
			JSON.stringify(run(inputs).recommendations.map((o) => [o.offer.id, o.fit]));
		const small = fits({ device: 'gpu', vramGb: 8 });
		const large = fits({ device: 'gpu', vramGb: 24 });
		expect(large).not.toBe(small);
		expect(fits({ device: 'phone', ramGb: 8 })).not.toBe(small);
		expect(fits({ device: 'gpu', vramGb: 8, budget: 0 })).toBe(
			JSON.stringify(
				run({ device: 'gpu', vramGb: 8 })
					.recommendations.filter((o) => (o.monthlyCost ?? 1) === 0)
					.map((o) => [o.offer.id, o.fit])
			)
		);
		expect(fits({ device: 'gpu', vramGb: 8 })).toBe(small);
	});

	it('is deterministic: the same inputs in any catalogue order give the same answer', () => {
		const inputs: ChooserInputs = {
			...defaultInputs(),
			device: 'gpu',
			vramGb: 7,
			budget: 25,
			openness: 'preferred'
		};
		const first = recommend(catalogue, inputs);
		for (let seed = 1; seed <= 20; seed++) {
			const shuffled = [...catalogue.offers].sort(
				(a, b) =>
					((a.id.charCodeAt(seed % a.id.length) * seed) % 17) -
					((b.id.charCodeAt(seed % b.id.length) * seed) % 17)
			);
			const again = recommend(
				{ models: [...catalogue.models].reverse(), offers: shuffled },
				inputs
			);
			expect(ids(again.recommendations)).toEqual(ids(first.recommendations));
			expect(ids(again.notAFit)).toEqual(ids(first.notAFit));
			expect(ids(again.comingLater)).toEqual(ids(first.comingLater));
			expect(ids(again.folded)).toEqual(ids(first.folded));
			expect(again.picks.map((p) => [p.kind, p.option.offer.id, p.lines])).toEqual(
				first.picks.map((p) => [p.kind, p.option.offer.id, p.lines])
			);
			expect(again.noPicks).toEqual(first.noPicks);
		}
	});

	it('every offer lands in exactly one list', () => {
		for (const inputs of [
			{},
			{ device: 'phone' as const, localOnly: true },
			{ budget: 0, openness: 'required' as const },
			{ purpose: 'api' as const, sort: 'rated' as const },
			{ device: 'computer' as const, ramGb: 16, purpose: 'self' as const, sort: 'new' as const }
		]) {
			const r = run(inputs);
			const all = [
				...ids(r.recommendations),
				...ids(r.notAFit),
				...ids(r.comingLater),
				...ids(r.otherKinds)
			].sort();
			expect(all).toEqual(catalogue.offers.map((o) => o.id).sort());
		}
	});
});

describe('recommend: what to relax', () => {
	const only = (...wanted: string[]) => ({
		models: catalogue.models,
		offers: catalogue.offers.filter((o) => wanted.includes(o.id))
	});
	const summary = (r: ReturnType<typeof recommend>) =>
		r.relaxations.map((x) => [x.change, x.count, x.best.offer.id]);

	it('names every single change that would help, in the form’s order', () => {
		const r = run({
			device: 'phone',
			ramGb: 2,
			localOnly: true,
			openness: 'required',
			budget: 0
		});
		expect(r.recommendations).toEqual([]);
		expect(summary(r)).toEqual([
			[{ input: 'device', to: 'computer' }, 3, 'deepseek-local'],
			[{ input: 'device', to: 'gpu' }, 3, 'deepseek-local'],
			[{ input: 'ramGb', to: 4 }, 1, 'gpt-2-local'],
			[{ input: 'localOnly', to: false }, 1, 'deepseek-app'],
			[{ input: 'includePlanned', to: true }, 1, 'phone-side-open-local']
		]);
	});

	it('relaxes "What for" to any', () => {
		const r = run({ purpose: 'api', budget: 0 });
		expect(r.recommendations).toEqual([]);
		expect(summary(r)).toEqual([
			[{ input: 'purpose', to: undefined }, 6, 'chatgpt-free'],
			[{ input: 'budget', to: 1 }, 1, 'deepseek-api'],
			[{ input: 'budget', to: undefined }, 6, 'deepseek-api']
		]);
		const self = recommend(only('deepseek-app', 'deepseek-api'), {
			...defaultInputs(),
			purpose: 'self',
			device: 'gpu',
			vramGb: 8
		});
		expect(summary(self)).toEqual([[{ input: 'purpose', to: undefined }, 2, 'deepseek-app']]);
	});

	it('suggests the lowest whole-dollar budget that lets an offer in, then no limit when it brings more', () => {
		const r = recommend(only('deepseek-api', 'deepseek-api-r1', 'openai-api-gpt-4o'), {
			...defaultInputs(),
			budget: 0
		});
		expect(summary(r)).toEqual([
			[{ input: 'budget', to: 1 }, 1, 'deepseek-api'],
			[{ input: 'budget', to: undefined }, 3, 'deepseek-api']
		]);
	});

	it('leaves out "no limit" when it brings no more than the raised budget', () => {
		const r = recommend(only('deepseek-api'), { ...defaultInputs(), budget: 0 });
		expect(summary(r)).toEqual([[{ input: 'budget', to: 1 }, 1, 'deepseek-api']]);
	});

	it('suggests the GPU memory the smallest local model needs', () => {
		const r = recommend(only('deepseek-local', 'mistral-small-local', 'gpt-5-chatgpt'), {
			...defaultInputs(),
			device: 'gpu',
			vramGb: 4,
			localOnly: true
		});
		expect(summary(r)).toEqual([
			// Of unknown memory, a phone or a computer might hold them.
			[{ input: 'device', to: 'phone' }, 1, 'deepseek-local'],
			[{ input: 'device', to: 'computer' }, 2, 'deepseek-local'],
			// The least whole GB that holds about 5.4 GB: 6, tight.
			[{ input: 'vramGb', to: 6 }, 1, 'deepseek-local']
		]);
		expect(r.relaxations.at(-1)?.best.fit.level).toBe('tight');
	});

	it('suggests the least phone or computer memory whose usable part holds the need', () => {
		const memory = (device: 'phone' | 'computer', ramGb: number) =>
			recommend(only('deepseek-local'), { ...defaultInputs(), device, ramGb }).relaxations.find(
				(x) => x.change.input === 'ramGb'
			);
		// About 5.4 GB: half of 11 GB on a phone, two thirds of 9 GB on a computer.
		expect(memory('phone', 8)?.change).toEqual({ input: 'ramGb', to: 11 });
		expect(memory('phone', 8)?.best.fit.level).toBe('tight');
		expect(memory('computer', 4)?.change).toEqual({ input: 'ramGb', to: 9 });
		expect(memory('computer', 4)?.count).toBe(1);
	});

	it('finds nothing to suggest when no single change helps', () => {
		const r = recommend({ models: catalogue.models, offers: [] }, defaultInputs());
		expect(r.recommendations).toEqual([]);
		expect(r.relaxations).toEqual([]);
	});
});

describe('recommend: "Not a fit" grouped by the rule broken', () => {
	const big = syntheticCatalogue(5_000);
	const inputs: ChooserInputs = {
		...defaultInputs(),
		device: 'gpu',
		vramGb: 8,
		budget: 10,
		openness: 'required'
	};
	const { notAFit } = recommend(big, inputs);
	const groups = groupByFailure(notAFit);

	it('puts each option in the group of every rule it breaks, and nowhere else', () => {
		expect(notAFit.length).toBeGreaterThan(1000);
		for (const group of groups) {
			expect(group.options.every((o) => o.failures.some((f) => f.code === group.code))).toBe(true);
		}
		for (const option of notAFit) {
			const codes = option.failures.map((f) => f.code).sort();
			const holding = groups.filter((g) => g.options.includes(option)).map((g) => g.code);
			expect(holding.sort()).toEqual(codes);
		}
		const memberships = notAFit.reduce((n, o) => n + o.failures.length, 0);
		expect(groups.reduce((n, g) => n + g.options.length, 0)).toBe(memberships);
	});

	it('lists the largest group first, keeps "Not a fit" order inside a group, uses known codes', () => {
		expect(groups.length).toBeGreaterThanOrEqual(3);
		const sizes = groups.map((g) => g.options.length);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		for (const group of groups) {
			expect(FAILURE_CODES).toContain(group.code);
			const positions = group.options.map((o) => notAFit.indexOf(o));
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});

	it('knows the new rules’ failures: not chatting, then in the form’s order', () => {
		expect(FAILURE_CODES).toEqual([
			'no-chat',
			'runs-in-cloud',
			'needs-phone',
			'needs-computer',
			'needs-gpu',
			'memory-short',
			'beyond-any-device',
			'closed-weights',
			'openness-unknown',
			'other-purpose',
			'over-budget',
			'price-unknown'
		]);
		const codes = groupByFailure(
			recommend(catalogue, {
				...defaultInputs(),
				device: 'phone',
				ramGb: 2,
				localOnly: true,
				includePlanned: true
			}).notAFit
		).map((g) => g.code);
		expect(codes.sort()).toEqual(['memory-short', 'needs-gpu', 'runs-in-cloud'].sort());
	});

	it('breaks ties in the form’s order, and has no groups for an empty list', () => {
		const fail = (...codes: Reason['code'][]) =>
			({ failures: codes.map((code) => ({ code })) }) as unknown as Option;
		const tied = groupByFailure([fail('over-budget'), fail('closed-weights'), fail('needs-gpu')]);
		expect(tied.map((g) => g.code)).toEqual(['needs-gpu', 'closed-weights', 'over-budget']);
		expect(groupByFailure([])).toEqual([]);
	});
});

describe('recommend: reasons that are true and repeat no field of the card', () => {
	/** The reasons a recommended option may give: none says its cost, place, openness or status. */
	const ALLOWED = [
		'per-use-price',
		'versus-subscription',
		'within-budget',
		'tier-adds',
		'open-weights-in-cloud',
		'closed-after-open',
		'planned',
		'on-device',
		'needs-phone',
		'needs-gpu',
		'needs-memory',
		'size-unknown',
		'memory-fits',
		'memory-tight',
		'memory-not-given'
	];
	const inputsToTry: Partial<ChooserInputs>[] = [
		{},
		{ includePlanned: true },
		{ openness: 'preferred', budget: 50 },
		{ device: 'gpu', vramGb: 8, includePlanned: true },
		{ device: 'gpu', vramGb: 24, usage: 20 },
		{ device: 'phone', includePlanned: true },
		{ device: 'phone', ramGb: 12, localOnly: true, includePlanned: true },
		{ device: 'computer', ramGb: 32, sort: 'rated' },
		{ device: 'computer', sort: 'new', purpose: 'self' }
	];

	it('gives only reasons of the new kinds (no "free", "monthly-price", "closed", "cloud", "legacy")', () => {
		for (const inputs of inputsToTry) {
			for (const o of run(inputs).recommendations) {
				for (const reason of o.reasons) expect(ALLOWED, o.offer.id).toContain(reason.code);
			}
		}
	});

	it('says an open model’s cloud app or API runs it in its maker’s cloud, by kind', () => {
		const r = run({});
		const inCloud = (id: string) =>
			find(r.recommendations, id)?.reasons.filter((x) => x.code === 'open-weights-in-cloud');
		expect(inCloud('deepseek-app')).toEqual([{ code: 'open-weights-in-cloud', kind: 'free-app' }]);
		expect(inCloud('deepseek-api')).toEqual([{ code: 'open-weights-in-cloud', kind: 'api' }]);
		expect(inCloud('deepseek-api-r1')).toEqual([{ code: 'open-weights-in-cloud', kind: 'api' }]);
		// Closed in the cloud, or open on the person's own device: nothing of the kind.
		for (const id of ['chatgpt-free', 'gemini-app', 'mistral-large-api', 'deepseek-local']) {
			expect(inCloud(id), id).toEqual([]);
		}
	});

	it('says what a tier adds over the one below', () => {
		const r = run({});
		const adds = (id: string) =>
			find(r.recommendations, id)?.reasons.find((x) => x.code === 'tier-adds');
		const plus = catalogue.offers.find((o) => o.id === 'chatgpt-plus')!;
		const pro = catalogue.offers.find((o) => o.id === 'chatgpt-pro')!;
		expect(adds('chatgpt-plus')).toEqual({
			code: 'tier-adds',
			adds: plus.tier!.adds,
			over: { en: 'ChatGPT Free', ar: 'ChatGPT المجاني' }
		});
		expect(adds('chatgpt-pro')).toEqual({
			code: 'tier-adds',
			adds: pro.tier!.adds,
			over: plus.name
		});
		expect(adds('chatgpt-free')).toBeUndefined();
	});

	it('with no device chosen, gives a device need as a condition to check, not as a fit', () => {
		const r = run({ includePlanned: true });
		const device = (id: string) =>
			find(r.recommendations, id)?.reasons.filter((x) =>
				['needs-memory', 'needs-phone', 'needs-gpu', 'memory-fits'].includes(x.code)
			);
		expect(device('deepseek-local')).toEqual([{ code: 'needs-memory', needGb: NEED.distill7b }]);
		expect(device('mistral-small-local')).toEqual([
			{ code: 'needs-memory', needGb: NEED.mistralSmall }
		]);
		expect(device('gpt-2-local')).toEqual([{ code: 'needs-memory', needGb: NEED.gpt2 }]);
		expect(device('phone-side-open-local')).toEqual([{ code: 'needs-phone' }]);
		expect(device('o3-mini-class-open-local')).toEqual([{ code: 'needs-gpu' }]);
		expect(device('chatgpt-free')).toEqual([]);
	});

	it('on a graphics card, a card-only offer of unknown size says its memory need is unknown, not that it needs a card', () => {
		const r = run({ device: 'gpu', vramGb: 8, includePlanned: true });
		const reasons = find(r.recommendations, 'o3-mini-class-open-local')?.reasons ?? [];
		expect(reasons).toContainEqual({ code: 'size-unknown' });
		expect(reasons.map((reason) => reason.code)).not.toContain('needs-gpu');
	});

	it('with a device, gives the memory need against the person’s usable memory', () => {
		const r = run({ device: 'computer', ramGb: 16 });
		expect(find(r.recommendations, 'deepseek-local')?.reasons).toContainEqual({
			code: 'memory-fits',
			device: 'computer',
			needGb: NEED.distill7b,
			memoryGb: 16,
			usableGb: 32 / 3,
			eightBit: false
		});
		expect(find(r.recommendations, 'deepseek-local')?.needGb).toBe(NEED.distill7b);
		// The 4-bit file a person downloads: about 4.7 GB (FACTS.md's real one is 4.68 GB).
		expect(find(r.recommendations, 'deepseek-local')?.fileGb).toBeCloseTo(4.66, 2);
		expect(find(r.notAFit, 'mistral-small-local')?.failures).toEqual([
			{
				code: 'memory-short',
				device: 'computer',
				needGb: NEED.mistralSmall,
				memoryGb: 16,
				usableGb: 32 / 3
			}
		]);
	});

	it('gives a cloud offer no place reason, and a cost reason only where it is worked out', () => {
		const r = run({ budget: 50 });
		expect(find(r.recommendations, 'chatgpt-free')?.reasons).toEqual([]);
		expect(find(r.recommendations, 'gemini-app')?.reasons).toEqual([]);
		expect(find(r.recommendations, 'deepseek-api')?.reasons).toEqual([
			{
				code: 'per-use-price',
				costUsd: 0.685,
				usage: 1,
				inputPerMTok: 0.27,
				outputPerMTok: 1.1
			},
			{ code: 'within-budget', costUsd: 0.685, budgetUsd: 50 },
			{ code: 'open-weights-in-cloud', kind: 'api' }
		]);
	});
});

describe('recommend: the sorts', () => {
	it('"Highest rated first": the score before the cost, unrated after rated, legacy last', () => {
		expect(ids(run({ sort: 'rated' }).recommendations)).toEqual([
			'chatgpt-free', // 1377, US$0
			'chatgpt-plus', // 1377, US$20
			'chatgpt-pro', // 1377, US$200
			'deepseek-app', // 1361, US$0
			'deepseek-api-r1', // 1361, US$1.37
			'gemini-app', // 1356
			'deepseek-api', // 1317
			'openai-api-o3-mini', // 1305
			'openai-api-gpt-4o', // 1265
			'mistral-large-api', // 1246
			'mistral-small-local', // 1217
			'openai-api-gpt-4', // 1163
			'deepseek-local', // not on the board
			'gpt-2-local' // legacy
		]);
	});

	it('"Newest first": the newer model before the cost', () => {
		expect(ids(run({ sort: 'new' }).recommendations)).toEqual([
			'chatgpt-free', // o3-mini, 2025-01-31; US$0
			'openai-api-o3-mini', // US$2.75
			'chatgpt-plus',
			'chatgpt-pro',
			'mistral-small-local', // 2025-01-30
			'deepseek-app', // 2025-01-20, fits
			'deepseek-local', // 2025-01-20, fit unknown
			'deepseek-api',
			'deepseek-api-r1',
			'mistral-large-api', // 2024-11
			'openai-api-gpt-4o', // 2024-05-14
			'gemini-app', // 2023-12-06
			'openai-api-gpt-4', // 2023-03-14
			'gpt-2-local' // legacy
		]);
	});

	it('puts a rated offer before a cheaper unrated one', () => {
		const base = catalogue.offers.find((o) => o.id === 'deepseek-app')!;
		const unrated: Offer = { ...base, id: 'unrated', models: ['deepseek-r1-distill-qwen-7b'] };
		delete unrated.rating;
		const rated: Offer = { ...base, id: 'rated', price: { type: 'monthly', usdPerMonth: 5 } };
		const r = recommend(
			{ models: catalogue.models, offers: [unrated, rated] },
			{
				...defaultInputs(),
				sort: 'rated'
			}
		);
		expect(ids(r.recommendations)).toEqual(['rated', 'unrated']);
		expect(
			ids(
				recommend({ models: catalogue.models, offers: [unrated, rated] }, defaultInputs())
					.recommendations
			)
		).toEqual(['unrated', 'rated']);
	});

	it('changes the order only: the same options in each list, the same picks', () => {
		for (const inputs of [
			{},
			{ device: 'gpu' as const, vramGb: 8 },
			{ budget: 20, openness: 'preferred' as const }
		]) {
			const each = SORT_ORDERS.map((sort) => run({ ...inputs, sort }));
			for (const r of each) {
				expect(ids(r.recommendations).sort()).toEqual(ids(each[0]!.recommendations).sort());
				expect(ids(r.notAFit).sort()).toEqual(ids(each[0]!.notAFit).sort());
				expect(ids(r.folded).sort()).toEqual(ids(each[0]!.folded).sort());
				expect(r.picks.map((p) => p.option.offer.id)).toEqual(
					each[0]!.picks.map((p) => p.option.offer.id)
				);
			}
		}
	});
});

describe('recommend: the folded "Run it yourself" group', () => {
	it('holds the self-hosted recommendations of unknown fit when no device is chosen', () => {
		const r = run({ includePlanned: true });
		expect(ids(r.folded)).toEqual([
			'deepseek-local',
			'mistral-small-local',
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-2-local'
		]);
		for (const o of r.folded) {
			expect(r.recommendations).toContain(o);
			expect(o.fit.level).toBe('unknown');
		}
	});

	it('is empty once a device is chosen, even when fits are unknown', () => {
		expect(run({ device: 'gpu' }).folded).toEqual([]);
		expect(run({ device: 'phone', includePlanned: true }).folded).toEqual([]);
		expect(run({ purpose: 'api' }).folded).toEqual([]);
	});
});

describe('the synthetic catalogue', () => {
	const { models, offers } = syntheticCatalogue(3_000);

	it('is the same for the same seed, and another for another', () => {
		expect(syntheticCatalogue(300)).toEqual(syntheticCatalogue(300));
		expect(syntheticCatalogue(300, 2)).not.toEqual(syntheticCatalogue(300));
		expect(offers).toHaveLength(3_000);
		expect(models).toHaveLength(1_000);
	});

	it('passes the schema, record by record', () => {
		const bad = [
			...models.filter((m) => !v.safeParse(ModelSchema, m).success).map((m) => m.id),
			...offers.filter((o) => !v.safeParse(OfferSchema, o).success).map((o) => o.id)
		];
		expect(bad).toEqual([]);
	});

	it('has the shapes of catalogue 2025-02-20.2', () => {
		const selfHosted = offers.filter((o) => o.kind === 'self-hosted');
		const onDevice = selfHosted.filter((o) => o.runsOn.place === 'device');
		expect(onDevice.length / selfHosted.length).toBeGreaterThan(0.5);
		expect(onDevice.some((o) => o.runsOn.place === 'device' && o.runsOn.needGb)).toBe(true);
		expect(models.filter((m) => m.parameters).length).toBeGreaterThan(200);
		expect(models.some((m) => m.parameters?.activeB)).toBe(true);
		expect(models.filter((m) => m.arena?.length).length).toBeGreaterThan(200);
		expect(offers.filter((o) => o.rating).length).toBeGreaterThan(300);
		expect(offers.every((o) => o.url?.startsWith('https://'))).toBe(true);
		const tiers = offers.filter((o) => o.tier);
		expect(tiers.length).toBeGreaterThanOrEqual(30);
		// Each service's tiers: ranks 0, 1, 2, a free one then two paid ones of the same model.
		const services = new Map<string, Offer[]>();
		for (const o of tiers)
			services.set(o.tier!.service, [...(services.get(o.tier!.service) ?? []), o]);
		for (const ladder of services.values()) {
			expect(ladder.map((o) => [o.tier!.rank, o.kind])).toEqual([
				[0, 'free-app'],
				[1, 'subscription'],
				[2, 'subscription']
			]);
			expect(new Set(ladder.map((o) => o.models[0])).size).toBe(1);
		}
		// Every place and kind the chooser knows.
		expect(new Set(offers.map((o) => o.runsOn.place))).toEqual(
			new Set(['cloud', 'device', 'gpu', 'phone'])
		);
	});

	it('gives the chooser something to pick of every kind', () => {
		const r = recommend({ models, offers }, { ...defaultInputs(), device: 'gpu', vramGb: 24 });
		expect(r.picks.map((p) => p.kind)).toEqual(['free-app', 'subscription', 'self-hosted', 'api']);
		expect(run({}).picks.length).toBeGreaterThan(0);
	});
});

// --- PRODUCT.md §1, §2 and §10: what public lists bring ----------------------------------------

const hand = (models: Model[], offers: Offer[], changes: Partial<ChooserInputs> = {}) =>
	recommend({ models, offers }, { ...defaultInputs(), ...changes });
const perUse = (input: number, output: number, fees?: Fee[]): Offer['price'] => ({
	type: 'per-use',
	inputPerMTok: input,
	outputPerMTok: output,
	...(fees && { fees })
});
const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };

describe('openness not stated (never taken for closed)', () => {
	const models = [
		handModel('open'),
		handModel('closed', { openness: 'closed' }),
		handModel('unknown', { openness: 'unknown' })
	];
	// One free app each, the same price, so only openness tells them apart.
	const offers = [
		handOffer('a-open', 'free-app', ['open']),
		handOffer('b-closed', 'free-app', ['closed']),
		handOffer('c-unknown', 'free-app', ['unknown']),
		handOffer('d-open-unknown', 'free-app', ['open', 'unknown']),
		handOffer('e-closed-unknown', 'free-app', ['closed', 'unknown'])
	];

	const opennessCases: { models: string[]; openness: string }[] = [
		{ models: ['open'], openness: 'open-weights' },
		{ models: ['open', 'open'], openness: 'open-weights' },
		{ models: ['closed'], openness: 'closed' },
		{ models: ['unknown'], openness: 'unknown' },
		{ models: ['open', 'unknown'], openness: 'unknown' },
		{ models: ['closed', 'unknown'], openness: 'closed' },
		{ models: ['open', 'closed'], openness: 'closed' },
		{ models: [], openness: 'unknown' }
	];
	for (const c of opennessCases) {
		it(`an offer of ${JSON.stringify(c.models)} is ${c.openness}`, () => {
			const byId = new Map(models.map((m) => [m.id, m]));
			expect(offerOpenness(c.models.map((id) => byId.get(id)!))).toBe(c.openness);
		});
	}

	it('openness required: closed and not stated fail, each with its own reason', () => {
		const r = hand(models, offers, { openness: 'required' });
		expect(ids(r.recommendations)).toEqual(['a-open']);
		expect(failures(r.notAFit)).toEqual({
			'b-closed': [{ code: 'closed-weights' }],
			'c-unknown': [{ code: 'openness-unknown' }],
			'd-open-unknown': [{ code: 'openness-unknown' }],
			'e-closed-unknown': [{ code: 'closed-weights' }]
		});
		expect(groupByFailure(r.notAFit).map((g) => [g.code, ids(g.options)])).toEqual([
			['closed-weights', ['b-closed', 'e-closed-unknown']],
			['openness-unknown', ['c-unknown', 'd-open-unknown']]
		]);
	});

	it('openness preferred: open first, then not stated, then closed, each saying so', () => {
		const r = hand(models, offers, { openness: 'preferred' });
		expect(ids(r.recommendations)).toEqual([
			'a-open',
			'c-unknown',
			'd-open-unknown',
			'b-closed',
			'e-closed-unknown'
		]);
		const said = (id: string) =>
			find(r.recommendations, id)!.reasons.filter((x) => x.code.endsWith('-after-open'));
		expect(said('a-open')).toEqual([]);
		expect(said('c-unknown')).toEqual([{ code: 'unknown-after-open' }]);
		expect(said('b-closed')).toEqual([{ code: 'closed-after-open' }]);
	});

	it('openness any: not stated is neither a failure nor a rank', () => {
		const r = hand(models, offers);
		expect(r.notAFit).toEqual([]);
		expect(ids(r.recommendations)).toEqual(offers.map((o) => o.id));
		expect(r.recommendations.map((o) => o.openness)).toEqual([
			'open-weights',
			'closed',
			'unknown',
			'unknown',
			'closed'
		]);
	});

	it('a kind whose every offer is of unstated openness says so, and "accept closed weights" helps', () => {
		const only = [models[2]!];
		const r = hand(only, [handOffer('c-unknown', 'free-app', ['unknown'])], {
			openness: 'required'
		});
		expect(r.noPicks).toContainEqual({ kind: 'free-app', why: 'openness-unknown' });
		expect(r.relaxations.map((x) => [x.change, x.count])).toContainEqual([
			{ input: 'openness', to: 'any' },
			1
		]);
	});
});

describe('models that do not chat are never a fit: in "Not a fit", saying so (§2)', () => {
	const models = [
		handModel('chat'),
		handModel('said-chat', { task: 'chat' }),
		handModel('embed', { task: 'embedding' }),
		handModel('paint', { task: 'image' }),
		handModel('voice', { task: 'text-to-speech' })
	];
	const offers = [
		handOffer('chat-api', 'api', ['chat'], { price: perUse(4, 6) }),
		handOffer('said-chat-app', 'free-app', ['said-chat']),
		handOffer('embed-api', 'api', ['embed'], { price: perUse(0.01, 0) }),
		handOffer('paint-app', 'free-app', ['paint']),
		handOffer('voice-local', 'self-hosted', ['voice']),
		// Planned: while planned models are left out, still "Not a fit", never "Coming later".
		handOffer('paint-later', 'free-app', ['paint'], { status: 'planned' }),
		// A chat model with a non-chat one beside it: it chats.
		handOffer('both-api', 'api', ['chat', 'embed'], { price: perUse(8, 8) })
	];
	const left = ['embed-api', 'paint-app', 'voice-local', 'paint-later'];
	/** Where an offer may be a choice: the lists that answer, the picks, the suggested changes. */
	const answers = (r: ReturnType<typeof hand>) => [
		...ids(r.recommendations),
		...ids(r.comingLater),
		...ids(r.folded),
		...r.picks.map((p) => p.option.offer.id),
		...r.relaxations.map((x) => x.best.offer.id)
	];

	const inputsCases: Partial<ChooserInputs>[] = [
		{},
		{ budget: 0 },
		{ purpose: 'api' },
		{ device: 'gpu', vramGb: 24, localOnly: true },
		{ openness: 'required', includePlanned: true },
		{ purpose: 'self' }
	];
	for (const inputs of inputsCases) {
		it(`are "Not a fit" (or of another kind), saying so first: ${JSON.stringify(inputs)}`, () => {
			const r = hand(models, offers, inputs);
			for (const id of left) {
				expect(answers(r)).not.toContain(id);
				const option = [...r.notAFit, ...r.otherKinds].find((o) => o.offer.id === id);
				expect(option, id).toBeDefined();
				expect(option!.failures[0]).toEqual({ code: 'no-chat' });
			}
			// Planned and left out, it is still no answer to come later.
			for (const o of r.comingLater) expect(left).not.toContain(o.offer.id);
		});
	}

	it('keeps the chat ones, a model that says it chats among them', () => {
		expect(ids(hand(models, offers).recommendations).sort()).toEqual(
			['both-api', 'chat-api', 'said-chat-app'].sort()
		);
		expect(offersNoChat([])).toBe(false);
		expect(offersNoChat([{ task: 'embedding' }, { task: 'chat' }])).toBe(false);
		expect(offersNoChat([{ task: 'embedding' }, { task: 'music' }])).toBe(true);
	});

	it('counts none of them in the suggested changes', () => {
		// Budget 0: only the embedding API (US$0.005) would be cheap; the cheapest chat is US$5.
		const r = hand(models, offers, { budget: 0, purpose: 'api' });
		expect(r.recommendations).toEqual([]);
		expect(r.relaxations.map((x) => [x.change, x.count, x.best.offer.id])).toEqual([
			[{ input: 'purpose', to: undefined }, 1, 'said-chat-app'],
			[{ input: 'budget', to: 5 }, 1, 'chat-api'],
			[{ input: 'budget', to: undefined }, 2, 'chat-api']
		]);
	});
});

describe('partly known prices: tokens only, a lower bound, never "within your budget"', () => {
	const models = [handModel('m', { openness: 'closed' })];
	// PRODUCT.md §10's case (openrouter-fees-beyond-tokens.json): US$2 / US$8 per million tokens,
	// US$0.005 a search and reasoning tokens at US$3 a million; at 0.4 million tokens a month
	// the tokens come to exactly US$2.
	const fees: Fee[] = [SEARCH, { kind: 'reasoning', usd: 3, unit: 'mtok' }];
	const sonar = handOffer('sonar', 'api', ['m'], { price: perUse(2, 8, fees) });
	const known = handOffer('known', 'api', ['m'], { price: perUse(3, 7) });
	const plus = handOffer('plus', 'subscription', ['m'], {
		price: { type: 'monthly', usdPerMonth: 20 }
	});

	it('counts tokens only, keeps the fees on the option and in the cost reason', () => {
		const r = hand(models, [sonar], { usage: 0.4 });
		const o = r.recommendations[0]!;
		expect(o.monthlyCost).toBe(2);
		expect(o.fees).toEqual(fees);
		expect(o.reasons).toContainEqual({
			code: 'per-use-price',
			costUsd: 2,
			usage: 0.4,
			inputPerMTok: 2,
			outputPerMTok: 8,
			fees
		});
		expect(monthlyCost(sonar.price, 0.4)).toBe(2);
		expect(feesOf(sonar.price)).toEqual(fees);
		expect(feesOf(known.price)).toBeUndefined();
	});

	const budgetCases: {
		what: string;
		inputs: Partial<ChooserInputs>;
		has: Reason['code'][];
		hasNot: Reason['code'][];
	}[] = [
		{
			what: 'the case: US$2 of tokens at a US$2 budget',
			inputs: { usage: 0.4, budget: 2 },
			has: ['fees-not-counted'],
			hasNot: ['within-budget']
		},
		{
			what: 'well within by tokens',
			inputs: { usage: 0.4, budget: 100 },
			has: ['fees-not-counted'],
			hasNot: ['within-budget']
		},
		{
			what: 'no budget',
			inputs: { usage: 0.4 },
			has: [],
			hasNot: ['within-budget', 'fees-not-counted']
		}
	];
	for (const c of budgetCases) {
		it(`is never said to be within a budget: ${c.what}`, () => {
			const o = hand(models, [sonar], c.inputs).recommendations[0]!;
			const codes = o.reasons.map((x) => x.code);
			for (const code of c.has) expect(codes).toContain(code);
			for (const code of c.hasNot) expect(codes).not.toContain(code);
		});
	}

	it('says the fees are not counted with the cost of its tokens and the budget', () => {
		const o = hand(models, [sonar], { usage: 0.4, budget: 2 }).recommendations[0]!;
		expect(o.reasons).toContainEqual({ code: 'fees-not-counted', costUsd: 2, budgetUsd: 2 });
	});

	it('is over a budget its tokens alone exceed', () => {
		const r = hand(models, [sonar], { usage: 1, budget: 2 });
		expect(failures(r.notAFit)).toEqual({
			sonar: [{ code: 'over-budget', costUsd: 5, budgetUsd: 2, partly: true }]
		});
	});

	it('with a budget, ranks after every fully known price that fits; without, by its tokens', () => {
		// At 1 million tokens: sonar's tokens US$5, the fully known one US$7.
		const dear = { ...known, id: 'dear', price: perUse(6, 8) };
		expect(ids(hand(models, [sonar, dear]).recommendations)).toEqual(['sonar', 'dear']);
		expect(ids(hand(models, [sonar, dear], { budget: 10 }).recommendations)).toEqual([
			'dear',
			'sonar'
		]);
		for (const sort of SORT_ORDERS) {
			expect(ids(hand(models, [sonar, dear], { budget: 10, sort }).recommendations)).toEqual([
				'dear',
				'sonar'
			]);
		}
	});

	it('gives no break-even against a subscription (a lower bound breaks even nowhere)', () => {
		const r = hand(models, [sonar, known, plus]);
		const codes = (id: string) => find(r.recommendations, id)!.reasons.map((x) => x.code);
		expect(codes('sonar')).not.toContain('versus-subscription');
		expect(codes('known')).toContain('versus-subscription');
	});
});

describe('the synthetic catalogue with the shapes of public lists', () => {
	const cat = syntheticCatalogue(2_000, 3, { imported: true });
	const byId = new Map(cat.models.map((m) => [m.id, m]));
	const noChat = new Set(
		cat.offers
			.filter((o) => offersNoChat(o.models.flatMap((id) => byId.get(id) ?? [])))
			.map((o) => o.id)
	);

	it('passes the schema and has every new shape', () => {
		expect(cat.offers.filter((o) => !v.safeParse(OfferSchema, o).success)).toEqual([]);
		expect(cat.models.filter((m) => !v.safeParse(ModelSchema, m).success)).toEqual([]);
		expect(cat.models.some((m) => m.openness === 'unknown')).toBe(true);
		expect(noChat.size).toBeGreaterThan(0);
		expect(cat.offers.some((o) => feesOf(o.price))).toBe(true);
		expect(cat.offers.some((o) => o.preview)).toBe(true);
		// Without `imported`, the same seed gives the catalogue it always gave.
		expect(syntheticCatalogue(50, 3).models.every((m) => m.openness !== 'unknown')).toBe(true);
	});

	const inputsCases: Partial<ChooserInputs>[] = [
		{},
		{ budget: 20 },
		{ budget: 5, usage: 20, openness: 'preferred' },
		{ openness: 'required', device: 'gpu', vramGb: 24 },
		{ purpose: 'api', budget: 50, sort: 'rated' }
	];
	for (const inputs of inputsCases) {
		it(`keeps the rules: ${JSON.stringify(inputs)}`, () => {
			const r = hand(cat.models, cat.offers, inputs);
			const all = [...r.recommendations, ...r.notAFit, ...r.comingLater, ...r.otherKinds];
			expect(all).toHaveLength(cat.offers.length);
			for (const o of r.comingLater) expect(o.status).toBe('planned');
			for (const o of [...r.recommendations, ...r.notAFit]) {
				if (inputs.purpose) expect(o.offer.kind).toBe('api');
			}
			for (const o of [...r.recommendations, ...r.comingLater]) {
				expect(noChat.has(o.offer.id)).toBe(false);
			}
			for (const o of [...r.notAFit, ...r.otherKinds]) {
				const saysIt = o.failures.some((reason) => reason.code === 'no-chat');
				expect(saysIt, o.offer.id).toBe(noChat.has(o.offer.id));
			}
			for (const o of r.recommendations) {
				if (o.fees) expect(o.reasons.map((x) => x.code)).not.toContain('within-budget');
				if (inputs.openness === 'required') expect(o.openness).toBe('open-weights');
			}
			if (inputs.budget !== undefined) {
				// Every fully known price that fits comes before any partly known one of its status.
				for (const status of ['released', 'planned', 'legacy']) {
					const list = r.recommendations.filter((o) => o.status === status);
					const firstPartly = list.findIndex((o) => o.fees);
					if (firstPartly >= 0) expect(list.slice(firstPartly).every((o) => o.fees)).toBe(true);
				}
			}
		});
	}
});

describe('recommend: a planned offer of a kind asked for is coming later, whatever the budget', () => {
	const gpt5 = catalogue.offers.find((o) => o.id === 'gpt-5-chatgpt')!;
	const where = (r: ReturnType<typeof recommend>, id: string) =>
		(['recommendations', 'notAFit', 'comingLater', 'otherKinds'] as const).filter((list) =>
			ids(r[list]).includes(id)
		);
	const inputsCases: Partial<ChooserInputs>[] = [
		{},
		{ budget: 0 },
		{ budget: 20 },
		{ budget: 10_000 },
		{ purpose: 'app', budget: 20 },
		{ purpose: 'api' },
		{ purpose: 'self', device: 'gpu', vramGb: 8 },
		{ device: 'phone', ramGb: 2, localOnly: true, openness: 'required' },
		{ sort: 'rated', budget: 200 }
	];
	for (const inputs of inputsCases) {
		it(`${JSON.stringify(inputs)}: every planned offer of a kind asked for is coming later, and only those; the others are other kinds`, () => {
			const r = run(inputs);
			const asked = (o: Offer) =>
				inputs.purpose === undefined || PURPOSE_KINDS[inputs.purpose].includes(o.kind);
			const planned = catalogue.offers.filter((o) => o.status === 'planned');
			const later = planned.filter(asked).map((o) => o.id);
			const otherKind = planned.filter((o) => !asked(o)).map((o) => o.id);
			expect(later.length + otherKind.length).toBe(3);
			expect(ids(r.comingLater).sort()).toEqual(later.sort());
			for (const o of r.comingLater) {
				expect(o.status).toBe('planned');
				expect(o.failures).toEqual([]);
				expect(o.reasons.map((x) => x.code)).not.toContain('price-unknown');
			}
			// The kind left out comes before "not yet": a planned offer of another kind is with its
			// kind, said to be planned, its price not yet announced never a failure.
			for (const id of otherKind) {
				expect(where(r, id)).toEqual(['otherKinds']);
				const o = find(r.otherKinds, id)!;
				expect(o.failures.map((x) => x.code)).not.toContain('price-unknown');
				expect(o.failures.map((x) => x.code)).not.toContain('other-purpose');
			}
			for (const o of [...r.recommendations, ...r.notAFit]) {
				expect(o.status).not.toBe('planned');
			}
			// Never a pick, never counted by a suggested change, never the common failure.
			for (const p of r.picks) expect(p.option.status).not.toBe('planned');
			for (const x of r.relaxations) {
				if (x.change.input !== 'includePlanned') expect(x.best.status).not.toBe('planned');
			}
		});
	}

	it('its planned status from its model: an own offer of GPT-5 at US$20 that says it is released', () => {
		const own = { ...gpt5, id: 'own-gpt-5', status: 'released' as const };
		const offers = [...catalogue.offers, { ...own, price: { type: 'monthly', usdPerMonth: 20 } }];
		for (const budget of [undefined, 20]) {
			const r = recommend(
				{ models: catalogue.models, offers: offers as Offer[] },
				{ ...defaultInputs(), ...(budget !== undefined && { budget }) }
			);
			expect(where(r, 'own-gpt-5')).toEqual(['comingLater']);
			expect(find(r.comingLater, 'own-gpt-5')?.status).toBe('planned');
		}
	});

	it('its planned status from its model, even when the offer says legacy', () => {
		const offers = [...catalogue.offers, { ...gpt5, id: 'old-gpt-5', status: 'legacy' as const }];
		const r = recommend({ models: catalogue.models, offers }, { ...defaultInputs(), budget: 20 });
		expect(where(r, 'old-gpt-5')).toEqual(['comingLater']);
	});

	it('its planned status from the offer alone: a planned API of a released model, priced over the budget', () => {
		const r = hand(
			[handModel('m')],
			[
				handOffer('now', 'api', ['m']),
				handOffer('soon', 'api', ['m'], { status: 'planned', price: perUse(100, 100) })
			],
			{ budget: 1, purpose: 'api' }
		);
		expect(where(r, 'soon')).toEqual(['comingLater']);
		// What it would break today is said, as a reason.
		expect(find(r.comingLater, 'soon')?.reasons).toContainEqual({
			code: 'over-budget',
			costUsd: 100,
			budgetUsd: 1
		});
		expect(r.picks.map((p) => p.option.offer.id)).toEqual(['now']);
	});

	it('its planned status from an edit: the offer edited to released, with a price, stays coming later', () => {
		const { catalogue: edited } = applyEdits(catalogue, [
			{
				key: 'offer:gpt-5-chatgpt',
				patch: { status: 'released', price: { type: 'monthly', usdPerMonth: 20 } },
				at: '2025-03-01T00:00:00Z'
			}
		]);
		expect(edited.offers.find((o) => o.id === 'gpt-5-chatgpt')?.status).toBe('released');
		const r = recommend(edited, { ...defaultInputs(), budget: 20 });
		expect(where(r, 'gpt-5-chatgpt')).toEqual(['comingLater']);
		// Its model released, the edited offer is a released subscription within the budget.
		const released = {
			...edited,
			models: edited.models.map((m) =>
				m.id === 'gpt-5'
					? { ...m, status: 'released' as const, dates: { released: m.dates.expected! } }
					: m
			)
		};
		expect(where(recommend(released, { ...defaultInputs(), budget: 20 }), 'gpt-5-chatgpt')).toEqual(
			['recommendations']
		);
	});

	it('with planned models included, a planned offer is judged by every rule: its unknown price is not within a budget', () => {
		const r = run({ budget: 20, includePlanned: true });
		expect(r.comingLater).toEqual([]);
		expect(failures(r.notAFit)['gpt-5-chatgpt']).toEqual([{ code: 'price-unknown' }]);
		expect(ids(r.recommendations)).toContain('phone-side-open-local');
	});
});

describe('recommend: offers of another kind than "What for" asks', () => {
	it('API mode: APIs are recommended or not a fit; every other kind is in its own group, after', () => {
		const r = run({ purpose: 'api', usage: 20, budget: 50 });
		for (const o of [...r.recommendations, ...r.notAFit]) expect(o.offer.kind).toBe('api');
		// At 20 million tokens: US$13.70, US$27.40; then US$55, 80, 125 and 900, over US$50.
		expect(ids(r.recommendations)).toEqual(['deepseek-api', 'deepseek-api-r1']);
		expect(ids(r.notAFit)).toEqual([
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'openai-api-gpt-4'
		]);
		// The planned ones among them too (the local o3-mini-class and phone-side models, GPT-5 in
		// ChatGPT): not "Coming later", which holds planned APIs only.
		expect(ids(r.otherKinds)).toEqual([
			'chatgpt-free',
			'deepseek-app',
			'gemini-app',
			'deepseek-local',
			'mistral-small-local',
			'chatgpt-plus',
			'o3-mini-class-open-local',
			'phone-side-open-local',
			'gpt-2-local',
			'chatgpt-pro',
			'gpt-5-chatgpt'
		]);
		expect(r.comingLater).toEqual([]);
		expect(find(r.otherKinds, 'gpt-5-chatgpt')?.reasons.map((x) => x.code)).toContain('planned');
		for (const o of r.otherKinds) expect(o.offer.kind).not.toBe('api');
		// Its failures there are the other rules it breaks: the group says the kind.
		expect(failures(r.otherKinds)).toMatchObject({
			'chatgpt-free': [],
			'chatgpt-pro': [{ code: 'over-budget', costUsd: 200, budgetUsd: 50 }]
		});
		expect(r.picks.map((p) => p.kind)).toEqual(['api']);
	});

	it('the answer a link restores (§3) puts the planned offers of other kinds in the same group', () => {
		const inputs = { ...defaultInputs(), purpose: 'api' as const, usage: 20, budget: 50 };
		const link = encodeShareLink({ inputs });
		const restored = decodeShareLink(link).state.inputs;
		const [direct, again] = [recommend(catalogue, inputs), recommend(catalogue, restored)];
		for (const list of ['recommendations', 'notAFit', 'comingLater', 'otherKinds'] as const) {
			expect(ids(again[list])).toEqual(ids(direct[list]));
		}
		expect(ids(again.otherKinds)).toContain('gpt-5-chatgpt');
		expect(again.comingLater).toEqual([]);
	});

	it('app and self modes too; with "What for" any, the group is empty', () => {
		const app = run({ purpose: 'app' });
		expect(new Set(app.otherKinds.map((o) => o.offer.kind))).toEqual(
			new Set(['api', 'self-hosted'])
		);
		const self = run({ purpose: 'self', device: 'gpu', vramGb: 8 });
		expect(new Set(self.otherKinds.map((o) => o.offer.kind))).toEqual(
			new Set(['free-app', 'subscription', 'api'])
		);
		expect(run({}).otherKinds).toEqual([]);
		expect(run({ budget: 0 }).otherKinds).toEqual([]);
	});
});
