/**
 * Seeded public model lists for the benchmarks and the tests, written from the documented shapes
 * of OpenRouter's `GET /api/v1/models`, models.dev's `api.json` and LiteLLM's
 * `model_prices_and_context_window.json` (§10). The data is made up here: names,
 * prices and dates look like the real lists' and are nobody's.
 *
 * Deterministic: every value comes from a hash of what it describes (never from a clock or
 * `Math.random`), so a list of a given size is the same on every run, and a bigger list starts
 * with the smaller one's entries. All three lists draw their models from one sequence (the
 * hand-written models first, then families by turns), so the lists share models, as the real
 * ones do, and an import of one joins the models of another.
 *
 * The models.dev list has 90 hosts, models served by one to thirty of them under plain,
 * maker-prefixed (`moonshotai/kimi-k2.6`), gateway (`route/…`), Hugging Face (`Qwen/Qwen3-8B`)
 * and account (`accounts/…/models/…`) ids; subscription plans listed at 0/0; a gateway's
 * "varies" price (-1000000); `-free` and `:free` ids; a local runner; deprecated and beta
 * entries; month-only release dates; embeddings, rerankers, speech, image, video and music
 * models; long-context prices; and a few broken entries (`BROKEN_MODELS_DEV`).
 */

/** @typedef {'chat' | 'embedding' | 'rerank' | 'speech-to-text' | 'text-to-speech' | 'image' | 'video' | 'music' | 'moderation'} Task */

/**
 * A model, as all three lists describe it.
 * @typedef {object} Spec
 * @property {string} key the model's own id (`kimi-k2.6`)
 * @property {string} name its display name ("Kimi K2.6")
 * @property {string} maker OpenRouter's id prefix for its maker (`moonshotai`)
 * @property {string} family models.dev's `family`
 * @property {boolean} open open weights
 * @property {Task} task
 * @property {number} [sizeB] billions of parameters, when known
 * @property {string} released `YYYY-MM-DD`
 * @property {[number, number]} price US$ per million tokens, in and out
 * @property {number} [hosts] how many models.dev hosts serve it (else one to five)
 * @property {boolean} [long] a higher price above 200,000 tokens of context
 * @property {boolean} [reasoning] thinks before it answers
 * @property {boolean} [vision] reads images
 * @property {Record<string, unknown>} [or] what OpenRouter's list says besides: `free` (a `:free`
 *   variant), `also` (more ids of it), `thinking` (a `:thinking` variant), `expires`, `search`,
 *   `request`, `imagePrice` and `reasoningPrice` (fees)
 */

