/**
 * Checks the tests run on every pair of dictionaries (the UI's, the import's, the lists'): the
 * same keys and slots in English and Arabic, none empty, and Arabic counts in all six plural
 * forms. For tests only: nothing in the app imports it.
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
