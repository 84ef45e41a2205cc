/**
 * The rules every public list is read by (§10): only a stated price is a price,
 * lifecycle and dates kept with their precision, which models do not chat, and openness.
 */
import { isRealDay, type DateValue, type Fee, type Price } from '../catalogue';
import { isOutOfYears } from '../dates';
import type { Openness, Task } from '../catalogue-terms';
import { quote } from './safety';
import type { EntryIssue } from './types';

/** Notes on one entry, in the file's own terms, gathered while it is read. */
export type Notes = { entry: string; issues: EntryIssue[] };

/** A number as a list writes a price: a number or a numeric string. */
function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '' && value.length < 40) return Number(value);
	return undefined;
}

/**
 * A price as a list states it, scaled to the catalogue's unit (`scale`: 1e6 turns US$ per token
 * into US$ per million tokens). Missing → undefined; negative or "variable" (OpenRouter's -1,
 * models.dev's -1000000) → undefined; not a number → undefined with a note on `field`.
 */
export function statedUsd(
	value: unknown,
	field: string,
	notes: Notes,
	scale = 1
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = asNumber(value);
	if (n === undefined || !Number.isFinite(n)) {
		notes.issues.push({
			entry: notes.entry,
			code: 'price-not-a-number',
			field,
			value: quote(value)
		});
		return undefined;
	}
	if (n < 0) return undefined;
	// Twelve significant digits: 0.0000025 × 1e6 is 2.5, not 2.4999999999999996.
	const scaled = Number((n * scale).toPrecision(12)) + 0;
	return scaled > 1_000_000 ? undefined : scaled;
}

/**
 * The offer's price from what the list states: free only where the source says so (`free`);
 * input and output both stated and not both zero → per use, with any fees; anything else (both
 * zero: plans, trials and gateways are listed at 0; a missing or negative price) → not announced.
 */
export function statedPrice(
	input: number | undefined,
	output: number | undefined,
	free: boolean,
	fees: Fee[] = []
): Price {
	if (free) return { type: 'per-use', inputPerMTok: 0, outputPerMTok: 0 };
	if (input === undefined || output === undefined || (input === 0 && output === 0)) {
		return { type: 'unknown' };
	}
	const price: Price = { type: 'per-use', inputPerMTok: input, outputPerMTok: output };
	return fees.length > 0 ? { ...price, fees } : price;
}

/** A fee, when the list states one above zero. */
export function fee(
	kind: Fee['kind'],
	usd: number | undefined,
	unit: Fee['unit'],
	aboveTokens?: number
): Fee[] {
	if (usd === undefined || usd <= 0) return [];
	return [aboveTokens ? { kind, usd, unit, aboveTokens } : { kind, usd, unit }];
}

/** A name without the "(free)" that ends it ("Llama 3 (free)" → "Llama 3"), by its end alone. */
export function withoutFreeMark(name: string): string {
	const text = name.trimEnd();
	return text.slice(-6).toLowerCase() === '(free)' ? text.slice(0, -6).trimEnd() : name;
}

/** Whether an id or a name marks the offer free (`:free`, `-free`, "(free)"). */
export function markedFree(id: string, name?: string): boolean {
	const end = id.slice(-8).toLowerCase();
	return (
		end.endsWith(':free') ||
		end.endsWith('-free') ||
		(name !== undefined && /\(free\)/i.test(name.slice(0, 300)))
	);
}

/** Hosts that run models on the person's own machine: their models are free to use. */
export const LOCAL_RUNNERS = new Set([
	'ollama',
	'ollama_chat',
	'lmstudio',
	'lm_studio',
	'llamafile',
	'llamacpp',
	'llama.cpp'
]);

/** Whether a model searches the web by itself, so a search fee is part of its price. */
export function searchesByItself(id: string, name = ''): boolean {
	return /sonar|search|deep-research|:online/i.test(`${id.slice(0, 300)} ${name.slice(0, 300)}`);
}

/**
 * A date as a list writes it, with its precision: `2025-01-20` (day), `2025-01` (month), `2025`
 * (year). A date that does not exist ("2025-25-11", "2025-02-31") or is not a date is dropped,
 * with a note naming `field`; so is one in a year outside 1900 to 2999 ("0001-01-01"), with a
 * note of its own. Missing → undefined, no note.
 */
export function listDate(value: unknown, field: string, notes: Notes): DateValue | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string') {
		const text = value.trim();
		if (isRealDay(text)) return { precision: 'day', value: text };
		if (/^(?:19|2\d)\d\d-(?:0[1-9]|1[0-2])$/.test(text)) return { precision: 'month', value: text };
		if (/^(?:19|2\d)\d\d$/.test(text)) return { precision: 'year', value: text };
		// A full timestamp: its day.
		const day = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text)?.[1];
		if (day && isRealDay(day)) return { precision: 'day', value: day };
		return dropDate(value, field, notes, isOutOfYears(day ?? text));
	}
	return dropDate(value, field, notes, false);
}

/** Notes a date dropped (`outOfYears`: it exists, in a year the app does not take); undefined. */
function dropDate(value: unknown, field: string, notes: Notes, outOfYears: boolean): undefined {
	const code = outOfYears ? 'date-out-of-range' : 'date-dropped';
	notes.issues.push({ entry: notes.entry, code, field, value: quote(value) });
	return undefined;
}

