/**
 * Checks the tests run on every pair of dictionaries (the UI's, the import's, the lists'): the
 * same keys and slots in English and Arabic, none empty, Arabic counts in all six plural forms,
 * and Arabic marks (، ؛ ؟ « ») in Arabic sentences, which the shipped catalogue's Arabic is held
 * to as well. For tests only: nothing in the app imports it.
 */
import { expect } from 'vitest';

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * Whether a value is a count's plural forms: `other` and only plural categories. A group of words
 * with a word named `other` (the language switch's) is a group, not a plural.
 */
export const isPlural = (value: object): boolean =>
	'other' in value &&
	Object.entries(value).every(([k, v]) => PLURAL_FORMS.has(k) && typeof v === 'string');

/** Every key path of a nested dictionary, as `a.b.c`; plural forms count as one message. */
export function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || isPlural(value)) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** The message at a key path. */
export const at = (dictionary: unknown, key: string): unknown =>
	key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dictionary);

/** A message's texts: itself, or a plural's forms. */
export const forms = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : Object.values(value as object);

/** The `{slot}`s of a message, a plural's forms together, sorted. */
export const slots = (value: unknown): string[] =>
	[...new Set(forms(value).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();

/**
 * The braces of a text that are not part of a `{slot}` (`fill` leaves a mistyped slot, `{ name}`
 * or `{name`, on screen as it is), in order.
 */
export const strayBraces = (text: string): string[] =>
	text.replace(/\{\w+\}/g, '').match(/[{}]/g) ?? [];

/**
 * English and Arabic have the same keys and the same slots in each message, every brace is part
 * of a slot, and no message is empty.
 */
export function expectSameKeysAndSlots(english: object, arabic: object): void {
	expect(keys(arabic).sort()).toEqual(keys(english).sort());
	for (const key of keys(english)) {
		expect(slots(at(arabic, key)), key).toEqual(slots(at(english, key)));
		for (const dictionary of [english, arabic]) {
			const texts = forms(at(dictionary, key));
			expect(
				texts.every((f) => typeof f === 'string' && f.trim().length > 0),
				key
			).toBe(true);
			expect(texts.flatMap(strayBraces), key).toEqual([]);
		}
	}
}

/** Every count of an Arabic dictionary has all six plural forms; there are at least `least`. */
export function expectSixArabicForms(arabic: object, least: number): void {
	const counts = keys(arabic).filter((key) => typeof at(arabic, key) !== 'string');
	expect(counts.length).toBeGreaterThanOrEqual(least);
	for (const key of counts) {
		expect(Object.keys(at(arabic, key) as object).sort(), key).toEqual(
			['few', 'many', 'one', 'other', 'two', 'zero'].sort()
		);
	}
}

const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Z]/i;
const LETTER = /[A-Z\u0600-\u06ff]/i;

/** Every string of a dictionary, with its path ("price.monthly"). */
export function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
	}
	return [];
}

/**
 * The Latin commas, semicolons, question marks and straight double quotes of an Arabic string
 * that stand in Arabic text: not inside a URL, not between digits (10,000) and not inside a
 * Latin run (the nearest letters on both sides Latin). `{slots}` count as no letter, so a
 * Latin mark between two slots of an Arabic sentence is found too.
 */
export function latinMarks(text: string): string[] {
	if (!ARABIC.test(text)) return [];
	// Slots and URLs stand apart from the sentence: each becomes one neutral character.
	const plain = text.replace(/\{\w+\}/g, '\u2022').replace(/\b[\w-]+:\/\/\S+/g, '\u2022');
	const found: string[] = [];
	for (let i = 0; i < plain.length; i++) {
		if (!/[,;?"]/.test(plain[i] ?? '')) continue;
		if (/\d/.test(plain[i - 1] ?? '') && /\d/.test(plain[i + 1] ?? '')) continue;
		let before = '';
		for (let j = i - 1; j >= 0 && !before; j--)
			if (LETTER.test(plain[j] ?? '')) before = plain[j] ?? '';
		let after = '';
		for (let j = i + 1; j < plain.length && !after; j++)
			if (LETTER.test(plain[j] ?? '')) after = plain[j] ?? '';
		if (LATIN.test(before) && LATIN.test(after)) continue;
		found.push(plain.slice(Math.max(0, i - 12), i + 13));
	}
	return found;
}
