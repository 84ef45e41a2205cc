import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { ModelSchema, OfferSchema, VendorSchema, type Price } from '../catalogue';
import { defaultInputs } from '../inputs';
import { applyEdits } from '../overlay';
import { recommend } from '../recommend';
import {
	findUnsafe,
	LIST_READERS,
	readImport,
	shippedContext,
	slug,
	writeExport,
	type ImportPreview,
	type OwnData
} from './index';
import { makerOf, servesOpenRouterIds } from './join';
import { jsonErrorAt } from './json';

const TODAY = '2026-12-03';
const context = shippedContext(TODAY);
const fixture = (name: string) =>
	readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

function read(text: string): ImportPreview {
	const r = readImport(text, context);
	if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
	return r;
}

/** A small OpenRouter list written from its documentation. */
const openRouter = (entries: unknown[]) => JSON.stringify({ data: entries });
const orEntry = (over: Record<string, unknown> = {}) => ({
	id: 'acme/widget-7b',
	name: 'Acme: Widget 7B',
	created: 1767225600,
	pricing: { prompt: '0.0000005', completion: '0.0000015' },
	hugging_face_id: 'acme/Widget-7B',
	architecture: { input_modalities: ['text'], output_modalities: ['text'] },
	...over
});
/** A small models.dev list: one provider, its models. */
const modelsDev = (models: Record<string, unknown>, provider = 'acme-cloud') =>
	JSON.stringify({
		[provider]: { id: provider, name: 'Acme Cloud', doc: 'https://acme.example/docs', models }
	});
const mdEntry = (over: Record<string, unknown> = {}) => ({
	id: 'widget-7b',
	name: 'Widget 7B',
	release_date: '2026-01-15',
	open_weights: true,
	modalities: { input: ['text'], output: ['text'] },
	cost: { input: 0.5, output: 1.5 },
	...over
});
/** A small LiteLLM list, with its documentation entry. */
const liteLlm = (entries: Record<string, unknown>) =>
	JSON.stringify({
		sample_spec: { litellm_provider: 'one of the providers', mode: 'one of the modes' },
		...entries
	});
const llEntry = (over: Record<string, unknown> = {}) => ({
	litellm_provider: 'together_ai',
	mode: 'chat',
	max_input_tokens: 131072,
	input_cost_per_token: 5e-7,
	output_cost_per_token: 1.5e-6,
	...over
});

const priceOf = (text: string) => read(text).data.offers[0]?.price;
const perUse = (input: number, output: number): Price => ({
	type: 'per-use',
	inputPerMTok: input,
	outputPerMTok: output
});
const unknown: Price = { type: 'unknown' };

describe('prices: only a stated price is a price', () => {
	const cases: { name: string; text: string; price: Price }[] = [
		{ name: 'OpenRouter per token', text: openRouter([orEntry()]), price: perUse(0.5, 1.5) },
		{
			name: 'OpenRouter :free',
			text: openRouter([
				orEntry({ id: 'acme/widget-7b:free', pricing: { prompt: '0', completion: '0' } })
			]),
			price: perUse(0, 0)
		},
		{
			name: 'OpenRouter 0/0 without a free mark',
			text: openRouter([orEntry({ pricing: { prompt: '0', completion: '0' } })]),
			price: unknown
		},
		{
			name: 'OpenRouter -1 (varies)',
			text: openRouter([orEntry({ pricing: { prompt: '-1', completion: '-1' } })]),
			price: unknown
		},
		{
			name: 'OpenRouter no pricing',
			text: openRouter([orEntry({ pricing: undefined })]),
			price: unknown
		},
		{
			name: 'OpenRouter a per-request fee',
			text: openRouter([
				orEntry({ pricing: { prompt: '0.000001', completion: '0.000002', request: '0.005' } })
			]),
			price: { ...perUse(1, 2), fees: [{ kind: 'request', usd: 0.005, unit: 'each' }] } as Price
		},
		{
			name: 'OpenRouter web_search on a model that does not search by itself: not a fee',
			text: openRouter([
				orEntry({ pricing: { prompt: '0.000001', completion: '0.000002', web_search: '0.01' } })
			]),
			price: perUse(1, 2)
		},
		{
			name: 'OpenRouter reasoning priced as output: not a fee; cache prices never count',
			text: openRouter([
				orEntry({
					pricing: {
						prompt: '0.000001',
						completion: '0.000002',
						internal_reasoning: '0.000002',
						input_cache_read: '0.0000001',
						input_cache_write: '0.0000012'
					}
				})
			]),
			price: perUse(1, 2)
		},
		{
			name: 'OpenRouter image output priced per token, for a model that outputs images',
			text: openRouter([
				orEntry({
					id: 'acme/painter',
					architecture: { output_modalities: ['image', 'text'] },
					pricing: { prompt: '0.0000003', completion: '0.0000025', image: '0.00003' }
				})
			]),
			price: {
				...perUse(0.3, 2.5),
				fees: [{ kind: 'image-output', usd: 30, unit: 'mtok' }]
			} as Price
		},
		{ name: 'models.dev per million', text: modelsDev({ w: mdEntry() }), price: perUse(0.5, 1.5) },
		{
			name: 'models.dev 0/0 (a plan, a trial)',
			text: modelsDev({ w: mdEntry({ cost: { input: 0, output: 0 } }) }),
			price: unknown
		},
		{
			name: 'models.dev "(free)" in the name',
			text: modelsDev({ w: mdEntry({ name: 'Widget 7B (free)', cost: { input: 0, output: 0 } }) }),
			price: perUse(0, 0)
		},
		{
			name: 'models.dev no cost',
			text: modelsDev({ w: mdEntry({ cost: undefined }) }),
			price: unknown
		},
		{
			name: 'models.dev a price that is not a number',
			text: modelsDev({ w: mdEntry({ cost: { input: 'cheap', output: 1 } }) }),
			price: unknown
		},
		{
			name: 'models.dev above 200k and reasoning',
			text: modelsDev({
				w: mdEntry({
					cost: {
						input: 1.25,
						output: 10,
						reasoning: 12,
						cache_read: 0.3,
						context_over_200k: { input: 2.5, output: 15 }
					}
				})
			}),
			price: {
				...perUse(1.25, 10),
				fees: [
					{ kind: 'reasoning', usd: 12, unit: 'mtok' },
					{ kind: 'long-context-input', usd: 2.5, unit: 'mtok', aboveTokens: 200_000 },
					{ kind: 'long-context-output', usd: 15, unit: 'mtok', aboveTokens: 200_000 }
				]
			} as Price
		},
		{
			name: 'models.dev local runner: free, on the device',
			text: modelsDev({ w: mdEntry({ cost: { input: 0, output: 0 } }) }, 'lmstudio'),
			price: { type: 'monthly', usdPerMonth: 0 }
		},
		{
			name: 'LiteLLM per token',
			text: liteLlm({ 'together_ai/acme/widget-7b': llEntry() }),
			price: perUse(0.5, 1.5)
		},
		{
			name: 'LiteLLM 0/0',
			text: liteLlm({
				'acme/widget-7b': llEntry({ input_cost_per_token: 0, output_cost_per_token: 0 })
			}),
			price: unknown
		},
		{
			name: 'LiteLLM above 200k',
			text: liteLlm({
				'gemini/gemini-9-pro': llEntry({
					litellm_provider: 'gemini',
					input_cost_per_token: 1.25e-6,
					output_cost_per_token: 1e-5,
					input_cost_per_token_above_200k_tokens: 2.5e-6,
					output_cost_per_token_above_200k_tokens: 1.5e-5
				})
			}),
			price: {
				...perUse(1.25, 10),
				fees: [
					{ kind: 'long-context-input', usd: 2.5, unit: 'mtok', aboveTokens: 200_000 },
					{ kind: 'long-context-output', usd: 15, unit: 'mtok', aboveTokens: 200_000 }
				]
			} as Price
		},
		{
			name: 'LiteLLM a search model: its per-query fee',
			text: liteLlm({
				'perplexity/sonar-pro': llEntry({
					litellm_provider: 'perplexity',
					input_cost_per_token: 3e-6,
					output_cost_per_token: 1.5e-5,
					search_context_cost_per_query: { search_context_size_low: 0.006 }
				})
			}),
			price: { ...perUse(3, 15), fees: [{ kind: 'search', usd: 0.006, unit: 'each' }] } as Price
		}
	];
	for (const c of cases) it(c.name, () => expect(priceOf(c.text)).toEqual(c.price));
});

