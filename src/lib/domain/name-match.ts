/**
 * Names compared as people mean them, in any script: search on `/models`, duplicates among the
 * person's own models and makers, and ids made from names that have no Latin letters.
 */
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
/** Printable ASCII only: compatibility forms, marks and the Arabic folds change nothing in it. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * A name folded for matching: compatibility forms, case, marks and diacritics (so "é" is "e",
 * "مُحَمَّد" is "محمد"), the tatweel, and Arabic letters with more than one common spelling
 * (alef forms, alef maqsura and ya, ta marbuta and ha) made one; spaces collapsed. For
 * comparing only, never shown.
 */
export function foldName(text: string): string {
	// Most names and ids (a big import's tens of thousands) are plain ASCII: the same result without
	// the Unicode steps, and a fraction of the strings made on the way.
	if (PLAIN.test(text)) return text.toLowerCase().replace(SPACES, ' ').trim();
	return text
		.normalize('NFKD')
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

/** The marks a name's parts are joined with inside one word ("gpt-4o", "gpt-3.5", "o3_mini"). */
const IN_WORD_JOINS = /[-_./]+/g;
const HAS_IN_WORD_JOIN = /[-_./]/;

/**
 * A record's search text: its folded text (`foldName`, of the names and ids joined by spaces or
 * line breaks) followed by each of its words that has dashes, underscores, dots or slashes in
 * it, written once more without them ("gpt-4o" adds "gpt4o"), so that a query typed without
 * them finds it (`searchMatcher`: "GPT4o" finds GPT-4o). Made once per record.
 */
export function searchText(folded: string): string {
	let joined = '';
	for (const word of folded.split(/\s/)) {
		if (HAS_IN_WORD_JOIN.test(word)) {
			const bare = word.replace(IN_WORD_JOINS, '');
			if (bare !== '') joined += ` ${bare}`;
		}
	}
	return joined === '' ? folded : folded + joined;
}

/**
 * What a search for `query` keeps, as a test of a record's search text (`searchText`), or
 * undefined for a blank query (everything). A text is kept when it holds the folded query as
 * typed ("seek" finds "DeepSeek"); for one word, also when the word without its dashes, dots
 * and the like starts a word of it ("gpt4o" and "gpt4.o" find "gpt-4o", by the joined words
 * `searchText` adds; "3.5" never finds "235b"); for a query of several words (split at spaces
 * and at the marks names and ids join words with: dashes, underscores, slashes, brackets), when
 * each word starts a word of it, in any order: "DeepSeek R1" finds "DeepSeek (R1 / V3)" and
 * "gpt 4o" finds "gpt-4o", while "gpt-4" never finds "gpt-3.5-turbo-0314" for the 4 inside
 * "0314".
 */
export function searchMatcher(query: string): ((text: string) => boolean) | undefined {
	const phrase = foldName(query);
	if (phrase === '') return undefined;
	const words = phrase.split(WORD_JOINS).filter((word) => word !== '');
	if (words.length < 2) {
		const bare = phrase.replace(IN_WORD_JOINS, '');
		if (bare === phrase || bare === '') return (text) => text.includes(phrase);
		// Its bare form only at a word's start: "3.5" never finds "qwen-235b" through "qwen235b".
		return (text) => text.includes(phrase) || startsAWord(text, bare);
	}
	return (text) => text.includes(phrase) || words.every((word) => startsAWord(text, word));
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
