/**
 * Checks the tests run on every pair of dictionaries (the UI's, the import's, the lists'): the
 * same keys and slots in English and Arabic, none empty, and Arabic counts in all six plural
 * forms. For tests only: nothing in the app imports it.
 */
import { expect } from 'vitest';

/** Every key path of a nested dictionary, as `a.b.c`; plural forms count as one message. */
export function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || 'other' in value) return [prefix];
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

/** English and Arabic have the same keys and the same slots in each message, and none is empty. */
export function expectSameKeysAndSlots(english: object, arabic: object): void {
	expect(keys(arabic).sort()).toEqual(keys(english).sort());
	for (const key of keys(english)) {
		expect(slots(at(arabic, key)), key).toEqual(slots(at(english, key)));
		for (const dictionary of [english, arabic]) {
			expect(
				forms(at(dictionary, key)).every((f) => f.trim().length > 0),
				key
			).toBe(true);
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
