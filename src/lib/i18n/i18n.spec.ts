import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { fill } from './index';
import { formatDate, formatPrice, formatRunsOn, formatUsd } from './format';

/** Every key path of a nested dictionary, as `a.b.c`. */
function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('dictionaries', () => {
	it('have the same keys in English and Arabic', () => {
		expect(keys(ar).sort()).toEqual(keys(en).sort());
	});

	it('leave no Arabic message empty or in English words', () => {
		for (const key of keys(ar)) {
			const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ar);
			expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
		}
	});
});

describe('fill', () => {
	it('puts values in their slots and leaves unknown slots visible', () => {
		expect(fill('{a} and {b}, not {c}', { a: 1, b: 'two' })).toBe('1 and two, not {c}');
	});
});

describe('formatting', () => {
	const cases: { what: string; en: string; ar: string; run: (lang: 'en' | 'ar') => string }[] = [
		{ what: 'whole dollars', run: (l) => formatUsd(20, l), en: 'US$20', ar: '20 دولار' },
		{ what: 'cents', run: (l) => formatUsd(0.27, l), en: 'US$0.27', ar: '0.27 دولار' },
		{
			what: 'a free offer',
			run: (l) => formatPrice({ type: 'monthly', usdPerMonth: 0 }, l),
			en: 'Free',
			ar: 'مجاني'
		},
		{
			what: 'a subscription',
			run: (l) => formatPrice({ type: 'monthly', usdPerMonth: 200 }, l),
			en: 'US$200 a month',
			ar: '200 دولار شهريًا'
		},
		{
			what: 'a per-use price',
			run: (l) => formatPrice({ type: 'per-use', inputPerMTok: 2.5, outputPerMTok: 10 }, l),
			en: 'US$2.50 in / US$10 out per million tokens',
			ar: '2.50 دولار للإدخال / 10 دولار للإخراج لكل مليون رمز'
		},
		{
			what: 'an unknown price',
			run: (l) => formatPrice({ type: 'unknown' }, l),
			en: 'Price not announced',
			ar: 'السعر غير معلن'
		},
		{
			what: 'a GPU range',
			run: (l) => formatRunsOn({ place: 'gpu', minGb: 6, comfortableGb: 8 }, l),
			en: 'GPU, 6–8 GB',
			ar: 'معالج رسوميات، 6–8 GB'
		},
		{
			what: 'a GPU of unknown memory',
			run: (l) => formatRunsOn({ place: 'gpu' }, l),
			en: 'GPU, memory not known',
			ar: 'معالج رسوميات، الذاكرة غير معروفة'
		},
		{
			what: 'a day',
			run: (l) => formatDate({ precision: 'day', value: '2023-03-14' }, l),
			en: 'March 14, 2023',
			ar: '14 مارس 2023'
		},
		{
			what: 'a month',
			run: (l) => formatDate({ precision: 'month', value: '2024-11' }, l),
			en: 'November 2024',
			ar: 'نوفمبر 2024'
		},
		{
			what: 'an approximate date',
			run: (l) =>
				formatDate(
					{
						precision: 'approximate',
						value: '2025-11',
						label: { en: 'late 2025', ar: 'أواخر عام 2025' }
					},
					l
				),
			en: 'late 2025',
			ar: 'أواخر عام 2025'
		}
	];
	for (const c of cases) {
		it(`${c.what}, in both languages with Latin digits`, () => {
			expect(c.run('en')).toBe(c.en);
			expect(c.run('ar')).toBe(c.ar);
		});
	}
});
