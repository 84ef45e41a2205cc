import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import type { Offer } from './catalogue';
import { defaultInputs, type ChooserInputs } from './inputs';
import {
	FAILURE_CODES,
	groupByFailure,
	monthlyCost,
	recommend,
	type Option,
	type Reason
} from './recommend';
import { syntheticCatalogue } from './synthetic';

const ids = (list: Option[]) => list.map((o) => o.offer.id);
const run = (changes: Partial<ChooserInputs>) =>
	recommend(catalogue, { ...defaultInputs(), ...changes });
const failures = (list: Option[]) => Object.fromEntries(list.map((o) => [o.offer.id, o.failures]));

/**
 * The six scenarios, worked by hand from PRODUCT.md §2 before the code ran. Costs at the
 * default usage of 1 million tokens: DeepSeek API 0.685, R1 1.37, o3-mini API 2.75, Mistral
 * Large 4, GPT-4o API 6.25, Plus 20, GPT-4 API 45, Pro 200.
 */
describe('recommend: the six scenarios', () => {
	it('1. defaults: every released offer, cheapest first, known fits before unknown ones; planned later', () => {
		const r = run({});
		expect(ids(r.recommendations)).toEqual([
			'chatgpt-free', // US$0, fits, newest model 2025-01-31
			'deepseek-app', // US$0, fits, 2025-01-20
			'gemini-app', // US$0, fits, 2023-12-06
			'deepseek-local', // US$0, device unknown, 6 GB
			'mistral-small-local', // US$0, device unknown, 16 GB
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
	});

	it('2. phone + on-device + planned: the phone-side model is recommended, the o3-mini-class one needs a GPU', () => {
		const r = run({ device: 'phone', localOnly: true, includePlanned: true });
		expect(ids(r.recommendations)).toEqual(['phone-side-open-local']);
		expect(r.comingLater).toEqual([]);
		const no = failures(r.notAFit);
		expect(no['o3-mini-class-open-local']).toEqual([{ code: 'needs-gpu' }]);
		expect(no['deepseek-local']).toEqual([{ code: 'needs-gpu', minGb: 6 }]);
		expect(no['gpt-2-local']).toEqual([{ code: 'needs-computer' }]);
		expect(no['chatgpt-free']).toEqual([{ code: 'runs-in-cloud' }]);
		expect(no['gpt-5-chatgpt']).toEqual([{ code: 'runs-in-cloud' }]);
		expect(r.notAFit).toHaveLength(16);
	});

	it('3. GPU + openness required + budget 0: DeepSeek’s free offers, no closed model', () => {
		const r = run({ device: 'gpu', openness: 'required', budget: 0 });
		expect(ids(r.recommendations)).toEqual([
			'deepseek-app',
			'deepseek-local',
			'mistral-small-local',
			'gpt-2-local'
		]);
		expect(ids(r.comingLater)).toEqual(['o3-mini-class-open-local']);
		const no = failures(r.notAFit);
		const closed = { code: 'closed-weights' };
		const over = (costUsd: number) => ({ code: 'over-budget', costUsd, budgetUsd: 0 });
		expect(no).toEqual({
			'chatgpt-free': [closed],
			'gemini-app': [closed],
			'deepseek-api': [over(0.685)],
			'deepseek-api-r1': [over(1.37)],
			'phone-side-open-local': [{ code: 'needs-phone' }],
			'openai-api-o3-mini': [closed, over(2.75)],
			'mistral-large-api': [closed, over(4)],
			'openai-api-gpt-4o': [closed, over(6.25)],
			'chatgpt-plus': [closed, over(20)],
			'openai-api-gpt-4': [closed, over(45)],
			'chatgpt-pro': [closed, over(200)],
			'gpt-5-chatgpt': [closed, { code: 'price-unknown' }]
		});
		// Nearest misses first: one failure before two.
		expect(ids(r.notAFit)).toEqual([
			'chatgpt-free',
			'gemini-app',
			'deepseek-api',
			'deepseek-api-r1',
			'phone-side-open-local',
			'openai-api-o3-mini',
			'mistral-large-api',
			'openai-api-gpt-4o',
			'chatgpt-plus',
			'openai-api-gpt-4',
			'chatgpt-pro',
			'gpt-5-chatgpt'
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
			'chatgpt-pro': [{ code: 'over-budget', costUsd: 200, budgetUsd: 20 }],
			'gpt-5-chatgpt': [{ code: 'price-unknown' }]
		});
		expect(ids(r.notAFit)).toEqual(['openai-api-gpt-4', 'chatgpt-pro', 'gpt-5-chatgpt']);
		expect(ids(r.comingLater)).toEqual(['o3-mini-class-open-local', 'phone-side-open-local']);
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

	it('6. phone + on-device, planned excluded: empty, and the changes that would give results', () => {
		const r = run({ device: 'phone', localOnly: true });
		expect(r.recommendations).toEqual([]);
		expect(ids(r.comingLater)).toEqual(['phone-side-open-local']);
		expect(r.notAFit).toHaveLength(16);
		expect(r.relaxations.map((x) => [x.change, x.count, x.best.offer.id])).toEqual([
			[{ input: 'device', to: 'computer' }, 1, 'gpt-2-local'],
			[{ input: 'device', to: 'gpu' }, 3, 'deepseek-local'],
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
				name: 'GPU too small',
				inputs: { device: 'gpu', vramGb: 12 },
				offer: 'mistral-small-local',
				fails: [{ code: 'gpu-too-small', haveGb: 12, minGb: 16 }]
			},
			{
				name: 'needs a computer, on a phone',
				inputs: { device: 'phone' },
				offer: 'gpt-2-local',
				fails: [{ code: 'needs-computer' }]
			},
			{
				name: 'every failure at once',
				inputs: { device: 'phone', localOnly: true, openness: 'required', budget: 10 },
				offer: 'chatgpt-pro',
				fails: [
					{ code: 'runs-in-cloud' },
					{ code: 'closed-weights' },
					{ code: 'over-budget', costUsd: 200, budgetUsd: 10 }
				]
			}
		];
	for (const c of cases) {
		it(`${c.name}: ${c.offer} is not a fit, with every reason`, () => {
			const r = run(c.inputs);
			expect(r.notAFit.find((o) => o.offer.id === c.offer)?.failures).toEqual(c.fails);
			expect(ids(r.recommendations)).not.toContain(c.offer);
			expect(ids(r.comingLater)).not.toContain(c.offer);
		});
	}

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
		expect(ids(run({ openness: 'preferred' }).recommendations)).toEqual([
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
			'deepseek-local', // fits 8 ≤ 20
			'mistral-small-local', // tight 16 ≤ 20 < 24
			'o3-mini-class-open-local', // planned, memory unknown
			'gpt-2-local' // legacy
		]);
		expect(r.recommendations.map((o) => o.fit.level)).toEqual(['fits', 'tight', 'unknown', 'fits']);
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
		}
	});

	it('every offer lands in exactly one list', () => {
		for (const inputs of [
			{},
			{ device: 'phone' as const, localOnly: true },
			{ budget: 0, openness: 'required' as const }
		]) {
			const r = run(inputs);
			const all = [...ids(r.recommendations), ...ids(r.notAFit), ...ids(r.comingLater)].sort();
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
		const r = run({ device: 'phone', localOnly: true, openness: 'required', budget: 0 });
		expect(r.recommendations).toEqual([]);
		expect(summary(r)).toEqual([
			[{ input: 'device', to: 'computer' }, 1, 'gpt-2-local'],
			[{ input: 'device', to: 'gpu' }, 3, 'deepseek-local'],
			[{ input: 'localOnly', to: false }, 1, 'deepseek-app'],
			[{ input: 'includePlanned', to: true }, 1, 'phone-side-open-local']
		]);
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
		expect(summary(r)).toEqual([[{ input: 'vramGb', to: 6 }, 1, 'deepseek-local']]);
		expect(r.relaxations[0]?.best.fit.level).toBe('tight');
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

	it('breaks ties in the form’s order, and has no groups for an empty list', () => {
		const fail = (...codes: Reason['code'][]) =>
			({ failures: codes.map((code) => ({ code })) }) as unknown as Option;
		const tied = groupByFailure([fail('over-budget'), fail('closed-weights'), fail('needs-gpu')]);
		expect(tied.map((g) => g.code)).toEqual(['needs-gpu', 'closed-weights', 'over-budget']);
		expect(groupByFailure([])).toEqual([]);
	});
});
