/**
 * models.dev's `api.json`: `{ <provider>: { id, name, doc, models: { <key>: { id, name, family,
 * release_date, status, open_weights, modalities: { input, output }, cost: { input, output,
 * reasoning, output_audio, context_over_200k: { input, output }, cache_read, cache_write } } } } }`,
 * prices in US$ per million tokens. Each provider is a host, not a maker.
 */
import type { DateValue, Fee } from '../catalogue';
import type { Listing } from './build';
import { joinKey, legacySlug, makerOf, offerId, servesOpenRouterIds } from './join';
import { record, type ListReader } from './list-reader';
import {
	fee,
	lifecycle,
	listDate,
	LOCAL_RUNNERS,
	markedFree,
	withoutFreeMark,
	statedPrice,
	statedUsd,
	taskOf,
	type Notes,
	type Release
} from './rules';
import { isScriptLink, keptText, quote } from './safety';
import type { EntryIssue } from './types';

/** models.dev's `release_date` states the model's release. */
const stated = (date: DateValue | undefined): Release | undefined =>
	date && { date, listed: false };

/** A host's page, when it is a plain https link. */
function httpsPage(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 500 || isScriptLink(value)) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a parsed file has models.dev's shape: every value a provider with its models. */
function isModelsDev(data: unknown): boolean {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
	const values = Object.values(data);
	return (
		values.length > 0 &&
		values.every((p) => {
			const models = record(p).models;
			return models !== null && typeof models === 'object' && !Array.isArray(models);
		})
	);
}

export const modelsDev: ListReader = {
	format: 'models-dev',
	detect: isModelsDev,
	read(data, context) {
		const listings: Listing[] = [];
		const skipped: EntryIssue[] = [];
		const notes: EntryIssue[] = [];
		let found = 0;
		const providers = Object.entries(record(data));
		const total = context.onEntry
			? providers.reduce((n, [, p]) => n + Object.keys(record(record(p).models)).length, 0)
			: 0;
		for (const [providerKey, providerValue] of providers) {
			const provider = record(providerValue);
			const at = `$.${providerKey}`;
			const host = keptText(provider.name, `${at}.name`, 120) ?? providerKey.slice(0, 120);
			const page = httpsPage(provider.doc);
			const local = LOCAL_RUNNERS.has(providerKey.toLowerCase());
			for (const [modelKey, value] of Object.entries(record(provider.models))) {
				found++;
				context.onEntry?.(found, total);
				const entry = `${providerKey.slice(0, 60)} › ${modelKey.slice(0, 80)}`;
				if (!value || typeof value !== 'object' || Array.isArray(value)) {
					skipped.push({ entry, code: 'not-an-object' });
					continue;
				}
				const m = value as Record<string, unknown>;
				const mat = `${at}.models.${modelKey}`;
				const givenId = keptText(m.id, `${mat}.id`, 300);
				const id = givenId ?? keptText(modelKey, mat, 300);
				const givenName = keptText(m.name, `${mat}.name`);
				const { key, variant } = joinKey(id ?? '');
				if (!id || !key) {
					// Known by its name, where its id says nothing.
					const named = `${providerKey.slice(0, 60)} › ${(givenName ?? modelKey).slice(0, 80)}`;
					skipped.push(
						id
							? {
									entry: named,
									code: 'unusable-id',
									field: 'id',
									value: quote(givenId ? m.id : modelKey)
								}
							: { entry: named, code: 'no-id', field: 'id' }
					);
					continue;
				}
				const own: Notes = { entry, issues: [] };
				const name = givenName ?? id;
				const family = typeof m.family === 'string' ? m.family : undefined;
				const maker = makerOf(id, {
					family,
					key,
					provider: providerKey,
					prefixIsMaker: servesOpenRouterIds(providerKey)
				});
				const cost = record(m.cost);
				const usd = (field: string, from = cost) => statedUsd(from[field], `cost.${field}`, own);
				const input = usd('input');
				const output = usd('output');
				const outputs = Array.isArray(record(m.modalities).output)
					? (record(m.modalities).output as unknown[])
					: [];
				const reasoning = usd('reasoning');
				const long = record(cost.context_over_200k);
				const fees: Fee[] = [
					...(reasoning !== undefined && reasoning !== output
						? fee('reasoning', reasoning, 'mtok')
						: []),
					...(outputs.includes('audio') ? fee('audio-output', usd('output_audio'), 'mtok') : []),
					...fee('long-context-input', usd('input', long), 'mtok', 200_000),
					...fee('long-context-output', usd('output', long), 'mtok', 200_000)
				];
				const free = local || markedFree(id, name);
				listings.push({
					key,
					variant: free && !local ? 'free' : variant,
					name: withoutFreeMark(name) || key,
					maker,
					host,
					offerId: offerId(`${providerKey}-${id}`, 'md-'),
					legacyModelIds: [legacySlug(`${providerKey}-${id}`, 'md-')],
					price: statedPrice(input, output, free, fees),
					free,
					local,
					...lifecycle(m.status, undefined, context.today),
					released: stated(listDate(m.release_date, 'release_date', own)),
					task: taskOf({ id, name, family, outputs }),
					openness:
						m.open_weights === true
							? 'open-weights'
							: m.open_weights === false
								? 'closed'
								: 'unknown',
					url: page
				});
				notes.push(...own.issues);
			}
		}
		return { listings, found, skipped, notes };
	}
};
