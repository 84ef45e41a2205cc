/**
 * The safety scan every format shares: what refuses a whole file (keys that could poison
 * prototypes, script links in link fields, markup in the texts the app keeps). Every check is
 * linear in the length of the text it reads, so no string, however long, stalls the page.
 */
import type { ImportProblem } from './types';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys whose values are links, in any of the formats: only these are checked for schemes. */
const LINK_KEYS = new Set([
	'url',
	'href',
	'link',
	'doc',
	'docs',
	'api',
	'source',
	'homepage',
	'website',
	'details',
	'icon',
	'logo'
]);

/** A scheme that runs or embeds content instead of pointing at a page. */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;

/**
 * What an HTML parser would read as a tag or a comment: `<` straight followed by a letter, `/`,
 * `!` or `?`, closed by `>` before the next `<`. "a < b > c" is text; "<b>", "<img …>" are not.
 * `[^<>]*` stops at the next `<`, so a failed match never rescans what follows it.
 */
const MARKUP = /<[a-z!?/][^<>]*>/i;

/** Whether a text would be markup if it were rendered as HTML. */
export function hasMarkup(text: string): boolean {
	return text.includes('<') && MARKUP.test(text);
}

/** Whether a link field's value uses a script scheme (leading spaces and controls ignored). */
export function isScriptLink(value: string): boolean {
	// The scheme is in the first few characters after any leading blanks: a bounded prefix.
	let start = 0;
	while (start < value.length && value.charCodeAt(start) <= 32) start++;
	return SCRIPT_SCHEME.test(value.slice(start, start + 16).replace(/[\t\n\r]/g, ''));
}

/**
 * The first unsafe thing anywhere in a parsed file, with its path; undefined when clean.
 * Unsafe: a prototype key anywhere; a script link in a link field (`url`, `doc`, `links.*`…).
 * Texts elsewhere are not links, so "Data: …" in a description is just text.
 */
export function findUnsafe(value: unknown, path = '$'): ImportProblem | undefined {
	// Each node carries whether it is a link (its key names one) and whether it is inside `links`.
	const stack: [unknown, string, boolean, boolean][] = [[value, path, false, false]];
	while (stack.length > 0) {
		const [node, at, isLink, inLinks] = stack.pop()!;
		if (typeof node === 'string') {
			if (isLink && isScriptLink(node)) return { code: 'unsafe-link', path: at };
		} else if (Array.isArray(node)) {
			for (let i = node.length - 1; i >= 0; i--) {
				stack.push([node[i], `${at}[${i}]`, isLink, inLinks]);
			}
		} else if (node && typeof node === 'object') {
			for (const key of Object.keys(node)) {
				if (UNSAFE_KEYS.has(key)) return { code: 'unsafe-key', path: at, key };
				const link = inLinks || LINK_KEYS.has(key.toLowerCase());
				const child = (node as Record<string, unknown>)[key];
				stack.push([child, `${at}.${key}`, link, inLinks || key === 'links']);
			}
		}
	}
	return undefined;
}

/** Refuses the whole file: thrown by readers, caught once by `readImport`. */
export class FileRefused extends Error {
	constructor(readonly problem: ImportProblem) {
		super(problem.code);
	}
}

/**
 * A text the app keeps (a name, a host), trimmed and cut to `max` characters; undefined when it
 * is not a non-empty string. Markup refuses the whole file, naming `path`.
 */
export function keptText(value: unknown, path: string, max = 200): string | undefined {
	if (typeof value !== 'string') return undefined;
	if (hasMarkup(value)) throw new FileRefused({ code: 'markup', path });
	// Trim a bounded piece: a name is never longer than `max`, however long the value.
	const text = value.trim().slice(0, max).trim();
	return text === '' ? undefined : text;
}

/** A value as it may be quoted in a message: JSON, cut to 40 characters. */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value.slice(0, 60) : value;
	const json = JSON.stringify(text) ?? String(value);
	return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}