/** FNV-1a, 32 bits: a stable number from a text. */
function hash(/** @type {string} */ text) {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A number in [0, 1) that depends only on `text` (one step of mulberry32 from its hash). */
function unit(/** @type {string} */ text) {
	let t = (hash(text) + 0x6d2b79f5) >>> 0;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A price rounded as lists write them: three significant digits. */
const round = (/** @type {number} */ usd) => Number(usd.toPrecision(3));

/** US$ per million tokens as OpenRouter writes it: US$ per token, a decimal string. */
function perToken(/** @type {number} */ perMillion) {
	if (perMillion === 0) return '0';
	return (perMillion / 1e6).toFixed(14).replace(/(?<!0)0+$/, '');
}

/** A day `days` after 2023-01-01. */
function dayAfter(/** @type {number} */ days) {
	return new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Makers: OpenRouter's id prefix → the name OpenRouter gives them ("Maker: Model") and their
 * Hugging Face organisation, for open models.
 * @type {Record<string, { name: string, hf?: string }>}
 */
const MAKERS = {
	openai: { name: 'OpenAI', hf: 'openai' },
	anthropic: { name: 'Anthropic' },
	google: { name: 'Google', hf: 'google' },
	mistralai: { name: 'Mistral', hf: 'mistralai' },
	deepseek: { name: 'DeepSeek', hf: 'deepseek-ai' },
	moonshotai: { name: 'MoonshotAI', hf: 'moonshotai' },
	qwen: { name: 'Qwen', hf: 'Qwen' },
	'meta-llama': { name: 'Meta', hf: 'meta-llama' },
	'z-ai': { name: 'Z.ai', hf: 'zai-org' },
	'x-ai': { name: 'xAI' },
	microsoft: { name: 'Microsoft', hf: 'microsoft' },
	cohere: { name: 'Cohere', hf: 'CohereLabs' },
	perplexity: { name: 'Perplexity' },
	minimax: { name: 'MiniMax', hf: 'MiniMaxAI' },
	nvidia: { name: 'NVIDIA', hf: 'nvidia' },
	nousresearch: { name: 'Nous', hf: 'NousResearch' },
	sao10k: { name: 'Sao10K', hf: 'Sao10K' },
	thedrummer: { name: 'TheDrummer', hf: 'TheDrummer' },
	'black-forest-labs': { name: 'Black Forest Labs', hf: 'black-forest-labs' },
	baai: { name: 'BAAI', hf: 'BAAI' },
	baidu: { name: 'Baidu', hf: 'baidu' },
	tencent: { name: 'Tencent', hf: 'tencent' },
	xiaomi: { name: 'Xiaomi', hf: 'XiaomiMiMo' },
	stepfun: { name: 'StepFun', hf: 'stepfun-ai' },
	liquid: { name: 'LiquidAI', hf: 'LiquidAI' },
	ai21: { name: 'AI21', hf: 'ai21labs' },
	'ibm-granite': { name: 'IBM', hf: 'ibm-granite' },
	'bytedance-seed': { name: 'ByteDance Seed', hf: 'ByteDance-Seed' },
	meituan: { name: 'Meituan', hf: 'meituan-longcat' },
	inception: { name: 'Inception' },
	allenai: { name: 'AllenAI', hf: 'allenai' },
	inflection: { name: 'Inflection' },
	deepcogito: { name: 'Deep Cogito', hf: 'deepcogito' },
	bytedance: { name: 'ByteDance', hf: 'ByteDance-Seed' }
};

/**
 * The models written by hand, first in every list: the ones the tests name, the ids that join
 * shipped models (`gpt-4o`, `gpt-4o-2024-08-06`, `o3-mini`, `gpt-5`, `deepseek-r1`,
 * `mistral-large-2411`), one of each kind that does not chat, and three that no models.dev host
 * serves (0 hosts), so OpenRouter's list brings models of its own.
 * [key, name, maker, family, open, task, sizeB, released, [in, out], hosts, extra]
 * @type {[string, string, string, string, boolean, Task, number | undefined, string, [number, number], number, Partial<Spec>?][]}
 */
// prettier-ignore
const NAMED = [
	['kimi-k2.6', 'Kimi K2.6', 'moonshotai', 'kimi-k2', true, 'chat', 1000, '2026-04', [0.6, 2.5], 30, { reasoning: true, or: { free: true } }],
	['kimi-k2-thinking', 'Kimi K2 Thinking', 'moonshotai', 'kimi-k2', true, 'chat', 1000, '2025-11-06', [0.6, 2.5], 9, { reasoning: true }],
	['claude-sonnet-4.5', 'Claude Sonnet 4.5', 'anthropic', 'claude-sonnet', false, 'chat', undefined, '2025-09-29', [3, 15], 8, { long: true, vision: true }],
	['claude-opus-4.1', 'Claude Opus 4.1', 'anthropic', 'claude-opus', false, 'chat', undefined, '2025-08-05', [15, 75], 6, { vision: true }],
	['claude-3.7-sonnet', 'Claude 3.7 Sonnet', 'anthropic', 'claude-sonnet', false, 'chat', undefined, '2025-02-24', [3, 15], 5, { or: { expires: '2026-11-30', thinking: true } }],
	['gpt-4o', 'GPT-4o', 'openai', 'gpt', false, 'chat', undefined, '2024-05-13', [2.5, 10], 7, { vision: true, or: { also: ['gpt-4o-2024-08-06', 'chatgpt-4o-latest'] } }],
	['gpt-4o-mini', 'GPT-4o mini', 'openai', 'gpt-mini', false, 'chat', undefined, '2024-07-18', [0.15, 0.6], 7, { vision: true }],
	['gpt-5', 'GPT-5', 'openai', 'gpt', false, 'chat', undefined, '2025-08-07', [1.25, 10], 8, { reasoning: true, or: { reasoningPrice: 10 } }],
	['gpt-oss-120b', 'gpt-oss-120b', 'openai', 'gpt-oss', true, 'chat', 117, '2025-08-05', [0.1, 0.5], 12, { or: { free: true } }],
	['o3-mini', 'o3-mini', 'openai', 'o', false, 'chat', undefined, '2025-01-31', [1.1, 4.4], 4, { reasoning: true, or: { also: ['o3-mini-high'] } }],
	['deepseek-r1', 'DeepSeek R1', 'deepseek', 'deepseek-thinking', true, 'chat', 671, '2025-01-20', [0.55, 2.19], 10, { reasoning: true, or: { free: true } }],
	['deepseek-v3.2', 'DeepSeek V3.2', 'deepseek', 'deepseek', true, 'chat', 685, '2025-12', [0.28, 0.42], 11],
	['mistral-large-2411', 'Mistral Large 2411', 'mistralai', 'mistral-large', true, 'chat', 123, '2024-11-18', [2, 6], 4, { or: { expires: '2027-03-31' } }],
	['mistral-medium-3.1', 'Mistral Medium 3.1', 'mistralai', 'mistral-medium', false, 'chat', undefined, '2025-08-12', [0.4, 2], 5],
	['qwen3-235b-a22b-instruct-2507', 'Qwen3 235B A22B Instruct 2507', 'qwen', 'qwen', true, 'chat', 235, '2025-07-21', [0.13, 0.6], 12],
	['qwen3-coder-480b-a35b-instruct', 'Qwen3 Coder 480B A35B', 'qwen', 'qwen', true, 'chat', 480, '2025-07-22', [0.22, 0.95], 10, { or: { free: true } }],
	['llama-3.3-70b-instruct', 'Llama 3.3 70B Instruct', 'meta-llama', 'llama', true, 'chat', 70, '2024-12-06', [0.13, 0.39], 13, { or: { free: true } }],
	['llama-4-maverick', 'Llama 4 Maverick', 'meta-llama', 'llama', true, 'chat', 400, '2025-04-05', [0.15, 0.6], 9, { vision: true }],
	['glm-4.6', 'GLM-4.6', 'z-ai', 'glm', true, 'chat', 355, '2025-09-30', [0.6, 2.2], 11, { reasoning: true }],
	['gemini-2.5-pro', 'Gemini 2.5 Pro', 'google', 'gemini-pro', false, 'chat', undefined, '2025-06-17', [1.25, 10], 6, { long: true, reasoning: true, vision: true }],
	['gemini-2.5-flash', 'Gemini 2.5 Flash', 'google', 'gemini-flash', false, 'chat', undefined, '2025-06-17', [0.3, 2.5], 6, { vision: true, or: { expires: '2027-06-17' } }],
	['gemini-2.5-flash-image', 'Gemini 2.5 Flash Image', 'google', 'gemini-flash', false, 'image', undefined, '2025-08-26', [0.3, 2.5], 3, { vision: true, or: { imagePrice: 30 } }],
	['grok-4', 'Grok 4', 'x-ai', 'grok', false, 'chat', undefined, '2025-07-09', [3, 15], 4, { reasoning: true }],
	['sonar-pro', 'Sonar Pro', 'perplexity', 'sonar', false, 'chat', undefined, '2025-03-07', [3, 15], 2, { or: { search: 0.005 } }],
	['sonar-reasoning-pro', 'Sonar Reasoning Pro', 'perplexity', 'sonar', false, 'chat', undefined, '2025-03-07', [2, 8], 2, { reasoning: true, or: { search: 0.005, reasoningPrice: 12 } }],
	['minimax-m2', 'MiniMax M2', 'minimax', 'minimax', true, 'chat', 230, '2025-10-27', [0.3, 1.2], 9, { or: { request: 0.002 } }],
	['hermes-4-70b', 'Hermes 4 70B', 'nousresearch', 'hermes', true, 'chat', 70, '2025-08-26', [0.11, 0.38], 5],
	['l3.3-euryale-70b', 'Llama 3.3 Euryale 70B', 'sao10k', 'euryale', true, 'chat', 70, '2024-12-18', [0.65, 0.75], 3],
	['text-embedding-3-large', 'text-embedding-3-large', 'openai', 'text-embedding', false, 'embedding', undefined, '2024-01-25', [0.13, 0], 4],
	['qwen3-embedding-8b', 'Qwen3 Embedding 8B', 'qwen', 'qwen', true, 'embedding', 8, '2025-06-05', [0.01, 0], 5],
	['gpt-4o-mini-tts', 'GPT-4o mini TTS', 'openai', 'gpt-mini', false, 'text-to-speech', undefined, '2025-03-20', [0.6, 12], 2],
	['whisper-large-v3', 'Whisper Large v3', 'openai', 'whisper', true, 'speech-to-text', 1.55, '2023-11-06', [0.5, 0], 5],
	['flux-1-schnell', 'FLUX.1 [schnell]', 'black-forest-labs', 'flux', true, 'image', 12, '2024-08-01', [0, 3], 4],
	['lyria-3', 'Lyria 3', 'google', 'lyria', false, 'music', undefined, '2026-02', [0, 0], 1],
	['rerank-v3.5', 'Rerank v3.5', 'cohere', 'rerank', false, 'rerank', undefined, '2024-12-02', [2, 0], 3],
	['omni-moderation-latest', 'omni-moderation', 'openai', 'omni-moderation', false, 'moderation', undefined, '2024-09-26', [0, 0], 1],
	['veo-3', 'Veo 3', 'google', 'veo', false, 'video', undefined, '2025-05-20', [0, 750], 2],
	['inflection-3-pi', 'Inflection 3 Pi', 'inflection', 'inflection', false, 'chat', undefined, '2024-10-11', [2.5, 10], 0],
	['cogito-v2.1-671b', 'Cogito v2.1 671B', 'deepcogito', 'cogito', true, 'chat', 671, '2025-11-19', [1.25, 1.25], 0, { reasoning: true }],
	['ui-tars-1.5-7b', 'UI-TARS 7B', 'bytedance', 'ui-tars', true, 'chat', 7, '2025-07-22', [0.1, 0.2], 0, { vision: true }]
];

/**
 * Families, by turns after the hand-written models: every combination of their parts, in order
 * (the first part changing fastest), then all of them again with a snapshot tag when a list
 * needs more models than there are combinations.
 * @typedef {{ maker: string, family: string, open: boolean, task?: Task, parts: string[][], price: [number, number], reasoning?: boolean }} Family
 * @type {Family[]}
 */
// prettier-ignore
const FAMILIES = [
	{ maker: 'qwen', family: 'qwen', open: true, price: [0.2, 0.8], parts: [['qwen3', 'qwen2.5', 'qwen3-coder', 'qwen3-vl', 'qwen3.5', 'qwen2.5-vl'], ['8b', '32b', '4b', '14b', '30b-a3b', '72b', '1.7b', '235b-a22b', '7b', '0.6b'], ['', 'instruct', 'thinking', 'fp8']] },
	{ maker: 'meta-llama', family: 'llama', open: true, price: [0.1, 0.3], parts: [['llama-3.1', 'llama-3.2', 'llama-3.3', 'llama-4-scout', 'llama-4-maverick', 'llama-3'], ['8b', '70b', '405b', '1b', '3b', '11b-vision', '90b-vision', '17b-16e', '17b-128e'], ['instruct', '', 'instruct-turbo', 'instruct-fp8']] },
	{ maker: 'moonshotai', family: 'kimi-k2', open: true, price: [0.6, 2.5], reasoning: true, parts: [['kimi-k2', 'kimi-k2.5', 'kimi-k3', 'kimi-dev', 'kimi-vl', 'kimi-linear'], ['instruct', 'thinking', 'turbo', 'preview', 'base', 'a3b', '72b', '48b-a3b'], ['', '0905', '0711']] },
	{ maker: 'anthropic', family: 'claude', open: false, price: [3, 15], parts: [['claude-sonnet-4', 'claude-opus-4', 'claude-haiku-4.5', 'claude-opus-4.5', 'claude-sonnet-4.6', 'claude-3.5-haiku', 'claude-3.5-sonnet', 'claude-3-opus', 'claude-opus-4.6'], ['', '20250514', '20241022', '20250929', 'latest', '20251101', 'thinking']] },
	{ maker: 'openai', family: 'gpt', open: false, price: [1.25, 10], parts: [['gpt-4.1', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5.1', 'gpt-5.2', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5-codex', 'gpt-5.1-codex', 'o4-mini', 'o3', 'o1'], ['', 'chat-latest', '2025-04-14', 'pro', 'mini', 'high', 'deep-research']] },
	{ maker: 'z-ai', family: 'glm', open: true, price: [0.6, 2.2], parts: [['glm-4.5', 'glm-4.7', 'glm-5', 'glm-4.5-air', 'glm-4.5v', 'glm-4-32b', 'glm-4.6v', 'glm-z1'], ['', 'fp8', 'turbo', 'thinking', 'flash', '0414', 'rumination']] },
	{ maker: 'google', family: 'gemini', open: false, price: [0.3, 2.5], parts: [['gemini-2.0-flash', 'gemini-2.0-flash-lite', 'gemini-2.5-flash-lite', 'gemini-3-pro', 'gemini-3-flash', 'gemini-2.5-pro', 'gemini-1.5-pro', 'gemini-1.5-flash'], ['', 'preview', 'exp', '001', '002', 'latest', 'preview-09-2025', 'thinking']] },
	{ maker: 'google', family: 'gemma', open: true, price: [0.05, 0.15], parts: [['gemma-3', 'gemma-2', 'gemma-3n', 'medgemma', 'codegemma'], ['27b', '12b', '4b', '1b', '9b', '2b', 'e4b', 'e2b'], ['it', '', 'pt', 'qat']] },
	{ maker: 'deepseek', family: 'deepseek', open: true, price: [0.27, 1.1], parts: [['deepseek-v3.1', 'deepseek-v3.2-exp', 'deepseek-r1-0528', 'deepseek-v3.1-terminus', 'deepseek-coder-v2', 'deepseek-prover-v2', 'deepseek-r1-distill-llama', 'deepseek-r1-distill-qwen', 'deepseek-v3-0324', 'deepseek-vl2'], ['', 'base', 'lite', 'speciale', '70b', '32b', '14b', '1.5b']] },
	{ maker: 'mistralai', family: 'mistral', open: true, price: [0.1, 0.3], parts: [['mistral-small-3.1', 'mistral-small-3.2', 'mistral-nemo', 'ministral', 'codestral', 'devstral-small', 'magistral-small', 'pixtral', 'mistral-7b', 'mixtral-8x7b', 'mixtral-8x22b'], ['', '2506', '2507', '24b', '8b', '3b', '12b', 'instruct', 'v0.3', '2501']] },
	{ maker: 'mistralai', family: 'mistral', open: false, price: [2, 6], parts: [['mistral-medium-3', 'magistral-medium', 'devstral-medium', 'pixtral-large', 'mistral-saba', 'codestral-2', 'mistral-ocr'], ['', '2505', '2507', '2411', 'latest', '2509']] },
	{ maker: 'x-ai', family: 'grok', open: false, price: [3, 15], parts: [['grok-3', 'grok-3-mini', 'grok-4.1', 'grok-code', 'grok-2', 'grok-2-vision', 'grok-4-heavy'], ['', 'beta', 'latest', '0709', 'reasoning', 'non-reasoning', '1212']] },
	{ maker: 'microsoft', family: 'phi', open: true, price: [0.07, 0.14], parts: [['phi-4', 'phi-3.5', 'phi-3', 'phi-4-mini', 'mai-ds'], ['', 'mini', 'medium', 'small', 'multimodal', 'reasoning', 'reasoning-plus', 'moe'], ['instruct', '', '128k']] },
	{ maker: 'cohere', family: 'command', open: true, price: [2.5, 10], parts: [['command-a', 'command-r', 'command-r-plus', 'command-r7b', 'aya-expanse', 'aya-vision'], ['', '08-2024', '03-2025', 'reasoning', 'vision', '8b', '32b', '12-2024']] },
	{ maker: 'nousresearch', family: 'hermes', open: true, price: [0.2, 0.6], parts: [['hermes-4', 'hermes-3-llama-3.1', 'hermes-2-pro-llama-3', 'deephermes-3-llama-3', 'deephermes-3-mistral'], ['405b', '70b', '8b', '14b', '24b', '3b']] },
	{ maker: 'nvidia', family: 'nemotron', open: true, price: [0.1, 0.4], parts: [['nemotron-nano', 'nemotron-super', 'nemotron-ultra', 'nemotron-h', 'nemotron-mini', 'nemotron-4'], ['9b-v2', '49b-v1.5', '253b-v1', '12b-v2-vl', '8b', '56b', '340b', '4b'], ['', 'instruct', 'reasoning']] },
	{ maker: 'minimax', family: 'minimax', open: true, price: [0.3, 1.2], parts: [['minimax-m1', 'minimax-m2.1', 'minimax-m2.5', 'minimax-text-01', 'minimax-vl-01'], ['', '40k', '80k', 'her', 'preview', 'lightning']] },
	{ maker: 'sao10k', family: 'euryale', open: true, price: [0.7, 0.8], parts: [['l3-euryale', 'l3.1-euryale', 'l3-lunaris', 'l3-stheno', 'l3.3-euryale'], ['70b', '8b'], ['', 'v2.1', 'v2.2', 'v3.2', 'v3.3']] },
	{ maker: 'thedrummer', family: 'drummer', open: true, price: [0.25, 0.5], parts: [['rocinante', 'cydonia', 'unslopnemo', 'skyfall', 'anubis', 'valkyrie'], ['12b', '22b', '24b', '36b', '70b', '49b'], ['', 'v1.1', 'v2', 'v4']] },
	{ maker: 'baidu', family: 'ernie', open: true, price: [0.14, 0.56], parts: [['ernie-4.5', 'ernie-4.5-vl', 'ernie-x1', 'ernie-5'], ['300b-a47b', '21b-a3b', '28b-a3b', '424b-a47b', 'turbo', 'preview'], ['', 'thinking', 'paddle']] },
	{ maker: 'tencent', family: 'hunyuan', open: true, price: [0.14, 0.57], parts: [['hunyuan-a13b', 'hunyuan-t1', 'hunyuan-turbos', 'hunyuan-mt', 'hunyuan-7b', 'hunyuan-large'], ['', 'instruct', 'latest', 'chimera', '20250716', 'vision']] },
	{ maker: 'xiaomi', family: 'mimo', open: true, price: [0.1, 0.3], parts: [['mimo-7b', 'mimo-v2', 'mimo-vl-7b', 'mimo-v2-flash'], ['', 'rl', 'sft', 'pro', 'base', '2508']] },
	{ maker: 'stepfun', family: 'step', open: true, price: [0.2, 0.8], parts: [['step-3', 'step-2', 'step-1o', 'step-r1', 'step-3.5', 'step-2-mini'], ['', 'turbo', 'v', '16k', 'preview', '32k']] },
	{ maker: 'liquid', family: 'lfm', open: true, price: [0.05, 0.1], parts: [['lfm-2', 'lfm-7b', 'lfm-3b', 'lfm-40b', 'lfm2-vl'], ['', '1.2b', '2.6b', '8b-a1b', '350m', 'moe']] },
	{ maker: 'ai21', family: 'jamba', open: true, price: [0.2, 0.4], parts: [['jamba-1.5', 'jamba-1.6', 'jamba-1.7', 'jamba-reasoning'], ['mini', 'large', '3b', '']] },
	{ maker: 'ibm-granite', family: 'granite', open: true, price: [0.05, 0.2], parts: [['granite-3.3', 'granite-4.0', 'granite-3.1', 'granite-3.2'], ['8b', '2b', 'h-small', 'h-tiny', 'h-micro', 'micro'], ['instruct', '', 'base']] },
	{ maker: 'bytedance-seed', family: 'seed', open: false, price: [0.25, 2], parts: [['seed-1.6', 'seed-oss-36b', 'doubao-1.5-pro', 'doubao-seed-1.6', 'seed-1.5'], ['', 'flash', 'thinking', 'vision', 'instruct', '256k']] },
	{ maker: 'meituan', family: 'longcat', open: true, price: [0.15, 0.75], parts: [['longcat-flash', 'longcat-flash-chat', 'longcat-flash-thinking', 'longcat-flash-omni'], ['', 'fp8', '2601', 'lite']] },
	{ maker: 'inception', family: 'mercury', open: false, price: [0.25, 1], parts: [['mercury', 'mercury-coder', 'mercury-2'], ['', 'small', 'mini', 'preview']] },
	{ maker: 'allenai', family: 'olmo', open: true, price: [0.1, 0.3], parts: [['olmo-2', 'olmo-3', 'olmo-3.1', 'molmo', 'tulu-3'], ['7b', '13b', '32b', '1b', '405b', '70b'], ['', 'instruct', 'think']] },
	{ maker: 'openai', family: 'text-embedding', open: false, task: 'embedding', price: [0.02, 0], parts: [['text-embedding-3-small', 'text-embedding-ada-002', 'text-embedding-3-large-256', 'text-embedding-3-small-512']] },
	{ maker: 'qwen', family: 'qwen', open: true, task: 'embedding', price: [0.02, 0], parts: [['qwen3-embedding', 'gte-qwen2-embedding', 'qwen3-vl-embedding'], ['0.6b', '4b', '1.5b', '7b', '2b']] },
	{ maker: 'baai', family: 'bge', open: true, task: 'rerank', price: [0.01, 0], parts: [['bge-reranker-v2', 'bge-reranker'], ['m3', 'gemma', 'large', 'base', 'minicpm-layerwise']] },
	{ maker: 'openai', family: 'whisper', open: false, task: 'speech-to-text', price: [2.5, 10], parts: [['gpt-4o-transcribe', 'gpt-4o-mini-transcribe', 'whisper-1', 'whisper-large-v3-turbo', 'distil-whisper-large-v3']] },
	{ maker: 'openai', family: 'tts', open: false, task: 'text-to-speech', price: [15, 0], parts: [['tts-1', 'tts-1-hd', 'gemini-2.5-flash-preview-tts', 'gemini-2.5-pro-preview-tts', 'orpheus-3b-tts']] },
	{ maker: 'black-forest-labs', family: 'flux', open: true, task: 'image', price: [0, 40], parts: [['flux-1-dev', 'flux-1.1-pro', 'flux-kontext-pro', 'flux-kontext-max', 'flux-1.1-pro-ultra', 'flux-2-pro', 'flux-2-flex']] },
	{ maker: 'openai', family: 'moderation', open: false, task: 'moderation', price: [0, 0], parts: [['text-moderation-latest', 'text-moderation-stable', 'omni-moderation-2024-09-26']] }
];

/** Snapshot tags a family takes once every combination is used, in turn. */
const TAGS = ['2407', '2411', '2501', '2503', '2505', '2507', '2509', '2511', '2601', '2603'];

/**
 * Ids a generated model never takes: the shipped models and their aliases (only the
 * hand-written models join them, on purpose), and ids a join would take for a variant
 * (`-free`, `-fast`).
 */
const RESERVED = new Set([
	'gpt-2',
	'gpt-4',
	'gpt-4-0613',
	'gpt-4-0314',
	'gpt-4o',
	'gpt-4o-2024-05-13',
	'gpt-4o-2024-08-06',
	'gpt-4o-2024-11-20',
	'chatgpt-4o-latest',
	'o3-mini',
	'o3-mini-2025-01-31',
	'o3-mini-high',
	'gpt-5',
	'deepseek',
	'deepseek-r1',
	'deepseek-v3',
	'deepseek-r1-distill-qwen-7b',
	'mistral-small',
	'mistral-small-2501',
	'mistral-small-24b-instruct-2501',
	'mistral-large',
	'mistral-large-2411',
	'mistral-large-2407',
	'gemini'
]);

/** "qwen3-235b-a22b" → "Qwen3 235B A22B". */
function displayName(/** @type {string} */ key) {
	return key
		.split('-')
		.map((w) =>
			/^(?:\d+(?:\.\d+)?[bm]|a\d+b|e\d+b)$/.test(w)
				? w.toUpperCase()
				: w.charAt(0).toUpperCase() + w.slice(1)
		)
		.join(' ');
}

/** "qwen3-235b-a22b" → "Qwen3-235B-A22B", as Hugging Face ids are written. */
function hfName(/** @type {string} */ key) {
	return displayName(key).replaceAll(' ', '-');
}

/** Billions of parameters in a key, when it says (`235b-a22b` → 235, `350m` → 0.35). */
function sizeIn(/** @type {string} */ key) {
	const b = /(?:^|-)(\d+(?:\.\d+)?)b(?:-|$)/.exec(key);
	if (b) return Number(b[1]);
	const m = /(?:^|-)(\d+)m(?:-|$)/.exec(key);
	return m ? Number(m[1]) / 1000 : undefined;
}

/** The `i`-th combination of a family's parts (the first part changing fastest), or undefined. */
function combination(/** @type {Family} */ f, /** @type {number} */ i) {
	const words = [];
	let rest = i;
	for (const part of f.parts) {
		words.push(part[rest % part.length]);
		rest = Math.floor(rest / part.length);
	}
	return rest > 0 ? undefined : words.filter(Boolean).join('-');
}

/** How many combinations a family has. */
const combinations = (/** @type {Family} */ f) => f.parts.reduce((n, part) => n * part.length, 1);

/** The most combinations a family has: a round of tags goes through that many. */
const MOST_COMBINATIONS = Math.max(...FAMILIES.map(combinations));

/** @type {Spec[]} */
const universe = [];
const universeKeys = new Set();
/** Where the family sequence has got to: round (tag), family, combination. */
const cursor = { tag: 0, combo: 0, family: 0 };

function namedSpecs() {
	for (const [
		key,
		name,
		maker,
		family,
		open,
		task,
		sizeB,
		released,
		price,
		hosts,
		extra
	] of NAMED) {
		universe.push({
			key,
			name,
			maker,
			family,
			open,
			task,
			sizeB,
			released,
			price,
			hosts,
			...extra
		});
		universeKeys.add(key);
	}
}

/** The next model of the family sequence: families by turns, each its next combination. */
function nextFamilySpec() {
	for (;;) {
		const f = /** @type {Family} */ (FAMILIES[cursor.family]);
		const combo = cursor.combo;
		if (++cursor.family === FAMILIES.length) {
			cursor.family = 0;
			if (++cursor.combo === MOST_COMBINATIONS) {
				cursor.combo = 0;
				cursor.tag++;
			}
		}
		const base = combination(f, combo);
		if (base === undefined) continue;
		const tag = cursor.tag === 0 ? '' : (TAGS[cursor.tag - 1] ?? `r${cursor.tag}`);
		const key = tag ? `${base}-${tag}` : base;
		if (universeKeys.has(key) || RESERVED.has(key) || /-(?:free|fast)$/.test(key)) continue;
		universeKeys.add(key);
		const n = universe.length;
		const scale = 0.5 + unit(`${key} price`) * 1.5;
		/** @type {Spec} */
		const spec = {
			key,
			name: displayName(key),
			maker: f.maker,
			family: f.family,
			open: f.open,
			task: f.task ?? 'chat',
			sizeB: sizeIn(key),
			// Month-only dates for one model in seven, as models.dev writes some.
			released:
				n % 7 === 3
					? dayAfter(Math.floor(unit(`${key} day`) * 1400)).slice(0, 7)
					: dayAfter(Math.floor(unit(`${key} day`) * 1400)),
			price: [round(f.price[0] * scale), round(f.price[1] * scale)],
			...(f.reasoning || /thinking|reasoning|-r1|think/.test(key) ? { reasoning: true } : {})
		};
		return spec;
	}
}

/** The `i`-th model of the sequence all lists share. */
function modelAt(/** @type {number} */ i) {
	if (universe.length === 0) namedSpecs();
	while (universe.length <= i) universe.push(nextFamilySpec());
	return /** @type {Spec} */ (universe[i]);
}

/**
 * models.dev's providers (hosts): key, name, kind, how they write ids, and the makers they serve
 * (`only`; first-party hosts always serve their makers' models). Kinds: `first` (the maker's own
 * API), `cloud` (a cloud's model service), `inference` (hosts of open models), `gateway` (every
 * model, maker-prefixed ids), `plan` (a subscription that lists its models at 0/0), `local` (a
 * runner on the person's machine).
 * @typedef {'plain' | 'maker' | 'route' | 'hf' | 'accounts'} IdStyle
 * @typedef {{ key: string, name: string, kind: 'first' | 'cloud' | 'inference' | 'gateway' | 'plan' | 'local', ids: IdStyle, only?: string[], api?: string }} Provider
 * @type {Provider[]}
 */
// prettier-ignore
const PROVIDERS = [
	{ key: 'openai', name: 'OpenAI', kind: 'first', ids: 'plain', only: ['openai'] },
	{ key: 'anthropic', name: 'Anthropic', kind: 'first', ids: 'plain', only: ['anthropic'] },
	{ key: 'google', name: 'Google', kind: 'first', ids: 'plain', only: ['google'] },
	{ key: 'mistral', name: 'Mistral', kind: 'first', ids: 'plain', only: ['mistralai'] },
	{ key: 'deepseek', name: 'DeepSeek', kind: 'first', ids: 'plain', only: ['deepseek'] },
	{ key: 'moonshotai', name: 'Moonshot AI', kind: 'first', ids: 'plain', only: ['moonshotai'] },
	{ key: 'alibaba', name: 'Alibaba', kind: 'first', ids: 'plain', only: ['qwen'] },
	{ key: 'zai', name: 'Z.AI', kind: 'first', ids: 'plain', only: ['z-ai'] },
	{ key: 'xai', name: 'xAI', kind: 'first', ids: 'plain', only: ['x-ai'] },
	{ key: 'cohere', name: 'Cohere', kind: 'first', ids: 'plain', only: ['cohere'] },
	{ key: 'perplexity', name: 'Perplexity', kind: 'first', ids: 'plain', only: ['perplexity'] },
	{ key: 'minimax', name: 'MiniMax', kind: 'first', ids: 'plain', only: ['minimax'] },
	{ key: 'nvidia', name: 'Nvidia', kind: 'first', ids: 'maker', only: ['nvidia', 'meta-llama', 'mistralai', 'qwen', 'deepseek', 'microsoft', 'google'] },
	{ key: 'llama', name: 'Llama', kind: 'first', ids: 'hf', only: ['meta-llama'] },
	{ key: 'inception', name: 'Inception', kind: 'first', ids: 'plain', only: ['inception'] },
	{ key: 'baidu-qianfan', name: 'Baidu Qianfan', kind: 'first', ids: 'plain', only: ['baidu'] },
	{ key: 'tencent-hunyuan', name: 'Tencent Hunyuan', kind: 'first', ids: 'plain', only: ['tencent'] },
	{ key: 'xiaomi', name: 'Xiaomi MiMo', kind: 'first', ids: 'plain', only: ['xiaomi'] },
	{ key: 'stepfun', name: 'StepFun', kind: 'first', ids: 'plain', only: ['stepfun'] },
	{ key: 'liquid', name: 'Liquid AI', kind: 'first', ids: 'plain', only: ['liquid'] },
	{ key: 'ai21', name: 'AI21', kind: 'first', ids: 'plain', only: ['ai21'] },
	{ key: 'ibm-watsonx', name: 'IBM watsonx', kind: 'first', ids: 'hf', only: ['ibm-granite', 'meta-llama', 'mistralai'] },
	{ key: 'volcengine', name: 'Volcano Engine', kind: 'first', ids: 'plain', only: ['bytedance-seed', 'deepseek', 'moonshotai'] },
	{ key: 'meituan', name: 'LongCat', kind: 'first', ids: 'plain', only: ['meituan'] },
	{ key: 'nous', name: 'Nous Portal', kind: 'first', ids: 'hf', only: ['nousresearch'] },
	{ key: 'bfl', name: 'Black Forest Labs', kind: 'first', ids: 'plain', only: ['black-forest-labs'] },
	{ key: 'amazon-bedrock', name: 'Amazon Bedrock', kind: 'cloud', ids: 'plain', only: ['anthropic', 'meta-llama', 'mistralai', 'deepseek', 'qwen', 'cohere', 'minimax', 'moonshotai', 'openai', 'ai21'] },
	{ key: 'google-vertex', name: 'Vertex', kind: 'cloud', ids: 'plain', only: ['google', 'anthropic', 'meta-llama', 'mistralai', 'deepseek', 'qwen', 'z-ai'] },
	{ key: 'azure', name: 'Azure', kind: 'cloud', ids: 'plain', only: ['openai', 'meta-llama', 'mistralai', 'deepseek', 'microsoft', 'cohere', 'x-ai', 'moonshotai'] },
	{ key: 'databricks', name: 'Databricks', kind: 'cloud', ids: 'plain', only: ['anthropic', 'meta-llama', 'google', 'openai', 'qwen'] },
	{ key: 'snowflake', name: 'Snowflake Cortex', kind: 'cloud', ids: 'plain', only: ['anthropic', 'meta-llama', 'mistralai', 'openai', 'deepseek'] },
	{ key: 'oracle-oci', name: 'OCI Generative AI', kind: 'cloud', ids: 'maker', only: ['cohere', 'meta-llama', 'x-ai', 'google', 'openai'] },
	{ key: 'sap-ai-core', name: 'SAP AI Core', kind: 'cloud', ids: 'plain', only: ['anthropic', 'openai', 'google', 'mistralai', 'meta-llama'] },
	{ key: 'alibaba-cn', name: 'Alibaba (China)', kind: 'cloud', ids: 'plain', only: ['qwen', 'deepseek', 'moonshotai', 'z-ai', 'minimax'] },
	{ key: 'github-copilot', name: 'GitHub Copilot', kind: 'plan', ids: 'plain', only: ['openai', 'anthropic', 'google', 'x-ai'] },
	{ key: 'github-models', name: 'GitHub Models', kind: 'plan', ids: 'maker', only: ['openai', 'meta-llama', 'mistralai', 'deepseek', 'microsoft', 'cohere', 'x-ai', 'ai21'] },
	{ key: 'kimi-for-coding', name: 'Kimi For Coding', kind: 'plan', ids: 'plain', only: ['moonshotai'] },
	{ key: 'zai-coding-plan', name: 'Z.AI Coding Plan', kind: 'plan', ids: 'plain', only: ['z-ai'] },
	{ key: 'minimax-coding-plan', name: 'MiniMax Coding Plan', kind: 'plan', ids: 'plain', only: ['minimax'] },
	{ key: 'opencode', name: 'OpenCode Zen', kind: 'gateway', ids: 'plain' },
	{ key: 'openrouter', name: 'OpenRouter', kind: 'gateway', ids: 'maker' },
	{ key: 'vercel', name: 'Vercel AI Gateway', kind: 'gateway', ids: 'maker' },
	{ key: 'requesty', name: 'Requesty', kind: 'gateway', ids: 'maker' },
	{ key: 'zenmux', name: 'ZenMux', kind: 'gateway', ids: 'maker' },
	{ key: 'aihubmix', name: 'AIHubMix', kind: 'gateway', ids: 'plain' },
	{ key: 'fastrouter', name: 'FastRouter', kind: 'gateway', ids: 'maker' },
	{ key: 'helicone', name: 'Helicone', kind: 'gateway', ids: 'plain' },
	{ key: 'routeway', name: 'Routeway', kind: 'gateway', ids: 'route' },
	{ key: 'llmgateway', name: 'LLM Gateway', kind: 'gateway', ids: 'plain' },
	{ key: 'cloudflare-ai-gateway', name: 'Cloudflare AI Gateway', kind: 'gateway', ids: 'maker' },
	{ key: 'lmstudio', name: 'LMStudio', kind: 'local', ids: 'maker', api: 'http://127.0.0.1:1234/v1' },
	{ key: 'groq', name: 'Groq', kind: 'inference', ids: 'maker' },
	{ key: 'togetherai', name: 'Together AI', kind: 'inference', ids: 'hf' },
	{ key: 'fireworks-ai', name: 'Fireworks AI', kind: 'inference', ids: 'accounts' },
	{ key: 'deepinfra', name: 'Deep Infra', kind: 'inference', ids: 'hf' },
	{ key: 'cerebras', name: 'Cerebras', kind: 'inference', ids: 'plain' },
	{ key: 'sambanova', name: 'SambaNova', kind: 'inference', ids: 'hf' },
	{ key: 'nebius', name: 'Nebius Token Factory', kind: 'inference', ids: 'hf' },
	{ key: 'novita-ai', name: 'NovitaAI', kind: 'inference', ids: 'maker' },
	{ key: 'hyperbolic', name: 'Hyperbolic', kind: 'inference', ids: 'hf' },
	{ key: 'baseten', name: 'Baseten', kind: 'inference', ids: 'hf' },
	{ key: 'chutes', name: 'Chutes', kind: 'inference', ids: 'hf' },
	{ key: 'parasail', name: 'Parasail', kind: 'inference', ids: 'plain' },
	{ key: 'lambda', name: 'Lambda', kind: 'inference', ids: 'plain' },
	{ key: 'scaleway', name: 'Scaleway', kind: 'inference', ids: 'plain' },
	{ key: 'ovhcloud', name: 'OVHcloud AI Endpoints', kind: 'inference', ids: 'hf' },
	{ key: 'cloudflare-workers-ai', name: 'Cloudflare Workers AI', kind: 'inference', ids: 'maker' },
	{ key: 'huggingface', name: 'Hugging Face', kind: 'inference', ids: 'hf' },
	{ key: 'friendli', name: 'Friendli', kind: 'inference', ids: 'hf' },
	{ key: 'siliconflow', name: 'SiliconFlow', kind: 'inference', ids: 'hf' },
	{ key: 'siliconflow-cn', name: 'SiliconFlow (China)', kind: 'inference', ids: 'hf' },
	{ key: 'modelscope', name: 'ModelScope', kind: 'inference', ids: 'hf' },
	{ key: 'featherless', name: 'Featherless', kind: 'inference', ids: 'hf' },
	{ key: 'venice', name: 'Venice AI', kind: 'inference', ids: 'plain' },
	{ key: 'inference-net', name: 'Inference.net', kind: 'inference', ids: 'maker' },
	{ key: 'synthetic', name: 'Synthetic', kind: 'inference', ids: 'hf' },
	{ key: 'ollama-cloud', name: 'Ollama Cloud', kind: 'inference', ids: 'plain' },
	{ key: 'crusoe', name: 'Crusoe Cloud', kind: 'inference', ids: 'hf' },
	{ key: 'nscale', name: 'Nscale', kind: 'inference', ids: 'hf' },
	{ key: 'gmicloud', name: 'GMI Cloud', kind: 'inference', ids: 'hf' },
	{ key: 'kluster', name: 'kluster.ai', kind: 'inference', ids: 'hf' },
	{ key: 'targon', name: 'Targon', kind: 'inference', ids: 'hf' },
	{ key: 'atlascloud', name: 'AtlasCloud', kind: 'inference', ids: 'maker' },
	{ key: 'cortecs', name: 'Cortecs', kind: 'inference', ids: 'plain' },
	{ key: 'berget', name: 'Berget AI', kind: 'inference', ids: 'hf' },
	{ key: 'ionos', name: 'IONOS AI Model Hub', kind: 'inference', ids: 'hf' },
	{ key: 'infomaniak', name: 'Infomaniak', kind: 'inference', ids: 'plain' },
	{ key: 'vultr', name: 'Vultr Inference', kind: 'inference', ids: 'plain' },
	{ key: 'digitalocean', name: 'DigitalOcean Gradient', kind: 'inference', ids: 'plain' },
	{ key: 'wandb', name: 'Weights & Biases', kind: 'inference', ids: 'hf' }
];

/** A model's context window, in tokens. */
const contextOf = (/** @type {Spec} */ s) =>
	[32768, 131072, 200000, 262144, 1000000][hash(s.key) % 5] ?? 131072;

/** Models the plans and the local runner do not list. */
const chats = (/** @type {Spec} */ s) => s.task === 'chat';

/** Whether a provider serves a model, besides the model's own makers' hosts. */
function serves(/** @type {Provider} */ p, /** @type {Spec} */ s) {
	if (p.only) return p.only.includes(s.maker) && (p.kind !== 'plan' || chats(s));
	if (p.kind === 'gateway') return true;
	if (p.kind === 'local') return s.open && (s.sizeB ?? 999) <= 32 && chats(s);
	return s.open;
}

/** The hosts of the `j`-th model: its makers' own, then a turn through the others that serve it. */
function hostsOf(/** @type {Spec} */ s, /** @type {number} */ j) {
	const own = PROVIDERS.filter((p) => p.kind === 'first' && p.only?.[0] === s.maker);
	const others = PROVIDERS.filter((p) => !own.includes(p) && serves(p, s));
	const count = s.hosts ?? 1 + ((j * 3) % 5);
	const start = others.length ? (j * 7) % others.length : 0;
	const turn = [...others.slice(start), ...others.slice(0, start)];
	return [...own, ...turn].slice(0, count);
}

/** A model's id as a provider writes it. */
function idAt(/** @type {Provider} */ p, /** @type {Spec} */ s) {
	const hf = MAKERS[s.maker]?.hf ?? s.maker;
	switch (p.ids) {
		case 'maker':
			return `${s.maker}/${s.key}`;
		case 'route':
			return `route/${s.key}`;
		case 'hf':
			return `${hf}/${hfName(s.key)}`;
		case 'accounts':
			return `accounts/${p.key}/models/${s.key}`;
		default:
			return s.key;
	}
}

/** What a model puts out, as models.dev writes it (embeddings as text, as it does). */
function outputsOf(/** @type {Task} */ task) {
	if (task === 'image') return ['image'];
	if (task === 'video') return ['video'];
	if (task === 'text-to-speech' || task === 'music') return ['audio'];
	return ['text'];
}
function inputsOf(/** @type {Spec} */ s) {
	if (s.task === 'speech-to-text') return ['audio'];
	return s.vision ? ['text', 'image'] : ['text'];
}

/** The sizes the lists are made at: models.dev's, OpenRouter's and LiteLLM's, as they are now. */
export const MODELS_DEV_SIZE = 5276;
export const OPENROUTER_SIZE = 364;
export const LITELLM_SIZE = 600;

/**
 * models.dev's broken entries, by provider and key: a null, a text where an entry should be, and
 * an entry with no id (its key empty too). Each is skipped with its reason.
 * @type {[string, string, unknown][]}
 */
export const BROKEN_MODELS_DEV = [
	['chutes', 'glm-4.5-air-legacy', null],
	['nebius', 'qwen3-next-80b-a3b', 'coming soon'],
	['hyperbolic', '', { id: '', name: '', cost: { input: 1, output: 1 } }]
];

/**
 * Entries (by their place in the list, counting from 0) that keep a flaw they are read despite:
 * an impossible release date, a price written as a word, and an empty `id` (its key is used).
 */
export const FLAWED_AT = { badDate: 211, wordPrice: 1234, emptyId: 2345 };

/**
 * A models.dev `api.json` of `n` entries (broken ones included) over 90 hosts.
 * @param {number} [n]
 * @returns {Record<string, { id: string, name: string, env: string[], npm: string, api?: string, doc: string, models: Record<string, unknown> }>}
 */
export function modelsDevList(n = MODELS_DEV_SIZE) {
	/** @type {ReturnType<typeof modelsDevList>} */
	const out = {};
	for (const p of PROVIDERS) {
		out[p.key] = {
			id: p.key,
			name: p.name,
			env: [`${p.key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`],
			npm: p.kind === 'first' ? `@ai-sdk/${p.key}` : '@ai-sdk/openai-compatible',
			...(p.api ? { api: p.api } : {}),
			doc: `https://docs.${p.key.replace(/[^a-z0-9]/g, '')}.example/models`,
			models: {}
		};
	}
	const budget = n - BROKEN_MODELS_DEV.length;
	let e = 0;
	for (let j = 0; e < budget; j++) {
		const s = modelAt(j);
		for (const p of hostsOf(s, j)) {
			// OpenRouter in models.dev lists open models' free variants too, one in three.
			const ids = [idAt(p, s)];
			if (p.key === 'openrouter' && s.open && chats(s) && j % 3 === 0) ids.push(`${ids[0]}:free`);
			for (const id of ids) {
				if (e >= budget) break;
				const free = id.endsWith(':free');
				const entry = mdEntry(s, p, e, free);
				const key = String(entry.id);
				if (e === FLAWED_AT.badDate) entry.release_date = '2025-25-11';
				if (e === FLAWED_AT.wordPrice) entry.cost = { input: 'cheap', output: 1.5 };
				if (e === FLAWED_AT.emptyId) entry.id = '';
				/** @type {NonNullable<typeof out[string]>} */ (out[p.key]).models[key] = entry;
				e++;
			}
		}
	}
	for (const [provider, key, value] of BROKEN_MODELS_DEV) {
		/** @type {NonNullable<typeof out[string]>} */ (out[provider]).models[key] = value;
	}
	return out;
}

/**
 * One models.dev entry: the `e`-th of the list, model `s` at host `p`.
 * @param {Spec} s
 * @param {Provider} p
 * @param {number} e
 * @param {boolean} free an OpenRouter `:free` variant
 * @returns {Record<string, unknown>}
 */
function mdEntry(s, p, e, free) {
	const local = p.kind === 'local';
	// opencode's Zen serves open models free while they are new: `-free`, at 0/0.
	const zenFree = p.key === 'opencode' && s.open && chats(s);
	const factor = 0.8 + unit(`${p.key} ${s.key}`) * 0.6;
	const [input, output] = s.price.map((usd) => round(usd * factor));
	/** @type {Record<string, unknown>} */
	let cost;
	if (free || zenFree || p.kind === 'plan') cost = { input: 0, output: 0 };
	else if (p.ids === 'route') cost = { input: -1000000, output: -1000000 };
	else {
		cost = { input, output };
		if (s.task === 'chat') cost.cache_read = round((input ?? 0) / 10);
		if (s.reasoning && e % 4 === 1) cost.reasoning = round((output ?? 0) * 1.5);
		if (s.task === 'text-to-speech') cost.output_audio = round((output ?? 0) + 10);
		if (s.long && (p.kind === 'first' || p.kind === 'cloud')) {
			cost.context_over_200k = {
				input: round((input ?? 0) * 2),
				output: round((output ?? 0) * 1.5)
			};
		}
	}
	const status = e % 23 === 5 ? 'deprecated' : e % 29 === 7 ? 'beta' : undefined;
	const context = s.task === 'chat' ? contextOf(s) : 8192;
	return {
		id: zenFree ? `${s.key}-free` : idAt(p, s) + (free ? ':free' : ''),
		name: `${s.name}${free || zenFree ? ' (free)' : ''}`,
		family: s.family,
		attachment: Boolean(s.vision),
		reasoning: Boolean(s.reasoning),
		tool_call: chats(s),
		temperature: chats(s),
		...(s.released.length === 10 ? { knowledge: s.released.slice(0, 7) } : {}),
		release_date: s.released,
		last_updated: s.released,
		modalities: { input: inputsOf(s), output: outputsOf(s.task) },
		// One entry in thirteen does not say whether the weights are open.
		...(e % 13 === 0 ? {} : { open_weights: s.open }),
		// One in seventeen gives no price at all; a local runner never does.
		...(local || e % 17 === 3 ? {} : { cost }),
		limit: { context, output: Math.min(context, 65536) },
		...(status ? { status } : {})
	};
}

/**
 * OpenRouter's `GET /api/v1/models` of `n` entries: one per model in the shared order (models
 * of kinds OpenRouter does not serve — speech, rerankers, moderation, video — left out), with
 * `:free` variants priced "0", its own router at "-1", Hugging Face ids for most open models,
 * retirement dates past and future, a music model at 0/0, a per-search fee on `sonar` models, and
 * reasoning-token prices.
 * @param {number} [n]
 * @returns {{ data: Record<string, unknown>[] }}
 */
export function openRouterList(n = OPENROUTER_SIZE) {
	/** @type {Record<string, unknown>[]} */
	const data = [];
	const push = (/** @type {Record<string, unknown>} */ entry) => {
		if (data.length < n) data.push(entry);
	};
	push({
		...orEntry(
			{
				key: 'auto',
				name: 'Auto Router',
				maker: 'openrouter',
				family: 'auto',
				open: false,
				task: 'chat',
				released: '2023-11-08',
				price: [0, 0]
			},
			'openrouter/auto',
			0
		),
		name: 'Auto Router',
		pricing: { prompt: '-1', completion: '-1' }
	});
	for (let j = 0; data.length < n; j++) {
		const s = modelAt(j);
		if (!['chat', 'embedding', 'image', 'music'].includes(s.task)) continue;
		const special = s.or ?? {};
		const id = `${s.maker}/${s.key}`;
		push(orEntry(s, id, j));
		for (const also of /** @type {string[]} */ (special.also ?? [])) {
			push({
				...orEntry(s, `${s.maker}/${also}`, j),
				expiration_date: also.includes('2024') ? '2026-10-01' : null
			});
		}
		if (special.thinking)
			push({ ...orEntry(s, `${id}:thinking`, j), expiration_date: '2026-09-15' });
		if (special.free || (s.open && chats(s) && j % 4 === 1)) {
			push(orEntry(s, `${id}:free`, j));
		}
	}
	return { data };
}

/**
 * One OpenRouter entry for model `s` under `id`.
 * @param {Spec} s
 * @param {string} id
 * @param {number} j the model's place in the shared order
 * @returns {Record<string, unknown>}
 */
function orEntry(s, id, j) {
	const special = /** @type {Record<string, number | string | boolean | undefined>} */ (s.or ?? {});
	const free = id.endsWith(':free');
	const maker = MAKERS[s.maker]?.name ?? 'OpenRouter';
	const outputs =
		s.task === 'image'
			? ['image', 'text']
			: s.task === 'music'
				? ['audio']
				: s.task === 'embedding'
					? ['embeddings']
					: ['text'];
	/** @type {Record<string, string>} */
	const pricing = free
		? { prompt: '0', completion: '0' }
		: { prompt: perToken(s.price[0]), completion: perToken(s.price[1]) };
	if (!free) {
		if (s.reasoning)
			pricing.internal_reasoning = perToken(Number(special.reasoningPrice ?? s.price[1]));
		if (typeof special.search === 'number') pricing.web_search = String(special.search);
		else pricing.web_search = '0.01';
		if (typeof special.request === 'number') pricing.request = String(special.request);
		if (typeof special.imagePrice === 'number') pricing.image = perToken(special.imagePrice);
		if (chats(s)) pricing.input_cache_read = perToken(round(s.price[0] / 10));
	}
	const hfOrg = MAKERS[s.maker]?.hf;
	// Most open models name their weights; one in six does not.
	const hf = s.open && hfOrg && j % 6 !== 3 ? `${hfOrg}/${hfName(s.key)}` : j % 2 ? '' : null;
	// The hand-written models retire only where they say; the others one in 37 past, one in 41 ahead.
	const expires =
		typeof special.expires === 'string'
			? special.expires
			: j < NAMED.length
				? null
				: j % 37 === 5
					? '2026-11-15'
					: j % 41 === 9
						? '2027-04-30'
						: null;
	const [y, m, d] = s.released.split('-').map(Number);
	const context = contextOf(s);
	return {
		id,
		canonical_slug: `${id.split(':', 1)[0]}-${s.released.replaceAll('-', '')}`,
		hugging_face_id: hf,
		name: `${maker}: ${s.name}${free ? ' (free)' : ''}`,
		created: Date.UTC(y ?? 2025, (m ?? 1) - 1, d ?? 1) / 1000,
		description: `${s.name} from ${maker}: a ${s.task === 'chat' ? 'language' : s.task} model.`,
		context_length: context,
		architecture: {
			modality: `${inputsOf(s).join('+')}->${outputs.join('+')}`,
			input_modalities: inputsOf(s),
			output_modalities: outputs,
			tokenizer: 'Other',
			instruct_type: null
		},
		pricing,
		top_provider: { context_length: context, max_completion_tokens: 16384, is_moderated: !s.open },
		per_request_limits: null,
		supported_parameters: s.reasoning
			? ['max_tokens', 'reasoning', 'include_reasoning', 'tools']
			: ['max_tokens', 'temperature', 'tools'],
		default_parameters: {},
		expiration_date: expires
	};
}

/** LiteLLM's providers: its key for them, and how it writes a model's name. */
const LITELLM_HOSTS = [
	[
		'together_ai',
		(/** @type {Spec} */ s) => `together_ai/${MAKERS[s.maker]?.hf ?? s.maker}/${hfName(s.key)}`
	],
	['fireworks_ai', (/** @type {Spec} */ s) => `fireworks_ai/accounts/fireworks/models/${s.key}`],
	[
		'deepinfra',
		(/** @type {Spec} */ s) => `deepinfra/${MAKERS[s.maker]?.hf ?? s.maker}/${hfName(s.key)}`
	],
	['groq', (/** @type {Spec} */ s) => `groq/${s.key}`],
	['openrouter', (/** @type {Spec} */ s) => `openrouter/${s.maker}/${s.key}`],
	['ollama', (/** @type {Spec} */ s) => `ollama/${s.key}`],
	['nvidia_nim', (/** @type {Spec} */ s) => `nvidia_nim/${s.maker}/${s.key}`],
	['cerebras', (/** @type {Spec} */ s) => `cerebras/${s.key}`]
];

/** LiteLLM's word for what a model does. */
const MODES = /** @type {Record<Task, string>} */ ({
	chat: 'chat',
	embedding: 'embedding',
	rerank: 'rerank',
	'speech-to-text': 'audio_transcription',
	'text-to-speech': 'audio_speech',
	image: 'image_generation',
	video: 'video_generation',
	music: 'music',
	moderation: 'moderation'
});

/**
 * LiteLLM's `model_prices_and_context_window.json` of `n` model entries and its `sample_spec`:
 * each model under its maker's own provider (OpenAI's and Anthropic's under bare names, Amazon
 * Bedrock's with region prefixes) and the open ones under hosts in turn, Ollama among them.
 * @param {number} [n]
 * @returns {Record<string, Record<string, unknown>>}
 */
export function liteLlmList(n = LITELLM_SIZE) {
	/** @type {Record<string, Record<string, unknown>>} */
	const out = {
		sample_spec: {
			litellm_provider: 'one of https://docs.litellm.ai/docs/providers',
			max_input_tokens: 'max input tokens, if the provider specifies it',
			max_output_tokens: 'max output tokens, if the provider specifies it',
			input_cost_per_token: 0.0,
			output_cost_per_token: 0.0,
			mode: 'one of: chat, embedding, completion, image_generation, audio_transcription, audio_speech, rerank, moderation',
			supports_function_calling: true,
			deprecation_date: 'date when the model becomes deprecated in the format YYYY-MM-DD'
		}
	};
	let count = 0;
	const add = (/** @type {string} */ name, /** @type {Record<string, unknown>} */ entry) => {
		if (count < n && !(name in out)) {
			out[name] = entry;
			count++;
		}
	};
	for (let j = 0; count < n; j++) {
		const s = modelAt(j);
		// LiteLLM has no mode for music.
		if (s.task === 'music') continue;
		const entry = (/** @type {string} */ provider, factor = 1) => llEntry(s, provider, j, factor);
		if (s.maker === 'openai') add(s.key, entry('openai'));
		else if (s.maker === 'anthropic') {
			add(s.key, entry('anthropic'));
			add(`bedrock/us.anthropic.${s.key}-v1:0`, entry('bedrock', 1.1));
		} else if (s.maker === 'google') add(`gemini/${s.key}`, entry('gemini'));
		else if (s.maker === 'mistralai') add(`mistral/${s.key}`, entry('mistral'));
		else if (s.maker === 'deepseek') add(`deepseek/${s.key}`, entry('deepseek'));
		else if (s.maker === 'x-ai') add(`xai/${s.key}`, entry('xai'));
		else if (s.maker === 'perplexity') add(`perplexity/${s.key}`, entry('perplexity'));
		else if (s.maker === 'moonshotai') add(`moonshot/${s.key}`, entry('moonshot'));
		else if (s.maker === 'qwen') add(`dashscope/${s.key}`, entry('dashscope'));
		if (s.maker === 'google' && !s.open)
			add(`vertex_ai/${s.key}`, entry('vertex_ai-language-models', 1.05));
		if (!s.open) continue;
		for (let t = 0; t < 1 + (j % 3); t++) {
			const [provider, name] = /** @type {[string, (s: Spec) => string]} */ (
				LITELLM_HOSTS[(j + t * 3) % LITELLM_HOSTS.length]
			);
			if (provider === 'ollama' && ((s.sizeB ?? 999) > 32 || !chats(s))) continue;
			add(name(s), entry(provider, 0.9 + t * 0.1));
		}
	}
	return out;
}

/**
 * One LiteLLM entry: prices per token, `mode`, limits; deprecation dates past and future, a
 * search price for `sonar`, prices above 200,000 tokens, reasoning-token prices.
 * @param {Spec} s
 * @param {string} provider
 * @param {number} j
 * @param {number} factor
 * @returns {Record<string, unknown>}
 */
function llEntry(s, provider, j, factor) {
	const context = contextOf(s);
	/** @type {Record<string, unknown>} */
	const entry = {
		litellm_provider: provider,
		mode: MODES[s.task],
		max_input_tokens: context,
		max_output_tokens: 16384,
		max_tokens: 16384
	};
	if (provider !== 'ollama') {
		entry.input_cost_per_token = round(s.price[0] * factor) / 1e6;
		entry.output_cost_per_token = round(s.price[1] * factor) / 1e6;
	} else {
		entry.input_cost_per_token = 0;
		entry.output_cost_per_token = 0;
	}
	if (s.reasoning && provider !== 'ollama') {
		entry.output_cost_per_reasoning_token = round(s.price[1] * factor * 1.2) / 1e6;
	}
	if (s.long) entry.input_cost_per_token_above_200k_tokens = round(s.price[0] * 2) / 1e6;
	if (s.key.startsWith('sonar')) {
		entry.search_context_cost_per_query = {
			search_context_size_low: 0.005,
			search_context_size_medium: 0.008,
			search_context_size_high: 0.012
		};
	}
	if (j % 31 === 4) entry.deprecation_date = '2026-08-31';
	else if (j % 43 === 6) entry.deprecation_date = '2027-05-31';
	if (chats(s)) entry.supports_function_calling = true;
	if (s.vision) entry.supports_vision = true;
	return entry;
}

/** The sizes every cost is measured at, to show how it grows. */
export const SIZES = [300, 5000, 30000];
