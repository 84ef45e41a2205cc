/**
 * The big seeded lists (`tests/lists.ts`): models.dev's 5,276 entries over 90 hosts, OpenRouter's
 * 364 and LiteLLM's 600, read entry by entry. The counts are exact: each follows from how the
 * lists are built (the comments say how, and a plain walk of the raw list recounts what it can),
 * so a change in how the importer reads them shows here.
 */
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Model, Offer } from '../catalogue';
import { memoryNeedGb } from '../memory';
import { DEVICE_OFFER_MAX_GB, deviceOfferId } from './build';
import { readImport, shippedContext, type ImportContext, type ImportPreview } from './index';
import {
	BROKEN_MODELS_DEV,
	LITELLM_SIZE,
	MODELS_DEV_SIZE,
	OPENROUTER_SIZE,
	liteLlmList,
	listText,
	modelsDevList,
	openRouterList,
	type ModelsDevProvider
} from '../../../../tests/lists';

const TODAY = '2026-12-03';
const context = shippedContext(TODAY);

function read(list: unknown, into: ImportContext = context): ImportPreview {
	const result = readImport(listText(list), into);
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
	return result;
}

/** The catalogue after a first import: the shipped one with what that import brought. */
const after = (first: ImportPreview): ImportContext => ({
	vendors: [...context.vendors, ...first.data.vendors],
	models: [...context.models, ...first.data.models],
	offers: [...shippedCatalogue.offers, ...first.data.offers],
	today: TODAY
});

/** The own models two imports leave, as the store keeps them (the later write wins). */
function ownModels(first: ImportPreview, second: ImportPreview): Map<string, Model> {
	const models = new Map(first.data.models.map((m) => [m.id, m]));
	for (const m of second.data.models) models.set(m.id, m);
	return models;
}

/** Every id and alias of a shipped model: an entry with one of these joins it. */
const SHIPPED_KEYS = new Set(shippedCatalogue.models.flatMap((m) => [m.id, ...(m.aliases ?? [])]));

/**
 * A generated id's model, read plainly: its last path segment, lower case, without a `:free`,
 * `:thinking` or `-free` variant or Bedrock's region and version. (The generated ids use no other
 * form, so this is the join key, recounted without the importer.)
 */
function plainKey(id: string): string {
	return (id.split('/').at(-1) ?? '')
		.toLowerCase()
		.replace(/^us\.anthropic\./, '')
		.replace(/-v1:0$/, '')
		.replace(/:(free|thinking)$/, '')
		.replace(/-free$/, '');
}

/** The few known models the generated keys name without a total, and their totals (`size.ts`). */
const KNOWN_TOTALS: [string, number][] = [
	['mixtral-8x7b', 46.7],
	['mixtral-8x22b', 141],
	['llama-4-scout', 109],
	['llama-4-maverick', 400],
	['hunyuan-a13b', 80],
	['phi-3.5-moe', 41.9]
];

/**
 * A generated key's size in billions, read plainly: its `<n>b` words but those followed by an
 * expert count (`17b-16e`), its `<nnn>m` millions and `e<n>b` effective sizes, when they agree;
 * else a known model it starts with. (The generated keys, names and Hugging Face ids use no other
 * form, and the names and ids spell the key's words, so this is the importer's reading,
 * recounted without it.)
 */
function plainSize(key: string): number | undefined {
	const words = key.split('-');
	const sizes = new Set<number>();
	words.forEach((word, i) => {
		if (/^\d+(?:\.\d+)?b$/.test(word) && !/^\d+e$/.test(words[i + 1] ?? '')) {
			sizes.add(parseFloat(word));
		} else if (/^\d{3}m$/.test(word)) sizes.add(parseFloat(word) / 1000);
		else if (/^e\d+b$/.test(word)) sizes.add(parseFloat(word.slice(1)));
	});
	if (sizes.size > 0) return sizes.size === 1 ? [...sizes][0] : undefined;
	return KNOWN_TOTALS.find(([name]) => key.startsWith(name))?.[1];
}

