/**
 * Sizes read from real ids and names (PRODUCT.md §9): OpenRouter's ids and display names,
 * models.dev's ids as its hosts write them (Groq, Cloudflare Workers AI, Fireworks, Together AI),
 * and Hugging Face ids of the weights. Each case says why, where it is not plain.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ParametersSchema, type Parameters } from '../catalogue';
import { sizeIn, sizeOf } from './size';

const b = (totalB: number, activeB?: number): Parameters =>
	activeB === undefined ? { totalB } : { totalB, activeB };
const effective = (totalB: number): Parameters => ({ totalB, effective: true });

// [text, its size or undefined, why when it is not plain]
const OPENROUTER: [string, Parameters | undefined, string?][] = [
	['meta-llama/llama-3.1-8b-instruct', b(8), 'the version 3.1 is no size'],
	['meta-llama/llama-3.1-405b-instruct', b(405)],
	['meta-llama/llama-3.2-1b-instruct', b(1)],
	['meta-llama/llama-3.2-11b-vision-instruct', b(11)],
	['meta-llama/llama-3.3-70b-instruct:free', b(70)],
	['meta-llama/llama-4-scout', b(109, 17), 'no size in the id: the table'],
	['meta-llama/llama-4-maverick', b(400, 17), 'no size in the id: the table'],
	['meta-llama/llama-guard-4-12b', b(12)],
	['qwen/qwen3-235b-a22b', b(235, 22)],
	['qwen/qwen3-30b-a3b', b(30, 3)],
	['qwen/qwen3-next-80b-a3b-instruct', b(80, 3)],
	['qwen/qwen-2.5-72b-instruct', b(72)],
	['qwen/qwen-2.5-coder-32b-instruct', b(32)],
	['qwen/qwq-32b', b(32)],
	['qwen/qwen3-coder', undefined, 'no size in the id (its weights link says it)'],
	['mistralai/mixtral-8x7b-instruct', b(46.7, 12.9), 'an expert count: the table'],
	['mistralai/mixtral-8x22b-instruct', b(141, 39), 'an expert count: the table'],
	['mistralai/mistral-7b-instruct-v0.3', b(7)],
	['mistralai/mistral-small-3.1-24b-instruct', b(24)],
	['mistralai/ministral-8b', b(8)],
	['mistralai/mistral-nemo', undefined, 'no size in the id'],
	['mistralai/mistral-large-2411', undefined, 'a date, not a size'],
	['google/gemma-3n-e4b-it', effective(4), 'an effective size, said as such'],
	['google/gemma-3-27b-it', b(27)],
	['google/gemma-3-1b-it', b(1)],
	['google/gemma-2-9b-it', b(9)],
	['google/gemini-flash-1.5-8b', b(8), 'closed weights, but the name says its size'],
	['deepseek/deepseek-r1-distill-qwen-1.5b', b(1.5)],
	['deepseek/deepseek-r1-distill-llama-70b', b(70)],
	['deepseek/deepseek-r1-0528-qwen3-8b', b(8), 'the date 0528 and qwen3 are no sizes'],
	['deepseek/deepseek-chat-v3-0324', undefined, 'a version and a date'],
	['openai/gpt-oss-120b', b(120)],
	['openai/gpt-oss-20b', b(20)],
	['openai/gpt-4o', undefined],
	['openai/gpt-4o-mini-2024-07-18', undefined],
	['openai/gpt-4-32k', undefined, 'a context length'],
	['openai/gpt-4.1', undefined],
	['openai/gpt-4.1-nano', undefined],
	['openai/o3-mini', undefined],
	['openai/o1', undefined],
	['anthropic/claude-3.5-sonnet', undefined],
	['anthropic/claude-3.7-sonnet:thinking', undefined],
	['x-ai/grok-3-mini', undefined],
	['microsoft/phi-3-mini-128k-instruct', undefined, 'a context length, and no size'],
	['microsoft/phi-3-medium-128k-instruct', undefined, 'a context length, and no size'],
	['microsoft/wizardlm-2-8x22b', b(141, 39), 'Mixtral 8x22B fine-tuned: the table'],
	['nousresearch/hermes-3-llama-3.1-405b', b(405)],
	['nousresearch/nous-hermes-2-mixtral-8x7b-dpo', b(46.7, 12.9), 'Mixtral 8x7B fine-tuned'],
	['thudm/glm-4-32b', b(32)],
	['thudm/glm-z1-32b', b(32)],
	['z-ai/glm-4.5-air', undefined],
	['nvidia/llama-3.1-nemotron-70b-instruct', b(70)],
	['nvidia/llama-3.3-nemotron-super-49b-v1', b(49)],
	['nvidia/nemotron-nano-9b-v2', b(9)],
	['tencent/hunyuan-a13b-instruct', b(80, 13), 'an active count alone: the table'],
	['moonshotai/kimi-vl-a3b-thinking', undefined, 'an active count alone, not in the table'],
	['moonshotai/kimi-dev-72b', b(72)],
	['moonshotai/kimi-k2', undefined],
	['baidu/ernie-4.5-300b-a47b', b(300, 47)],
	['cohere/command-r7b-12-2024', undefined, 'a size glued to a word is not read'],
	['liquid/lfm-7b', b(7)],
	['sao10k/l3.3-euryale-70b', b(70)],
	['thedrummer/rocinante-12b', b(12)]
];

const MODELS_DEV: [string, Parameters | undefined, string?][] = [
	['qwen3-30b-a3b', b(30, 3)],
	['llama-3.3-70b-versatile', b(70)],
	['llama-3.1-8b-instant', b(8)],
	['gemma2-9b-it', b(9), 'gemma2 is a name, 9b the size'],
	['allam-2-7b', b(7)],
	['deepseek-r1-distill-llama-70b', b(70)],
	['meta-llama/llama-4-scout-17b-16e-instruct', b(109, 17), '17b-16e is an expert count'],
	['@cf/meta/llama-4-scout-17b-16e-instruct', b(109, 17)],
	['@cf/google/embeddinggemma-300m', b(0.3), 'millions'],
	['@cf/moondream/moondream3.1-9B-A2B', b(9, 2)],
	['@cf/google/gemma-4-26b-a4b-it', b(26, 4)],
	['@cf/qwen/qwen3-30b-a3b-fp8', b(30, 3)],
	['@cf/meta/m2m100-1.2b', b(1.2)],
	['@cf/openai/whisper-large-v3-turbo', undefined],
	['accounts/fireworks/models/llama-v3p1-405b-instruct', b(405)],
	['accounts/fireworks/models/qwen3-235b-a22b-instruct-2507', b(235, 22)],
	['accounts/fireworks/models/llama4-maverick-instruct-basic', b(400, 17), 'the table'],
	['meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', b(400, 17), 'an expert count'],
	['Qwen/Qwen3-235B-A22B', b(235, 22)],
	['claude-3-5-sonnet-20241022', undefined],
	['gpt-4.1', undefined]
];

const WEIGHTS_AND_NAMES: [string, Parameters | undefined, string?][] = [
	['deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', b(1.5)],
	['microsoft/Phi-3.5-MoE-instruct', b(41.9, 6.6), 'no size in the id: the table'],
	['Qwen/Qwen1.5-MoE-A2.7B-Chat', b(14.3, 2.7), 'an active count alone: the table'],
	['HuggingFaceTB/SmolLM2-135M-Instruct', b(0.135), 'millions'],
	['Qwen/Qwen2.5-7B-Instruct-1M', b(7), '1M is its context, not a size'],
	['mistralai/Mixtral-8x7B-Instruct-v0.1', b(46.7, 12.9)],
	['tencent/Hunyuan-A13B-Instruct', b(80, 13)],
	['Qwen3 235B A22B', b(235, 22), 'a name, with spaces'],
	['Llama 3.1 8B Instruct', b(8)],
	['DeepSeek R1 Distill Qwen 1.5B', b(1.5)],
	['Mixtral 8x7B Instruct', b(46.7, 12.9)],
	['Hermes 3 405B Instruct.', b(405), 'a full stop is not part of the number'],
	['GPT-4o (2024-11-20)', undefined],
	['Claude 3.5 Sonnet', undefined]
];

describe('sizeIn: real ids and names', () => {
	const all = [...OPENROUTER, ...MODELS_DEV, ...WEIGHTS_AND_NAMES];
	it('has at least 40 real ids of OpenRouter and models.dev, sized and unknown', () => {
		expect(OPENROUTER.length + MODELS_DEV.length).toBeGreaterThanOrEqual(40);
		expect(all.filter(([, size]) => size === undefined).length).toBeGreaterThanOrEqual(15);
	});
	for (const [text, size, why] of all) {
		it(`${text} → ${size ? JSON.stringify(size) : 'unknown'}${why ? ` (${why})` : ''}`, () => {
			expect(sizeIn(text)).toEqual(size);
		});
	}
});

describe('sizeIn: the rules', () => {
	const cases: [string, Parameters | undefined, string][] = [
		['acme/moe-8x7b', undefined, 'an expert count not in the table'],
		['acme/widget-17b-16e', undefined, 'an expert count not in the table'],
		['acme/widget-30b-a3b', b(30, 3), 'total, then active'],
		['acme/widget-7b-a22b', b(7), 'an "active" part above the total is none'],
		['acme/widget-a3b-30b', b(30), 'an active count before the total is none'],
		['acme/smol-1.7b-360m', undefined, 'two different sizes: which?'],
		['acme/widget-7b-instruct-7b', b(7), 'the same size twice'],
		['acme/widget-7b-4m', b(7), 'a context of 4M tokens'],
		['acme/widget-0b', undefined, 'no model has no parameters'],
		['acme/widget-12345b', undefined, 'five digits is no size a name gives'],
		['acme/widget-7bit', undefined, 'a word, not a size'],
		['acme/widget-e4b-7b', undefined, 'an effective and a total size: which?'],
		[`acme/${'x'.repeat(300)}-7b`, undefined, 'past the first 300 characters']
	];
	for (const [text, size, why] of cases) {
		it(`${text.slice(0, 40)}: ${why}`, () => expect(sizeIn(text)).toEqual(size));
	}
	it('reads the first text that states a size: weights, then id, then name', () => {
		// OpenRouter names Gemma 3n E4B "Gemma 3n 4B"; its id says the size is effective.
		expect(sizeOf(undefined, 'gemma-3n-e4b-it', 'Gemma 3n 4B')).toEqual(effective(4));
		expect(sizeOf('Qwen/Qwen3-Coder-480B-A35B-Instruct', 'qwen3-coder', 'Qwen3 Coder')).toEqual(
			b(480, 35)
		);
		expect(sizeOf('', 'kimi-k2', 'Kimi K2')).toBeUndefined();
	});
	it('is linear: 100,000 characters of size-like words take no time', () => {
		for (const shape of ['1b-'.repeat(33_000), 'a1b-'.repeat(25_000), '.'.repeat(100_000)]) {
			const started = performance.now();
			sizeIn(shape);
			expect(performance.now() - started, shape.slice(0, 8)).toBeLessThan(50);
		}
	});
	it('never gives a negative, NaN or out-of-schema size, whatever the text', () => {
		const word = fc.oneof(
			fc.stringMatching(/^[aex]?\d{1,6}(\.\d{1,4})?[bmekt]?$/),
			fc.constantFrom('mixtral-8x7b', 'llama-4-scout', '16e', 'a22b', 'e4b', '-', '.', ' '),
			fc.string({ maxLength: 8 })
		);
		fc.assert(
			fc.property(
				fc.array(word, { maxLength: 12 }),
				fc.constantFrom('-', '/', ' ', '_', ':', ''),
				(words, glue) => {
					const size = sizeIn(words.join(glue));
					if (size === undefined) return;
					expect(v.safeParse(ParametersSchema, size).success, JSON.stringify(size)).toBe(true);
					expect(size.totalB).toBeGreaterThan(0);
					expect(Number.isNaN(size.totalB)).toBe(false);
					if (size.activeB !== undefined) expect(size.activeB).toBeLessThanOrEqual(size.totalB);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
