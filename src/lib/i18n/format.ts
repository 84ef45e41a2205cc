/** Catalogue values in words: prices, places, dates, in either language. */
import type {
	ArenaEntry,
	DateValue,
	Fact,
	Fee,
	Offer,
	Parameters,
	Price,
	RunsOn
} from '$lib/domain/catalogue';
import { LIST_NAMES } from '$lib/domain/catalogue-terms';
import { retiresLater } from '$lib/domain/dates';
import { roundGb } from '$lib/domain/memory';
import type { Plural } from './en';
import { dictionaries, fill, intl, type Lang } from './index';

/**
 * A count or any whole figure as the language writes it (`5,276`): the one number formatter of
 * each language, so every figure on a page has the same digits and grouping.
 */
export const formatCount = (count: number, lang: Lang): string =>
	intl('NumberFormat', lang).format(count);

/** An amount in the language's dollar words ("US$2.50"; Arabic's own plural forms). */
function dollars(amount: number, digits: Intl.NumberFormatOptions, lang: Lang): string {
	const number = intl('NumberFormat', lang, digits).format(amount);
	// Arabic counts dollars in its own plural forms: 3 دولارات, 20 دولارًا, 200 دولار.
	const forms = dictionaries[lang].price.usd;
	const form = forms[intl('PluralRules', lang).select(amount)] ?? forms.other;
	return fill(form, { amount: number });
}

/** -0, and a negative amount too small to show, as 0: no "US$-0". */
const unsigned = (amount: number): number => (amount > -0.005 && amount <= 0 ? 0 : amount);

/** Whether a cost is above 0 and under a cent: it reads "under US$0.01". */
export const underCent = (amount: number): boolean => amount > 0 && amount < 0.01;

/**
 * US$ amounts: whole dollars from US$10 up, cents below (and none on whole amounts); a cost
 * above 0 and under a cent reads "under US$0.01", never "US$0.00".
 */
export function formatUsd(amount: number, lang: Lang): string {
	amount = unsigned(amount);
	if (underCent(amount)) {
		return fill(dictionaries[lang].price.underCent, { amount: formatUsd(0.01, lang) });
	}
	if (amount >= 10) amount = Math.round(amount);
	const digits = Number.isInteger(amount) ? 0 : 2;
	return dollars(amount, { minimumFractionDigits: digits, maximumFractionDigits: digits }, lang);
}

/**
 * A unit price (US$ per million tokens, a fee), exactly: cents at least, more decimals where it
 * has them ("US$2.19", "US$0.075", "US$0.005"), none on whole amounts.
 */
export function formatRate(amount: number, lang: Lang): string {
	amount = unsigned(amount);
	const whole = Number.isInteger(amount);
	return dollars(
		amount,
		{ minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 6 },
		lang
	);
}

/** One fee beyond a price's tokens in words: "US$0.005 a search", "prompts over 200,000 tokens: …, instead of the usual price". */
export function formatFee(fee: Fee, lang: Lang): string {
	const m = dictionaries[lang].price;
	const above =
		fee.aboveTokens === undefined
			? m.longContext
			: fill(m.above, { tokens: intl('NumberFormat', lang).format(fee.aboveTokens) });
	return fill(m.fees[fee.kind][fee.unit], { usd: formatRate(fee.usd, lang), above });
}

/** A partly known price's fees, as one list ("US$0.005 a search and US$0.01 a request"). */
export const formatFees = (fees: readonly Fee[], lang: Lang): string =>
	formatList(
		fees.map((f) => formatFee(f, lang)),
		lang
	);

/**
 * US$ a month as a person reads it: free, "US$20 a month", or not announced (`unknown` words).
 * With `fees` (a partly known price, `usd` its tokens alone): "at least US$1 a month, plus …".
 */
export function formatMonthlyCost(
	usd: number | undefined,
	lang: Lang,
	unknown?: string,
	fees?: readonly Fee[]
): string {
	const m = dictionaries[lang].price;
	if (usd === undefined) return unknown ?? m.unknown;
	if (fees && fees.length > 0) {
		// "at least under US$0.01" says nothing: tokens under a cent say so.
		return fill(underCent(usd) ? m.tokensOnly : m.atLeast, {
			amount: formatUsd(usd, lang),
			fees: formatFees(fees, lang)
		});
	}
	return usd === 0 ? m.free : fill(m.monthly, { amount: formatUsd(usd, lang) });
}

