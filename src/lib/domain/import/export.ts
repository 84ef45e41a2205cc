/**
 * This app's own export (`format: "model-chooser-export"`, version 1): the person's makers,
 * models, offers, edits, notes, favourites and aliases, each entry checked against the
 * catalogue's schema. An entry that does not match is skipped with the field and the reason (in
 * the app's own terms, never the schema library's words); an impossible date is refused with its
 * entry, never shifted. A maker no model is by is skipped too: makers are kept with their models.
 */
import * as v from 'valibot';
import { isRealDay, ModelSchema, OfferSchema, VendorSchema, type Localized } from '../catalogue';
import { isOutOfYears } from '../dates';
import { readListsAsOf, type ListAsOf } from '../list-sources';
import { NOTE_MAX_LENGTH } from '../notes';
import { FileRefused, hasMarkup, quote } from './safety';
import {
	EditPatchSchema,
	type EntryIssue,
	type EntryIssueCode,
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
	text: v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH)),
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

/** Schema checks by what they check: a value outside them is "not in the form" or out of range. */
const VALIDATIONS: Record<string, EntryIssueCode> = {
	min_value: 'field-out-of-range',
	max_value: 'field-out-of-range',
	finite: 'field-out-of-range',
	integer: 'field-not-whole',
	min_length: 'field-too-short',
	max_length: 'field-too-long',
	check: 'field-mismatch'
};
/** Schema types by what a value of another type is not. */
const TYPES: Record<string, EntryIssueCode> = {
	number: 'field-not-a-number',
	string: 'field-not-text',
	array: 'field-not-a-list',
	object: 'field-not-an-object',
	strict_object: 'field-not-an-object',
	picklist: 'field-not-a-choice',
	literal: 'field-not-a-choice',
	variant: 'field-not-a-choice',
	enum: 'field-not-a-choice'
};

/**
 * Why a schema refused an entry, in the app's own terms: the first issue's field (as a dot path)
 * and what is wrong with it, with the value it held where that says something.
 */
export function issueOf(entry: string, issue: v.BaseIssue<unknown> | undefined): EntryIssue {
	const field = (issue && v.getDotPath(issue)) || undefined;
	if (!issue || !field) return { entry, code: 'not-an-object' };
	const objectKey = issue.type === 'strict_object' || issue.type === 'object';
	let code: EntryIssueCode;
	if (issue.kind === 'schema' && objectKey && issue.expected === 'never') code = 'field-unknown';
	else if (issue.kind === 'schema' && issue.input === undefined) code = 'field-missing';
	else if (issue.kind === 'schema') code = TYPES[issue.type] ?? 'field-wrong-form';
	else if (isDateOutOfYears(issue, field)) code = 'field-date-out-of-range';
	else if (issue.type === 'check' && issue.requirement === isRealDay) code = 'field-not-a-day';
	else code = VALIDATIONS[issue.type] ?? 'field-wrong-form';
	const shows = code !== 'field-missing' && code !== 'field-unknown' && code !== 'field-mismatch';
	return shows ? { entry, code, field, value: quote(issue.input) } : { entry, code, field };
}

/**
 * Whether a schema refused a date's value (a day's check, or a month's or a year's form) for its
 * year alone: a date of the calendar outside 1900 to 2999 ("0001-01-01").
 */