describe('lifecycle and dates', () => {
	const model = (text: string) => read(text).data.models[0];
	const offer = (text: string) => read(text).data.offers[0];
	it('deprecated, or past retirement, is legacy; a future retirement is kept', () => {
		expect(offer(modelsDev({ w: mdEntry({ status: 'deprecated' }) }))?.status).toBe('legacy');
		expect(offer(openRouter([orEntry({ expiration_date: '2026-06-30' })]))?.status).toBe('legacy');
		expect(offer(openRouter([orEntry({ expiration_date: '2027-06-30' })]))).toMatchObject({
			status: 'released',
			retires: { precision: 'day', value: '2027-06-30' }
		});
		expect(
			offer(liteLlm({ 'acme/widget-7b': llEntry({ deprecation_date: '2026-01-01' }) }))?.status
		).toBe('legacy');
	});
	it('beta and alpha are released, labelled preview', () => {
		for (const status of ['beta', 'alpha']) {
			expect(offer(modelsDev({ w: mdEntry({ status }) }))).toMatchObject({
				status: 'released',
				preview: true
			});
		}
		expect(offer(modelsDev({ w: mdEntry() }))?.preview).toBeUndefined();
	});
	it('keeps month-only dates with their precision; drops impossible ones with a note', () => {
		expect(model(modelsDev({ w: mdEntry({ release_date: '2025-07' }) }))?.dates.released).toEqual({
			precision: 'month',
			value: '2025-07'
		});
		for (const bad of ['2025-02-31', '2025-13-01', '0099-02-29', 'soon', 20250101]) {
			const r = read(modelsDev({ w: mdEntry({ release_date: bad }) }));
			expect(r.data.models[0]?.dates, String(bad)).toEqual({});
			expect(r.notes).toEqual([
				expect.objectContaining({ code: 'date-dropped', field: 'release_date' })
			]);
		}
		// Dates that exist, in years the app does not take: dropped too, said for their year.
		for (const far of ['0099-01-01', '0001-01-01', '3000-01-01', '1899-12', '0001']) {
			const r = read(modelsDev({ w: mdEntry({ release_date: far }) }));
			expect(r.data.models[0]?.dates, far).toEqual({});
			expect(r.notes).toEqual([
				expect.objectContaining({ code: 'date-out-of-range', field: 'release_date' })
			]);
		}
		for (const created of [253402300800, -2208988801]) {
			const far = read(openRouter([orEntry({ created })]));
			expect(far.data.models[0]?.dates).toEqual({});
			expect(far.notes[0]).toMatchObject({ code: 'date-out-of-range', field: 'created' });
		}
		const never = read(openRouter([orEntry({ created: 1e300 })]));
		expect(never.notes[0]).toMatchObject({ code: 'date-dropped', field: 'created' });
	});
});