/** An offer's price as a person reads it; a per-use price with fees says it is partly known. */
export function formatPrice(price: Price, lang: Lang): string {
	const m = dictionaries[lang].price;
	switch (price.type) {
		case 'monthly':
			return formatMonthlyCost(price.usdPerMonth, lang);
		case 'per-use': {
			// Nothing in and nothing out is free, as the chooser says (-0 is 0).
			const free = price.inputPerMTok === 0 && price.outputPerMTok === 0;
			const tokens = free
				? m.free
				: fill(m.perUse, {
						input: formatRate(price.inputPerMTok, lang),
						output: formatRate(price.outputPerMTok, lang)
					});
			return price.fees && price.fees.length > 0
				? fill(m.plusFees, { price: tokens, fees: formatFees(price.fees, lang) })
				: tokens;
		}
		case 'unknown':
			return m.unknown;
	}
}

/**
 * An offer's labels beyond its status: "Preview"; "Retires June 30, 2026" while that date has not
 * passed on `today` (`YYYY-MM-DD`), at the date's own precision; for a legacy one that a newer
 * copy of its public list no longer had (`list-replace.ts`), "No longer in the OpenRouter list of
 * December 7, 2026".
 */
export function offerLabels(
	offer: Pick<Offer, 'status' | 'preview' | 'retires' | 'list'>,
	lang: Lang,
	today: string
): string[] {
	const m = dictionaries[lang].offerLabels;
	const labels: string[] = [];
	if (offer.preview) labels.push(m.preview);
	if (offer.retires && retiresLater(offer.retires, today)) {
		labels.push(fill(m.retires, { date: formatDate(offer.retires, lang) }));
	}
	const list = offer.list;
	if (offer.status === 'legacy' && list?.unlisted) {
		const date = formatDate({ precision: 'day', value: list.unlisted }, lang);
		labels.push(fill(m.unlisted, { list: LIST_NAMES[list.name], date }));
	}
	return labels;
}

/**
 * An offer's status with its labels (`offerLabels`): "Released · Preview · Retires June 30, 2026",
 * "Legacy · No longer in the OpenRouter list of December 7, 2026".
 */
export const formatOfferStatus = (
	offer: Pick<Offer, 'status' | 'preview' | 'retires' | 'list'>,
	lang: Lang,
	today: string
): string =>
	[dictionaries[lang].status[offer.status], ...offerLabels(offer, lang, today)].join(' · ');

/** Today as `YYYY-MM-DD` (UTC), for the labels that depend on the date. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** A number and its unit, joined by a no-break space: "46 GB" never parts at a line's end. */
const withUnit = (number: string, unit: string): string => `${number}\u00a0${unit}`;

/**
 * GB of memory as shown (§9): one decimal below 10 GB, whole from 10 ("5.4 GB",
 * "16 GB"; Arabic "5.4 غيغابايت"), the figure and its unit never parted.
 */
export function formatGb(gb: number, lang: Lang): string {
	return withUnit(gbNumber(gb, lang), dictionaries[lang].units.gb);
}

/** A GB figure without its unit, as `formatGb` writes it. */
const gbNumber = (gb: number, lang: Lang): string =>
	intl('NumberFormat', lang, { maximumFractionDigits: 1 }).format(roundGb(gb));

/**
 * A range of GB ("6–8 GB"): the range left to right in Arabic (`unbroken`), never reordered nor
 * parted, its unit after it.
 */
export const formatGbRange = (min: number, max: number, lang: Lang): string =>
	withUnit(
		unbroken(`${gbNumber(min, lang)}–${gbNumber(max, lang)}`, lang),
		dictionaries[lang].units.gb
	);

/**
 * Left-to-right text (a number with a Latin unit, a Latin name with a number) kept in one piece
 * inside Arabic: isolated left to right (LRI), or the right-to-left line would show "GB 5.4".
 */
export const ltrPiece = (text: string, lang: Lang): string =>
	lang === 'ar' ? `\u2066${text}\u2069` : text;

/**
 * A version, date, range or number with its unit written with Latin digits ("2025-02-20.1",
 * "6–8 GB"), kept whole: its spaces no-break and its dashes joined, so it never parts at a
 * line's end; in Arabic also left to right (`ltrPiece`) with non-breaking hyphens (U+2011), so
 * it never reorders ("20.1-02-2025"). English keeps its hyphens: a version copied from the page
 * is the version.
 */
export const unbroken = (text: string, lang: Lang): string =>
	ltrPiece(
		(lang === 'ar' ? text.replace(/-/g, '\u2011') : text)
			.replace(/ /g, '\u00a0')
			.replace(/([–—])/g, '\u2060$1\u2060'),
		lang
	);

/** A name as records carry it, in both languages. */
export type Names = { readonly en: string; readonly ar: string };

/**
 * Whether a name was written for each language (its Arabic differs from its English, as the
 * shipped catalogue's "GPT-5 في ChatGPT" does): such a name is text of the page's language, laid
 * out in the page's direction with its Latin runs left to the bidi algorithm. A name the same in
 * both (imported from public lists, or typed by the person) is one piece in its own direction.
 */