/**
 * A release date and how a list knows it: stated as the model's release date (models.dev's
 * `release_date`), or `listed`: only the day the list added the model (OpenRouter's `created`).
 */
export type Release = { date: DateValue; listed: boolean };

/**
 * The better of two release dates: a stated one over the day a list added the model, whichever
 * list was read first; of two of a kind, the earlier (by their first days).
 */
export function betterRelease(a?: Release, b?: Release): Release | undefined {
	if (!a || !b) return a ?? b;
	if (a.listed !== b.listed) return a.listed ? b : a;
	return b.date.value < a.date.value ? b : a;
}

/**
 * A day from Unix seconds (OpenRouter's `created`); dropped with a note when it is no time, or
 * in a year outside 1900 to 2999.
 */
export function dayFromSeconds(value: unknown, field: string, notes: Notes): DateValue | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'number' && Number.isFinite(value)) {
		const ms = value * 1000;
		if (Math.abs(ms) <= 8.64e15) {
			const day = new Date(ms).toISOString().slice(0, 10);
			// A time the calendar holds: a day that exists, so only its year can be refused.
			return isRealDay(day)
				? { precision: 'day', value: day }
				: dropDate(value, field, notes, true);
		}
	}
	return dropDate(value, field, notes, false);
}

/** The first day a date could mean: `2026-03` → `2026-03-01`. */
function firstDay(date: DateValue): string {
	const value = date.value;
	return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/**
 * An offer's lifecycle: legacy when the list says deprecated or its retirement is past on
 * `today` (`YYYY-MM-DD`); a preview when it says beta or alpha; a future retirement kept.
 */
export function lifecycle(
	status: unknown,
	retires: DateValue | undefined,
	today: string
): { status: 'released' | 'legacy'; preview?: true; retires?: DateValue } {
	const word = typeof status === 'string' ? status.toLowerCase() : '';
	const past = retires !== undefined && firstDay(retires) <= today;
	const legacy = word === 'deprecated' || word === 'retired' || word === 'legacy' || past;
	return {
		status: legacy ? 'legacy' : 'released',
		...(!legacy && (word === 'beta' || word === 'alpha') ? { preview: true as const } : {}),
		...(retires && !past ? { retires } : {})
	};
}

/** LiteLLM's `mode` values and what they mean. */
const MODES: Record<string, Task> = {
	chat: 'chat',
	completion: 'chat',
	responses: 'chat',
	embedding: 'embedding',
	rerank: 'rerank',
	audio_transcription: 'speech-to-text',
	audio_speech: 'text-to-speech',
	image_generation: 'image',
	image_edit: 'image',
	video_generation: 'video',
	moderation: 'moderation',
	moderations: 'moderation',
	ocr: 'image'
};

/** Words in an id, a name or a family that say what a model does when it does not chat. */
const TASK_WORDS: [RegExp, Task][] = [
	[/embed/, 'embedding'],
	[/rerank/, 'rerank'],
	[/whisper|transcri|speech-to-text|(^|[^a-z])stt([^a-z]|$)|scribe/, 'speech-to-text'],
	[/(^|[^a-z])tts([^a-z]|$)|text-to-speech|-speech(-|$)/, 'text-to-speech'],
	[/moderation|llama-guard|shieldgemma/, 'moderation'],
	[/lyria|music/, 'music'],
	[/(^|[^a-z])(veo|sora|video|kling|seedance|hailuo)([^a-z]|$)/, 'video'],
	[
		/(^|[^a-z])(image|imagen|dall-e|flux|stable-diffusion|sdxl|seedream|recraft|ideogram|midjourney|cogview)([^a-z]|$)/,
		'image'
	]
];

/**
 * What a model does (§10): the lists do not say so reliably (models.dev gives
 * text → text for embedding models), so: LiteLLM's `mode` when it names a task; output without
 * text; then words in the id, name or family. Chat when nothing says otherwise.
 */
export function taskOf(fields: {
	id: string;
	name?: string;
	family?: string;
	outputs?: readonly unknown[];
	mode?: unknown;
}): Task {
	const mode = typeof fields.mode === 'string' ? MODES[fields.mode] : undefined;
	if (mode && mode !== 'chat') return mode;
	const words = [fields.id, fields.name ?? '', fields.family ?? '']
		.map((w) => w.slice(0, 300).toLowerCase())
		.join(' ');
	for (const [pattern, task] of TASK_WORDS) if (pattern.test(words)) return task;
	const outputs = fields.outputs?.filter((x): x is string => typeof x === 'string');
	if (outputs && outputs.length > 0 && !outputs.includes('text')) {
		if (outputs.includes('image')) return 'image';
		if (outputs.includes('video')) return 'video';
		if (outputs.includes('audio')) return 'text-to-speech';
		if (outputs.includes('embeddings') || outputs.includes('embedding')) return 'embedding';
	}
	return 'chat';
}

/** Openness from what the lists say of one model: open if any says so, closed if any says so. */
export function mergeOpenness(a: Openness, b: Openness): Openness {
	if (a === 'open-weights' || b === 'open-weights') return 'open-weights';
	if (a === 'closed' || b === 'closed') return 'closed';
	return 'unknown';
}