/** What a plain walk of a list finds: entries kept, their hosts, and the counts they give. */
type Tally = {
	offers: number;
	hosts: Set<string>;
	free: number;
	legacy: number;
	preview: number;
	joined: number;
	models: Set<string>;
	/** Models some entry says are open. */
	open: Set<string>;
};
const tally = (): Tally => ({
	offers: 0,
	hosts: new Set(),
	free: 0,
	legacy: 0,
	preview: 0,
	joined: 0,
	models: new Set(),
	open: new Set()
});
function count(
	t: Tally,
	id: string,
	host: string,
	free: boolean,
	legacy: boolean,
	beta = false,
	open = false
) {
	t.offers++;
	t.hosts.add(host);
	if (free) t.free++;
	if (legacy) t.legacy++;
	else if (beta) t.preview++;
	const key = plainKey(id);
	if (SHIPPED_KEYS.has(key)) t.joined++;
	else {
		t.models.add(key);
		if (open) t.open.add(key);
	}
}
/** Models of a walk with a known size. */
const sized = (t: Tally) => [...t.models].filter((key) => plainSize(key) !== undefined);
/** Models of a walk that get an "on your device" offer: open, of known size, need ≤ 256 GB. */
const onDevice = (t: Tally, before?: Tally) =>
	[...t.models]
		.filter((key) => t.open.has(key) || before?.open.has(key))
		.filter((key) => {
			const size = plainSize(key);
			return size !== undefined && memoryNeedGb(size) <= DEVICE_OFFER_MAX_GB;
		})
		.sort();
/** The models an import's "on your device" offers give, sorted. */
const deviceModels = (preview: ImportPreview) =>
	preview.data.offers
		.filter((o) => o.id === deviceOfferId(o.models[0]!))
		.map((o) => o.models[0]!)
		.sort();

const object = (x: unknown): Record<string, unknown> | undefined =>
	x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;

function tallyModelsDev(list: Record<string, ModelsDevProvider>): Tally {
	const t = tally();
	for (const [key, provider] of Object.entries(list)) {
		for (const [modelKey, value] of Object.entries(provider.models)) {
			const entry = object(value);
			const id = (typeof entry?.id === 'string' && entry.id) || modelKey;
			if (!entry || !id) continue;
			const free = key === 'lmstudio' || /(?::free|-free)$/.test(id);
			const { status } = entry;
			count(
				t,
				id,
				provider.name,
				free,
				status === 'deprecated',
				status === 'beta',
				entry.open_weights === true
			);
		}
	}
	return t;
}

function tallyOpenRouter(list: { data: Record<string, unknown>[] }): Tally {
	const t = tally();
	for (const entry of list.data) {
		const id = String(entry.id);
		const retires = typeof entry.expiration_date === 'string' ? entry.expiration_date : '9999';
		const hf = entry.hugging_face_id;
		const open = typeof hf === 'string' && hf !== '';
		count(t, id, 'OpenRouter', id.endsWith(':free'), retires <= TODAY, false, open);
	}
	return t;
}

function tallyLiteLlm(list: Record<string, Record<string, unknown>>): Tally {
	const t = tally();
	for (const [name, entry] of Object.entries(list)) {
		if (name === 'sample_spec') continue;
		const retires = typeof entry.deprecation_date === 'string' ? entry.deprecation_date : '9999';
		// LiteLLM never says whether weights are open.
		count(
			t,
			name,
			String(entry.litellm_provider),
			entry.litellm_provider === 'ollama',
			retires <= TODAY,
			false,
			false
		);
	}
	return t;
}

const offersOf = (preview: ImportPreview, modelId: string): Offer[] =>
	preview.data.offers.filter((o) => o.models.includes(modelId));
