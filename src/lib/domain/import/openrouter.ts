/**
 * OpenRouter's model list (`GET /api/v1/models`): `{ data: [{ id: "maker/model[:variant]",
 * name: "Maker: Model", pricing: { prompt, completion, … } (US$ per token, as strings),
 * hugging_face_id, created (Unix seconds), expiration_date, architecture }] }`. OpenRouter is
 * the host of every entry; the id's prefix is the maker.
 */
import type { DateValue, Fee } from '../catalogue';
import type { Listing } from './build';
import { joinKey, legacySlug, makerOf, offerId } from './join';
import {
	dayFromSeconds,
	fee,
	lifecycle,
	listDate,
	markedFree,
	withoutFreeMark,
	searchesByItself,
	statedPrice,
	statedUsd,
	taskOf,
	type Notes,
	type Release
} from './rules';
import { keptText, quote } from './safety';
import type { EntryIssue, ImportContext } from './types';
import { entryLabel, record, type ListReader } from './list-reader';

/** "MoonshotAI: Kimi K2.6" → the maker's words and the model's name. */
function splitName(name: string): { maker?: string; model: string } {
	// `\s+` then `\S`: the space and the name cannot trade characters, so no backtracking.
	const match = /^([^:]{1,40}):\s+(\S.*)$/.exec(name);
	return match ? { maker: match[1]!.trim(), model: match[2]!.trim() } : { model: name };
}

/** OpenRouter's `created` is the day it added the model, not a release date. */
const listedOn = (date: DateValue | undefined): Release | undefined =>
	date && { date, listed: true };

/** OpenRouter's model page for an id, when the id is plain enough to be a path. */
function pageOf(id: string): string | undefined {
	return /^~?[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/i.test(id)
		? `https://openrouter.ai/${id}`
		: undefined;
}

/**
 * A Hugging Face id (`Qwen/Qwen3-8B`: an owner and a repository), when it is plain enough to be
 * the path of its page; anything else names no weights page.
 */
function huggingFaceId(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const id = value.trim();
	return /^[A-Z0-9][\w.-]{0,95}\/[A-Z0-9][\w.-]{0,95}$/i.test(id) ? id : undefined;
}

export const openRouter: ListReader = {
	format: 'openrouter',
	detect(data) {
		const list = record(data).data;
		// One entry with an id among the first few is enough: a broken first entry is skipped, not
		// taken for another format.
		return (
			Array.isArray(list) &&
			(list.length === 0 || list.slice(0, 50).some((x) => typeof record(x).id === 'string'))
		);
	},
	read(data, context: ImportContext) {
		const list = record(data).data as unknown[];
		const listings: Listing[] = [];
		const skipped: EntryIssue[] = [];
		const notes: EntryIssue[] = [];
		list.forEach((value, i) => {
			context.onEntry?.(i + 1, list.length);
			const at = `$.data[${i}]`;
			if (!value || typeof value !== 'object' || Array.isArray(value)) {
				skipped.push({ entry: `data[${i}]`, code: 'not-an-object' });
				return;
			}
			const e = value as Record<string, unknown>;
			const id = keptText(e.id, `${at}.id`, 300);
			const givenName = keptText(e.name, `${at}.name`);
			const { key, variant: idVariant } = joinKey(id ?? '');
			if (!id || !key) {
				// Known by its name, where its id says nothing.
				const entry = entryLabel(`data[${i}]`, givenName);
				skipped.push(
					id
						? { entry, code: 'unusable-id', field: 'id', value: quote(e.id) }
						: { entry, code: 'no-id', field: 'id' }
				);
				return;
			}
			const entry = entryLabel(`data[${i}]`, id);
			const own: Notes = { entry, issues: [] };
			const fullName = givenName ?? id;
			const named = splitName(fullName);
			const free = markedFree(id, fullName);
			const modelName = withoutFreeMark(named.model) || key;
			const maker = makerOf(id, { key, makerName: named.maker, prefixIsMaker: true });
			const pricing = record(e.pricing);
			const perToken = (field: string) => statedUsd(pricing[field], `pricing.${field}`, own, 1e6);
			const input = perToken('prompt');
			const output = perToken('completion');
			const architecture = record(e.architecture);
			const outputs = Array.isArray(architecture.output_modalities)
				? architecture.output_modalities
				: [];
			const reasoning = perToken('internal_reasoning');
			const fees: Fee[] = [
				...fee('request', statedUsd(pricing.request, 'pricing.request', own), 'each'),
				...(searchesByItself(id, fullName)
					? fee('search', statedUsd(pricing.web_search, 'pricing.web_search', own), 'each')
					: []),
				...(reasoning !== undefined && reasoning !== output
					? fee('reasoning', reasoning, 'mtok')
					: []),
				...(outputs.includes('image')
					? fee('image-output', perToken('image_output') ?? perToken('image'), 'mtok')
					: []),
				...(outputs.includes('audio')
					? fee('audio-output', perToken('audio_output') ?? perToken('audio'), 'mtok')
					: [])
			];
			const retires = listDate(e.expiration_date, 'expiration_date', own);
			const hf = e.hugging_face_id;
			listings.push({
				key,
				variant: free ? 'free' : idVariant,
				name: modelName,
				maker,
				host: 'OpenRouter',
				offerId: offerId(id, 'or-'),
				legacyModelIds: [legacySlug(id, 'or-')],
				price: statedPrice(input, output, free, fees),
				free,
				local: false,
				...lifecycle(undefined, retires, context.today),
				released: listedOn(dayFromSeconds(e.created, 'created', own)),
				task: taskOf({ id, name: fullName, outputs }),
				openness: typeof hf === 'string' && hf.trim() !== '' ? 'open-weights' : 'unknown',
				url: pageOf(id.replace(/:[a-z0-9-]+$/, '')),
				weights: huggingFaceId(hf)
			});
			notes.push(...own.issues);
		});
		return { listings, found: list.length, skipped, notes };
	}
};
