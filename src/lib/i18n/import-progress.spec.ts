/** Where a read of a file is, said in both languages, and the progress bar's figures. */
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '$lib/import/protocol';
import { progressText, progressValue } from './import-texts';

const cases: { progress: ImportProgress; en: string; ar: string; bar: object }[] = [
	{
		progress: { stage: 'reading', read: 2_500_000, total: 60_000_000 },
		en: 'Reading the file: 2.5\u00a0MB of 60\u00a0MB…',
		ar: 'جارٍ قراءة الملف: 2.5\u00a0ميغابايت من 60\u00a0ميغابايت…',
		bar: { value: 2_500_000, max: 60_000_000 }
	},
	{
		progress: { stage: 'parsing' },
		en: 'Reading the file’s JSON…',
		ar: 'جارٍ تحليل بنية JSON في الملف…',
		bar: {}
	},
	{
		progress: { stage: 'checking' },
		en: 'Checking the entries…',
		ar: 'جارٍ فحص الإدخالات…',
		bar: {}
	},
	{
		progress: { stage: 'checking', done: 2500, total: 30_000 },
		en: 'Checking the entries: 2,500 of 30,000…',
		ar: 'جارٍ فحص الإدخالات: 2,500 من 30,000…',
		bar: { value: 2500, max: 30_000 }
	}
];

describe('the progress of a read, in words', () => {
	for (const c of cases) {
		it(`${c.progress.stage} ${JSON.stringify(c.progress)}`, () => {
			expect(progressText(c.progress, 'en')).toBe(c.en);
			expect(progressText(c.progress, 'ar')).toBe(c.ar);
			expect(progressValue(c.progress)).toEqual(c.bar);
		});
	}
});