const offer = (preview: ImportPreview, id: string): Offer => {
	const found = preview.data.offers.find((o) => o.id === id);
	if (!found) throw new Error(`no offer ${id}`);
	return found;
};

describe('the seeded lists', () => {
	it('are the same on every run, and a longer list starts with a shorter one', () => {
		expect(listText(modelsDevList())).toBe(listText(modelsDevList()));
		expect(listText(openRouterList())).toBe(listText(openRouterList()));
		expect(listText(liteLlmList())).toBe(listText(liteLlmList()));
		expect(openRouterList(OPENROUTER_SIZE).data.slice(0, 300)).toEqual(openRouterList(300).data);
		// The bench's largest list: 30,000 entries, each its own id.
		const largest = openRouterList(30_000).data;
		expect(new Set(largest.map((e) => e.id)).size).toBe(30_000);
	});
});

describe('models.dev, 5,276 entries over 90 hosts', () => {
	const list = modelsDevList();
	const preview = read(list);

	it('finds every entry and skips the three broken ones, each with its reason', () => {
		expect(MODELS_DEV_SIZE).toBe(5276);
		expect(Object.keys(list)).toHaveLength(90);
		expect(preview.found).toBe(5276);
		expect(preview.skipped).toEqual([
			{ entry: 'nebius › qwen3-next-80b-a3b', code: 'not-an-object' },
			{ entry: 'hyperbolic › ', code: 'no-id', field: 'id' },
			{ entry: 'chutes › glm-4.5-air-legacy', code: 'not-an-object' }
		]);
		expect(BROKEN_MODELS_DEV).toHaveLength(3);
		// Kept, with what was left out said: a price written as a word, a date that does not exist.
		expect(preview.notes).toEqual([
			{
				entry: 'xiaomi › mimo-v2-sft',
				code: 'price-not-a-number',
				field: 'cost.input',
				value: '"cheap"'
			},
			{
				entry: 'novita-ai › minimax/minimax-m2',
				code: 'date-dropped',
				field: 'release_date',
				value: '"2025-25-11"'
			}
		]);
	});

	it('gives the exact counts', () => {
		// offers: 5,276 entries − 3 skipped (no two entries share a host and an id);
		// hosts: all 90 providers; free: the local runner's 23 entries, 49 `-free` ids (OpenCode
		// Zen's) and 24 `:free` ones (models.dev's OpenRouter); legacy: one entry in 23 (the 6th,
		// 29th, … of 5,273) is deprecated: 230; preview: one in 29 is beta (174 that are not also
		// deprecated); joined: the 33 entries of gpt-4o, gpt-5, o3-mini, deepseek-r1 and
		// mistral-large-2411; models: the first 1,708 models of the shared sequence, less the 5
		// that join shipped ones and the 3 no models.dev host serves; notChat: 59 of them
		// (embeddings, rerankers, speech both ways, images, video, music, moderation).
		// sized: the 797 models whose key states one size (`plainSize`: "qwen3-30b-a3b", "e4b",
		// "350m", the known Mixtral, Llama 4, Hunyuan-A13B and Phi-3.5-MoE); selfHosted: the 733 of
		// them that some entry says are open and that need at most 256 GB at 4 bits (the 405B,
		// 424B, 480B and 400B ones need more); offers: the 5,273 entries' and those 733.
		// newModels: all 1,700 (none was in the catalogue); knownModels: the 5 shipped models those
		// 33 entries join, knownOffers their 33 offers.
		expect(preview.counts).toEqual({
			models: 1700,
			sized: 797,
			newModels: 1700,
			knownModels: 5,
			offers: 5273 + 733,
			knownOffers: 33,
			selfHosted: 733,
			hosts: 90,
			free: 96,
			legacy: 230,
			joined: 33,
			notChat: 59
		});
		const t = tallyModelsDev(list);
		expect(t.offers + onDevice(t).length).toBe(preview.counts.offers);
		expect(sized(t)).toHaveLength(preview.counts.sized);
		expect(onDevice(t)).toEqual(deviceModels(preview));
		expect(t.hosts.size).toBe(preview.counts.hosts);
		expect(t.free).toBe(preview.counts.free);
		expect(t.legacy).toBe(preview.counts.legacy);
		expect(t.joined).toBe(preview.counts.joined);
		expect(t.models.size).toBe(preview.counts.models);
		expect(preview.data.offers.filter((o) => o.preview)).toHaveLength(t.preview);
		expect(t.preview).toBe(174);
		// The local runner's 23 entries, and the 733 offers to run a model yourself.
		expect(preview.data.offers.filter((o) => o.kind === 'self-hosted')).toHaveLength(23 + 733);
		expect(preview.data.offers.filter((o) => o.host === 'LMStudio')).toHaveLength(23);
	});

	it('makes one model of one id under every host’s spelling of it, with its month-only date', () => {
		const kimi = preview.data.models.find((m) => m.id === 'kimi-k2.6');
		expect(kimi).toMatchObject({
			vendor: 'moonshotai',
			openness: 'open-weights',
			status: 'released',
			dates: { released: { precision: 'month', value: '2026-04' } }
		});
		const offers = offersOf(preview, 'kimi-k2.6');
		expect(offers).toHaveLength(31);
		const written = Object.values(list).flatMap((p) =>
			Object.keys(p.models).filter((id) => plainKey(id) === 'kimi-k2.6')
		);
		expect(written).toEqual(
			expect.arrayContaining([
				'kimi-k2.6',
				'moonshotai/kimi-k2.6',
				'moonshotai/kimi-k2.6:free',
				'route/kimi-k2.6',
				'moonshotai/Kimi-K2.6',
				'accounts/fireworks-ai/models/kimi-k2.6',
				'kimi-k2.6-free'
			])
		);
		expect(offer(preview, 'md-opencode-kimi-k2.6-free-api')).toMatchObject({
			name: { en: 'Kimi K2.6 (free) via OpenCode Zen' },
			price: { type: 'per-use', inputPerMTok: 0, outputPerMTok: 0 }
		});
		// A gateway's "varies" (-1000000) and a plan's 0/0 are not prices.
		expect(offer(preview, 'md-routeway-route-kimi-k2.6-api').price).toEqual({ type: 'unknown' });
		expect(offer(preview, 'md-kimi-for-coding-kimi-k2.6-api').price).toEqual({ type: 'unknown' });
	});

	it('keeps long-context prices, local runners and an entry read by its key', () => {
		expect(offer(preview, 'md-anthropic-claude-sonnet-4.5-api').price).toMatchObject({
			type: 'per-use',
			fees: [
				{ kind: 'long-context-input', unit: 'mtok', aboveTokens: 200_000 },
				{ kind: 'long-context-output', unit: 'mtok', aboveTokens: 200_000 }
			]
		});
		for (const local of preview.data.offers.filter((o) => o.host === 'LMStudio')) {
			expect(local).toMatchObject({
				kind: 'self-hosted',
				price: { type: 'monthly', usdPerMonth: 0 },
				runsOn: { place: 'device' }
			});
		}
		const [host, key] =
			Object.entries(list)
				.flatMap(([p, v]) =>
					Object.entries(v.models)
						.filter(([k, e]) => k !== '' && object(e)?.id === '')
						.map(([k]) => [p, k] as const)
				)
				.at(0) ?? [];
		expect(key).toBeTruthy();
		expect(preview.data.offers.some((o) => o.id.startsWith(`md-${host}-`))).toBe(true);
		expect(offersOf(preview, plainKey(key!)).length).toBeGreaterThan(0);
	});
});

