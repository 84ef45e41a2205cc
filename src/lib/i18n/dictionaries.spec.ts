/**
 * Every pair of dictionaries in this folder, found from the modules themselves so that a new pair
 * is checked without being listed here: the same keys in English and Arabic, the same `{slot}`s
 * in every message, no brace outside a well-formed slot, no message empty, and Arabic marks
 * (، ؛ ؟ « ») in the Arabic sentences.
 */
import { describe, expect, it } from 'vitest';
import {
	at,
	expectSameKeysAndSlots,
	forms,
	keys,
	latinMarks,
	slots,
	strayBraces,
	strings
} from './dictionary-checks';
import { arAbout } from './ar-about';
import { arCompare } from './ar-compare';
import { arPages } from './ar-pages';
import { arSettings } from './ar-settings';
import { ar } from './ar';
import { enAbout } from './en-about';
import { enCompare } from './en-compare';
import { enPages } from './en-pages';
import { enSettings } from './en-settings';
import { en } from './en';
import type { Lang } from '$lib/domain/lang';

const modules = import.meta.glob<Record<string, unknown>>(
	['./*.ts', '!./*.spec.ts', '!./dictionary-checks.ts'],
	{ eager: true }
);

type Pair = { name: string; english: object; arabic: object };

const isWords = (value: unknown): value is object =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The one object of words a dictionary file exports (`en` in en.ts, `importAr` in import-ar.ts). */
function wordsOf(path: string): object {
	const objects = Object.values(modules[path] ?? {}).filter(isWords);
	expect(objects, `${path} exports one object of words`).toHaveLength(1);
	return objects[0]!;
}

/**
 * The pairs: files named for their language (`en.ts` and `ar.ts`, `lists-en.ts` and
 * `lists-ar.ts`), and every exported `{ en, ar }` record (`errorWords`, `listsOfferWords`).
 */
function findPairs(): Pair[] {
	const pairs: Pair[] = [];
	for (const path of Object.keys(modules)) {
		const parts = path.slice(2, -3).split('-');
		if (!parts.includes('en')) continue;
		const twin = `./${parts.map((p) => (p === 'en' ? 'ar' : p)).join('-')}.ts`;
		expect(Object.keys(modules), `${path} has an Arabic twin`).toContain(twin);
		pairs.push({ name: path, english: wordsOf(path), arabic: wordsOf(twin) });
	}
	for (const [path, module] of Object.entries(modules)) {
		for (const [name, value] of Object.entries(module)) {
			if (!isWords(value) || Object.keys(value).sort().join() !== 'ar,en') continue;
			const { en: english, ar: arabic } = value as Record<Lang, unknown>;
			if (!isWords(english) || !isWords(arabic)) continue;
			// A record of the twin files' objects (`listsWords`) is the same pair again.
			if (pairs.some((p) => p.english === english)) continue;
			pairs.push({ name: `${path} ${name}`, english, arabic });
		}
	}
	return pairs;
}

describe('every pair of dictionaries', () => {
	const pairs = findPairs();

	it('is found: the chooser’s, the other pages’, the import’s, the lists’ and the small ones', () => {
		expect(pairs.map((p) => p.name).sort()).toEqual(
			expect.arrayContaining([
				'./en.ts',
				'./en-pages.ts',
				'./en-about.ts',
				'./en-compare.ts',
				'./en-settings.ts',
				'./import-en.ts',
				'./lists-en.ts',
				'./error-words.ts errorWords',
				'./lists-offer.ts listsOfferWords',
				'./storage-words.ts storageWords',
				'./empty-words.ts emptyWords'
			])
		);
	});

	for (const { name, english, arabic } of pairs) {
		it(`${name}: the same keys and slots in English and Arabic, every brace a slot, none empty`, () => {
			expectSameKeysAndSlots(english, arabic);
		});
		it(`${name}: ، ؛ ؟ and « » in the Arabic sentences`, () => {
			const faults = strings(arabic).flatMap(([path, text]) =>
				latinMarks(text).map((at) => `${path}: …${at}…`)
			);
			expect(faults).toEqual([]);
		});
	}

	it('the other pages’ words and each page’s own add to the chooser’s, never replace one (they are merged)', () => {
		for (const chunks of [
			[en, enPages, enAbout, enCompare, enSettings],
			[ar, arPages, arAbout, arCompare, arSettings]
		]) {
			const all = chunks.flatMap((chunk) => Object.keys(chunk));
			expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
		}
	});
});

describe('the checks themselves', () => {
	it('find a Latin mark between Arabic words and let numbers, URLs and Latin runs be', () => {
		expect(latinMarks('جهازك, بنحو')).toHaveLength(1);
		expect(latinMarks('ما الميزانية?')).toHaveLength(1);
		expect(latinMarks('{offer}; {cost} شهريًا')).toHaveLength(1);
		expect(latinMarks('قال "مرحبًا"')).toHaveLength(2);
		expect(latinMarks('أكثر من 10,000 رمز')).toEqual([]);
		expect(latinMarks('انظر https://example.com/?a=1,2 الآن')).toEqual([]);
		expect(latinMarks('يعمل مع Llama, Qwen وغيرها')).toEqual([]);
		expect(latinMarks('Plain English, no Arabic; fine?')).toEqual([]);
	});

	it('find a slot missing, renamed or mistyped in one language, and a message missing', () => {
		const english = { a: { b: 'Hello {name}, {count} left' }, c: 'Plain' };
		expect(keys(english).sort()).toEqual(['a.b', 'c']);
		expect(slots(at(english, 'a.b'))).toEqual(['{count}', '{name}']);
		expect(slots({ one: 'One', other: '{count} things' })).toEqual(['{count}']);
		expect(forms({ one: 'One', other: 'Many' })).toEqual(['One', 'Many']);
		// A group with a word named "other" (the language switch's) is words, not a plural.
		expect(keys({ s: { label: 'Go {x}', other: 'O' }, n: { few: 'f', other: 'o' } })).toEqual([
			's.label',
			's.other',
			'n'
		]);
		expect(strayBraces('Hello { name}, {count left} and {ok}')).toEqual(['{', '}', '{', '}']);
		expect(strayBraces('Hello {name}')).toEqual([]);
		const broken = [
			{ a: { b: 'مرحبًا، بقي {count}' }, c: 'نص' },
			{ a: { b: 'مرحبًا {name}، بقي {number}' }, c: 'نص' },
			{ a: { b: 'مرحبًا {name}، بقي {count} {name}}' }, c: 'نص' },
			{ a: { b: 'مرحبًا {name}، بقي {count}' } },
			{ a: { b: 'مرحبًا {name}، بقي {count}' }, c: ' ' }
		];
		for (const arabic of broken) {
			expect(() => expectSameKeysAndSlots(english, arabic), JSON.stringify(arabic)).toThrow();
		}
		expectSameKeysAndSlots(english, { a: { b: 'مرحبًا {name}، بقي {count}' }, c: 'نص' });
	});
});
