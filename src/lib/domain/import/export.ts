/**
 * This app's own export (`format: "model-chooser-export"`, version 1): the person's makers,
 * models, offers, edits, notes, favourites and aliases, each entry checked against the
 * catalogue's schema. An entry that does not match is skipped with the field and the reason; an
 * impossible date is refused with its entry, never shifted.
 */
import * as v from 'valibot';
import { ModelSchema, OfferSchema, VendorSchema, type Localized } from '../catalogue';
import { FileRefused, hasMarkup } from './safety';
import {
	EditPatchSchema,
	type EntryIssue,
	type ImportContext,
	type ImportCounts,
	type OwnData
} from './types';

export const EXPORT_FORMAT = 'model-chooser-export';
export const EXPORT_VERSION = 1;

const KEY = v.pipe(v.string(), v.regex(/^(model|offer):[a-z0-9][a-z0-9.-]{0,79}$/));
const EditSchema = v.strictObject({ key: KEY, patch: EditPatchSchema, at: v.string() });
const NoteSchema = v.strictObject({
	modelId: v.string(),
	text: v.pipe(v.string(), v.maxLength(10_000)),
	at: v.string()
});
const AliasSchema = v.strictObject({
	from: v.pipe(v.string(), v.maxLength(200)),
	to: v.pipe(v.string(), v.maxLength(80))
});

/** Whether a parsed file is this app's export. */
export function isExport(data: unknown): boolean {
	return (
		!!data && typeof data === 'object' && (data as Record<string, unknown>).format === EXPORT_FORMAT
	);
}

/** The label of an entry: its list and place, and its id when it has one. */
function label(list: string, i: number, value: unknown): string {
	const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	const id = record.id ?? record.key ?? record.modelId ?? (typeof value === 'string' ? value : '');
	return typeof id === 'string' && id ? `${list}[${i}] ${id.slice(0, 80)}` : `${list}[${i}]`;
}

/** Refuses the file when a text the app shows would be markup. */
function refuseMarkup(texts: (Localized | undefined)[], path: string) {
	for (const text of texts) {
		if (text && (hasMarkup(text.en) || hasMarkup(text.ar))) {
			throw new FileRefused({ code: 'markup', path });
		}
	}
}

/**
 * Reads an export entry by entry: the ready data, the number of entries, and the skipped ones.
 * An offer that gives a model neither in the file nor in the catalogue is skipped too.
 */
export function readExport(
	data: unknown,
	context: ImportContext
): { data: OwnData; found: number; skipped: EntryIssue[]; counts: ImportCounts } {
	const file = data as Record<string, unknown>;
	if (file.version !== EXPORT_VERSION) {
		throw new FileRefused({
			code: 'invalid',
			path: '$.version',
			detail: `version ${JSON.stringify(file.version)?.slice(0, 20)} is not one this app reads`
		});
	}
	const skipped: EntryIssue[] = [];
	let found = 0;
	const each = <T>(list: keyof OwnData, schema: v.GenericSchema<unknown, T>): T[] => {
		const values = file[list];
		if (values === undefined) return [];
		if (!Array.isArray(values)) {
			throw new FileRefused({ code: 'invalid', path: `$.${list}`, detail: 'not a list' });
		}
		const ready: T[] = [];
		values.forEach((value: unknown, i) => {
			found++;
			const result = v.safeParse(schema, value);
			if (result.success) {
				ready.push(result.output);
				return;
			}
			const issue = result.issues[0];
			skipped.push({
				entry: label(list, i, value),
				code: 'invalid',
				field: (issue && v.getDotPath(issue)) || undefined,
				detail: issue?.message ?? 'not valid'
			});
		});
		return ready;
	};
	const vendors = each('vendors', VendorSchema);
	vendors.forEach((x, i) => refuseMarkup([x.name], `$.vendors[${i}].name`));
	const modelsRead = each('models', ModelSchema);
	modelsRead.forEach((x, i) => refuseMarkup([x.name, x.summary], `$.models[${i}].name`));
	const offersRead = each('offers', OfferSchema);
	offersRead.forEach((x, i) => refuseMarkup([x.name], `$.offers[${i}].name`));
	const makers = new Set([...context.vendors, ...vendors].map((x) => x.id));
	const models = modelsRead.filter((m, i) => {
		if (makers.has(m.vendor)) return true;
		skipped.push({
			entry: label('models', i, m),
			code: 'invalid',
			field: 'vendor',
			detail: `maker "${m.vendor}" is neither in the file nor in the catalogue`
		});
		return false;
	});
	const modelIds = new Set([...context.models, ...models].map((m) => m.id));
	const offers = offersRead.filter((o, i) => {
		const missing = o.models.find((id) => !modelIds.has(id));
		if (missing === undefined) return true;
		skipped.push({
			entry: label('offers', i, o),
			code: 'invalid',
			field: 'models',
			detail: `model "${missing}" is neither in the file nor in the catalogue`
		});
		return false;
	});
	const own: OwnData = {
		vendors,
		models,
		offers,
		edits: each('edits', EditSchema),
		notes: each('notes', NoteSchema),
		favourites: each('favourites', KEY),
		aliases: each('aliases', AliasSchema)
	};
	const free = offers.filter(
		(o) =>
			(o.price.type === 'monthly' && o.price.usdPerMonth === 0) ||
			(o.price.type === 'per-use' && o.price.inputPerMTok === 0 && o.price.outputPerMTok === 0)
	).length;
	return {
		data: own,
		found,
		skipped,
		counts: {
			models: models.length,
			sized: models.filter((m) => m.parameters !== undefined).length,
			offers: offers.length,
			// An export's offers are the person's as they were: none is made here.
			selfHosted: 0,
			hosts: new Set(offers.flatMap((o) => (o.host ? [o.host] : []))).size,
			free,
			legacy: offers.filter((o) => o.status === 'legacy').length,
			joined: 0,
			notChat: models.filter((m) => m.task !== undefined && m.task !== 'chat').length
		}
	};
}

/** The person's own data as an export file's content. */
export function writeExport(own: OwnData, catalogueVersion: string, now = new Date()): string {
	return JSON.stringify(
		{
			format: EXPORT_FORMAT,
			version: EXPORT_VERSION,
			exportedAt: now.toISOString(),
			catalogueVersion,
			...own
		},
		null,
		1
	);
}
