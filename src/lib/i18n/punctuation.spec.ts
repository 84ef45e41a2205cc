import { describe, expect, it } from 'vitest';
import { latinMarks, strings } from './dictionary-checks';

/** Every Arabic dictionary of this folder, by its file's name (`ar.ts`, `ar-pages.ts`, `lists-ar.ts`…). */
const arabic = import.meta.glob<Record<string, unknown>>(['./ar.ts', './ar-*.ts', './*-ar.ts'], {
	eager: true
});

/**
 * The Arabic of every record of words in both languages this folder exports (`{ en, ar }`: the
 * words of an empty answer, of storage, of errors…), by module and name.
 */
const records = Object.entries(
	import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.spec.ts', '!./dictionary-checks.ts'], {
		eager: true
	})
).flatMap(([path, module]) =>
	Object.entries(module)
		.filter(([, value]) => {
			const keys = value && typeof value === 'object' ? Object.keys(value).sort().join() : '';
			return keys === 'ar,en';
		})
		.map(([name, value]) => [`${path} ${name}`, (value as { ar: unknown }).ar] as const)
);

describe('Arabic punctuation in the Arabic dictionaries', () => {
	it('finds a Latin mark between Arabic words and lets numbers, URLs and Latin runs be', () => {
		expect(latinMarks('جهازك, بنحو')).toHaveLength(1);
		expect(latinMarks('ما الميزانية?')).toHaveLength(1);
		expect(latinMarks('{offer}; {cost} شهريًا')).toHaveLength(1);
		expect(latinMarks('قال "مرحبًا"')).toHaveLength(2);
		expect(latinMarks('أكثر من 10,000 رمز')).toEqual([]);
		expect(latinMarks('انظر https://example.com/?a=1,2 الآن')).toEqual([]);
		expect(latinMarks('يعمل مع Llama, Qwen وغيرها')).toEqual([]);
		expect(latinMarks('Plain English, no Arabic; fine?')).toEqual([]);
	});

	it('finds every Arabic dictionary: the chooser’s, the pages’, the import’s and the lists’', () => {
		expect(Object.keys(arabic)).toEqual(
			expect.arrayContaining(['./ar.ts', './ar-pages.ts', './ar-about.ts', './import-ar.ts'])
		);
		expect(Object.keys(arabic)).toHaveLength(8);
	});

	it('finds the records of words in both languages: the empty answer’s, storage’s, errors’', () => {
		expect(records.map(([name]) => name)).toEqual(
			expect.arrayContaining([
				'./empty-words.ts emptyWords',
				'./storage-words.ts storageWords',
				'./error-words.ts errorWords'
			])
		);
	});

	it.each([...Object.entries(arabic), ...records])(
		'%s uses ، ؛ ؟ and « » in Arabic sentences',
		(_, dictionary) => {
			const faults = strings(dictionary).flatMap(([path, text]) =>
				latinMarks(text).map((at) => `${path}: …${at}…`)
			);
			expect(faults).toEqual([]);
		}
	);
});
