/**
 * Latin names found by the way Arabic writes them: «جيميني» finds Gemini, «شات جي بي تي»
 * ChatGPT, «ديب سيك آر 1» DeepSeek R1. Model names stay in Latin script in both languages, and
 * an Arabic speaker types them as they sound. Both sides are read as sounds: a Latin name becomes
 * a string of sound classes (`latinSound`), each Arabic word a pattern over that string
 * (`spellingMatcher`), so the rule is general, with no list of names.
 *
 * The rule, where it draws its lines:
 * - An Arabic consonant stands for its Latin sounds (ج g or j, ك c, k or q, ق also g, ب b or p,
 *   ف f or v, ش sh or ch, س and ص s, z or a soft c, …); Latin short vowels between two
 *   consonants, which Arabic does not write, are skipped (one or two of them).
 * - A long vowel letter must meet one or two Latin vowels it can stand for (ا a, e or o; و o,
 *   u, a or w; ي i, e or y): «جيما» is Gemma, not Gemini. In a run of them all but the last may
 *   meet nothing (اي is i, ai or ay). A first alef alone (أ إ آ) stands for any vowel or none; a
 *   last ه after a vowel letter for a, e, h or nothing, a last ة (or ه) after a consonant for
 *   a, e or h.
 * - A word of two letters with one consonant or none is a letter's name («جي» G, «آر» R, «إيه»
 *   A, its last ه aside): its vowels may meet nothing, as in the acronyms GPT and R1.
 * - Each query word matches the start of a word of the name (a word ends at a space, a sign or
 *   where letters meet digits), or, in the order typed, right where the word before it ended:
 *   Arabic writes DeepSeek, ChatGPT and OpenAI as two or more words. Words or runs of words match
 *   in any order; all of them must.
 * - Against floods: a word or run matched by sound needs a weight of two (each consonant, vowel
 *   it must meet and ta marbuta counts one) and three letters at least, so a letter's name alone
 *   («جي»), «لا» or «من» match nothing by sound, and «جيم» or «فاي» a small share of a big list.
 *   Latin letters and digits in the query are the name's own and match alone, from a word's
 *   start. An Arabic word also matches as the search always did, when the record's folded text
 *   holds it (the makers' Arabic names, «جوجل»).
 * Digits match digits, Arabic-Indic (٠–٩, ۰–۹) or Latin, with «٫» as the decimal point (`foldName`
 * reads them as Latin ones).
 */
import { ARABIC_LETTER, foldName } from './name-match';

const code = (c: string) => c.charCodeAt(0);
/** Each Latin letter's and digit's sound class as a character code, 0 for none (`c`, `x`, `y` aside). */
const CLASS = new Uint8Array(128);
/** The sound of a letter followed by `h` (ch, sh, ph, th, gh, kh, wh, rh), 0 for none. */
const WITH_H = new Uint8Array(128);
for (const [letters, sound] of [
	['bp', 'b'],
	['d', 'd'],
	['f', 'f'],
	['v', 'v'],
	['gj', 'g'],
	['h', 'h'],
	['kq', 'k'],
	['l', 'l'],
	['m', 'm'],
	['n', 'n'],
	['r', 'r'],
	['sz', 's'],
	['t', 't'],
	['w', 'w'],
	...[...'aeiou0123456789'].map((c) => [c, c])
] as const) {
	for (const letter of letters) CLASS[code(letter)] = code(sound);
}
for (const [letter, sound] of ['cc', 'sx', 'pf', 'tt', 'gg', 'kk', 'ww', 'rr']) {
	WITH_H[code(letter!)] = code(sound!);
}
const [SPACE, DOT, H, K, S, C, X, Y, I] = [' ', '.', 'h', 'k', 's', 'c', 'x', 'y', 'i'].map(
	code
) as [number, number, number, number, number, number, number, number, number];
const isVowel = (code: number) =>
	code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** Where `latinSound` writes, grown as needed: one buffer, not a string per character. */
let buffer = new Uint8Array(256);
const ascii = new TextDecoder('latin1');

/**
 * The sound string of a folded text (`foldName`'s result): its Latin letters as sound classes,
 * vowels `a e i o u` kept (a `y` not before a vowel is `i`), consonants by class (`b` for b and
 * p, `g` for g and j, `k` for k, q and a hard c, `s` for s, z and a soft c, `x` for sh, `c` for
 * ch, `f` for f and ph, x as `ks`), a doubled consonant once; digits, and a `.` between digits,
 * as they are. Words are split by one space wherever the text has anything else (Arabic letters
 * included) and where letters meet digits; a word already read is left out (a record's text has
 * its name in both languages and again in its id). Worked out once per record, never per
 * keystroke.
 */