describe('makers and hosts', () => {
	it('a model is its maker’s, an offer its host’s, named "… via <host>"', () => {
		const r = read(
			modelsDev({
				'claude-sonnet-4-5': mdEntry({
					id: 'claude-sonnet-4-5',
					name: 'Claude Sonnet 4.5',
					family: 'claude-sonnet',
					open_weights: false
				})
			})
		);
		expect(r.data.models[0]).toMatchObject({
			id: 'claude-sonnet-4-5',
			vendor: 'anthropic',
			openness: 'closed'
		});
		expect(r.data.offers[0]).toMatchObject({
			name: { en: 'Claude Sonnet 4.5 via Acme Cloud', ar: 'Claude Sonnet 4.5 عبر Acme Cloud' },
			host: 'Acme Cloud',
			url: 'https://acme.example/docs'
		});
	});
	it('no known maker: "unknown maker", never the host', () => {
		const r = read(modelsDev({ z: mdEntry({ id: 'zorblax-9', name: 'Zorblax 9' }) }));
		expect(r.data.models[0]?.vendor).toBe('unknown-maker');
		expect(r.data.vendors).toEqual([
			{ id: 'unknown-maker', name: { en: 'Unknown maker', ar: 'صانع غير معروف' } }
		]);
	});
	it(':free and paid are two offers of one host, one model', () => {
		const r = read(
			openRouter([
				orEntry({ id: 'acme/widget-7b', name: 'Acme: Widget 7B' }),
				orEntry({ id: 'acme/widget-7b:free', name: 'Acme: Widget 7B (free)' })
			])
		);
		expect(r.data.models.map((m) => m.id)).toEqual(['widget-7b']);
		// And one way to run it yourself: an open 7B model (its Hugging Face id), one per model.
		expect(r.data.offers.map((o) => [o.id, o.name.en])).toEqual([
			['or-acme-widget-7b-api', 'Widget 7B via OpenRouter'],
			['or-acme-widget-7b-free-api', 'Widget 7B (free) via OpenRouter'],
			['widget-7b-local', 'Widget 7B on your device']
		]);
	});
	it('joins the shipped models by their aliases; the shipped facts win', () => {
		const r = read(
			openRouter([
				orEntry({
					id: 'openai/gpt-4o-2024-08-06',
					name: 'OpenAI: GPT-4o (2024-08-06)',
					hugging_face_id: null
				}),
				orEntry({
					id: 'deepseek/deepseek-r1',
					name: 'DeepSeek: R1',
					hugging_face_id: 'deepseek-ai/DeepSeek-R1'
				}),
				orEntry({ id: 'openai/o3-mini-high', name: 'OpenAI: o3 Mini High', hugging_face_id: null })
			])
		);
		expect(r.data.models).toEqual([]);
		expect(r.data.offers.map((o) => o.models[0])).toEqual(['gpt-4o', 'deepseek', 'o3-mini']);
		expect(r.data.offers[1]?.name.en).toBe('DeepSeek (R1 / V3) via OpenRouter');
	});
	it('joins entries of different lists into one model, in either order', () => {
		const or = openRouter([orEntry({ id: 'moonshotai/kimi-k2.6', name: 'MoonshotAI: Kimi K2.6' })]);
		const md = modelsDev({
			'kimi-k2.6': mdEntry({ id: 'kimi-k2.6', name: 'Kimi K2.6', family: 'kimi-k2' })
		});
		for (const [first, second] of [
			[or, md],
			[md, or]
		]) {
			const a = read(first!);
			const merged = {
				...context,
				vendors: [...context.vendors, ...a.data.vendors],
				models: [...context.models, ...a.data.models]
			};
			const b = readImport(second!, merged);
			if (!b.ok) throw new Error('refused');
			expect(b.data.models.map((m) => [m.id, m.vendor])).toEqual([['kimi-k2.6', 'moonshotai']]);
			expect(b.data.vendors).toEqual([]);
			expect(b.counts.joined).toBe(1);
		}
	});
	it('aliases the model ids earlier versions made, when the catalogue still has them', () => {
		const old = {
			...shippedCatalogue.models[0]!,
			id: 'or-acme-widget-7b',
			vendor: 'acme',
			citations: [],
			publicRecord: []
		};
		const r = readImport(openRouter([orEntry()]), { ...context, models: [...context.models, old] });
		expect(r.ok && r.data.aliases).toEqual([{ from: 'or-acme-widget-7b', to: 'widget-7b' }]);
		expect(r.ok && r.data.offers[0]?.id).toBe('or-acme-widget-7b-api');
		expect(read(openRouter([orEntry()])).data.aliases).toEqual([]);
	});
	it('keeps ids apart that differ only after their 76th character', () => {
		const long = `acme/${'x'.repeat(90)}`;
		const r = read(openRouter([orEntry({ id: `${long}-a` }), orEntry({ id: `${long}-b` })]));
		// Two API offers, and two "on your device" offers (open, 7B by their weights' id).
		expect(new Set(r.data.offers.map((o) => o.id)).size).toBe(4);
		expect(new Set(r.data.models.map((m) => m.id)).size).toBe(2);
	});
});

