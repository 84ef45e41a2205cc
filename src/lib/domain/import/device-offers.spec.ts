/**
 * "On your device" offers for imported open models of known size (PRODUCT.md §9): one per model
 * after the join, free, on the person's own device, with the model's weights page; none above
 * 256 GB, none for a shipped model (the catalogue has its own), the same id on every import.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { ID_PATTERN, OfferSchema, ParametersSchema, type Catalogue } from '../catalogue';
import { defaultInputs } from '../inputs';
import { memoryNeedGb } from '../memory';
import { applyEdits } from '../overlay';
import { recommend } from '../recommend';
import { DEVICE_OFFER_MAX_GB, deviceOfferId } from './build';
import { readImport, shippedContext, type ImportContext, type ImportPreview } from './index';

const TODAY = '2026-12-03';
const context = shippedContext(TODAY);

function read(list: unknown, into: ImportContext = context): ImportPreview {
	const r = readImport(JSON.stringify(list), into);
	if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
	return r;
}

/** The catalogue after an import, as the app reads its next import against it. */
const after = (first: ImportPreview, before: ImportContext = context): ImportContext => ({
	vendors: [...before.vendors, ...first.data.vendors],
	models: [...before.models, ...first.data.models],
	offers: [...(before.offers ?? shippedCatalogue.offers), ...first.data.offers],
	today: TODAY
});

/** An OpenRouter entry as its list writes one; `hf` its weights (open), `null` none. */
const or = (id: string, name: string, hf: string | null, over: Record<string, unknown> = {}) => ({
	id,
	name,
	created: 1767225600,
	hugging_face_id: hf,
	pricing: { prompt: '0.0000001', completion: '0.0000002' },
	architecture: { input_modalities: ['text'], output_modalities: ['text'] },
	...over
});
const openRouter = (...data: unknown[]) => ({ data });

/** A models.dev entry of one host. */
const md = (id: string, name: string, open: boolean | undefined) => ({
	id,
	name,
	release_date: '2025-05-01',
	...(open === undefined ? {} : { open_weights: open }),
	modalities: { input: ['text'], output: ['text'] },
	cost: { input: 0.1, output: 0.3 }
});
const modelsDev = (providers: Record<string, Record<string, unknown>>) =>
	Object.fromEntries(
		Object.entries(providers).map(([key, models]) => [
			key,
			{
				id: key,
				name: key === 'lmstudio' ? 'LMStudio' : `Host ${key}`,
				doc: `https://${key}.example/docs`,
				...(key === 'lmstudio' ? { api: 'http://127.0.0.1:1234/v1' } : {}),
				models
			}
		])
	);

const devices = (p: ImportPreview) => p.data.offers.filter((o) => o.id.endsWith('-local'));

describe('an "on your device" offer', () => {
	const llama = read(
		openRouter(
			or(
				'meta-llama/llama-3.1-8b-instruct',
				'Meta: Llama 3.1 8B Instruct',
				'meta-llama/Llama-3.1-8B-Instruct'
			),
			or(
				'meta-llama/llama-3.1-8b-instruct:free',
				'Meta: Llama 3.1 8B Instruct (free)',
				'meta-llama/Llama-3.1-8B-Instruct',
				{
					pricing: { prompt: '0', completion: '0' }
				}
			)
		)
	);

	it('is made for an open model of known size: free, on the device, its weights page', () => {
		expect(llama.data.models.map((m) => [m.id, m.parameters])).toEqual([
			['llama-3.1-8b-instruct', { totalB: 8 }]
		]);
		expect(devices(llama)).toEqual([
			{
				id: 'llama-3.1-8b-instruct-local',
				name: {
					en: 'Llama 3.1 8B Instruct on your device',
					ar: 'Llama 3.1 8B Instruct على جهازك'
				},
				kind: 'self-hosted',
				models: ['llama-3.1-8b-instruct'],
				price: { type: 'monthly', usdPerMonth: 0 },
				runsOn: { place: 'device' },
				status: 'released',
				list: { name: 'openrouter', asOf: TODAY },
				url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
				perks: [
					{
						en: 'Runs offline; nothing leaves your device',
						ar: 'يعمل دون اتصال؛ لا يغادر شيء جهازك'
					}
				],
				claims: [],
				citations: [],
				publicRecord: []
			}
		]);
		// After the list's own offers, one per model however many variants the host has.
		expect(llama.data.offers.map((o) => o.id)).toEqual([
			'or-meta-llama-llama-3.1-8b-instruct-api',
			'or-meta-llama-llama-3.1-8b-instruct-free-api',
			'llama-3.1-8b-instruct-local'
		]);
		for (const offer of llama.data.offers) {
			expect(v.parse(OfferSchema, offer)).toEqual(offer);
		}
	});

	it('is counted apart: not a host’s offer, not free by the list’s word', () => {
		expect(llama.counts).toEqual({
			models: 1,
			sized: 1,
			newModels: 1,
			knownModels: 0,
			offers: 3,
			knownOffers: 0,
			selfHosted: 1,
			hosts: 1,
			free: 1,
			legacy: 0,
			joined: 0,
			notChat: 0
		});
	});

	it('takes its model’s status', () => {
		const retired = read(
			openRouter(
				or('acme/widget-14b', 'Acme: Widget 14B', 'acme/Widget-14B', {
					expiration_date: '2026-01-31'
				})
			)
		);
		expect(devices(retired).map((o) => [o.id, o.status])).toEqual([['widget-14b-local', 'legacy']]);
	});
});