export function latinSound(folded: string): string {
	const length = folded.length;
	if (buffer.length < length * 2 + 2) buffer = new Uint8Array(length * 2 + 2);
	let size = 0;
	let last = SPACE;
	// Where the word being written starts.
	let word = 0;
	const endWord = () => {
		if (size > word && !repeats(word, size)) buffer[size++] = SPACE;
		else size = word;
		word = size;
		last = SPACE;
	};
	const put = (token: number) => {
		if (token === SPACE) {
			if (last !== SPACE) endWord();
			return;
		}
		if (token === last && !isVowel(token) && !isDigit(token)) return;
		if (token !== DOT && last !== SPACE && last !== DOT && isDigit(token) !== isDigit(last)) {
			endWord();
		}
		buffer[size++] = last = token;
	};
	for (let i = 0; i < length; i++) {
		const c = folded.charCodeAt(i);
		const next = i + 1 < length ? folded.charCodeAt(i + 1) : 0;
		if (c >= 128) put(SPACE);
		else if (c === Y) put(isVowel(next) ? Y : I);
		else if (c === X) {
			put(K);
			put(S);
		} else if (c === DOT) put(isDigit(last) && isDigit(next) ? DOT : SPACE);
		else if (next === H && WITH_H[c]) {
			put(WITH_H[c]!);
			i++;
		} else if (c === C) {
			if (next === K) i++;
			put(next === 101 || next === 105 || next === Y ? S : K);
		} else put(CLASS[c] || SPACE);
	}
	endWord();
	return ascii.decode(buffer.subarray(0, Math.max(0, size - 1)));
}

/** Whether the buffer's words before `from` (each ended by a space) hold the one from `from` to `to`. */
function repeats(from: number, to: number): boolean {
	const length = to - from;
	for (let i = 0; i < from;) {
		let j = i;
		while (buffer[j] !== SPACE) j++;
		if (j - i === length) {
			let k = 0;
			while (k < length && buffer[i + k] === buffer[from + k]) k++;
			if (k === length) return true;
		}
		i = j + 1;
	}
	return false;
}

/** The Latin sound classes an Arabic consonant stands for (a character class's inside). */
const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
	ب: 'b',
	پ: 'b',
	ت: 't',
	ط: 't',
	ث: 'ts',
	ج: 'g',
	چ: 'c',
	ح: 'h',
	خ: 'hk',
	ه: 'h',
	د: 'd',
	ض: 'd',
	ذ: 'dts',
	ر: 'r',
	ز: 's',
	س: 's',
	ص: 's',
	ش: 'xc',
	ظ: 'sd',
	غ: 'gr',
	ف: 'fv',
	ڤ: 'vf',
	ق: 'kg',
	ك: 'kc',
	گ: 'g',
	ل: 'l',
	م: 'm',
	ن: 'n'
};
/** The Latin vowels (and glides) a long vowel letter stands for; ع is read as a vowel's seat. */
const ARABIC_VOWELS: Readonly<Record<string, string>> = {
	ا: 'aeo',
	و: 'ouaw',
	ي: 'iey',
	ع: 'aeiou'
};
/** Latin short vowels Arabic leaves unwritten between two consonants. */
const SKIP = '[aeiou]{0,2}';

/**
 * An Arabic word as a pattern over sound strings, with its weight: its consonants and the vowels
 * it must meet, each one.
 */