export const authored = (name: Names): boolean => name.ar !== name.en;

/** A hyphen with a Latin letter on one side and a Latin letter or digit on the other. */
const LATIN_HYPHEN = /(?<=[a-z])-(?=[a-z\d])|(?<=\d)-(?=[a-z])/gi;

/**
 * A name or text as the page shows it (`Names`, one text a language): in Arabic, an authored
 * text's Latin words never part at their hyphens (a word joiner, U+2060, after each), so
 * "بمستوى o3-mini" is not cut at a line's end into "o3-" and "mini", which a right-to-left line
 * shows with the hyphen against the Arabic. The hyphen stays the plain one and the joiner is
 * invisible, so find-in-page and a search for "o3-mini" still find it (a non-breaking hyphen,
 * U+2011, did not match). Hyphens between digits alone are left. Other text is given as it
 * stands: a name the same in both languages is isolated whole (`nameDir`), and may part where its
 * own language would.
 */
export const nameText = (text: Names, lang: Lang): string =>
	lang === 'ar' && authored(text) ? text.ar.replace(LATIN_HYPHEN, '-\u2060') : text[lang];

/**
 * The `dir` of an element that shows a model's, offer's or maker's name: the page's direction
 * for an authored name (`authored`), `auto` (its first strong letter) for a name the same in both
 * languages, isolated whole.
 */
export const nameDir = (name: Names, lang: Lang): 'rtl' | 'ltr' | 'auto' =>
	authored(name) ? (lang === 'ar' ? 'rtl' : 'ltr') : 'auto';

/**
 * A name put into an Arabic sentence. An authored name (`authored`) is Arabic text: isolated
 * right to left (RLI), so "GPT-5 في ChatGPT" keeps its order. Any other name or text is isolated
 * in its own direction (FSI, its first strong letter), so a Latin name followed by "،" and a
 * number does not pull the number to its side. English text is given as it stands.
 */
export function isolated(text: string | Names, lang: Lang): string {
	const words = typeof text === 'string' ? text : text[lang];
	if (lang !== 'ar') return words;
	return typeof text !== 'string' && authored(text)
		? `\u2067${nameText(text, lang)}\u2069`
		: `\u2068${words}\u2069`;
}

/**
 * Where an offer runs: on the person's own device with the memory it needs when known (`needGb`,
 * from `offerNeed`; a figure typed on the offer is used when it is not given), on a graphics card
 * with the memory typed for it, or the place alone.
 */
export function formatRunsOn(runsOn: RunsOn, lang: Lang, needGb?: number): string {
	const m = dictionaries[lang].runsOn;
	switch (runsOn.place) {
		case 'device': {
			const gb = needGb ?? runsOn.needGb;
			return gb === undefined ? m.device : fill(m.deviceNeed, { gb: formatGb(gb, lang) });
		}
		case 'gpu': {
			const { minGb, comfortableGb } = runsOn;
			if (minGb !== undefined && comfortableGb !== undefined && comfortableGb > minGb) {
				return fill(m.gpuRange, { range: formatGbRange(minGb, comfortableGb, lang) });
			}
			if (minGb !== undefined) return fill(m.gpuMin, { min: formatGb(minGb, lang) });
			return m.gpuUnknown;
		}
		default:
			return m[runsOn.place];
	}
}

/** An ISO day as day, month and year in that order, in either language ("17 Feb 2025"). */
export function formatDay(isoDay: string, lang: Lang, month: 'short' | 'long' = 'long'): string {
	const [year = 0, mon = 1, day = 1] = isoDay.split('-').map(Number);
	const parts = intl('DateTimeFormat', lang, {
		day: 'numeric',
		month,
		year: 'numeric',
		timeZone: 'UTC'
	}).formatToParts(new Date(Date.UTC(year, mon - 1, day)));
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return `${part('day')} ${part('month')} ${part('year')}`;
}

/** An entry of the Chatbot Arena board, short: "Chatbot Arena 1377, 17 Feb 2025". */
export function formatRating(rating: ArenaEntry, lang: Lang): string {
	return fill(dictionaries[lang].models.rating, {
		score: ltrPiece(intl('NumberFormat', lang, { useGrouping: false }).format(rating.score), lang),
		date: formatDay(rating.asOf, lang, 'short')
	});
}

/**
 * A count of billions (of parameters) with its unit: "7.62B"; in Arabic the number agrees with
 * its noun, "8 مليارات" for 3 to 10 and "23.6 مليار" otherwise (the dictionaries' plural forms).
 */
