/**
 * The catalogue's schema: models, the offers that give them, the article's numbers and the
 * citations behind them. The schema is the one source of the catalogue's TypeScript types.
 */
import * as v from 'valibot';
import {
	FACT_UNITS,
	FEE_KINDS,
	OFFER_KINDS,
	OPENNESS,
	PUBLIC_LISTS,
	STATUSES,
	TASKS
} from './catalogue-terms';

// The words and the version order live apart from the schema, so that code which needs only
// them does not load the schema library: the first page load carries no validation code.
export {
	compareCatalogueVersions,
	FACT_UNITS,
	FEE_KINDS,
	OFFER_KINDS,
	OPENNESS,
	PLACES,
	PUBLIC_LISTS,
	STATUSES,
	TASKS,
	type FeeKind,
	type OfferKind,
	type Openness,
	type Place,
	type PublicList,
	type Status,
	type Task
} from './catalogue-terms';

/** What an id looks like: lower-case letters, digits, dots and dashes, 80 at most. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,79}$/;

/** Ids stay stable forever: links, overlays and later catalogues rely on them. */
const Id = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, 'an id is lower-case letters, digits, dots and dashes')
);

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000));

/** A text in both of the app's languages. */
export const LocalizedSchema = v.strictObject({ en: NonEmpty, ar: NonEmpty });
export type Localized = v.InferOutput<typeof LocalizedSchema>;

import { isRealDay } from './dates';

export { isRealDay };

const IsoDay = v.pipe(
	v.string(),
	v.check(isRealDay, 'a day that exists, written YYYY-MM-DD (1900 to 2999)')
);

/** A year the catalogue can hold: 1900 to 2999, as for days. */
const YEAR = '(19|2\\d)\\d\\d';

/** A source on the web: only http(s) is ever stored, so it is safe to show as a link. */
const WebUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'only http(s) links'));

/** A page a person is sent to ("Get it"): https only. */
const HttpsUrl = v.pipe(v.string(), v.url(), v.regex(/^https:\/\//, 'only https links'));

/**
 * A date with its precision: `2025-01-20` (day), `2024-11` (month), `2025` (year), or an
 * approximate date (`2025-10`, "late 2025") that carries its own words.
 */
export const DateValueSchema = v.variant('precision', [
	v.strictObject({ precision: v.literal('day'), value: IsoDay }),
	v.strictObject({
		precision: v.literal('month'),
		value: v.pipe(v.string(), v.regex(new RegExp(`^${YEAR}-(0[1-9]|1[0-2])$`)))
	}),
	v.strictObject({
		precision: v.literal('year'),
		value: v.pipe(v.string(), v.regex(new RegExp(`^${YEAR}$`)))
	}),
	v.strictObject({
		precision: v.literal('approximate'),
		value: v.pipe(v.string(), v.regex(new RegExp(`^${YEAR}(-(0[1-9]|1[0-2]))?$`))),
		label: LocalizedSchema
	})
]);
export type DateValue = v.InferOutput<typeof DateValueSchema>;

/** A verbatim piece of one line of the article, in Arabic, with its English meaning. */
export const CitationSchema = v.strictObject({
	line: v.pipe(v.number(), v.integer(), v.minValue(1)),
	quote: NonEmpty,
	meaning: NonEmpty
});
export type Citation = v.InferOutput<typeof CitationSchema>;

/** A fact that is not the article's words but public record, with its source and date. */
export const PublicRecordSchema = v.strictObject({
	kind: v.literal('public-record'),
	text: LocalizedSchema,
	url: WebUrl,
	asOf: IsoDay
});
export type PublicRecord = v.InferOutput<typeof PublicRecordSchema>;

/**
 * One entry of the Chatbot Arena board (LMSYS, text, overall): its name on the board, its score
 * (higher is better; a 100-point gap ≈ the higher one preferred about 64% of the time), the
 * snapshot's date and where the board is published. Public record, never the article's words.
 */
export const ArenaEntrySchema = v.strictObject({
	entry: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
	score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)),
	asOf: IsoDay,
	url: WebUrl
});
export type ArenaEntry = v.InferOutput<typeof ArenaEntrySchema>;

/** What an offer serves on the Arena board, with a note when that is an inference. */
export const OfferRatingSchema = v.strictObject({
	...ArenaEntrySchema.entries,
	note: v.optional(LocalizedSchema)
});
export type OfferRating = v.InferOutput<typeof OfferRatingSchema>;

/**
 * Billions of parameters: all of them, and the active ones of a mixture of experts. `effective`:
 * `totalB` is the effective count a name gives (Gemma 3n's "E4B": about 8B stored, run in the
 * memory of 4B), said as such wherever it is shown.
 */
export const ParametersSchema = v.strictObject({
	totalB: v.pipe(v.number(), v.finite(), v.minValue(0.001), v.maxValue(100_000)),
	activeB: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0.001), v.maxValue(100_000))),
	effective: v.optional(v.literal(true))
});
export type Parameters = v.InferOutput<typeof ParametersSchema>;