describe('OpenRouter, 364 entries', () => {
	const list = openRouterList();
	const preview = read(list);

	it('gives the exact counts', () => {
		// offers: one per entry; hosts: OpenRouter; free: the 53 `:free` ids; legacy: entries
		// retired by 2026-12-03 (Claude 3.7 Sonnet and its `:thinking` variant, GPT-4o of
		// 2024-08-06, and one model in 37 of the generated ones, with their `:free` variants);
		// joined: gpt-4o (3 ids), gpt-5, o3-mini (2), deepseek-r1 (2), mistral-large-2411;
		// models: 302, of which 24 do not chat (embeddings, images, music); sized: 116 whose key
		// states one size; selfHosted: the 92 of them that name their weights (open) and need at
		// most 256 GB at 4 bits (not the 5 of 400B and more, nor the 19 that name no weights, such
		// as UI-TARS 7B); offers: the 364 entries' and those 92.
		expect(OPENROUTER_SIZE).toBe(364);
		expect(preview.found).toBe(364);
		expect(preview.skipped).toEqual([]);
		expect(preview.notes).toEqual([]);
		expect(preview.counts).toEqual({
			models: 302,
			sized: 116,
			newModels: 302,
			knownModels: 5,
			offers: 364 + 92,
			knownOffers: 9,
			selfHosted: 92,
			hosts: 1,
			free: 53,
			legacy: 13,
			joined: 9,
			notChat: 24
		});
		const t = tallyOpenRouter(list);
		expect(t.offers + onDevice(t).length).toBe(preview.counts.offers);
		expect(sized(t)).toHaveLength(preview.counts.sized);
		expect(onDevice(t)).toEqual(deviceModels(preview));
		expect(t.free).toBe(preview.counts.free);
		expect(t.legacy).toBe(preview.counts.legacy);
		expect(t.joined).toBe(preview.counts.joined);
		expect(t.models.size).toBe(preview.counts.models);
	});

	it('reads its prices, fees, retirements and joins as stated', () => {
		expect(offer(preview, 'or-openrouter-auto-api').price).toEqual({ type: 'unknown' });
		const lyria = preview.data.models.find((m) => m.id === 'lyria-3');
		expect(lyria?.task).toBe('music');
		expect(offer(preview, 'or-google-lyria-3-api').price).toEqual({ type: 'unknown' });
		expect(offer(preview, 'or-perplexity-sonar-pro-api').price).toMatchObject({
			fees: [{ kind: 'search', usd: 0.005, unit: 'each' }]
		});
		expect(offer(preview, 'or-perplexity-sonar-reasoning-pro-api').price).toMatchObject({
			fees: [
				{ kind: 'search', usd: 0.005, unit: 'each' },
				{ kind: 'reasoning', usd: 12, unit: 'mtok' }
			]
		});
		// A reasoning price equal to the output price is no fee; OpenRouter's opt-in web search is none.
		expect(offer(preview, 'or-openai-gpt-5-api').price).toEqual({
			type: 'per-use',
			inputPerMTok: 1.25,
			outputPerMTok: 10
		});
		expect(offer(preview, 'or-minimax-minimax-m2-api').price).toMatchObject({
			fees: [{ kind: 'request', usd: 0.002, unit: 'each' }]
		});
		expect(offer(preview, 'or-google-gemini-2.5-flash-image-api').price).toMatchObject({
			fees: [{ kind: 'image-output', usd: 30, unit: 'mtok' }]
		});
		expect(offer(preview, 'or-mistralai-mistral-large-2411-api')).toMatchObject({
			models: ['mistral-large'],
			status: 'released',
			retires: { precision: 'day', value: '2027-03-31' }
		});
		expect(offer(preview, 'or-openai-gpt-4o-2024-08-06-api')).toMatchObject({
			models: ['gpt-4o'],
			status: 'legacy'
		});
		expect(offer(preview, 'or-deepseek-deepseek-r1-free-api')).toMatchObject({
			models: ['deepseek'],
			name: { en: 'DeepSeek (R1 / V3) (free) via OpenRouter' },
			price: { type: 'per-use', inputPerMTok: 0, outputPerMTok: 0 }
		});
		const openness = (id: string) => preview.data.models.find((m) => m.id === id)?.openness;
		expect(openness('kimi-k2.6')).toBe('open-weights');
		expect(openness('claude-sonnet-4.5')).toBe('unknown');
	});
});