describe('which models get one', () => {
	it('needs at most 256 GB at 4 bits: 397B does, 398B does not; Llama 4 Maverick (400B) not', () => {
		expect(memoryNeedGb(397)).toBeLessThanOrEqual(DEVICE_OFFER_MAX_GB);
		expect(memoryNeedGb(398)).toBeGreaterThan(DEVICE_OFFER_MAX_GB);
		const r = read(
			openRouter(
				or('acme/big-397b', 'Acme: Big 397B', 'acme/Big-397B'),
				or('acme/big-398b', 'Acme: Big 398B', 'acme/Big-398B'),
				or('qwen/qwen3-235b-a22b', 'Qwen: Qwen3 235B A22B', 'Qwen/Qwen3-235B-A22B'),
				or(
					'meta-llama/llama-4-scout',
					'Meta: Llama 4 Scout',
					'meta-llama/Llama-4-Scout-17B-16E-Instruct'
				),
				or(
					'meta-llama/llama-4-maverick',
					'Meta: Llama 4 Maverick',
					'meta-llama/Llama-4-Maverick-17B-128E-Instruct'
				),
				or(
					'nousresearch/hermes-3-llama-3.1-405b',
					'Nous: Hermes 3 405B Instruct',
					'NousResearch/Hermes-3-Llama-3.1-405B'
				)
			)
		);
		expect(devices(r).map((o) => o.models[0])).toEqual([
			'big-397b',
			'qwen3-235b-a22b',
			'llama-4-scout'
		]);
		expect(r.counts).toMatchObject({ models: 6, sized: 6, selfHosted: 3 });
	});

	it('needs open weights and a known size; a closed or unknown model keeps its size', () => {
		const r = read(
			openRouter(
				or('google/gemini-flash-1.5-8b', 'Google: Gemini 1.5 Flash-8B', null),
				or('moonshotai/kimi-k2', 'MoonshotAI: Kimi K2', 'moonshotai/Kimi-K2-Instruct'),
				or(
					'mistralai/mistral-nemo',
					'Mistral: Mistral Nemo',
					'mistralai/Mistral-Nemo-Instruct-2407'
				)
			)
		);
		expect(r.data.models.map((m) => [m.id, m.openness, m.parameters])).toEqual([
			['gemini-flash-1.5-8b', 'unknown', { totalB: 8 }],
			['kimi-k2', 'open-weights', undefined],
			['mistral-nemo', 'open-weights', undefined]
		]);
		expect(devices(r)).toEqual([]);
		const closed = read(modelsDev({ acme: { 'widget-8b': md('widget-8b', 'Widget 8B', false) } }));
		expect(closed.data.models[0]?.parameters).toEqual({ totalB: 8 });
		expect(devices(closed)).toEqual([]);
	});

	it('is made once a model is open by any list’s word, even LiteLLM’s (which never says)', () => {
		const liteLlm = {
			sample_spec: { litellm_provider: 'one of the providers', mode: 'one of the modes' },
			'groq/llama-3.1-8b-instant': {
				litellm_provider: 'groq',
				mode: 'chat',
				input_cost_per_token: 5e-8,
				output_cost_per_token: 8e-8
			}
		};
		const alone = read(liteLlm);
		expect(alone.data.models[0]).toMatchObject({
			id: 'llama-3.1-8b-instant',
			openness: 'unknown',
			parameters: { totalB: 8 }
		});
		expect(devices(alone)).toEqual([]);
		const first = read(
			modelsDev({
				groq: { 'llama-3.1-8b-instant': md('llama-3.1-8b-instant', 'Llama 3.1 8B Instant', true) }
			})
		);
		const second = read(liteLlm, after(first));
		expect(devices(second).map((o) => [o.id, o.list?.name, o.url])).toEqual([
			[
				'llama-3.1-8b-instant-local',
				'litellm',
				'https://huggingface.co/models?search=llama-3.1-8b-instant'
			]
		]);
	});

	it('is never made for a model that joins a shipped one: DeepSeek R1, Mistral Small', () => {
		const r = read(
			openRouter(
				or('deepseek/deepseek-r1', 'DeepSeek: R1', 'deepseek-ai/DeepSeek-R1'),
				or(
					'mistralai/mistral-small-24b-instruct-2501',
					'Mistral: Mistral Small 3',
					'mistralai/Mistral-Small-24B-Instruct-2501'
				),
				or(
					'deepseek/deepseek-r1-distill-qwen-7b',
					'DeepSeek: R1 Distill Qwen 7B',
					'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'
				)
			)
		);
		expect(r.data.models).toEqual([]);
		expect(r.counts).toMatchObject({ joined: 3, sized: 0, selfHosted: 0 });
		expect(devices(r)).toEqual([]);
		// The shipped models keep their own facts and offers.
		const shipped = (id: string) => shippedCatalogue.models.find((m) => m.id === id)?.parameters;
		expect(shipped('deepseek')).toEqual({ totalB: 671, activeB: 37 });
		expect(shipped('deepseek-r1-distill-qwen-7b')).toEqual({ totalB: 7.615616512 });
	});

	it('keeps a size the catalogue already has, and adds one it lacks', () => {
		const first = read(openRouter(or('acme/widget', 'Acme: Widget', 'acme/Widget')));
		expect(first.data.models[0]?.parameters).toBeUndefined();
		const own = { ...first.data.models[0]!, parameters: { totalB: 3.2 } };
		const kept = read(openRouter(or('acme/widget', 'Acme: Widget 70B', 'acme/Widget-70B')), {
			...after(first),
			models: [...context.models, own]
		});
		expect(kept.data.models[0]?.parameters).toEqual({ totalB: 3.2 });
		const added = read(
			openRouter(or('acme/widget', 'Acme: Widget 70B', 'acme/Widget-70B')),
			after(first)
		);
		expect(added.data.models[0]?.parameters).toEqual({ totalB: 70 });
		expect(devices(added).map((o) => o.id)).toEqual(['widget-local']);
	});
});

