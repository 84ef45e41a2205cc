/**
 * LiteLLM's `model_prices_and_context_window.json`: `{ <model name>: { litellm_provider, mode,
 * input_cost_per_token, output_cost_per_token, max_input_tokens, deprecation_date, … } }`, prices
 * in US$ per token. Its `sample_spec` entry documents the fields and is not a model. The
 * provider is a host; LiteLLM does not say whether weights are open.
 */
import type { Fee } from '../catalogue';
import type { Listing } from './build';
import { joinKey, makerOf, offerId, servesOpenRouterIds } from './join';
import { record, type ListReader } from './list-reader';
import {
	fee,
	lifecycle,
	listDate,
	LOCAL_RUNNERS,
	markedFree,
	searchesByItself,
	statedPrice,
	statedUsd,
	taskOf,
	type Notes
} from './rules';
import { keptText, quote } from './safety';
import type { EntryIssue } from './types';

/** The entry that documents the format. */
const DOCUMENTATION = 'sample_spec';

/** LiteLLM's provider keys, as people know the hosts. */
const HOSTS: Record<string, string> = {
	openai: 'OpenAI',
	text_completion_openai: 'OpenAI',
	azure: 'Azure OpenAI',
	azure_ai: 'Azure AI Foundry',
	anthropic: 'Anthropic',
	bedrock: 'Amazon Bedrock',
	bedrock_converse: 'Amazon Bedrock',
	gemini: 'Google AI Studio',
	vertex_ai: 'Google Vertex AI',
	mistral: 'Mistral',
	deepseek: 'DeepSeek',
	xai: 'xAI',
	groq: 'Groq',
	together_ai: 'Together AI',
	fireworks_ai: 'Fireworks AI',
	deepinfra: 'DeepInfra',
	perplexity: 'Perplexity',
	cohere: 'Cohere',
	cohere_chat: 'Cohere',
	openrouter: 'OpenRouter',
	cerebras: 'Cerebras',
	sambanova: 'SambaNova',
	ollama: 'Ollama',
	ollama_chat: 'Ollama',
	lm_studio: 'LM Studio',
	nvidia_nim: 'NVIDIA NIM',
	moonshot: 'Moonshot AI',
	dashscope: 'Alibaba Cloud',
	watsonx: 'IBM watsonx',
	databricks: 'Databricks',
	replicate: 'Replicate',
	huggingface: 'Hugging Face'
};

/** The host's name for a provider key (`vertex_ai-language-models` → Google Vertex AI). */
function hostName(provider: string): string {
	if (HOSTS[provider]) return HOSTS[provider];
	if (provider.startsWith('vertex_ai')) return 'Google Vertex AI';
	return provider.slice(0, 120);
}

export const liteLlm: ListReader = {
	format: 'litellm',
	detect(data) {
		if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
		const entries = Object.entries(data);
		return entries.some(
			([key, value]) =>
				key === DOCUMENTATION ||
				(typeof record(value).litellm_provider === 'string' && 'mode' in record(value))
		);
	},
	read(data, context) {
		const listings: Listing[] = [];
		const skipped: EntryIssue[] = [];
		const notes: EntryIssue[] = [];
		let found = 0;
		const entries = Object.entries(record(data));
		const total = entries.filter(([name]) => name !== DOCUMENTATION).length;
		for (const [name, value] of entries) {
			if (name === DOCUMENTATION) continue;
			found++;
			context.onEntry?.(found, total);
			const entry = name.slice(0, 100);
			if (!value || typeof value !== 'object' || Array.isArray(value)) {
				skipped.push({ entry, code: 'not-an-object' });
				continue;
			}
			const e = value as Record<string, unknown>;
			const id = keptText(name, `$.${name}`, 300);
			const { key, variant } = joinKey(id ?? '');
			const provider = keptText(e.litellm_provider, `$.${name}.litellm_provider`, 120);
			if (!id || !key) {
				skipped.push(
					id ? { entry, code: 'unusable-id', value: quote(name) } : { entry, code: 'no-id' }
				);
				continue;
			}
			const own: Notes = { entry, issues: [] };
			// A key starts with its provider's route (`openrouter/z-ai/glm-5`); the rest is the id.
			const route = `${(provider ?? '').toLowerCase()}/`;
			const path = id.toLowerCase().startsWith(route) ? id.slice(route.length) : id;
			const maker = makerOf(path, { key, provider, prefixIsMaker: servesOpenRouterIds(provider) });
			const perToken = (field: string) => statedUsd(e[field], field, own, 1e6);
			const input = perToken('input_cost_per_token');
			const output = perToken('output_cost_per_token');
			const reasoning = perToken('output_cost_per_reasoning_token');
			const search = record(e.search_context_cost_per_query);
			const above = (direction: 'input' | 'output', kind: Fee['kind']): Fee[] => {
				for (const size of [128, 200, 256]) {
					const usd = perToken(`${direction}_cost_per_token_above_${size}k_tokens`);
					if (usd !== undefined) return fee(kind, usd, 'mtok', size * 1000);
				}
				return [];
			};
			const fees: Fee[] = [
				...fee(
					'request',
					statedUsd(e.input_cost_per_request, 'input_cost_per_request', own),
					'each'
				),
				...(reasoning !== undefined && reasoning !== output
					? fee('reasoning', reasoning, 'mtok')
					: []),
				...(e.supports_audio_output === true
					? fee('audio-output', perToken('output_cost_per_audio_token'), 'mtok')
					: []),
				...(searchesByItself(id)
					? fee(
							'search',
							statedUsd(
								search.search_context_size_low,
								'search_context_cost_per_query.search_context_size_low',
								own
							),
							'each'
						)
					: []),
				...above('input', 'long-context-input'),
				...above('output', 'long-context-output')
			];
			const local = LOCAL_RUNNERS.has((provider ?? '').toLowerCase());
			const free = local || markedFree(id);
			const retires = listDate(e.deprecation_date, 'deprecation_date', own);
			listings.push({
				key,
				variant: free && !local ? 'free' : variant,
				name: id.slice(id.lastIndexOf('/') + 1),
				maker,
				host: hostName(provider ?? 'unknown'),
				offerId: offerId(id, 'll-'),
				legacyModelIds: [],
				price: statedPrice(input, output, free, fees),
				free,
				local,
				...lifecycle(undefined, retires, context.today),
				task: taskOf({ id, mode: e.mode }),
				openness: 'unknown'
			});
			notes.push(...own.issues);
		}
		return { listings, found, skipped, notes };
	}
};