function isDateOutOfYears(issue: v.BaseIssue<unknown>, field: string): boolean {
	const dateCheck =
		(issue.type === 'check' && issue.requirement === isRealDay) ||
		(issue.type === 'regex' && /(?:^|\.)value$/.test(field));
	return dateCheck && typeof issue.input === 'string' && isOutOfYears(issue.input);
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
 * Reads an export entry by entry: the ready data, the number of entries (records of every kind),
 * and the skipped ones, so that the ready records are the entries less the skipped. A model by a
 * maker, and an offer of a model, neither in the file nor in the catalogue is skipped too, and so
 * is a maker that no kept model is by.
 */
export function readExport(
	data: unknown,
	context: ImportContext
): {
	data: OwnData;
	found: number;
	skipped: EntryIssue[];
	counts: ImportCounts;
	lists: ListAsOf[];
} {
	const file = data as Record<string, unknown>;
	if (file.version !== EXPORT_VERSION) {
		const version = file.version === undefined ? undefined : quote(file.version);
		throw new FileRefused({ code: 'version', ...(version ? { version } : {}) });
	}
	const skipped: EntryIssue[] = [];
	let found = 0;
	/** A list's entries that fit `schema`, each with its place in the file. */
	const each = <T>(list: keyof OwnData, schema: v.GenericSchema<unknown, T>): [T, number][] => {
		const values = file[list];
		if (values === undefined) return [];
		if (!Array.isArray(values)) {
			throw new FileRefused({ code: 'not-a-list', path: `$.${list}` });
		}
		const ready: [T, number][] = [];
		values.forEach((value: unknown, i) => {
			found++;
			const result = v.safeParse(schema, value);
			if (result.success) ready.push([result.output, i]);
			else skipped.push(issueOf(label(list, i, value), result.issues[0]));
		});
		return ready;
	};
	const values = <T>(entries: [T, number][]): T[] => entries.map(([x]) => x);
	/**
	 * The first entry of each id: a later one would overwrite it when stored, so it is skipped
	 * here, and the count said after the import is the count stored.
	 */
	const firsts = <T>(
		list: keyof OwnData,
		entries: [T, number][],
		keyOf: (x: T) => string = (x) => (x as { id: string }).id
	) => {
		const seen = new Set<string>();
		return entries.filter(([x, i]) => {
			const key = keyOf(x);
			if (!seen.has(key)) return seen.add(key);
			skipped.push({ entry: label(list, i, x), code: 'duplicate-id' });
			return false;
		});
	};
	const vendorsRead = firsts('vendors', each('vendors', VendorSchema));
	for (const [x, i] of vendorsRead) refuseMarkup([x.name], `$.vendors[${i}].name`);
	const modelsRead = firsts('models', each('models', ModelSchema));
	for (const [x, i] of modelsRead) refuseMarkup([x.name, x.summary], `$.models[${i}].name`);
	const offersRead = firsts('offers', each('offers', OfferSchema));
	for (const [x, i] of offersRead) refuseMarkup([x.name], `$.offers[${i}].name`);
	const makers = new Set([...context.vendors, ...values(vendorsRead)].map((x) => x.id));
	const models = modelsRead.flatMap(([m, i]) => {
		if (makers.has(m.vendor)) return [m];
		skipped.push({ entry: label('models', i, m), code: 'unknown-maker', value: quote(m.vendor) });
		return [];
	});
	// A maker is stored with its models: one that no kept model (of the file or the catalogue) is
	// by would be a maker of nothing.
	const madeBy = new Set([...context.models, ...models].map((m) => m.vendor));
	const vendors = vendorsRead.flatMap(([x, i]) => {
		if (madeBy.has(x.id)) return [x];
		skipped.push({ entry: label('vendors', i, x), code: 'no-models' });
		return [];
	});
	const modelIds = new Set([...context.models, ...models].map((m) => m.id));
	const offers = offersRead.flatMap(([o, i]) => {
		const missing = o.models.find((id) => !modelIds.has(id));
		if (missing === undefined) return [o];
		skipped.push({ entry: label('offers', i, o), code: 'unknown-model', value: quote(missing) });
		return [];
	});
	const own: OwnData = {
		vendors,
		models,
		offers,
		edits: values(firsts('edits', each('edits', EditSchema), (x) => x.key)),
		notes: values(firsts('notes', each('notes', NoteSchema), (x) => x.modelId)),
		favourites: values(firsts('favourites', each('favourites', KEY), (x) => x)),
		aliases: values(firsts('aliases', each('aliases', AliasSchema), (x) => x.from))
	};
	const known = new Set(context.models.map((m) => m.id));
	const free = offers.filter(
		(o) =>
			(o.price.type === 'monthly' && o.price.usdPerMonth === 0) ||
			(o.price.type === 'per-use' && o.price.inputPerMTok === 0 && o.price.outputPerMTok === 0)
	).length;
	return {
		data: own,
		found,
		skipped,
		// The lists' "as of" records: one that cannot be read is left out, never the file.
		lists: readListsAsOf(file.lists).records,
		counts: {
			models: models.length,
			sized: models.filter((m) => m.parameters !== undefined).length,
			newModels: models.filter((m) => !known.has(m.id)).length,
			knownModels: models.filter((m) => known.has(m.id)).length,
			offers: offers.length,
			knownOffers: offers.filter((o) => o.models.some((id) => known.has(id))).length,
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

/**
 * The person's own data as an export file's content, with the "as of" record of each list read
 * into it (`lists`; an app that does not know them ignores them).
 */
export function writeExport(
	own: OwnData,
	catalogueVersion: string,
	now = new Date(),
	lists: readonly ListAsOf[] = []
): string {
	return JSON.stringify(
		{
			format: EXPORT_FORMAT,
			version: EXPORT_VERSION,
			exportedAt: now.toISOString(),
			catalogueVersion,
			...own,
			lists
		},
		null,
		1
	);
}