describe('LiteLLM, 600 entries and its sample_spec', () => {
	const list = liteLlmList();
	const preview = read(list);

	it('gives the exact counts', () => {
		// offers: one per entry (sample_spec documents the format and is no model); hosts: 19
		// providers; free: the 20 Ollama entries; legacy: deprecation dates by 2026-12-03 (one
		// model in 31); joined: gpt-4o, gpt-5, o3-mini, deepseek-r1 (2), mistral-large-2411 (2);
		// sized: 117 whose key states one size; selfHosted: none, as LiteLLM never says whether
		// weights are open (an open model of an earlier list would get one: see import.spec.ts).
		expect(LITELLM_SIZE).toBe(600);
		expect(preview.found).toBe(600);
		expect(preview.skipped).toEqual([]);
		expect(preview.notes).toEqual([]);
		expect(preview.counts).toEqual({
			models: 307,
			sized: 117,
			newModels: 307,
			knownModels: 5,
			offers: 600,
			knownOffers: 7,
			selfHosted: 0,
			hosts: 19,
			free: 20,
			legacy: 22,
			joined: 7,
			notChat: 48
		});
		const t = tallyLiteLlm(list);
		expect(t.offers).toBe(preview.counts.offers);
		expect(sized(t)).toHaveLength(preview.counts.sized);
		expect(t.hosts.size).toBe(preview.counts.hosts);
		expect(t.free).toBe(preview.counts.free);
		expect(t.legacy).toBe(preview.counts.legacy);
		expect(t.joined).toBe(preview.counts.joined);
		expect(t.models.size).toBe(preview.counts.models);
	});
});

