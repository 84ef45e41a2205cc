/**
 * The catalogue's fixed words (statuses, openness, kinds of offer, places, units) and the order
 * of catalogue versions: plain values, with no schema library behind them.
 */
export const STATUSES = ['released', 'planned', 'legacy'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Whether a model's weights are published: `unknown` where a public list does not say
 * (OpenRouter without a Hugging Face id, LiteLLM), never taken for closed.
 */
export const OPENNESS = ['open-weights', 'closed', 'unknown'] as const;
export type Openness = (typeof OPENNESS)[number];

/**
 * What a model does. A model without a task chats (text in, text out); the others stay in the
 * catalogue but never fit the chooser (§10).
 */
export const TASKS = [
	'chat',
	'embedding',
	'rerank',
	'speech-to-text',
	'text-to-speech',
	'image',
	'video',
	'music',
	'moderation'
] as const;
export type Task = (typeof TASKS)[number];

/**
 * What a per-use price can charge beyond its tokens, each making the price "partly known"
 * (§10): a fee per request, per search of a model that searches by itself, per image
 * or audio it outputs, a reasoning-token price that differs from the output price, and the
 * higher prices above a context size.
 */
export const FEE_KINDS = [
	'request',
	'search',
	'image-output',
	'audio-output',
	'reasoning',
	'long-context-input',
	'long-context-output'
] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** The public model lists the app reads. */
export const PUBLIC_LISTS = ['openrouter', 'models-dev', 'litellm'] as const;
export type PublicList = (typeof PUBLIC_LISTS)[number];
/** Each public list's name as its makers write it, the same in both languages. */
export const LIST_NAMES: Readonly<Record<PublicList, string>> = {
	openrouter: 'OpenRouter',
	'models-dev': 'models.dev',
	litellm: 'LiteLLM'
};

export const OFFER_KINDS = ['free-app', 'subscription', 'api', 'self-hosted'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * Where an offer runs: in the cloud; as a phone app; on a graphics card only; on the person's own
 * device of any kind (`device`: its memory need from its model's size, §9); or, in
 * records made before catalogue 2025-02-20.2, on a computer.
 */
export const PLACES = ['cloud', 'device', 'computer', 'gpu', 'phone'] as const;
export type Place = (typeof PLACES)[number];

export const FACT_UNITS = ['days', 'months', 'percent', 'usd', 'usd-per-month'] as const;

/** Compares two catalogue versions: negative when a is older than b. */
export function compareCatalogueVersions(a: string, b: string): number {
	const [dayA = '', editionA = '0'] = a.split('.');
	const [dayB = '', editionB = '0'] = b.split('.');
	if (dayA !== dayB) return dayA < dayB ? -1 : 1;
	return Number(editionA) - Number(editionB);
}
