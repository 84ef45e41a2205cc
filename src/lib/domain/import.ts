/**
 * Reading files a person brings in: this app's own export, OpenRouter's model list
 * (`GET /api/v1/models`) and models.dev's `api.json`. Everything is parsed and validated
 * before anything is written; a file is taken whole or not at all, and every refusal says
 * what is wrong and where (a path such as `data[899].pricing.prompt`).
 *
 * Refused outright: text that is not JSON, a shape that is none of the three formats, keys
 * that could poison prototypes (`__proto__`, `constructor`, `prototype`), `javascript:`
 * links, and markup in names. Tolerated: extra fields, and missing optional ones (a model
 * without a price becomes an offer whose price is not announced).
 */
import * as v from 'valibot';
import {
	ID_PATTERN,
	ModelSchema,
	OFFER_KINDS,
	OfferSchema,
	OPENNESS,
	STATUSES,
	VendorSchema,
	type Model,
	type Offer,
	type Vendor
} from './catalogue';

export const EXPORT_FORMAT = 'model-chooser-export';
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type ImportFormat = 'model-chooser' | 'openrouter' | 'models-dev';

export type ImportProblem =
	| { code: 'too-large'; bytes: number }
	| { code: 'not-json'; detail: string }
	| { code: 'unknown-format' }
	| { code: 'unsafe-key'; path: string; key: string }
	| { code: 'unsafe-link'; path: string }
	| { code: 'markup'; path: string }
	| { code: 'invalid'; path: string; detail: string }
	| { code: 'empty' }
	| { code: 'storage'; reason: 'quota' | 'conflict' | 'failed'; detail: string };

/** What the person made: kept apart from the shipped catalogue, exported and imported whole. */
export type OwnData = {
	vendors: Vendor[];
	models: Model[];
	offers: Offer[];
	/** Changes to shipped records, by `model:<id>` or `offer:<id>`. */
	edits: Edit[];
	notes: Note[];
	favourites: string[];
};

export type Edit = {
	key: string;
	/** The fields changed, as they should read now. */
	patch: EditPatch;
	at: string;
};
export const EditPatchSchema = v.strictObject({
	price: v.optional(OfferSchema.entries.price),
	status: v.optional(OfferSchema.entries.status),
	runsOn: v.optional(OfferSchema.entries.runsOn),
	openness: v.optional(ModelSchema.entries.openness)
});
export type EditPatch = v.InferOutput<typeof EditPatchSchema>;

export type Note = { modelId: string; text: string; at: string };

export type ImportResult =
	| { ok: true; format: ImportFormat; data: OwnData; entries: number }
	| { ok: false; problem: ImportProblem };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

