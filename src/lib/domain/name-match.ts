/**
 * Names compared as people mean them, in any script: search on `/models`, duplicates among the
 * person's own models and makers, and ids made from names that have no Latin letters.
 */
import { toLatinDigits } from './digits';
import { shortHash, slug } from './slug';

// Arabic letters written in more than one way that a reader takes for the same word. Hamza
// forms (أ إ آ ؤ ئ) decompose under NFKD and lose the hamza with the other marks.
const ARABIC_FOLDS: Readonly<Record<string, string>> = {
	'\u0671': '\u0627', // ٱ alef wasla → ا
	'\u0649': '\u064a', // ى alef maqsura → ي
	'\u06cc': '\u064a', // ی Persian yeh → ي
	'\u0629': '\u0647', // ة ta marbuta → ه
	'\u06a9': '\u0643' // ک Persian kaf → ك
};
const ARABIC_FOLD = /[\u0671\u0649\u06cc\u0629\u06a9]/g;
/** Combining marks (Arabic diacritics, Latin accents after NFKD) and the tatweel (ـ). */
const MARKS = /[\p{M}\u0640]/gu;
const SPACES = /\s+/g;
/**
 * An Arabic letter (hamza to ya, and the extended letters of Persian and Urdu): where the search
 * reads a query's words by sound (`spelling.ts`), and how it knows a query to do so.
 */
export const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
/**
 * Characters that show nothing: joiners and non-joiners, direction marks and isolates, the soft
 * hyphen, the byte-order mark (Unicode's format characters). A name copied from a page that
 * keeps "GPT-4o" on one line holds a word joiner (U+2060) after its dash.
 */
const UNSEEN = /\p{Cf}/gu;
/**
 * Dashes of every kind (the non-breaking hyphen a word processor puts in "GPT‑4", en and em
 * dashes, the minus sign) as the plain `-` names and ids are written with.
 */
const DASHES = /[\p{Pd}\u2212]/gu;
/** Printable ASCII only: compatibility forms, marks and the Arabic folds change nothing in it. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * A name folded for matching: compatibility forms, case, marks and diacritics (so "é" is "e",
 * "مُحَمَّد" is "محمد"), the tatweel, and Arabic letters with more than one common spelling
 * (alef forms, alef maqsura and ya, ta marbuta and ha) made one; Arabic-Indic and Persian digits
 * as Latin ones ("٤" is "4"); every dash as `-`; characters that show nothing taken out; spaces
 * collapsed. For comparing only, never shown.
 */
export function foldName(text: string): string {
	// Most names and ids (a big import's tens of thousands) are plain ASCII: the same result without
	// the Unicode steps, and a fraction of the strings made on the way.
	if (PLAIN.test(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
	return toLatinDigits(text)
		.normalize('NFKD')
		.replace(UNSEEN, '')
		.replace(DASHES, '-')
		.replace(MARKS, '')
		.toLocaleLowerCase('en')
		.replace(ARABIC_FOLD, (c) => ARABIC_FOLDS[c]!)
		.replace(SPACES, ' ')
		.trim();
}

/** What names and ids join their words with: spaces, dashes, underscores, slashes, brackets. */
const WORD_JOINS = /[\s\-_/(),:;|]+/;
/** What a word is made of: a letter or digit of any script, or a dot (a version's "3.5"). */
const WORD_CHAR = /[\p{L}\p{N}.]/u;

/** Whether `word` stands at the start of a word of `text` (after no letter, digit or dot). */
function startsAWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) return true;
	}
	return false;
}

/** What a name's words are joined or set apart with, all taken out for its joined form. */
const NAME_JOINS = /[\s\-_/(),:;|]+/g;

/**
 * A record's search text, made once per record: its folded names and ids (`given`, each folded
 * by `foldName`; each once), then `rest` (folded text searched as it is, such as its maker's
 * names), each apart from the next by `between`; then each name again with its spaces, dashes,
 * underscores, slashes and brackets taken out ("gpt-4o" adds "gpt4o", "deepseek (r1 / v3)" adds
 * "deepseekr1v3"; each joined form once, and none already among the names), so that a query
 * typed without them finds it (`searchMatcher`: "GPT4o" finds GPT-4o, "deepseekr1" DeepSeek (R1
 * / V3)). Dots stay: "gpt3.5" finds "gpt-3.5-turbo", and "3.5" never finds "35b".
 */