export function formatBillions(billions: number, lang: Lang, fractionDigits = 1): string {
	const forms = dictionaries[lang].models.billions;
	const form = forms[intl('PluralRules', lang).select(billions)] ?? forms.other;
	return fill(form, {
		count: intl('NumberFormat', lang, { maximumFractionDigits: fractionDigits }).format(billions)
	});
}

/**
 * A model's size in billions of parameters: "7.62B", "671B (37B active)", or an effective count
 * said as such ("4B effective", Gemma 3n's "E4B").
 */
export function formatParameters(parameters: Parameters, lang: Lang): string {
	const m = dictionaries[lang].models;
	const billions = (b: number) => formatBillions(b, lang, b < 10 ? 2 : 1);
	const total = billions(parameters.totalB);
	if (parameters.effective) return fill(m.parametersEffective, { total });
	return parameters.activeB === undefined
		? fill(m.parameters, { total })
		: fill(m.parametersMoe, { total, active: billions(parameters.activeB) });
}

/** A date at its own precision: a day, a month, a year, or the words of an approximate one. */
export function formatDate(date: DateValue, lang: Lang): string {
	if (date.precision === 'approximate') return date.label[lang];
	const [year = 0, month = 1, day = 1] = date.value.split('-').map(Number);
	const when = new Date(Date.UTC(year, month - 1, day));
	const options: Intl.DateTimeFormatOptions =
		date.precision === 'day'
			? { dateStyle: 'long', timeZone: 'UTC' }
			: date.precision === 'month'
				? { year: 'numeric', month: 'long', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	return intl('DateTimeFormat', lang, options).format(when);
}

/** A list of names in the language's own way ("a, b and c"), in parts so each name can be isolated. */
export function listParts(
	items: string[],
	lang: Lang
): { type: 'element' | 'literal'; value: string }[] {
	return intl('ListFormat', lang, { type: 'unit', style: 'short' }).formatToParts(items);
}

/** "a, b and c" in the language's own way, as one string. */
export function formatList(items: string[], lang: Lang): string {
	return intl('ListFormat', lang, { type: 'conjunction' }).format(items);
}

/**
 * A number of bytes as a person reads it: "1.2 MB"; in Arabic the unit spelled out, "1.2
 * ميغابايت", as every memory figure is written there (never the abbreviation "م.ب"). Under a
 * kilobyte, the word in its plural form ("0 bytes", "1 byte"): English's short "byte" takes
 * none ("0 byte"). The figure and its unit never part. Units are powers of 1,000 (MB = 10⁶
 * bytes). With `above` (bytes, below `bytes`), as many more decimals as it takes for the figure
 * to read larger than `above` does: a file of 64,000,100 bytes against the 64 MB limit is
 * "64.0001 MB", never "64 MB".
 */
export function formatBytes(bytes: number, lang: Lang, above?: number): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	let digits = value < 10 && unit > 0 ? 1 : 0;
	if (above !== undefined && above < bytes) {
		const limit = above / 1000 ** unit;
		while (digits < 3 * unit && Math.round(value * 10 ** digits) / 10 ** digits <= limit) digits++;
	}
	return intl('NumberFormat', lang, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: lang === 'ar' || unit === 0 ? 'long' : 'short',
		maximumFractionDigits: digits
	})
		.format(value)
		.replace(' ', '\u00a0');
}

/** One of the article's numbers in words: "7 days", "−37%", "about US$100 million". */
export function formatFact(fact: Fact, lang: Lang): string {
	const m = dictionaries[lang];
	const number = (n: number, options?: Intl.NumberFormatOptions) =>
		intl('NumberFormat', lang, options).format(n);
	let text: string;
	switch (fact.unit) {
		case 'days':
		case 'months':
			text = fact.label?.[lang] ?? pluralText(m.facts[fact.unit], fact.value, lang);
			break;
		case 'percent':
			text = number(fact.value / 100, {
				style: 'percent',
				signDisplay: fact.value < 0 ? 'always' : 'auto'
			});
			break;
		case 'usd':
			text =
				fact.value >= 1e9
					? fill(m.facts.billion, { value: number(fact.value / 1e9) })
					: fact.value >= 1e6
						? fill(m.facts.million, { value: number(fact.value / 1e6) })
						: formatUsd(fact.value, lang);
			break;
		case 'usd-per-month':
			text = fill(m.price.monthly, { amount: formatUsd(fact.value, lang) });
			break;
	}
	return fact.qualifier ? fill(m.facts[fact.qualifier], { value: text }) : text;
}

/** A count in the language's own plural form ("2 months", "شهران", "3 options"). */
export function pluralText(forms: Plural, count: number, lang: Lang): string {
	const form = forms[intl('PluralRules', lang).select(count)] ?? forms.other;
	return fill(form, { count: intl('NumberFormat', lang).format(count) });
}