describe('models.dev and OpenRouter together, in either order', () => {
	const md = read(modelsDevList());
	const or = read(openRouterList());
	const orAfterMd = read(openRouterList(), after(md));
	const mdAfterOr = read(modelsDevList(), after(or));
	const first = ownModels(md, orAfterMd);
	const second = ownModels(or, mdAfterOr);

	it('give the same models by id, and the same offers', () => {
		// OpenRouter's 302 models are models.dev's but for its router and the three no
		// models.dev host serves: 1,700 + 4.
		expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
		expect(first.size).toBe(1704);
		// The offers the store keeps, one per id: a model's "on your device" offer is made again by
		// the second list when it serves the model too, under the same id.
		const offers = (a: ImportPreview, b: ImportPreview) =>
			[...new Set([...a.data.offers, ...b.data.offers].map((o) => o.id))].sort();
		expect(offers(md, orAfterMd)).toEqual(offers(or, mdAfterOr));
		// The lists' own offers, models.dev's 733 "on your device" offers, and LFM 7B's: its one
		// models.dev entry does not say whether its weights are open, OpenRouter's names them. (Of
		// the models OpenRouter alone serves, UI-TARS 7B names no weights, the others are closed
		// or too large.)
		expect(offers(md, orAfterMd)).toHaveLength(5273 + 364 + 733 + 1);
		const device = (a: ImportPreview, b: ImportPreview) =>
			new Set([...deviceModels(a), ...deviceModels(b)]);
		expect([...device(md, orAfterMd)].filter((id) => !deviceModels(md).includes(id))).toEqual([
			'lfm-7b'
		]);
		// The second list joins what the first brought: every OpenRouter entry but those four
		// models' joins models.dev's, and 1,048 models.dev entries join OpenRouter's models.
		expect(orAfterMd.counts.joined).toBe(360);
		expect(mdAfterOr.counts.joined).toBe(1048);
		// The second list makes the "on your device" offers of its models that either list says
		// are open: OpenRouter after models.dev its own 92 and 12 that name no weights on
		// OpenRouter but are open by models.dev's word; models.dev after OpenRouter its 733 and
		// LFM 7B. (What Settings says after each import, in either order: big-lists.e2e.ts.)
		const tMd = tallyModelsDev(modelsDevList());
		const tOr = tallyOpenRouter(openRouterList());
		expect(orAfterMd.counts).toMatchObject({ selfHosted: 92 + 12, offers: 364 + 104 });
		expect(deviceModels(orAfterMd)).toEqual(onDevice(tOr, tMd));
		expect(mdAfterOr.counts).toMatchObject({ selfHosted: 733 + 1, offers: 5273 + 734 });
		expect(deviceModels(mdAfterOr)).toEqual(onDevice(tMd, tOr));
	});

	it('say the same number of new models in either order: what the store then holds', () => {
		// The second list's models already in the catalogue: the first list's it serves too, and
		// the 5 shipped ones. OpenRouter after models.dev: 4 new, 298 + 5 known; models.dev after
		// OpenRouter: 1,402 new, the same 303 known.
		expect(orAfterMd.counts).toMatchObject({ newModels: 4, knownModels: 303, knownOffers: 464 });
		expect(mdAfterOr.counts).toMatchObject({
			newModels: 1402,
			knownModels: 303,
			knownOffers: 1152
		});
		expect(md.counts.newModels + orAfterMd.counts.newModels).toBe(first.size);
		expect(or.counts.newModels + mdAfterOr.counts.newModels).toBe(second.size);
	});

	it('agree on each model’s openness, status, task, dates and size', () => {
		for (const [id, model] of first) {
			const other = second.get(id)!;
			expect({ id, ...pick(other) }).toEqual({ id, ...pick(model) });
		}
	});

	it('agree on each "on your device" offer, its weights page too', () => {
		// As the store keeps them: the later write wins.
		const kept = (a: ImportPreview, b: ImportPreview) => {
			const offers = new Map([...a.data.offers, ...b.data.offers].map((o) => [o.id, o]));
			return [...offers.values()]
				.filter((o) => o.id === deviceOfferId(o.models[0]!))
				.map((o) => ({ id: o.id, name: o.name, url: o.url, status: o.status }))
				.sort((x, y) => x.id.localeCompare(y.id));
		};
		const either = kept(md, orAfterMd);
		expect(kept(or, mdAfterOr)).toEqual(either);
		// OpenRouter's Hugging Face page wins over models.dev's search, whichever list came first.
		expect(either.find((o) => o.id === 'qwen3-8b-local')?.url).toBe(
			'https://huggingface.co/Qwen/Qwen3-8B'
		);
	});

	// Known importer bug, kept visible: models.dev's `openrouter` provider is a host, but its
	// provider key is also OpenRouter's maker word, so a model of a maker the small table does
	// not know (TheDrummer's, here) is made OpenRouter's when models.dev comes first, and
	// TheDrummer's when OpenRouter's list does. Turn this into `it` when the reader is fixed.
	it('agree on each model’s maker', () => {
		for (const [id, model] of first)
			expect({ id, vendor: second.get(id)!.vendor }).toEqual({
				id,
				vendor: model.vendor
			});
	});
});

// Known importer bug, kept visible: LiteLLM's `openrouter/<maker>/<model>` names are read with
// `openrouter` as the maker (glm-5 by OpenRouter). Turn this into `it` when the reader is fixed.
it('LiteLLM’s openrouter/… entries are their makers’ models, not OpenRouter’s', () => {
	const preview = read(liteLlmList());
	expect(preview.data.models.filter((m) => m.vendor === 'openrouter').map((m) => m.id)).toEqual([]);
});

function pick(m: Model) {
	return {
		openness: m.openness,
		status: m.status,
		task: m.task,
		dates: m.dates,
		parameters: m.parameters
	};
}