describe('one per model, whatever the hosts and lists', () => {
	it('one for a model three hosts serve, and one for a local runner’s model beside the runner’s', () => {
		const r = read(
			modelsDev({
				groq: { 'qwen/qwen3-32b': md('qwen/qwen3-32b', 'Qwen3 32B', true) },
				togetherai: { 'Qwen/Qwen3-32B': md('Qwen/Qwen3-32B', 'Qwen3 32B', true) },
				lmstudio: { 'qwen/qwen3-32b': md('qwen/qwen3-32b', 'Qwen3 32B', true) }
			})
		);
		expect(r.data.models.map((m) => m.id)).toEqual(['qwen3-32b']);
		// The runner's offer is LM Studio's (its page, the runner's); this one is the model's own,
		// with its weights: both run on the device, each says whose it is.
		expect(
			r.data.offers.filter((o) => o.kind === 'self-hosted').map((o) => [o.id, o.name.en, o.url])
		).toEqual([
			['md-lmstudio-qwen-qwen3-32b-api', 'Qwen3 32B via LMStudio', 'https://lmstudio.example/docs'],
			[
				'qwen3-32b-local',
				'Qwen3 32B on your device',
				'https://huggingface.co/models?search=qwen3-32b'
			]
		]);
		expect(r.counts).toMatchObject({ offers: 4, selfHosted: 1, hosts: 3, free: 1 });
	});

	it('keeps its id on every import, of either list, apart from every API offer’s', () => {
		const list = openRouter(or('qwen/qwen3-8b', 'Qwen: Qwen3 8B', 'Qwen/Qwen3-8B'));
		const first = read(list);
		const again = read(list, after(first));
		const fromModelsDev = read(
			modelsDev({ groq: { 'qwen/qwen3-8b': md('qwen/qwen3-8b', 'Qwen3 8B', true) } }),
			after(first)
		);
		const ids = (p: ImportPreview) => devices(p).map((o) => o.id);
		expect(ids(first)).toEqual(['qwen3-8b-local']);
		expect(ids(again)).toEqual(ids(first));
		expect(ids(fromModelsDev)).toEqual(ids(first));
		// A later models.dev import keeps OpenRouter's Hugging Face page; a search is no better.
		expect(devices(fromModelsDev)[0]?.url).toBe('https://huggingface.co/Qwen/Qwen3-8B');
		for (const p of [first, again, fromModelsDev]) {
			for (const o of p.data.offers) expect(o.id.endsWith('-api')).toBe(o.kind === 'api');
		}
	});

	it('makes ids the catalogue accepts, long ones cut with a hash and kept apart', () => {
		const long = `acme/${'x'.repeat(90)}-7b`;
		const r = read(
			openRouter(or(`${long}-a`, 'Acme: A', 'acme/A-7B'), or(`${long}-b`, 'Acme: B', 'acme/B-7B'))
		);
		const ids = devices(r).map((o) => o.id);
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) {
			expect(id).toMatch(ID_PATTERN);
			expect(id.endsWith('-local')).toBe(true);
		}
		expect(deviceOfferId('qwen3-8b')).toBe('qwen3-8b-local');
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,79}$/), (modelId) => {
				const id = deviceOfferId(modelId);
				expect(id).toMatch(ID_PATTERN);
				expect(id.endsWith('-api')).toBe(false);
				expect(deviceOfferId(modelId)).toBe(id);
			})
		);
	});

	it('links a weights id that is not a plain repository to the search, never as a path', () => {
		const r = read(openRouter(or('acme/widget-7b', 'Acme: Widget 7B', 'acme/../../evil?x=1')));
		expect(devices(r)[0]?.url).toBe('https://huggingface.co/models?search=widget-7b');
	});
});