/** The first unsafe thing anywhere in a parsed file, with its path; undefined when clean. */
export function findUnsafe(value: unknown, path = '$'): ImportProblem | undefined {
	const stack: [unknown, string][] = [[value, path]];
	while (stack.length > 0) {
		const [node, at] = stack.pop()!;
		if (typeof node === 'string') {
			if (/^\s*(javascript|vbscript|data):/i.test(node)) return { code: 'unsafe-link', path: at };
		} else if (Array.isArray(node)) {
			for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${at}[${i}]`]);
		} else if (node && typeof node === 'object') {
			for (const key of Object.keys(node)) {
				if (UNSAFE_KEYS.has(key)) return { code: 'unsafe-key', path: at, key };
				stack.push([(node as Record<string, unknown>)[key], `${at}.${key}`]);
			}
		}
	}
	return undefined;
}

/** Which of the known formats a parsed file is. */
export function detectFormat(data: unknown): ImportFormat | undefined {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
	const record = data as Record<string, unknown>;
	if (record.format === EXPORT_FORMAT) return 'model-chooser';
	if (Array.isArray(record.data)) return 'openrouter';
	const values = Object.values(record);
	if (
		values.length > 0 &&
		values.every(
			(p) =>
				p &&
				typeof p === 'object' &&
				'models' in p &&
				typeof (p as { models: unknown }).models === 'object'
		)
	) {
		return 'models-dev';
	}
	return undefined;
}

/** A stable id the catalogue accepts, made from outside text. */
export function slug(text: string, prefix: string): string {
	const body = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9.]+/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	return `${prefix}${body || 'x'}`.slice(0, 80).replace(/[-.]+$/, '');
}

const words = (en: string, ar = en) => ({ en, ar });

/**
 * Checks one converted record against the catalogue's own schema, naming where it failed.
 * `plain`, when given, is an exact shortcut: true only for values the schema accepts and gives
 * back unchanged, so that those skip the schema library's per-record work.
 */
function check<T>(
	schema: v.GenericSchema<unknown, T>,
	value: unknown,
	path: string,
	plain?: (value: unknown) => value is T
): T {
	if (plain?.(value)) return value;
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const where = issue ? v.getDotPath(issue) : null;
	throw new ImportError({
		code: 'invalid',
		path: where ? `${path}.${where}` : path,
		detail: issue?.message ?? 'not valid'
	});
}

/** Whether `value` is a plain object whose own keys are exactly `keys`, in that order. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
	if (!value || Object.getPrototypeOf(value) !== Object.prototype) return false;
	const own = Object.keys(value);
	return own.length === keys.length && own.every((key, i) => key === keys[i]);
}

const isId = (x: unknown): x is string => typeof x === 'string' && ID_PATTERN.test(x);
/** A text the schema keeps as it is: a string, already trimmed, 1 to 2,000 characters. */
const isTrimmedText = (x: unknown) =>
	typeof x === 'string' && x.length >= 1 && x.length <= 2000 && x.trim() === x;
const isLocalized = (x: unknown) =>
	hasKeys(x, ['en', 'ar']) && isTrimmedText(x.en) && isTrimmedText(x.ar);
const isUsd = (x: unknown) =>
	typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1_000_000;
const isEmptyList = (x: unknown) => Array.isArray(x) && x.length === 0;
/** One id or more; `every` alone would skip the holes of a sparse array. */
const isIdList = (x: unknown) => Array.isArray(x) && x.length >= 1 && Array.from(x).every(isId);
/** No dates, or a release day the schema takes as it is. */
const isReleaseDay = (dates: unknown) =>
	hasKeys(dates, []) ||
	(hasKeys(dates, ['released']) &&
		hasKeys(dates.released, ['precision', 'value']) &&
		dates.released.precision === 'day' &&
		typeof dates.released.value === 'string' &&
		v.ISO_DATE_REGEX.test(dates.released.value));
const isOneOf = (options: readonly string[], x: unknown) =>
	typeof x === 'string' && options.includes(x);

/** The model's keys without the optional ones imported models never have (size, ratings). */
const MODEL_KEYS = Object.keys(ModelSchema.entries).filter(
	(key) => key !== 'parameters' && key !== 'arena'
);
/** The offer's keys without the optional ones imported offers never have. */
const OFFER_KEYS = Object.keys(OfferSchema.entries).filter(
	(key) => !['licence', 'rating', 'url', 'tier'].includes(key)
);

/**
 * A model as the importer builds it (no citations, at most a release day) that ModelSchema
 * accepts and returns unchanged. Anything else is false, and goes through the schema.
 */
export function isPlainImportedModel(x: unknown): x is Model {
	if (!hasKeys(x, MODEL_KEYS)) return false;
	return (
		isId(x.id) &&
		isLocalized(x.name) &&
		isId(x.vendor) &&
		isLocalized(x.summary) &&
		isOneOf(OPENNESS, x.openness) &&
		isLocalized(x.licence) &&
		isOneOf(STATUSES, x.status) &&
		isReleaseDay(x.dates) &&
		isEmptyList(x.citations) &&
		isEmptyList(x.publicRecord)
	);
}

/**
 * An offer as the importer builds it (in the cloud, priced per use or not announced, no
 * perks or citations) that OfferSchema accepts and returns unchanged; anything else is false.
 */
export function isPlainImportedOffer(x: unknown): x is Offer {
	if (!hasKeys(x, OFFER_KEYS)) return false;
	const price = x.price;
	return (
		isId(x.id) &&
		isLocalized(x.name) &&
		isOneOf(OFFER_KINDS, x.kind) &&
		isIdList(x.models) &&
		(hasKeys(price, ['type', 'inputPerMTok', 'outputPerMTok'])
			? price.type === 'per-use' && isUsd(price.inputPerMTok) && isUsd(price.outputPerMTok)
			: hasKeys(price, ['type']) && price.type === 'unknown') &&
		hasKeys(x.runsOn, ['place']) &&
		x.runsOn.place === 'cloud' &&
		isOneOf(STATUSES, x.status) &&
		isEmptyList(x.perks) &&
		isEmptyList(x.claims) &&
		isEmptyList(x.citations) &&
		isEmptyList(x.publicRecord)
	);
}

class ImportError extends Error {
	constructor(readonly problem: ImportProblem) {
		super(problem.code);
	}
}

/** A price in US$ per token (OpenRouter's strings) as US$ per million tokens. */
function perMillion(value: unknown, path: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
	if (!Number.isFinite(n)) {
		throw new ImportError({
			code: 'invalid',
			path,
			detail: `not a price: ${JSON.stringify(value).slice(0, 40)}`
		});
	}
	// OpenRouter writes -1 for prices that vary by route: not announced, for the chooser.
	return n < 0 ? undefined : Math.round(n * 1e6 * 1e6) / 1e6;
}

function text(value: unknown, path: string, max = 200): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ImportError({ code: 'invalid', path, detail: 'a name is needed' });
	}
	if (MARKUP.test(value)) throw new ImportError({ code: 'markup', path });
	return value.trim().slice(0, max);
}

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** Makes ids unique within one import, keeping the first as it is. */
function uniqueIds() {
	const used = new Set<string>();
	// The last suffix given to each id: every smaller one is taken (nothing is ever freed), so
	// the search resumes there, and a list repeating one id is not quadratic.
	const lastSuffix = new Map<string, number>();
	return (id: string) => {
		let unique = id;
		let n = lastSuffix.get(id) ?? 1;
		while (used.has(unique)) unique = `${id.slice(0, 75)}-${++n}`;
		if (n > 1) lastSuffix.set(id, n);
		used.add(unique);
		return unique;
	};
}

function emptyOwn(): OwnData {
	return { vendors: [], models: [], offers: [], edits: [], notes: [], favourites: [] };
}

function vendorFor(
	own: OwnData,
	seen: Map<string, string>,
	name: string,
	known: ReadonlySet<string>
) {
	const id = slug(name, '');
	if (!seen.has(id)) {
		seen.set(id, id);
		if (!known.has(id))
			own.vendors.push(check(VendorSchema, { id, name: words(name) }, `vendor "${id}"`));
	}
	return id;
}

function apiOffer(
	model: Model,
	input: number | undefined,
	output: number | undefined,
	free: boolean
): Offer {
	const price: Offer['price'] =
		free || (input === 0 && output === 0)
			? { type: 'per-use', inputPerMTok: 0, outputPerMTok: 0 }
			: input !== undefined && output !== undefined
				? { type: 'per-use', inputPerMTok: input, outputPerMTok: output }
				: { type: 'unknown' };
	return {
		id: `${model.id.slice(0, 76)}-api`,
		name: words(`${model.name.en} (API)`, `${model.name.ar} (واجهة برمجية)`),
		kind: 'api',
		models: [model.id],
		price,
		runsOn: { place: 'cloud' },
		status: model.status,
		perks: [],
		claims: [],
		citations: [],
		publicRecord: []
	};
}

function importedModel(fields: {
	id: string;
	name: string;
	vendor: string;
	open: boolean;
	released?: string;
	source: string;
}): Model {
	return {
		id: fields.id,
		name: words(fields.name),
		vendor: fields.vendor,
		summary: words(`Imported from ${fields.source}.`, `مستورد من ${fields.source}.`),
		openness: fields.open ? 'open-weights' : 'closed',
		licence: fields.open
			? words('Open weights (licence as published)', 'أوزان مفتوحة (بالرخصة المنشورة)')
			: words('Closed weights', 'أوزان مغلقة'),
		status: 'released',
		dates: fields.released ? { released: { precision: 'day', value: fields.released } } : {},
		citations: [],
		publicRecord: []
	};
}

function fromOpenRouter(data: { data: unknown[] }, knownVendors: ReadonlySet<string>): OwnData {
	const own = emptyOwn();
	const vendors = new Map<string, string>();
	const unique = uniqueIds();
	data.data.forEach((entry, i) => {
		const at = `data[${i}]`;
		if (!entry || typeof entry !== 'object') {
			throw new ImportError({ code: 'invalid', path: at, detail: 'not an object' });
		}
		const e = entry as Record<string, unknown>;
		const rawId = text(e.id, `${at}.id`);
		const name = text(e.name ?? rawId, `${at}.name`);
		const pricing = (e.pricing ?? {}) as Record<string, unknown>;
		if (typeof pricing !== 'object') {
			throw new ImportError({ code: 'invalid', path: `${at}.pricing`, detail: 'not an object' });
		}
		const input = perMillion(pricing.prompt, `${at}.pricing.prompt`);
		const output = perMillion(pricing.completion, `${at}.pricing.completion`);
		const created = typeof e.created === 'number' && e.created > 0 ? day(e.created) : undefined;
		const maker = rawId.includes('/') ? rawId.split('/')[0]! : name.split(':')[0]!;
		const model = check(
			ModelSchema,
			importedModel({
				id: unique(slug(rawId, 'or-')),
				name,
				vendor: vendorFor(own, vendors, maker, knownVendors),
				open: typeof e.hugging_face_id === 'string' && e.hugging_face_id.trim() !== '',
				released: created,
				source: 'OpenRouter'
			}),
			at,
			isPlainImportedModel
		);
		own.models.push(model);
		own.offers.push(
			check(
				OfferSchema,
				apiOffer(model, input, output, rawId.endsWith(':free')),
				at,
				isPlainImportedOffer
			)
		);
	});
	return own;
}

function fromModelsDev(data: Record<string, unknown>, knownVendors: ReadonlySet<string>): OwnData {
	const own = emptyOwn();
	const vendors = new Map<string, string>();
	const unique = uniqueIds();
	for (const [providerKey, providerValue] of Object.entries(data)) {
		const provider = providerValue as Record<string, unknown>;
		const at = `${providerKey}`;
		const vendor = vendorFor(
			own,
			vendors,
			typeof provider.name === 'string' ? text(provider.name, `${at}.name`) : providerKey,
			knownVendors
		);
		const models = provider.models as Record<string, unknown>;
		for (const [modelKey, value] of Object.entries(models ?? {})) {
			const mat = `${at}.models.${modelKey}`;
			if (!value || typeof value !== 'object') {
				throw new ImportError({ code: 'invalid', path: mat, detail: 'not an object' });
			}
			const m = value as Record<string, unknown>;
			const cost = (m.cost ?? {}) as Record<string, unknown>;
			const released =
				typeof m.release_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.release_date)
					? m.release_date
					: undefined;
			const model = check(
				ModelSchema,
				importedModel({
					id: unique(slug(`${providerKey}-${typeof m.id === 'string' ? m.id : modelKey}`, 'md-')),
					name: text(m.name ?? modelKey, `${mat}.name`),
					vendor,
					open: m.open_weights === true,
					released,
					source: 'models.dev'
				}),
				mat,
				isPlainImportedModel
			);
			const per = (x: unknown, path: string) => {
				if (x === undefined || x === null) return undefined;
				if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
					throw new ImportError({
						code: 'invalid',
						path,
						detail: `not a price: ${JSON.stringify(x).slice(0, 40)}`
					});
				}
				return x;
			};
			own.models.push(model);
			own.offers.push(
				check(
					OfferSchema,
					apiOffer(
						model,
						per(cost.input, `${mat}.cost.input`),
						per(cost.output, `${mat}.cost.output`),
						false
					),
					mat,
					isPlainImportedOffer
				)
			);
		}
	}
	return own;
}

const ExportSchema = v.object({
	format: v.literal(EXPORT_FORMAT),
	version: v.literal(EXPORT_VERSION),
	vendors: v.array(VendorSchema),
	models: v.array(ModelSchema),
	offers: v.array(OfferSchema),
	edits: v.array(
		v.object({
			key: v.pipe(v.string(), v.regex(/^(model|offer):[a-z0-9][a-z0-9.-]{0,79}$/)),
			patch: EditPatchSchema,
			at: v.string()
		})
	),
	notes: v.array(
		v.object({ modelId: v.string(), text: v.pipe(v.string(), v.maxLength(10_000)), at: v.string() })
	),
	favourites: v.array(v.pipe(v.string(), v.regex(/^(model|offer):[a-z0-9][a-z0-9.-]{0,79}$/)))
});

function fromExport(data: unknown): OwnData {
	const parsed = check(ExportSchema, data, '$');
	for (const [i, m] of parsed.models.entries()) text(m.name.en, `$.models[${i}].name.en`);
	for (const [i, o] of parsed.offers.entries()) text(o.name.en, `$.offers[${i}].name.en`);
	return {
		vendors: parsed.vendors,
		models: parsed.models,
		offers: parsed.offers,
		edits: parsed.edits,
		notes: parsed.notes,
		favourites: parsed.favourites
	};
}

/**
 * Reads a file's text into the person's own data, all or nothing; never throws.
 * `knownVendors` are the shipped makers, reused instead of duplicated.
 */
export function readImport(
	textContent: string,
	knownVendors: ReadonlySet<string> = new Set()
): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(textContent);
	} catch (error) {
		return {
			ok: false,
			problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) }
		};
	}
	const unsafe = findUnsafe(data);
	if (unsafe) return { ok: false, problem: unsafe };
	const format = detectFormat(data);
	if (!format) return { ok: false, problem: { code: 'unknown-format' } };
	try {
		const own =
			format === 'openrouter'
				? fromOpenRouter(data as { data: unknown[] }, knownVendors)
				: format === 'models-dev'
					? fromModelsDev(data as Record<string, unknown>, knownVendors)
					: fromExport(data);
		const entries =
			own.models.length +
			own.offers.length +
			own.edits.length +
			own.notes.length +
			own.favourites.length;
		if (entries === 0) return { ok: false, problem: { code: 'empty' } };
		return { ok: true, format, data: own, entries };
	} catch (error) {
		if (error instanceof ImportError) return { ok: false, problem: error.problem };
		return { ok: false, problem: { code: 'invalid', path: '$', detail: String(error) } };
	}
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