function arabicPattern(word: string): { source: string; weight: number } {
	const letters = [...word].filter((c) => ARABIC_CONSONANTS[c] || ARABIC_VOWELS[c]);
	// A last ه marks a vowel in a Latin name written in Arabic: after a vowel letter it may be
	// silent (إيه A), after a consonant (ة, folded to ه) it is an a or an e (جيمة Gemma).
	const end = letters.length > 1 && letters.at(-1) === 'ه' ? letters.pop() : undefined;
	const silentEnd = end !== undefined && ARABIC_VOWELS[letters.at(-1)!] !== undefined;
	let weight = letters.filter((c) => ARABIC_CONSONANTS[c]).length;
	// A letter's name (جي G, آر R, إيه A): its vowels may meet nothing, as in GPT or R1.
	const letterName = weight <= 1 && letters.length <= 2;
	let source = '';
	let previous: 'consonant' | 'vowel' | undefined;
	for (let i = 0; i < letters.length;) {
		const c = letters[i]!;
		if (ARABIC_VOWELS[c]) {
			// A run of vowel letters is read in order, all but the last of them optional: اي is
			// "i", "ai" or "ay", never "o"; a first alef alone is a seat for any vowel or none (إكس X).
			for (; i < letters.length && ARABIC_VOWELS[letters[i]!]; i++) {
				const last = i + 1 === letters.length || !ARABIC_VOWELS[letters[i + 1]!];
				const seat = i === 0 && c === 'ا';
				const set = seat ? 'aeiou' : ARABIC_VOWELS[letters[i]!]!;
				if (!last) source += `[${set}]?`;
				else {
					const least = letterName || seat ? 0 : 1;
					weight += least;
					source += `[${set}]{${least},2}`;
				}
			}
			previous = 'vowel';
			continue;
		}
		i++;
		if (c === letters[i - 2] && previous === 'consonant') continue;
		if (previous === 'consonant') source += SKIP;
		source += `[${ARABIC_CONSONANTS[c]}]`;
		previous = 'consonant';
	}
	if (end) source += silentEnd ? '[aeh]?' : '[aeh]';
	if (end && !silentEnd) weight++;
	// A vowel's name (إيه A, آي I, أو O) may meet one vowel but never nothing: «أوبن إيه آي» is
	// OpenAI, never "open" and two empty words, so never OpenRouter.
	if (letterName && weight === 0) source = `(?=[aeiouy])${source}`;
	return { source, weight };
}

/** Arabic letters, Latin letters, or digits with points between them: a query's words. */
const WORDS = /[\u0621-\u064a\u0671-\u06d3]+|[a-z]+|\d+(?:\.\d+)*/g;
const escape = (text: string) => text.replace(/\./g, '\\.');

/**
 * One query word: its pattern and weight, its length, and for an Arabic word the word itself,
 * which a record's folded text may hold as typed (a maker's Arabic name).
 */
type Word = { source: string; weight: number; size: number; arabic?: string };

function queryWord(word: string): Word {
	if (ARABIC_LETTER.test(word)) return { ...arabicPattern(word), size: word.length, arabic: word };
	// Digits and Latin letters are the name's own, not a guess by sound: enough alone.
	const source = isDigit(word.charCodeAt(0)) ? escape(word) : latinSound(word);
	return { source, weight: 2, size: 3 };
}

/**
 * A record test for a query with Arabic letters, or `undefined` when the query has none (Latin
 * queries are the search's plain substring match alone). The test takes a record's folded text
 * and its `latinSound`, and is true when every query word matches by the rule above. The query
 * is folded here (`foldName`), its words' patterns made once per query.
 */
export function spellingMatcher(
	query: string
): ((text: string, sound: string) => boolean) | undefined {
	const folded = foldName(query);
	if (!ARABIC_LETTER.test(folded)) return undefined;
	const words = (folded.match(WORDS) ?? []).map(queryWord);
	const n = words.length;
	if (n === 0) return undefined;
	// A run of words i..j, joined as typed: a Latin vowel left at a word's end, a space between.
	const runs = new Map<number, RegExp | null>();
	const run = (i: number, j: number): RegExp | null => {
		const key = i * n + j;
		let found = runs.get(key);
		if (found === undefined) {
			const part = words.slice(i, j + 1);
			const weight = part.reduce((sum, w) => sum + w.weight, 0);
			const size = part.reduce((sum, w) => sum + w.size, 0);
			const joined = part.map((w) => w.source).join(`${SKIP} ?`);
			const enough = weight >= 2 && size >= 3;
			runs.set(key, (found = enough ? new RegExp(`(?:^| )${joined}`) : null));
		}
		return found;
	};
	// The first word starts a run in any match: a record it meets nowhere is out at once.
	const first = new RegExp(`(?:^| )${words[0]!.source}`);
	return (text, sound) => {
		const holds = (i: number) => words[i]!.arabic !== undefined && text.includes(words[i]!.arabic!);
		if (!first.test(sound) && !holds(0)) return false;
		// matched[k]: the first k words match as runs.
		const matched = [true];
		for (let k = 1; k <= n; k++) {
			matched[k] = false;
			for (let i = k - 1; i >= 0 && !matched[k]; i--) {
				if (!matched[i]) continue;
				const re = run(i, k - 1);
				matched[k] = (i === k - 1 && holds(i)) || (re !== null && re.test(sound));
			}
		}
		return matched[n]!;
	};
}