describe('ratings of offers of a shipped model: the rule of the shipped offer of their kind', () => {
	const shippedOffer = (id: string) => shippedCatalogue.offers.find((o) => o.id === id)!;
	const cases: { what: string; text: string; model: string; score: number | undefined }[] = [
		{
			what: 'the API alias gpt-4o: the API’s GPT-4o (1265), never ChatGPT’s (1377)',
			text: openRouter([orEntry({ id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o' })]),
			model: 'gpt-4o',
			score: 1265
		},
		{
			what: 'a dated GPT-4o: its own board entry',
			text: openRouter([orEntry({ id: 'openai/gpt-4o-2024-05-13', name: 'OpenAI: GPT-4o' })]),
			model: 'gpt-4o',
			score: 1285
		},
		{
			what: 'chatgpt-4o-latest serves ChatGPT’s GPT-4o',
			text: openRouter([orEntry({ id: 'openai/chatgpt-4o-latest', name: 'OpenAI: ChatGPT-4o' })]),
			model: 'gpt-4o',
			score: 1377
		},
		{
			what: 'DeepSeek R1 and V3 each their own entry, as the two shipped API offers',
			text: openRouter([orEntry({ id: 'deepseek/deepseek-v3', name: 'DeepSeek: V3' })]),
			model: 'deepseek',
			score: 1317
		},
		{
			what: 'DeepSeek’s API name for V3 (deepseek-chat): the shipped DeepSeek, V3’s entry',
			text: openRouter([orEntry({ id: 'deepseek/deepseek-chat', name: 'DeepSeek: DeepSeek V3' })]),
			model: 'deepseek',
			score: 1317
		},
		{
			what: 'its free variant alike',
			text: openRouter([
				orEntry({ id: 'deepseek/deepseek-chat:free', name: 'DeepSeek: DeepSeek V3 (free)' })
			]),
			model: 'deepseek',
			score: 1317
		},
		{
			what: 'and as LiteLLM lists the maker’s own API',
			text: liteLlm({
				'deepseek/deepseek-chat': llEntry({ litellm_provider: 'deepseek' })
			}),
			model: 'deepseek',
			score: 1317
		},
		{
			what: 'its API name for R1 (deepseek-reasoner), listed by models.dev: R1’s entry',
			text: modelsDev(
				{ r: mdEntry({ id: 'deepseek-reasoner', name: 'DeepSeek Reasoner' }) },
				'deepseek'
			),
			model: 'deepseek',
			score: 1361
		},
		{
			what: 'a host of GPT-4 (gpt-4 pointed to gpt-4-0613)',
			text: modelsDev({ 'gpt-4': mdEntry({ id: 'gpt-4', name: 'GPT-4', open_weights: false }) }),
			model: 'gpt-4',
			score: 1163
		},
		{
			what: 'a local runner of Mistral Small 3: the shipped "on your device" offer’s',
			text: modelsDev(
				{ m: mdEntry({ id: 'mistral-small-2501', name: 'Mistral Small 3' }) },
				'lmstudio'
			),
			model: 'mistral-small',
			score: 1217
		},
		{
			what: 'a model not on the board',
			text: openRouter([orEntry()]),
			model: 'widget-7b',
			score: undefined
		}
	];
	for (const c of cases) {
		it(c.what, () => {
			const offer = read(c.text).data.offers[0]!;
			expect(offer.models).toEqual([c.model]);
			expect(offer.rating?.score).toBe(c.score);
		});
	}
	it('gives the imported GPT-4o API offer the shipped API offer’s rating, note and all', () => {
		const offer = read(openRouter([orEntry({ id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o' })])).data
			.offers[0]!;
		expect(offer.rating).toEqual(shippedOffer('openai-api-gpt-4o').rating);
		expect(v.parse(OfferSchema, offer)).toEqual(offer);
	});
	it('and the chooser weighs it by that rating', () => {
		const r = read(openRouter([orEntry({ id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o' })]));
		const catalogue = {
			...shippedCatalogue,
			offers: [...shippedCatalogue.offers, ...r.data.offers]
		};
		const answer = recommend(catalogue, { ...defaultInputs(), usage: 5 });
		const options = [...answer.recommendations, ...answer.notAFit];
		const score = (id: string) => options.find((o) => o.offer.id === id)?.rating?.score;
		expect(score('or-openai-gpt-4o-api')).toBe(1265);
		expect(score('or-openai-gpt-4o-api')).toBe(score('openai-api-gpt-4o'));
	});
});

describe('release dates: a stated one over the day a list added the model, in either order', () => {
	// OpenRouter's `created` (2024-05-10) is before the release models.dev states (2024-05-13).
	const or = openRouter([
		orEntry({ id: 'acme/omni-9', name: 'Acme: Omni 9', created: 1715299200 })
	]);
	const md = modelsDev({ 'omni-9': mdEntry({ id: 'omni-9', release_date: '2024-05-13' }) });
	const stated = { released: { precision: 'day', value: '2024-05-13' } };
	const after = (first: ImportPreview) => ({
		...context,
		vendors: [...context.vendors, ...first.data.vendors],
		models: [...context.models, ...first.data.models]
	});
	const second = (a: string, b: string) => {
		const r = readImport(b, after(read(a)));
		if (!r.ok) throw new Error('refused');
		return r.data.models[0]?.dates;
	};
	it('OpenRouter alone: the day it added the model, said as such', () => {
		expect(read(or).data.models[0]?.dates).toEqual({
			released: { precision: 'day', value: '2024-05-10' },
			releasedFrom: 'listing'
		});
	});
	it('models.dev alone: its stated release date', () => {
		expect(read(md).data.models[0]?.dates).toEqual(stated);
	});
	it('OpenRouter first, then models.dev: the stated date replaces the earlier listing day', () => {
		expect(second(or, md)).toEqual(stated);
	});
	it('models.dev first, then OpenRouter: the stated date stays', () => {
		expect(second(md, or)).toEqual(stated);
	});
	it('two stated dates: the earlier', () => {
		const later = modelsDev({ 'omni-9': mdEntry({ id: 'omni-9', release_date: '2024-06' }) }, 'b');
		expect(second(later, md)).toEqual(stated);
		expect(second(md, later)).toEqual(stated);
	});
});

describe('makers: named once, never by import order, and only with their models', () => {
	// models.dev lists OpenRouter's ids under its `openrouter` provider, with no maker names.
	const md = modelsDev(
		{ 'sao10k/l3-euryale-70b': mdEntry({ id: 'sao10k/l3-euryale-70b', name: 'Euryale 70B' }) },
		'openrouter'
	);
	const or = openRouter([
		orEntry({ id: 'sao10k/l3-euryale-70b', name: 'Sao10K: Llama 3 Euryale 70B' })
	]);
	const into = (first: ImportPreview, vendors = first.data.vendors) => ({
		...context,
		vendors: [...context.vendors, ...vendors],
		models: [...context.models, ...first.data.models]
	});
	const named = (r: ReturnType<typeof readImport>) =>
		r.ok ? r.data.vendors.map((v) => [v.id, v.name.en, v.name.ar]) : r.problem;
	it('a maker stored by its id alone gets the proper name a later list gives', () => {
		const first = read(md);
		// Its id, read as a name until a list names it.
		expect(named(first)).toEqual([['sao10k', 'Sao10k', 'Sao10k']]);
		expect(named(readImport(or, into(first)))).toEqual([['sao10k', 'Sao10K', 'Sao10K']]);
	});
	it('a proper name is kept: a list with only the id does not undo it', () => {
		const first = read(or);
		expect(named(first)).toEqual([['sao10k', 'Sao10K', 'Sao10K']]);
		expect(named(readImport(md, into(first)))).toEqual([]);
	});
	it('a well-known maker has its Arabic name, and one an earlier import kept in Latin gets it', () => {
		const claude = openRouter([
			orEntry({ id: 'anthropic/claude-3.5-sonnet', name: 'Anthropic: Claude 3.5 Sonnet' })
		]);
		const first = read(claude);
		expect(named(first)).toEqual([['anthropic', 'Anthropic', 'أنثروبيك']]);
		const latin = [{ id: 'anthropic', name: { en: 'Anthropic', ar: 'Anthropic' } }];
		expect(named(readImport(claude, into(first, latin)))).toEqual([
			['anthropic', 'Anthropic', 'أنثروبيك']
		]);
		// A maker this app has no Arabic name for keeps its Latin one in both languages.
		expect(named(read(or))).toEqual([['sao10k', 'Sao10K', 'Sao10K']]);
	});
	it('never renames a maker the person named, or one a person’s own model is by', () => {
		const first = read(md);
		const typed = [{ id: 'sao10k', name: { en: 'Sao Ten K', ar: 'ساو' } }];
		expect(named(readImport(or, into(first, typed)))).toEqual([]);
		const mine = {
			...into(first),
			models: [...into(first).models, { ...first.data.models[0]!, id: 'my-euryale' }]
		};
		expect(named(readImport(or, mine))).toEqual([]);
	});
	it('writes no maker of nothing: a model that learnt its maker leaves no "unknown maker"', () => {
		// The first host does not say who made it; OpenRouter's id, listed by the second, does.
		const two = readImport(
			JSON.stringify({
				p: { name: 'P', models: { z: mdEntry({ id: 'zorblax-9', name: 'Zorblax 9' }) } },
				openrouter: {
					name: 'OpenRouter',
					models: { y: mdEntry({ id: 'zorb/zorblax-9', name: 'Zorblax 9' }) }
				}
			}),
			context
		);
		if (!two.ok) throw new Error('refused');
		expect(two.data.models.map((m) => [m.id, m.vendor])).toEqual([['zorblax-9', 'zorb']]);
		expect(named(two)).toEqual([['zorb', 'Zorb', 'Zorb']]);
	});
	it('every maker it writes is one a model it writes is by, or one already kept', () => {
		for (const text of [
			fixture('openrouter-models.sample.json'),
			fixture('models-dev-api.sample.json'),
			md,
			or
		]) {
			const r = read(text);
			const by = new Set(r.data.models.map((m) => m.vendor));
			for (const v of r.data.vendors) expect(by.has(v.id), v.id).toBe(true);
		}
	});
});

describe('an id with nothing to know it by', () => {
	const cases = [
		{
			what: 'OpenRouter',
			text: openRouter([orEntry({ id: '<   ', name: 'x' }), orEntry()]),
			entry: 'data[0] x',
			value: '"<   "'
		},
		{
			what: 'models.dev',
			text: modelsDev({ '<   ': mdEntry({ id: '<   ', name: 'x' }), w: mdEntry() }),
			entry: 'acme-cloud › x',
			value: '"<   "'
		},
		{
			what: 'LiteLLM, whose key is the id',
			text: liteLlm({ '<   ': llEntry(), 'acme/widget-7b': llEntry() }),
			entry: '<   ',
			value: '"<   "'
		}
	];
	for (const c of cases) {
		it(`${c.what}: skipped as an unusable id, known by its name`, () => {
			const r = read(c.text);
			expect(r.skipped).toEqual([
				expect.objectContaining({ entry: c.entry, code: 'unusable-id', value: c.value })
			]);
			expect(r.data.models.map((m) => m.id)).toEqual(['widget-7b']);
		});
	}
});

describe('files that are not JSON', () => {
	it('are found where a parser finds them: any JSON text reads, any other text does not', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.json(),
					fc.string(),
					fc.json().map((j) => j.slice(0, -1))
				),
				(text) => {
					let parses = true;
					try {
						JSON.parse(text);
					} catch {
						parses = false;
					}
					expect(jsonErrorAt(text) === -1, JSON.stringify(text)).toBe(parses);
				}
			),
			{ numRuns: 1000 }
		);
	});
	it('a byte-order mark before the JSON is no fault', () => {
		expect(read(`\uFEFF${openRouter([orEntry()])}`).data.models).toHaveLength(1);
	});
	it('say where in a long file it stops being JSON, in linear time', () => {
		const text = `[${'1,'.repeat(500_000)}x]`;
		const started = performance.now();
		const r = readImport(text, context);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(r.ok ? 'accepted' : r.problem).toEqual({ code: 'not-json', line: 1, column: 1_000_002 });
	});
});

describe('models that do not chat, by real ids of each kind', () => {
	const cases: [string, string][] = [
		['openai/text-embedding-3-large', 'embedding'],
		['qwen3-embedding-8b', 'embedding'],
		['cohere/rerank-v3.5', 'rerank'],
		['openai/whisper-1', 'speech-to-text'],
		['openai/gpt-4o-transcribe', 'speech-to-text'],
		['openai/gpt-4o-mini-tts', 'text-to-speech'],
		['openai/tts-1-hd', 'text-to-speech'],
		['openai/omni-moderation-latest', 'moderation'],
		['meta-llama/llama-guard-4-12b', 'moderation'],
		['openai/gpt-image-1', 'image'],
		['google/gemini-2.5-flash-image', 'image'],
		['black-forest-labs/flux-1.1-pro', 'image'],
		['google/lyria-3-pro-preview', 'music'],
		['google/veo-3.1', 'video'],
		['openai/gpt-4o', 'chat'],
		['openai/gpt-4o-audio-preview', 'chat'],
		['meta-llama/llama-3.2-11b-vision-instruct', 'chat']
	];
	for (const [id, task] of cases) {
		it(`${id}: ${task}`, () => {
			const r = read(openRouter([orEntry({ id, name: id })]));
			const model = r.data.models[0] ?? shippedCatalogue.models.find((m) => m.id === 'gpt-4o');
			expect(model?.task ?? 'chat').toBe(task);
		});
	}
	it('LiteLLM’s mode decides, and output without text', () => {
		expect(
			read(liteLlm({ 'voyage/voyage-3': llEntry({ mode: 'embedding' }) })).data.models[0]?.task
		).toBe('embedding');
		expect(
			read(
				modelsDev({
					p: mdEntry({ id: 'painter-2', modalities: { input: ['text'], output: ['image'] } })
				})
			).data.models[0]?.task
		).toBe('image');
	});
});

describe('openness by format', () => {
	it('OpenRouter: open with a Hugging Face id, else unknown; models.dev: its word; LiteLLM: unknown', () => {
		expect(read(openRouter([orEntry()])).data.models[0]?.openness).toBe('open-weights');
		expect(read(openRouter([orEntry({ hugging_face_id: '' })])).data.models[0]?.openness).toBe(
			'unknown'
		);
		expect(read(modelsDev({ w: mdEntry({ open_weights: false }) })).data.models[0]?.openness).toBe(
			'closed'
		);
		expect(read(liteLlm({ 'acme/widget-7b': llEntry() })).data.models[0]?.openness).toBe('unknown');
	});
});

describe('entry by entry', () => {
	it('skips what cannot be read, with its reason in the file’s terms, and keeps the rest', () => {
		const r = read(openRouter([orEntry(), 42, orEntry({ id: '' }), orEntry({ id: 'acme/other' })]));
		expect(r.found).toBe(4);
		expect(r.skipped).toEqual([
			{ entry: 'data[1]', code: 'not-an-object' },
			// Known by its name where it has no id.
			{ entry: 'data[2] Acme: Widget 7B', code: 'no-id', field: 'id' }
		]);
		expect(r.data.models.map((m) => m.id)).toEqual(['widget-7b', 'other']);
	});
	it('LiteLLM’s sample_spec is documentation, not a model', () => {
		const r = read(liteLlm({ 'acme/widget-7b': llEntry() }));
		expect(r.found).toBe(1);
		expect(r.skipped).toEqual([]);
	});
	it('a skipped entry never changes the others', () => {
		const good = fc.array(
			fc.record({
				id: fc.stringMatching(/^[a-z]{1,6}\/[a-z0-9][a-z0-9-]{0,11}[a-z0-9]$/),
				prompt: fc.double({ min: 0, max: 1e-4, noNaN: true })
			}),
			{ minLength: 1, maxLength: 8 }
		);
		const bad = fc.oneof(fc.constant(null), fc.integer(), fc.constant({ id: 7 }), fc.constant([]));
		fc.assert(
			fc.property(good, fc.array(bad, { maxLength: 4 }), fc.nat(), (goods, bads, at) => {
				const entries = goods.map((g) =>
					orEntry({ id: g.id, pricing: { prompt: String(g.prompt), completion: '0.000001' } })
				);
				const alone = read(openRouter(entries)).data;
				const mixed: unknown[] = [...entries];
				for (const b of bads) mixed.splice(at % (mixed.length + 1), 0, b);
				const r = read(openRouter(mixed));
				expect(r.data).toEqual(alone);
				expect(r.skipped).toHaveLength(bads.length);
			}),
			{ numRuns: 200 }
		);
	});
	it('no price is negative, or free unless the source marks it', () => {
		const price = fc.oneof(
			fc.double({ noNaN: false }).map(String),
			fc.constantFrom('0', '-1', '', 'variable', '1e-6', '-0'),
			fc.constant(undefined)
		);
		fc.assert(
			fc.property(fc.boolean(), price, price, (free, prompt, completion) => {
				const id = free ? 'acme/w:free' : 'acme/w';
				const offer = read(openRouter([orEntry({ id, pricing: { prompt, completion } })])).data
					.offers[0]!;
				const p = offer.price;
				if (p.type === 'per-use') {
					expect(p.inputPerMTok).toBeGreaterThanOrEqual(0);
					expect(p.outputPerMTok).toBeGreaterThanOrEqual(0);
					if (p.inputPerMTok === 0 && p.outputPerMTok === 0) expect(free).toBe(true);
				}
			}),
			{ numRuns: 300 }
		);
	});
	it('every record it builds is one the catalogue’s schema accepts as it is', () => {
		for (const text of [
			fixture('openrouter-models.sample.json'),
			fixture('models-dev-api.sample.json'),
			liteLlm({ 'acme/widget-7b': llEntry(), 'gemini/x': llEntry({ deprecation_date: '2099-01' }) })
		]) {
			const r = read(text);
			for (const [schema, records] of [
				[ModelSchema, r.data.models],
				[OfferSchema, r.data.offers],
				[VendorSchema, r.data.vendors]
			] as const) {
				for (const record of records) {
					const parsed = v.safeParse(schema, record);
					expect(parsed.success && parsed.output, JSON.stringify(record)).toEqual(record);
				}
			}
		}
	});
	it('reads a list of 30,000 entries in well under the bench’s limit', () => {
		const entries = Array.from({ length: 30_000 }, (_, i) => orEntry({ id: `acme/m-${i}` }));
		const started = performance.now();
		const r = read(openRouter(entries));
		// One API offer each, and one "on your device" offer each: every entry names its weights
		// (`acme/Widget-7B`), so each model is open and 7B.
		expect(r.data.offers).toHaveLength(60_000);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('refusals: the whole file', () => {
	const cases: { name: string; text: string; problem: Record<string, unknown> }[] = [
		{ name: 'a file cut off', text: '{"data": [', problem: { code: 'cut-off' } },
		{ name: 'an empty file', text: '', problem: { code: 'empty-file' } },
		{ name: 'a file of spaces', text: ' \n\t ', problem: { code: 'empty-file' } },
		{ name: 'a web page', text: '\n<!DOCTYPE html><html>', problem: { code: 'web-page' } },
		{
			name: 'text that is not JSON, where it stops being JSON',
			text: '{\n  "data": [\n    {"id": x}\n  ]\n}',
			problem: { code: 'not-json', line: 3, column: 12 }
		},
		{
			name: 'an export of another version',
			text: '{"format": "model-chooser-export", "version": 2}',
			problem: { code: 'version', version: '2' }
		},
		{
			name: 'an export whose models are not a list',
			text: '{"format": "model-chooser-export", "version": 1, "models": {}}',
			problem: { code: 'not-a-list', path: '$.models' }
		},
		{ name: 'a wrong format', text: '{"hello": "world"}', problem: { code: 'unknown-format' } },
		{ name: 'an array', text: '[1,2,3]', problem: { code: 'unknown-format' } },
		{
			name: '__proto__ keys',
			text: '{"data": [{"id": "a/b", "__proto__": {"polluted": true}}]}',
			problem: { code: 'unsafe-key', key: '__proto__', path: '$.data[0]' }
		},
		{
			name: 'constructor keys',
			text: '{"x": {"models": {"constructor": {}}}}',
			problem: { code: 'unsafe-key', key: 'constructor' }
		},
		{
			name: 'javascript: in a link field',
			text: openRouter([orEntry({ links: { details: ' javascript:alert(1)' } })]),
			problem: { code: 'unsafe-link', path: '$.data[0].links.details' }
		},
		{
			name: 'data: in a models.dev doc link',
			text: JSON.stringify({ p: { doc: 'data:text/html,<b>x</b>', models: {} } }),
			problem: { code: 'unsafe-link', path: '$.p.doc' }
		},
		{
			name: 'markup in a name',
			text: openRouter([orEntry({ name: '<img src=x onerror=alert(1)>' })]),
			problem: { code: 'markup', path: '$.data[0].name' }
		},
		{
			name: 'markup in an export’s name',
			text: JSON.stringify({
				format: 'model-chooser-export',
				version: 1,
				vendors: [{ id: 'a', name: { en: 'A <script>x</script>', ar: 'A' } }]
			}),
			problem: { code: 'markup', path: '$.vendors[0].name' }
		},
		{ name: 'an empty list', text: '{"data": []}', problem: { code: 'empty' } }
	];
	for (const c of cases) {
		it(`refuses ${c.name}, saying what and where`, () => {
			const r = readImport(c.text, context);
			expect(r.ok ? 'accepted' : r.problem).toMatchObject(c.problem);
		});
	}
	it('keeps plain text with angle brackets and "Data:" outside link fields', () => {
		const r = read(
			openRouter([orEntry({ name: 'x < y > z', description: 'Data: javascript: <b>not kept</b>' })])
		);
		expect(r.data.models[0]?.name.en).toBe('x < y > z');
	});
	it('never throws and never pollutes prototypes, whatever the file', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((x) => JSON.stringify({ data: [x] })),
					fc.jsonValue().map((x) => JSON.stringify({ p: { models: { m: x } } })),
					fc.jsonValue().map((x) => JSON.stringify({ sample_spec: {}, m: x })),
					fc
						.jsonValue()
						.map((x) => JSON.stringify({ format: 'model-chooser-export', version: 1, models: [x] }))
				),
				(text) => {
					expect(() => readImport(text, context)).not.toThrow();
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			),
			{ numRuns: 500 }
		);
		expect(findUnsafe(JSON.parse('{"a":[{"b":{"prototype":1}}]}'))).toEqual({
			code: 'unsafe-key',
			key: 'prototype',
			path: '$.a[0].b'
		});
	});
	it('has one reader per list, each recognising only its own shape', () => {
		const files = {
			openrouter: openRouter([orEntry()]),
			'models-dev': modelsDev({ w: mdEntry() }),
			litellm: liteLlm({ 'acme/w': llEntry() })
		};
		for (const [format, text] of Object.entries(files)) {
			const data = JSON.parse(text);
			expect(LIST_READERS.filter((r) => r.detect(data)).map((r) => r.format)).toEqual([format]);
		}
	});
});

describe('export', () => {
	it('round-trips everything the person made, aliases too', () => {
		const r = read(fixture('models-dev-api.sample.json'));
		const own: OwnData = {
			...r.data,
			edits: [
				{
					key: 'offer:chatgpt-plus',
					patch: { price: { type: 'monthly', usdPerMonth: 22 } },
					at: '2026-01-01T00:00:00.000Z'
				}
			],
			notes: [{ modelId: 'gpt-4', text: 'Use for long documents', at: '2026-01-01T00:00:00.000Z' }],
			favourites: ['model:gpt-4'],
			aliases: [{ from: 'md-deepseek-deepseek-chat', to: 'deepseek-chat' }]
		};
		const back = read(writeExport(own, '2025-02-20.3'));
		expect(back.format).toBe('model-chooser');
		expect(back.data).toEqual(own);
		expect(back.skipped).toEqual([]);
	});
	it('reads an export made before aliases existed', () => {
		const text = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			vendors: [],
			models: [],
			offers: [],
			edits: [],
			notes: [],
			favourites: ['model:gpt-4']
		});
		expect(read(text).data.aliases).toEqual([]);
	});
	it('counts what it reads and what it writes alike: every ready entry is written', () => {
		const text = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			vendors: [{ id: 'acme', name: { en: 'Acme', ar: 'أكمي' } }],
			models: [
				{ ...shippedCatalogue.models[0]!, id: 'acme-x', vendor: 'acme', aliases: undefined }
			],
			offers: [{ ...shippedCatalogue.offers[0]!, id: 'acme-x-use', models: ['acme-x'] }]
		});
		const r = read(text);
		expect([r.found, r.skipped.length, r.entries]).toEqual([3, 0, 3]);
		expect(r.data.vendors.map((v) => v.id)).toEqual(['acme']);
	});
	it('says why a field does not fit in the app’s own terms, never the schema library’s', () => {
		const model = { ...shippedCatalogue.models[0]!, aliases: undefined };
		const offer = shippedCatalogue.offers.find((o) => o.id === 'deepseek-api')!;
		const cases: [Record<string, unknown>, string, string, string?][] = [
			[
				{ offers: [{ ...offer, price: { type: 'per-use', inputPerMTok: 'x', outputPerMTok: 1 } }] },
				'field-not-a-number',
				'price.inputPerMTok',
				'"x"'
			],
			[
				{ offers: [{ ...offer, price: { type: 'per-use', inputPerMTok: -1, outputPerMTok: 1 } }] },
				'field-out-of-range',
				'price.inputPerMTok',
				'-1'
			],
			[{ offers: [{ ...offer, kind: 'rental' }] }, 'field-not-a-choice', 'kind', '"rental"'],
			[{ offers: [{ ...offer, colour: 'red' }] }, 'field-unknown', 'colour'],
			[{ models: [{ ...model, id: 'gpt-9', licence: undefined }] }, 'field-missing', 'licence'],
			[
				{ models: [{ ...model, id: 'gpt-9', name: 'GPT-9' }] },
				'field-not-an-object',
				'name',
				'"GPT-9"'
			],
			[{ models: [{ ...model, id: 'Not An Id' }] }, 'field-wrong-form', 'id', '"Not An Id"'],
			[{ notes: [{ modelId: 'gpt-4', text: 7, at: 'now' }] }, 'field-not-text', 'text', '7'],
			// A date that exists, outside the years the app takes, at any precision; an impossible
			// day is another thing.
			...(
				[
					['day', '0001-01-01'],
					['day', '3000-01-01'],
					['month', '1899-12'],
					['year', '0001']
				] as const
			).map(([precision, value]): [Record<string, unknown>, string, string, string] => [
				{ models: [{ ...model, id: 'gpt-9', dates: { released: { precision, value } } }] },
				'field-date-out-of-range',
				'dates.released.value',
				`"${value}"`
			]),
			[
				{
					models: [
						{
							...model,
							id: 'gpt-9',
							dates: { released: { precision: 'day', value: '2025-02-31' } }
						}
					]
				},
				'field-not-a-day',
				'dates.released.value',
				'"2025-02-31"'
			]
		];
		for (const [lists, code, field, value] of cases) {
			const r = read(JSON.stringify({ format: 'model-chooser-export', version: 1, ...lists }));
			expect(r.skipped, code).toEqual([
				expect.objectContaining({ code, field, ...(value ? { value } : {}) })
			]);
		}
	});
	it('skips an offer whose model is neither in the file nor in the catalogue', () => {
		const offer = shippedCatalogue.offers.find((o) => o.id === 'deepseek-api')!;
		const text = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			offers: [
				{ ...offer, id: 'mine', models: ['nowhere'] },
				{ ...offer, id: 'mine-2' }
			]
		});
		const r = read(text);
		expect(r.data.offers.map((o) => o.id)).toEqual(['mine-2']);
		expect(r.skipped).toEqual([
			{ entry: 'offers[0] mine', code: 'unknown-model', value: '"nowhere"' }
		]);
	});
	it('an id given twice in the file is kept once, and counted as stored', () => {
		const offer = shippedCatalogue.offers.find((o) => o.id === 'deepseek-api')!;
		const text = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			offers: [
				{ ...offer, id: 'mine' },
				{ ...offer, id: 'mine', name: { en: 'Second', ar: 'الثاني' } }
			],
			favourites: ['offer:mine', 'offer:mine'],
			notes: [
				{ modelId: 'gpt-4o', text: 'one', at: '2026-01-01' },
				{ modelId: 'gpt-4o', text: 'two', at: '2026-01-02' }
			]
		});
		const r = read(text);
		expect(r.data.offers.map((o) => o.name.en)).toEqual([offer.name.en]);
		expect(r.data.favourites).toEqual(['offer:mine']);
		expect(r.data.notes.map((n) => n.text)).toEqual(['one']);
		expect(r.skipped).toEqual([
			{ entry: 'offers[1] mine', code: 'duplicate-id' },
			{ entry: 'notes[1] gpt-4o', code: 'duplicate-id' },
			{ entry: 'favourites[1] offer:mine', code: 'duplicate-id' }
		]);
		// The done message's count is what the import writes.
		expect(r.entries).toBe(3);
		expect(r.found - r.skipped.length).toBe(r.entries);
	});
	it('refuses markup in a name of any language, and keeps "a < b > c" as a name', () => {
		const model = shippedCatalogue.models.find((m) => m.id === 'gpt-4o')!;
		const file = (ar: string) =>
			JSON.stringify({
				format: 'model-chooser-export',
				version: 1,
				models: [{ ...model, id: 'mine-x', name: { en: 'Mine', ar } }]
			});
		const refused = readImport(file('نموذج <img src=x onerror=alert(1)>'), context);
		expect(refused.ok ? 'accepted' : refused.problem).toEqual({
			code: 'markup',
			path: '$.models[0].name'
		});
		expect(read(file('أ < ب > ج')).data.models[0]?.name.ar).toBe('أ < ب > ج');
	});
});

describe('makerOf: who made a model, from its id’s path', () => {
	const maker = (id: string, provider?: string, family?: string) =>
		makerOf(id, {
			key: id.slice(id.lastIndexOf('/') + 1),
			provider,
			family,
			prefixIsMaker: servesOpenRouterIds(provider)
		})?.id;
	it.each([
		// [id, provider the entry is listed under, family, maker]
		['mistralai/mistral-large', 'openrouter', undefined, 'mistral'],
		['thedrummer/rocinante-12b', 'openrouter', undefined, 'thedrummer'],
		['~anthropic/claude-sonnet-latest', 'openrouter', undefined, 'anthropic'],
		['z-ai/glm-5', 'OpenRouter', undefined, 'z-ai'],
		['openrouter/auto', 'openrouter', undefined, 'openrouter'],
		['@cf/meta/llama-3.1-8b-instruct', 'cloudflare-workers-ai', undefined, 'meta'],
		['accounts/fireworks/models/deepseek-v3', 'fireworks-ai', undefined, 'deepseek'],
		['meta-llama/Llama-3.3-70B-Instruct', 'togetherai', undefined, 'meta'],
		// A host's own route is not a maker; the family or the maker's own listing says who.
		['route/kimi-k2.6', 'route', 'kimi', 'moonshotai'],
		['route/l3.1-euryale-70b', 'route', undefined, undefined],
		['kimi-k2.6', 'moonshotai', undefined, 'moonshotai'],
		// A host of other makers' models is never the maker.
		['some-finetune-8b', 'openrouter', undefined, undefined],
		['some-finetune-8b', 'nvidia', undefined, undefined],
		['claude-3-5-haiku', 'amazon-bedrock', 'claude-haiku', 'anthropic']
	])('%s under %s (family %s) → %s', (id, provider, family, expected) => {
		expect(maker(id, provider, family)).toBe(expected);
	});
});

describe('makerOf: a maker the list names only by its id’s prefix', () => {
	it.each([
		['acme/model-a', 'Acme'],
		['deep-cogito/cogito-v2', 'Deep Cogito'],
		['~some_lab/x', 'Some Lab']
	])('%s is made by “%s”', (id, name) => {
		expect(makerOf(id, { key: 'x', provider: 'openrouter', prefixIsMaker: true })?.name).toBe(name);
	});

	it('takes the name the list gives, as written', () => {
		const hints = {
			key: 'x',
			provider: 'openrouter',
			prefixIsMaker: true,
			makerName: 'TheDrummer'
		};
		expect(makerOf('thedrummer/rocinante-12b', hints)).toEqual({
			id: 'thedrummer',
			name: 'TheDrummer'
		});
	});
});

describe('slug', () => {
	it('makes ids the schema accepts', () => {
		expect(slug('OpenAI: GPT-5.5 Pro', 'or-')).toBe('or-openai-gpt-5.5-pro');
		expect(slug('__proto__', 'md-')).toBe('md-proto');
		expect(slug('<script>', '')).toBe('script');
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(slug(s, 'x-')).toMatch(/^[a-z0-9][a-z0-9.-]{0,79}$/);
			})
		);
	});
});

describe('applyEdits', () => {
	it('lays an edit over the shipped record and keeps the original beside it', () => {
		const { catalogue, applied } = applyEdits(shippedCatalogue, [
			{
				key: 'offer:chatgpt-plus',
				patch: { price: { type: 'monthly', usdPerMonth: 22 } },
				at: 'now'
			}
		]);
		expect(catalogue.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 22
		});
		expect(applied.get('offer:chatgpt-plus')?.original).toEqual({
			price: { type: 'monthly', usdPerMonth: 20 }
		});
		const answer = recommend(catalogue, { ...defaultInputs(), budget: 20 });
		expect(answer.notAFit.map((o) => o.offer.id)).toContain('chatgpt-plus');
	});
});
