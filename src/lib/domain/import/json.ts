/**
 * Reading a file's text as JSON, and, when it is not, saying why in terms the app can put into
 * words in any language: empty, a web page, cut off before its end, or where it stops being JSON
 * (line and column). The parser's own message differs by browser and is English; none is kept.
 */
import type { ImportProblem } from './types';

/** A file's text parsed, or why it could not be. */
export type Parsed = { ok: true; value: unknown } | { ok: false; problem: ImportProblem };

const SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/iy;
const HEX4 = /[0-9a-f]{4}/iy;
const WORDS = ['true', 'false', 'null'];

/**
 * Where a text first stops being JSON (RFC 8259), as an offset: `text.length` when it ends
 * before its JSON does, -1 when it is JSON. One pass, no recursion: a deep or long file is read
 * in time linear in its length, like the scan of `safety.ts`.
 */
export function jsonErrorAt(text: string): number {
	const n = text.length;
	const open: ('[' | '{')[] = [];
	type Want = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after';
	let want: Want = 'value';
	let i = 0;
	/** Reads a string from its opening quote; false with `i` at the fault (or the end). */
	const string = (): boolean => {
		i++;
		while (i < n) {
			const c = text[i]!;
			if (c === '"') {
				i++;
				return true;
			}
			if (c < ' ') return false;
			if (c !== '\\') {
				i++;
				continue;
			}
			if (i + 1 >= n) {
				i = n;
				return false;
			}
			const e = text[i + 1]!;
			if (e === 'u') {
				HEX4.lastIndex = i + 2;
				if (!HEX4.test(text)) {
					i = i + 6 > n ? n : i;
					return false;
				}
				i += 6;
			} else if (ESCAPES.has(e)) i += 2;
			else return false;
		}
		return false;
	};
	/** Reads a number or a word; false with `i` at the fault (or the end, for a cut word). */
	const scalar = (): boolean => {
		const c = text[i]!;
		if (c === '-' || (c >= '0' && c <= '9')) {
			NUMBER.lastIndex = i;
			if (!NUMBER.test(text)) {
				if (i + 1 >= n) i = n;
				return false;
			}
			const end = NUMBER.lastIndex;
			// A number cut at its end ("1.", "2e", "2e+") is a file cut off, not a wrong character.
			if (n - end <= 2 && /^[.e][+-]?$/i.test(text.slice(end))) {
				i = n;
				return false;
			}
			i = end;
			return true;
		}
		for (const word of WORDS) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return true;
			}
			if (word.startsWith(text.slice(i, i + word.length)) && i + word.length > n) {
				i = n;
				return false;
			}
		}
		return false;
	};
	for (;;) {
		while (i < n && SPACE.has(text[i]!)) i++;
		if (i >= n) return want === 'after' && open.length === 0 ? -1 : n;
		const c = text[i]!;
		switch (want) {
			case 'value-or-end':
			case 'value':
				if (want === 'value-or-end' && c === ']') {
					open.pop();
					i++;
					want = 'after';
				} else if (c === '{' || c === '[') {
					open.push(c);
					i++;
					want = c === '{' ? 'key-or-end' : 'value-or-end';
				} else if (c === '"' ? string() : scalar()) want = 'after';
				else return i;
				break;
			case 'key-or-end':
			case 'key':
				if (want === 'key-or-end' && c === '}') {
					open.pop();
					i++;
					want = 'after';
				} else if (c === '"' && string()) want = 'colon';
				else return i;
				break;
			case 'colon':
				if (c !== ':') return i;
				i++;
				want = 'value';
				break;
			case 'after': {
				const top = open.at(-1);
				if (top === undefined) return i;
				if (c === ',') want = top === '[' ? 'value' : 'key';
				else if (c === (top === '[' ? ']' : '}')) open.pop();
				else return i;
				i++;
				break;
			}
		}
	}
}

/** The line and column (from 1) of an offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

/**
 * Parses a file's text (a byte-order mark before it is allowed); never throws. Not JSON: empty
 * (nothing but spaces), a web page (it starts with `<`), cut off (it ends before its JSON does),
 * or the line and column where it stops being JSON.
 */
export function parseJson(text: string): Parsed {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		// Whatever the parser said, it is worked out again below in the app's own terms.
	}
	if (body.trim() === '') return { ok: false, problem: { code: 'empty-file' } };
	if (body.trimStart().startsWith('<')) return { ok: false, problem: { code: 'web-page' } };
	const at = jsonErrorAt(body);
	if (at === body.length) return { ok: false, problem: { code: 'cut-off' } };
	if (at < 0) return { ok: false, problem: { code: 'not-json' } };
	return { ok: false, problem: { code: 'not-json', ...lineAndColumn(body, at) } };
}