/** A tier of a service (ChatGPT Free 0, Plus 1, Pro 2), with what it adds over the one below. */
export const TierSchema = v.strictObject({
	service: Id,
	rank: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
	adds: v.optional(LocalizedSchema)
});
export type Tier = v.InferOutput<typeof TierSchema>;

export const VendorSchema = v.strictObject({ id: Id, name: LocalizedSchema });
export type Vendor = v.InferOutput<typeof VendorSchema>;

export const ModelSchema = v.strictObject({
	id: Id,
	name: LocalizedSchema,
	vendor: Id,
	summary: LocalizedSchema,
	openness: v.picklist(OPENNESS),
	licence: LocalizedSchema,
	status: v.picklist(STATUSES),
	dates: v.strictObject({
		/** When it first shipped. */
		released: v.optional(DateValueSchema),
		/** When it was announced or hinted at. */
		announced: v.optional(DateValueSchema),
		/** When it is expected; absent for a planned model means "not known". */
		expected: v.optional(DateValueSchema),
		/**
		 * `listing`: `released` is only the day a public list added it (OpenRouter's `created`), kept
		 * until a list states its release date (models.dev's `release_date`), which replaces it.
		 */
		releasedFrom: v.optional(v.literal('listing'))
	}),
	/** What it does, when it does not chat (embeddings, speech, images…): never a chooser's pick. */
	task: v.optional(v.picklist(TASKS)),
	/**
	 * The join keys a public list may give it (`gpt-4o-2024-08-06`, `mistral-large-2411`), and the
	 * ids it had in earlier imports: an entry with one of these is this model (§10).
	 */
	aliases: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.~:_-]{0,199}$/)))),
	/** Its size, when known: what decides where its open weights can run (§9). */
	parameters: v.optional(ParametersSchema),
	/** Its entries on the Chatbot Arena board, when it is on it. */
	arena: v.optional(v.array(ArenaEntrySchema)),
	citations: v.array(CitationSchema),
	publicRecord: v.array(PublicRecordSchema)
});
export type Model = v.InferOutput<typeof ModelSchema>;

/** US$, never negative; -0 reads as 0. */
const Usd = v.pipe(
	v.number(),
	v.finite(),
	v.minValue(0),
	v.maxValue(1_000_000),
	v.transform((n) => n + 0)
);

/**
 * What a per-use price charges beyond its tokens (§10): US$ each (`request`, `search`,
 * an image) or US$ per million tokens (`mtok`: reasoning, audio, and the prices above a context of
 * `aboveTokens`). A price with fees is "partly known".
 */
export const FeeSchema = v.strictObject({
	kind: v.picklist(FEE_KINDS),
	usd: Usd,
	unit: v.picklist(['each', 'mtok']),
	aboveTokens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e9)))
});
export type Fee = v.InferOutput<typeof FeeSchema>;

/**
 * US$ a month (0 for free), US$ per million tokens in and out (with the fees beyond them, when
 * the source lists any), or not announced.
 */
export const PriceSchema = v.variant('type', [
	v.strictObject({ type: v.literal('monthly'), usdPerMonth: Usd }),
	v.strictObject({
		type: v.literal('per-use'),
		inputPerMTok: Usd,
		outputPerMTok: Usd,
		fees: v.optional(v.pipe(v.array(FeeSchema), v.minLength(1)))
	}),
	v.strictObject({ type: v.literal('unknown') })
]);
export type Price = v.InferOutput<typeof PriceSchema>;

const Gb = v.pipe(v.number(), v.finite(), v.minValue(0.1), v.maxValue(4096));

/**
 * Where an offer runs. `device`: the person's own device, any kind; its memory need comes from its
 * model's size (§9) unless the person typed one (`needGb`). `gpu`: a graphics card
 * only, with the memory the person typed when known. `computer` is kept for records made before
 * catalogue 2025-02-20.2.
 */
export const RunsOnSchema = v.variant('place', [
	v.strictObject({ place: v.literal('cloud') }),
	v.strictObject({ place: v.literal('device'), needGb: v.optional(Gb) }),
	v.strictObject({ place: v.literal('computer') }),
	v.strictObject({ place: v.literal('phone') }),
	v.pipe(
		v.strictObject({
			place: v.literal('gpu'),
			minGb: v.optional(Gb),
			comfortableGb: v.optional(Gb)
		}),
		v.check(
			(g) => g.minGb === undefined || g.comfortableGb === undefined || g.minGb <= g.comfortableGb,
			'the minimum GPU memory is at most the comfortable one'
		)
	)
]);
export type RunsOn = v.InferOutput<typeof RunsOnSchema>;

