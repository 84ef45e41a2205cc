import { describe, expect, it } from 'vitest';
import {
	ENTRY_ISSUE_CODES,
	readImport,
	shippedContext,
	type EntryIssue,
	type ImportCounts,
	type ImportPreview,
	type ImportProblem
} from '$lib/domain/import';
import { handOwn } from '$lib/domain/synthetic';
import { importAr } from './import-ar';
import { importEn } from './import-en';
import { importedText, issuePieces, problemText, summaryText } from './import-texts';
import { expectSameKeysAndSlots, expectSixArabicForms } from './dictionary-checks';
import { isolated } from './format';
import type { Lang } from '$lib/domain/lang';

/** Arabic lines isolate names and paths (U+2066…U+2069); a reader sees none of the marks. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const fsi = (name: string) => isolated(name, 'ar');

describe('the import dictionaries', () => {
	it('have the same keys and the same slots in English and Arabic, none empty', () => {
		expectSameKeysAndSlots(importEn, importAr);
	});

	it('give every Arabic count all six plural forms', () => {
		expectSixArabicForms(importAr, 7);
	});

	it('say every reason an entry can be skipped or noted, in both languages', () => {
		expect([...Object.keys(importEn.issues), ...Object.keys(importEn.importDates)].sort()).toEqual(
			[...ENTRY_ISSUE_CODES].sort()
		);
	});
});

const counts: ImportCounts = {
	models: 0,
	sized: 0,
	newModels: 0,
	knownModels: 0,
	offers: 0,
	knownOffers: 0,
	selfHosted: 0,
	hosts: 0,
	free: 0,
	legacy: 0,
	joined: 0,
	notChat: 0
};
const noId: EntryIssue = { entry: 'data[7]', code: 'no-id' };
const skipping = (n: number) => Array.from({ length: n }, () => noId);

function preview(
	over: Omit<Partial<ImportPreview>, 'counts'> & { counts?: Partial<ImportCounts> }
): ImportPreview {
	return {
		ok: true,
		format: 'openrouter',
		data: handOwn(),
		found: 0,
		skipped: [],
		notes: [],
		entries: 0,
		...over,
		counts: { ...counts, ...over.counts }
	};
}

describe('what the preview says: entries found, then what the ready ones make', () => {
	const cases = [
		{
			what: 'a big list, some skipped, all new',
			preview: preview({
				format: 'models-dev',
				found: 5276,
				skipped: skipping(3),
				counts: { newModels: 1700, offers: 5273 }
			}),
			en: '5,276 entries found: 5,273 ready, 3 skipped — they make 1,700 models and 5,273 ways to use them',
			ar: 'وُجد 5,276 إدخالًا: الجاهز منها 5,273، والمتروك 3 — ينتج عنها 1,700 نموذج و5,273 طريقة استخدام'
		},
		{
			what: 'some models already in the catalogue',
			preview: preview({
				found: 364,
				counts: { newModels: 4, knownModels: 298, offers: 468, knownOffers: 464 }
			}),
			en: '364 entries found, all ready — they make 302 models (298 already in the catalogue) and 468 ways to use them',
			ar: 'وُجد 364 إدخالًا، كلها جاهزة — ينتج عنها 302 نموذج (298 منها في الفهرس من قبل) و468 طريقة استخدام'
		},
		{
			what: 'one entry, joining a shipped model',
			preview: preview({ found: 1, counts: { knownModels: 1, offers: 1, knownOffers: 1 } }),
			en: '1 entry found, ready — it makes 1 model (already in the catalogue) and 1 way to use it',
			ar: 'وُجد إدخال واحد جاهز — ينتج عنه نموذج واحد (وهو في الفهرس من قبل) وطريقة استخدام واحدة'
		},
		{
			what: 'five entries, all joining three models already there',
			preview: preview({ found: 5, counts: { knownModels: 3, offers: 5, knownOffers: 5 } }),
			en: '5 entries found, all ready — they make 3 models (all already in the catalogue) and 5 ways to use them',
			ar: 'وُجدت 5 إدخالات، كلها جاهزة — ينتج عنها 3 نماذج (وكلها في الفهرس من قبل) و5 طرق استخدام'
		},
		{
			what: 'two entries, two models',
			preview: preview({ found: 2, counts: { newModels: 2, offers: 2 } }),
			en: '2 entries found, all ready — they make 2 models and 2 ways to use them',
			ar: 'وُجد إدخالان، كلاهما جاهز — ينتج عنها نموذجان وطريقتا استخدام'
		},
		{
			what: 'eleven entries, three models, two of them known',
			preview: preview({
				found: 11,
				counts: { newModels: 1, knownModels: 2, offers: 11, knownOffers: 8 }
			}),
			en: '11 entries found, all ready — they make 3 models (2 already in the catalogue) and 11 ways to use them',
			ar: 'وُجد 11 إدخالًا، كلها جاهزة — ينتج عنها 3 نماذج (اثنان منها في الفهرس من قبل) و11 طريقة استخدام'
		},
		{
			what: 'nothing ready',
			preview: preview({ found: 2, skipped: skipping(2) }),
			en: '2 entries found: 0 ready, 2 skipped',
			ar: 'وُجد إدخالان: الجاهز منها 0، والمتروك 2'
		},
		{
			what: 'an own export: entries, the file’s unit',
			preview: preview({ format: 'model-chooser', found: 3, entries: 3 }),
			en: '3 entries found, all ready',
			ar: 'وُجدت 3 إدخالات، كلها جاهزة'
		}
	];
	for (const c of cases) {
		it(`${c.what}, in both languages`, () => {
			expect(summaryText(c.preview, 'en')).toBe(c.en);
			expect(summaryText(c.preview, 'ar')).toBe(c.ar);
		});
	}
});

describe('what an import says it wrote', () => {
	const cases = [
		{
			what: 'new models, some skipped',
			preview: preview({
				found: 367,
				skipped: skipping(3),
				counts: { newModels: 364, offers: 364 }
			}),
			en: 'Imported 364 models (364 ways to use them) from OpenRouter; 3 skipped.',
			ar: `استُورد 364 نموذجًا (364 طريقة استخدام) من ${fsi('OpenRouter')}، وتُركت 3 إدخالات.`
		},
		{
			what: 'one model, nothing skipped',
			preview: preview({ format: 'models-dev', counts: { newModels: 1, offers: 1 } }),
			en: 'Imported 1 model (1 way to use it) from models.dev.',
			ar: `استُورد نموذج واحد (طريقة استخدام واحدة) من ${fsi('models.dev')}.`
		},
		{
			what: 'two models, eleven ways, one skipped',
			preview: preview({
				format: 'models-dev',
				skipped: [noId],
				counts: { newModels: 2, offers: 11 }
			}),
			en: 'Imported 2 models (11 ways to use them) from models.dev; 1 skipped.',
			ar: `استُورد نموذجان (11 طريقة استخدام) من ${fsi('models.dev')}، وتُرك إدخال واحد.`
		},
		{
			what: 'every entry joins models already in the catalogue: never "Imported 0 models"',
			preview: preview({ counts: { knownModels: 3, offers: 5, knownOffers: 5 } }),
			en: 'Added 5 ways to use 3 models already in the catalogue, from OpenRouter.',
			ar: `أُضيفت 5 طرق لاستخدام 3 نماذج موجودة في الفهرس، من ${fsi('OpenRouter')}.`
		},
		{
			what: 'one way to use one model already there, one skipped',
			preview: preview({
				skipped: [noId],
				counts: { knownModels: 1, offers: 1, knownOffers: 1 }
			}),
			en: 'Added 1 way to use 1 model already in the catalogue, from OpenRouter; 1 skipped.',
			ar: `أُضيفت طريقة واحدة لاستخدام نموذج واحد موجود في الفهرس، من ${fsi('OpenRouter')}، وتُرك إدخال واحد.`
		},
		{
			what: 'two ways to two models already there',
			preview: preview({ counts: { knownModels: 2, offers: 2, knownOffers: 2 } }),
			en: 'Added 2 ways to use 2 models already in the catalogue, from OpenRouter.',
			ar: `أُضيفت طريقتان لاستخدام نموذجين موجودين في الفهرس، من ${fsi('OpenRouter')}.`
		},
		{
			what: 'new models and ways to use models already there',
			preview: preview({
				format: 'models-dev',
				skipped: skipping(3),
				counts: { newModels: 1700, knownModels: 11, offers: 6006, knownOffers: 33 }
			}),
			en: 'Imported 1,700 models (5,973 ways to use them) from models.dev, and added 33 ways to use 11 models already in the catalogue; 3 skipped.',
			ar: `استُورد 1,700 نموذج (5,973 طريقة استخدام) من ${fsi('models.dev')}، وأُضيفت 33 طريقةً لاستخدام 11 نموذجًا موجودًا في الفهرس، وتُركت 3 إدخالات.`
		},
		{
			what: 'an own export counts entries, as its preview did',
			preview: preview({ format: 'model-chooser', found: 1200, entries: 1200 }),
			en: 'Imported 1,200 entries from a Model Chooser export.',
			ar: `استُورد 1,200 إدخال من ${fsi('ملف تصدير من مختار النماذج')}.`
		}
	];
	for (const c of cases) {
		it(`${c.what}, in both languages`, () => {
			expect(importedText(c.preview, 'en')).toBe(c.en);
			expect(importedText(c.preview, 'ar')).toBe(c.ar);
		});
	}
});

describe('why an entry was skipped, in the file’s own terms', () => {
	const cases: { issue: EntryIssue; en: string; ar: string }[] = [
		{
			issue: { entry: 'data[3] x', code: 'unusable-id', field: 'id', value: '"<   "' },
			en: 'data[3] x: its id "<   " has no letter or digit to know it by',
			ar: 'data[3] x: معرّفه "<   " ليس فيه حرف ولا رقم يُعرف به'
		},
		{
			issue: {
				entry: 'offers[12] x',
				code: 'field-not-a-number',
				field: 'price.inputPerMTok',
				value: '"cheap"'
			},
			en: 'offers[12] x: price.inputPerMTok "cheap" is not a number',
			ar: 'offers[12] x: القيمة "cheap" في الحقل price.inputPerMTok ليست رقمًا'
		},
		{
			issue: { entry: 'models[0] acme-x', code: 'field-missing', field: 'licence' },
			en: 'models[0] acme-x: licence is missing',
			ar: 'models[0] acme-x: الحقل licence مفقود'
		},
		{
			issue: { entry: 'vendors[0] acme', code: 'no-models' },
			en: 'vendors[0] acme: no model in the file or the catalogue is by this maker',
			ar: 'vendors[0] acme: لا نموذج لهذا الصانع في الملف ولا في الفهرس'
		},
		// A day that exists, in a year the app does not take: said so, with the years it takes.
		{
			issue: {
				entry: 'models[1] acme-date-b',
				code: 'field-date-out-of-range',
				field: 'dates.released.value',
				value: '"0001-01-01"'
			},
			en: 'models[1] acme-date-b: dates.released.value "0001-01-01" is outside the years the app accepts, 1900 to 2999',
			ar: 'models[1] acme-date-b: القيمة "0001-01-01" في الحقل dates.released.value خارج السنوات التي يقبلها التطبيق، من 1900 إلى 2999'
		},
		{
			issue: { entry: 'data[0] x', code: 'date-out-of-range', field: 'created', value: '"0001"' },
			en: 'data[0] x: created "0001" is outside the years the app accepts, 1900 to 2999; imported without it',
			ar: 'data[0] x: القيمة "0001" في الحقل created خارج السنوات التي يقبلها التطبيق، من 1900 إلى 2999؛ استُورد من دونها'
		},
		{
			issue: {
				entry: 'models[0] acme-date-a',
				code: 'field-not-a-day',
				field: 'dates.released.value',
				value: '"2025-02-31"'
			},
			en: 'models[0] acme-date-a: dates.released.value "2025-02-31" is not a day that exists',
			ar: 'models[0] acme-date-a: القيمة "2025-02-31" في الحقل dates.released.value ليست يومًا موجودًا'
		}
	];
	for (const c of cases) {
		it(`${c.issue.code}, in both languages`, () => {
			const text = (lang: Lang) =>
				issuePieces(c.issue, lang)
					.map((p) => p.text)
					.join('');
			expect(text('en')).toBe(c.en);
			expect(text('ar')).toBe(c.ar);
		});
	}
});

describe('why a whole file was refused: the app’s own words, never a parser’s', () => {
	const cases: { problem: ImportProblem; en: string; ar: string; detail?: true }[] = [
		{
			problem: { code: 'empty-file' },
			en: 'The file is empty. Nothing was changed.',
			ar: 'الملف فارغ. لم يتغير شيء.'
		},
		{
			problem: { code: 'not-json', line: 12, column: 3 },
			en: 'This file is not JSON: it stops being JSON at line 12, column 3. Nothing was changed.',
			ar: 'هذا الملف ليس بصيغة JSON: يخرج عنها عند السطر 12، العمود 3. لم يتغير شيء.'
		},
		{
			problem: { code: 'cut-off' },
			en: 'This file ends before its JSON does: it may have been cut off while downloading. Nothing was changed.',
			ar: 'ينتهي هذا الملف قبل أن تكتمل صيغة JSON فيه: ربما انقطع تنزيله. لم يتغير شيء.'
		},
		{
			problem: { code: 'web-page' },
			en: 'This file is a web page, not a model list: save the list itself (its JSON). Nothing was changed.',
			ar: 'هذا الملف صفحة ويب، لا قائمة نماذج: احفظ القائمة نفسها (بصيغة JSON). لم يتغير شيء.'
		},
		{
			problem: { code: 'not-a-list', path: '$.models' },
			en: 'In this file, $.models should be a list. Nothing was changed.',
			ar: 'في هذا الملف، ينبغي أن يكون $.models قائمة. لم يتغير شيء.'
		},
		{
			problem: { code: 'version', version: '2' },
			en: 'This Model Chooser export is of version 2; this app reads version 1. Nothing was changed.',
			ar: 'هذا ملف تصدير من مختار النماذج بالإصدار 2، وهذا التطبيق يقرأ الإصدار 1. لم يتغير شيء.'
		},
		{
			// Just over the limit: the size reads larger than the limit, in the same unit.
			problem: { code: 'too-large', bytes: 64_000_126 },
			en: 'This file is 64.0001\u00a0MB; files over 64\u00a0MB are refused. Nothing was changed.',
			ar: 'حجم هذا الملف 64.0001\u00a0ميغابايت؛ وتُرفض الملفات التي تزيد على 64\u00a0ميغابايت. لم يتغير شيء.'
		},
		{
			// 64 MiB and 126 bytes, the size a person tried: 67 MB, not "67 MB against 64".
			problem: { code: 'too-large', bytes: 67_108_990 },
			en: 'This file is 67\u00a0MB; files over 64\u00a0MB are refused. Nothing was changed.',
			ar: 'حجم هذا الملف 67\u00a0ميغابايت؛ وتُرفض الملفات التي تزيد على 64\u00a0ميغابايت. لم يتغير شيء.'
		},
		{
			problem: { code: 'storage', reason: 'failed', detail: 'UnknownError: disk' },
			en: 'The browser could not save this import. Nothing was changed.',
			ar: 'تعذّر على المتصفح حفظ هذا الاستيراد. لم يتغير شيء.',
			detail: true
		}
	];
	for (const c of cases) {
		it(`${c.problem.code}, in both languages`, () => {
			const en = problemText(c.problem, 'en');
			const ar = problemText(c.problem, 'ar');
			expect(plain(en.text)).toBe(c.en);
			expect(plain(ar.text)).toBe(c.ar);
			// The browser's own words only apart, labelled, in the person's language.
			expect(en.detail).toBe(c.detail && 'Technical detail: UnknownError: disk');
			expect(ar.detail && plain(ar.detail)).toBe(
				c.detail && 'التفاصيل التقنية: UnknownError: disk'
			);
		});
	}

	it('says files that are not JSON in its own words, whatever the parser said', () => {
		const files = [
			['', 'The file is empty. Nothing was changed.'],
			['\n  \n', 'The file is empty. Nothing was changed.'],
			['Unexpected', 'This file is not JSON: it stops being JSON at line 1, column 1.'],
			['{\n  "data": [\n    {"id": x}', 'line 3, column 12'],
			['{"data": [', 'cut off while downloading'],
			['<!DOCTYPE html><html>', 'a web page']
		];
		for (const [text, says] of files) {
			const r = readImport(text!, shippedContext('2026-12-03'));
			if (r.ok) throw new Error('accepted');
			const { text: en, detail } = problemText(r.problem, 'en');
			const ar = problemText(r.problem, 'ar').text;
			expect(en, JSON.stringify(text)).toContain(says);
			expect(detail).toBeUndefined();
			for (const words of [en, ar]) expect(words).not.toMatch(/Unexpected|token|position/);
			expect(ar).toMatch(/لم يتغير شيء\.$/);
		}
	});
});