export function searchText(given: readonly string[], rest = '', between = ' '): string {
	// An imported record's name is most often the same in both languages: once.
	const names = given.length > 1 ? [...new Set(given)] : given;
	let text = names.join(between);
	if (rest !== '') text += between + rest;
	// A name and an id most often join up alike ("OpenAI: GPT-4o", "openai/gpt-4o"): once.
	const added: string[] = [];
	for (const name of names) {
		const joined = name.replace(NAME_JOINS, '');
		if (joined === name || joined === '' || added.includes(joined) || names.includes(joined)) {
			continue;
		}
		added.push(joined);
		text += between + joined;
	}
	return text;
}

/** A letter of any script: where a query's words may be joined (`searchMatcher`). */
const LETTER = /\p{L}/u;

/**
 * What a search for `query` keeps, as a test of a record's search text (`searchText`), or
 * undefined for a blank query (everything). A text is kept when it holds the folded query as
 * typed ("seek" finds "DeepSeek"; "gpt4o" finds "gpt-4o" by the joined names `searchText`
 * adds); for a query of several words (split at spaces and at the marks names and ids join
 * words with: dashes, underscores, slashes, brackets), also when each word starts a word of it,
 * in any order: "DeepSeek R1" finds "DeepSeek (R1 / V3)" and "gpt 4o" finds "gpt-4o", while
 * "gpt-4" never finds "gpt-3.5-turbo-0314" for the 4 inside "0314"; and when words are apart
 * between two letters, also with them joined there, each run of them at a word's start ("deep
 * seek r1" finds "deepseek-r1", "open ai" finds "OpenAI"), as people split a name written as
 * one word. Digits apart stay apart: "3 5" is not 35.
 */
export function searchMatcher(query: string): ((text: string) => boolean) | undefined {
	const phrase = foldName(query);
	if (phrase === '') return undefined;
	const words = phrase.split(WORD_JOINS).filter((word) => word !== '');
	if (words.length < 2) return (text) => text.includes(phrase);
	// Words apart between two letters may be one word of a name: a run of them joined must start a
	// word then. runs[k]: the runs that end with word k, longest last, as [first word, text].
	const n = words.length;
	const runs = words.map((word, k) => {
		const list: [number, string][] = [[k, word]];
		for (
			let i = k;
			i > 0 && LETTER.test(words[i - 1]!.at(-1)!) && LETTER.test(words[i]![0]!);
			i--
		) {
			list.push([i - 1, words[i - 1] + list.at(-1)![1]]);
		}
		return list;
	});
	// matched[k]: the first k words are kept as runs. Made once per query, not once per record.
	const matched = new Uint8Array(n + 1);
	matched[0] = 1;
	return (text) => {
		if (text.includes(phrase)) return true;
		for (let k = 1; k <= n; k++) {
			matched[k] = 0;
			for (const [i, run] of runs[k - 1]!) {
				if (matched[i] && startsAWord(text, run)) {
					matched[k] = 1;
					break;
				}
			}
			// No run crosses words apart at a digit or sign: none after can make up for this one.
			if (!matched[k] && runs[k]?.length === 1) return false;
		}
		return matched[n] === 1;
	};
}

/** Letters or digits of any script that `slug` (Latin a–z, 0–9 only) would drop. */
const NON_LATIN_WORD = /[\p{L}\p{N}]/u;
const hasNonLatinWord = (text: string) =>
	[...text.normalize('NFKD').replace(MARKS, '')].some(
		(c) => !/[a-z0-9]/i.test(c) && NON_LATIN_WORD.test(c)
	);

/**
 * An id for a record the person names (`prefix` + slug), unique among `taken` for any name. A
 * name with letters or digits outside Latin (Arabic, Chinese, …) or none at all (emoji) ends in
 * a hash of its folded form, so "نموذج أ" and "نموذج ب" never share `my-x`; an id already
 * taken (by another name) gets `-2`, `-3`, … Names in Latin letters keep the plain slug they
 * always had. The result matches the catalogue's id pattern (lower-case, digits, `.`, `-`).
 */
export function idForName(name: string, prefix: string, taken: (id: string) => boolean): string {
	const base = slug(name, prefix);
	const empty = base === `${prefix}x`;
	const folded = foldName(name);
	let stem = base.slice(0, 70);
	if (empty || hasNonLatinWord(folded)) {
		const body = empty ? '' : `${base.slice(prefix.length, 60).replace(/(?<![-.])[-.]+$/, '')}-`;
		stem = `${prefix}${body}n${shortHash(folded)}`;
	}
	let id = stem;
	for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
	return id;
}