export const OfferSchema = v.strictObject({
	id: Id,
	name: LocalizedSchema,
	kind: v.picklist(OFFER_KINDS),
	models: v.pipe(v.array(Id), v.minLength(1)),
	price: PriceSchema,
	runsOn: RunsOnSchema,
	status: v.picklist(STATUSES),
	/** What it serves on the Chatbot Arena board, when that is known. */
	rating: v.optional(OfferRatingSchema),
	/** Its official page, where a person gets it ("Get it"). */
	url: v.optional(HttpsUrl),
	/** Its place among the tiers of one service. */
	tier: v.optional(TierSchema),
	/** Who serves it, when that is not its maker (a host of a public list: "OpenRouter"). */
	host: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
	/** A beta or alpha: out, but labelled "preview". */
	preview: v.optional(v.literal(true)),
	/** When its host retires it, when a list says so (a past date makes it legacy). */
	retires: v.optional(DateValueSchema),
	/**
	 * The public list it came from, and the date of the copy that last listed it; `unlisted`, the
	 * date of a newer copy that no longer did (it is legacy since, `list-replace.ts`).
	 */
	list: v.optional(
		v.strictObject({
			name: v.picklist(PUBLIC_LISTS),
			asOf: IsoDay,
			unlisted: v.optional(IsoDay)
		})
	),
	/** What paying for it brings, or limits that come with it. */
	perks: v.array(LocalizedSchema),
	/** The article's claims about this offer, shown as the article's. */
	claims: v.array(LocalizedSchema),
	licence: v.optional(LocalizedSchema),
	citations: v.array(CitationSchema),
	publicRecord: v.array(PublicRecordSchema)
});
export type Offer = v.InferOutput<typeof OfferSchema>;

/** A number the article states, such as the time to 100 million users or a training cost. */
export const FactSchema = v.strictObject({
	id: Id,
	subject: LocalizedSchema,
	measure: v.picklist([
		'time-to-100m-users',
		'api-subscription-change',
		'api-price-cut',
		'daily-downloads-change',
		'next-day-retention',
		'subscription-price',
		'paid-model-share',
		'training-cost'
	]),
	value: v.pipe(v.number(), v.finite()),
	unit: v.picklist(FACT_UNITS),
	/** "under 10%", "about US$100 million": how exact the article is. */
	qualifier: v.optional(v.picklist(['about', 'under'])),
	rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	/** The article's own wording of the value where the number alone would lose it. */
	label: v.optional(LocalizedSchema),
	models: v.array(Id),
	citation: CitationSchema
});
export type Fact = v.InferOutput<typeof FactSchema>;

/** `2025-02-20.2`: the world's date, then the edition of the data for that date. */
export const CatalogueVersionSchema = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}\.\d{1,4}$/, 'a catalogue version looks like 2025-02-20.1')
);

export const CatalogueSchema = v.pipe(
	v.strictObject({
		catalogueVersion: CatalogueVersionSchema,
		asOf: IsoDay,
		source: v.strictObject({
			title: LocalizedSchema,
			credit: NonEmpty,
			date: DateValueSchema,
			dateNote: LocalizedSchema,
			language: v.literal('ar'),
			lines: v.pipe(v.number(), v.integer(), v.minValue(1)),
			sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))
		}),
		vendors: v.array(VendorSchema),
		models: v.array(ModelSchema),
		offers: v.array(OfferSchema),
		facts: v.array(FactSchema)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		for (const problem of catalogueProblems(dataset.value)) addIssue({ message: problem });
	})
);
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;

type CatalogueShape = { vendors: Vendor[]; models: Model[]; offers: Offer[]; facts: Fact[] };

/** Every broken reference or duplicate id in a catalogue, in words; empty when it is sound. */
export function catalogueProblems(c: CatalogueShape): string[] {
	const problems: string[] = [];
	const dupes = (kind: string, ids: string[]) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) problems.push(`${kind} id "${id}" appears twice`);
			seen.add(id);
		}
		return seen;
	};
	const vendors = dupes(
		'vendor',
		c.vendors.map((x) => x.id)
	);
	const models = dupes(
		'model',
		c.models.map((x) => x.id)
	);
	dupes(
		'offer',
		c.offers.map((x) => x.id)
	);
	dupes(
		'fact',
		c.facts.map((x) => x.id)
	);
	for (const m of c.models) {
		if (!vendors.has(m.vendor)) problems.push(`model "${m.id}" names unknown vendor "${m.vendor}"`);
	}
	const byId = new Map(c.models.map((m) => [m.id, m]));
	for (const o of c.offers) {
		for (const id of o.models) {
			if (!models.has(id)) problems.push(`offer "${o.id}" gives unknown model "${id}"`);
		}
		if (o.models.some((id) => byId.get(id)?.status === 'planned') && o.status !== 'planned') {
			problems.push(`offer "${o.id}" gives a planned model, so it is planned too`);
		}
	}
	for (const f of c.facts) {
		for (const id of f.models) {
			if (!models.has(id)) problems.push(`fact "${f.id}" names unknown model "${id}"`);
		}
	}
	return problems;
}

/** Validates unknown data as a catalogue; never throws. */
export function parseCatalogue(
	data: unknown
): { ok: true; catalogue: Catalogue } | { ok: false; issues: string[] } {
	const result = v.safeParse(CatalogueSchema, data);
	if (result.success) return { ok: true, catalogue: result.output };
	return {
		ok: false,
		issues: result.issues.map((i) => {
			const path = v.getDotPath(i);
			return path ? `${path}: ${i.message}` : i.message;
		})
	};
}
