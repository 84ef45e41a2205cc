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
 * Digits match digits, Arabic-Indic (٠–٩, ۰–۹) or Latin, with «٫» as the decimal point.
 */
import { foldName } from './name-match';

/** A Latin consonant's sound class in the sound string, by letter (`c`, `x` and digraphs aside). */
const LATIN: Readonly<Record<string, string>> = {
	b: 'b',
	p: 'b',
	d: 'd',
	f: 'f',
	v: 'v',
	g: 'g',
	j: 'g',
	h: 'h',
	k: 'k',
	q: 'k',
	l: 'l',
	m: 'm',
	n: 'n',
	r: 'r',
	s: 's',
	z: 's',
	t: 't',
	w: 'w'
};
/** Two letters read as one sound, by the first letter followed by `h`. */
const WITH_H: Readonly<Record<string, string>> = {
	c: 'c', // ch
	s: 'x', // sh
	p: 'f', // ph
	t: 't',
	g: 'g',
	k: 'k',
	w: 'w',
	r: 'r'
};
const isVowel = (c: string | undefined) =>
	c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The sound string of a folded text (`foldName`'s result): its Latin letters as sound classes,
 * vowels `a e i o u` kept (a `y` not before a vowel is `i`), consonants by class (`b` for b and
 * p, `g` for g and j, `k` for k, q and a hard c, `s` for s, z and a soft c, `x` for sh, `c` for
 * ch, `f` for f and ph, x as `ks`), a doubled consonant once; digits, and a `.` between digits,
 * as they are. Words are split by one space wherever the text has anything else (Arabic letters
 * included) and where letters meet digits. Worked out once per record, never per keystroke.
 */
export function latinSound(folded: string): string {
	let out = '';
	let last = ' ';
	const put = (token: string) => {
		if (token === ' ' ? last === ' ' : token === last && !isVowel(token) && !isDigit(token)) {
			return;
		}
		if (
			token !== ' ' &&
			token !== '.' &&
			last !== ' ' &&
			last !== '.' &&
			isDigit(token) !== isDigit(last)
		) {
			out += ' ';
		}
		out += token;
		last = token;
	};
	for (let i = 0; i < folded.length; i++) {
		const c = folded[i]!;
		const next = folded[i + 1];
		if (isVowel(c)) put(c);
		else if (isDigit(c)) put(c);
		else if (c === 'y') put(isVowel(next) ? 'y' : 'i');
		else if (c === 'x') {
			put('k');
			put('s');
		} else if (c === '.' && isDigit(last) && isDigit(next)) put('.');
		else if (next === 'h' && WITH_H[c]) {
			put(WITH_H[c]);
			i++;
		} else if (c === 'c') {
			if (next === 'k') i++;
			put(next === 'e' || next === 'i' || next === 'y' ? 's' : 'k');
		} else put(LATIN[c] ?? ' ');
	}
	return last === ' ' ? out.slice(0, -1) : out;
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
	return { source, weight };
}

/** Arabic-Indic and Persian digits and the Arabic decimal point, as Latin ones. */
function latinDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b]/g, (c) => {
		const code = c.charCodeAt(0);
		if (code === 0x66b) return '.';
		return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
	});
}

/** Arabic letters, Latin letters, or digits with points between them: a query's words. */
const WORDS = /[\u0621-\u064a\u0671-\u06d3]+|[a-z]+|\d+(?:\.\d+)*/g;
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
const escape = (text: string) => text.replace(/\./g, '\\.');

/**
 * One query word: its pattern and weight, its length, and for an Arabic word the word itself,
 * which a record's folded text may hold as typed (a maker's Arabic name).
 */
type Word = { source: string; weight: number; size: number; arabic?: string };

function queryWord(word: string): Word {
	if (ARABIC_LETTER.test(word)) return { ...arabicPattern(word), size: word.length, arabic: word };
	// Digits and Latin letters are the name's own, not a guess by sound: enough alone.
	const source = isDigit(word[0]) ? escape(word) : latinSound(word);
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
	if (!ARABIC_LETTER.test(query)) return undefined;
	const words = (latinDigits(foldName(query)).match(WORDS) ?? []).map(queryWord);
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