describe('a random list', () => {
	const word = fc.constantFrom(
		'7b',
		'70b',
		'1.5b',
		'135m',
		'235b-a22b',
		'30b-a3b',
		'e4b',
		'8x7b',
		'17b-16e',
		'a13b',
		'405b',
		'671b',
		'128k',
		'2407',
		'3.1',
		'4o',
		'mixtral-8x7b',
		'llama-4-maverick',
		'widget',
		'v2'
	);
	const entry = fc.record({
		words: fc.array(word, { minLength: 1, maxLength: 4 }),
		maker: fc.constantFrom('acme', 'qwen', 'meta-llama', 'deepseek', 'openai'),
		hf: fc.oneof(
			fc.constant(null),
			fc.constant(''),
			fc.constantFrom('acme/Widget', 'acme/Big-300B')
		),
		free: fc.boolean()
	});
	it('never makes an offer for a model of unknown size, closed weights, or a need above 256 GB, and never a bad size', () => {
		fc.assert(
			fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), (entries) => {
				const r = read(
					openRouter(
						...entries.map((e) => {
							const id = `${e.maker}/${e.words.join('-')}${e.free ? ':free' : ''}`;
							return or(id, `${e.maker}: ${e.words.join(' ')}`, e.hf);
						})
					)
				);
				const models = new Map(r.data.models.map((m) => [m.id, m]));
				for (const m of r.data.models) {
					if (!m.parameters) continue;
					expect(v.safeParse(ParametersSchema, m.parameters).success).toBe(true);
					expect(m.parameters.totalB).toBeGreaterThan(0);
				}
				const offered = devices(r);
				for (const o of offered) {
					const model = models.get(o.models[0]!);
					expect(model?.openness).toBe('open-weights');
					expect(model?.parameters).toBeDefined();
					expect(memoryNeedGb(model!.parameters!.totalB)).toBeLessThanOrEqual(DEVICE_OFFER_MAX_GB);
				}
				// And every open model of known size that a device can hold has exactly one.
				const expected = r.data.models.filter(
					(m) =>
						m.openness === 'open-weights' &&
						m.parameters !== undefined &&
						memoryNeedGb(m.parameters.totalB) <= DEVICE_OFFER_MAX_GB
				);
				expect(offered.map((o) => o.models[0]).sort()).toEqual(expected.map((m) => m.id).sort());
				expect(r.counts.selfHosted).toBe(offered.length);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('in the chooser', () => {
	/** The shipped catalogue with an import in it, as the app merges them. */
	const withOwn = (p: ImportPreview): Catalogue =>
		applyEdits(
			{
				...shippedCatalogue,
				vendors: [...shippedCatalogue.vendors, ...p.data.vendors],
				models: [...shippedCatalogue.models, ...p.data.models],
				offers: [...shippedCatalogue.offers, ...p.data.offers]
			},
			[]
		).catalogue;
	const imported = read(
		openRouter(
			or(
				'meta-llama/llama-3.2-3b-instruct',
				'Meta: Llama 3.2 3B Instruct',
				'meta-llama/Llama-3.2-3B-Instruct'
			),
			or(
				'meta-llama/llama-3.1-8b-instruct',
				'Meta: Llama 3.1 8B Instruct',
				'meta-llama/Llama-3.1-8B-Instruct'
			),
			or('qwen/qwen3-14b', 'Qwen: Qwen3 14B', 'Qwen/Qwen3-14B'),
			or('google/gemma-3-27b-it', 'Google: Gemma 3 27B', 'google/gemma-3-27b-it'),
			or(
				'meta-llama/llama-3.3-70b-instruct',
				'Meta: Llama 3.3 70B Instruct',
				'meta-llama/Llama-3.3-70B-Instruct'
			)
		)
	);
	const catalogue = withOwn(imported);

	it('a 24 GB card, open weights required: an imported model is the On your device pick', () => {
		const answer = recommend(catalogue, {
			...defaultInputs(),
			device: 'gpu',
			vramGb: 24,
			openness: 'required'
		});
		const pick = answer.picks.find((p) => p.kind === 'self-hosted');
		// Gemma 3 27B needs about 17.9 GB: it fits (24 ≥ 1.3 × 17.9), and is larger than the
		// shipped Mistral Small 3 (23.6B); the 70B needs about 45 GB.
		expect(pick?.option.offer.id).toBe('gemma-3-27b-it-local');
		expect(pick?.lines[0]).toEqual({ code: 'largest-that-fits', paramsB: 27 });
	});

	it('an 8 GB phone: judged by memory (about 4 GB for a model)', () => {
		const answer = recommend(catalogue, { ...defaultInputs(), device: 'phone', ramGb: 8 });
		const level = (id: string) =>
			[...answer.recommendations, ...answer.notAFit].find((o) => o.offer.id === id)?.fit.level;
		expect(level('llama-3.2-3b-instruct-local')).toBe('fits');
		expect(level('llama-3.1-8b-instruct-local')).toBe('no');
		expect(level('llama-3.3-70b-instruct-local')).toBe('no');
		const short = answer.notAFit.find((o) => o.offer.id === 'llama-3.3-70b-instruct-local');
		expect(short?.fit.reason).toMatchObject({
			code: 'memory-short',
			device: 'phone',
			memoryGb: 8,
			usableGb: 4
		});
		expect(answer.picks.find((p) => p.kind === 'self-hosted')?.option.offer.id).toBe(
			'llama-3.2-3b-instruct-local'
		);
	});
});
