import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { fill, intl } from './index';
import { formatDate, formatPrice, formatRunsOn, formatUsd } from './format';
import { countText, reasonText } from './reasons';

/** Every key path of a nested dictionary, as `a.b.c`; plural forms count as one message. */
function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || 'other' in value) return [prefix];
	return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('dictionaries', () => {
	it('have the same keys in English and Arabic', () => {
		expect(keys(ar).sort()).toEqual(keys(en).sort());
	});

	it('leave no message empty, and give Arabic plurals every form Arabic uses', () => {
		for (const dictionary of [en, ar]) {
			for (const key of keys(dictionary)) {
				const text = key
					.split('.')
					.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dictionary);
				const forms = typeof text === 'string' ? [text] : Object.values(text as object);
				expect(
					forms.every((f) => typeof f === 'string' && f.trim().length > 0),
					key
				).toBe(true);
			}
		}
		expect(Object.keys(ar.chooser.count).sort()).toEqual(
			['few', 'many', 'one', 'other', 'two', 'zero'].sort()
		);
	});

	it('say a count in each language’s plural form, with Latin digits', () => {
		expect([0, 1, 2, 3, 11, 100].map((n) => countText(n, 'en'))).toEqual([
			'0 options',
			'1 option',
			'2 options',
			'3 options',
			'11 options',
			'100 options'
		]);
		expect([0, 1, 2, 3, 11, 100].map((n) => countText(n, 'ar'))).toEqual([
			'لا خيارات',
			'خيار واحد',
			'خياران',
			'3 خيارات',
			'11 خيارًا',
			'100 خيار'
		]);
	});
});

describe('fill', () => {
	it('puts values in their slots and leaves unknown slots visible', () => {
		expect(fill('{a} and {b}, not {c}', { a: 1, b: 'two' })).toBe('1 and two, not {c}');
	});
});

describe('formatting', () => {
	const cases: { what: string; en: string; ar: string; run: (lang: 'en' | 'ar') => string }[] = [
		{ what: 'whole dollars', run: (l) => formatUsd(20, l), en: 'US$20', ar: '20 دولارًا' },
		{ what: 'a few dollars', run: (l) => formatUsd(10, l), en: 'US$10', ar: '10 دولارات' },
		{ what: 'hundreds of dollars', run: (l) => formatUsd(200, l), en: 'US$200', ar: '200 دولار' },
		{ what: 'cents', run: (l) => formatUsd(0.27, l), en: 'US$0.27', ar: '0.27 دولار' },
		{
			what: 'a free offer',
			run: (l) => formatPrice({ type: 'monthly', usdPerMonth: 0 }, l),
			en: 'Free',
			ar: 'مجاني'
		},
		{
			what: 'the article’s US$20 a month',
			run: (l) => formatPrice({ type: 'monthly', usdPerMonth: 20 }, l),
			en: 'US$20 a month',
			ar: '20 دولارًا شهريًا'
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
			ar: '2.50 دولار للإدخال / 10 دولارات للإخراج لكل مليون رمز'
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

describe('reasons in words', () => {
	const cases: { reason: Parameters<typeof reasonText>[0]; en: string; ar: string }[] = [
		{
			reason: { code: 'over-budget', costUsd: 200, budgetUsd: 20 },
			en: 'Costs US$200 a month, over your budget of US$20',
			ar: 'يكلّف 200 دولار شهريًا، أكثر من ميزانيتك البالغة 20 دولارًا'
		},
		{
			reason: { code: 'gpu-tight', haveGb: 7, minGb: 6, comfortableGb: 8 },
			en: 'Tight on your GPU: 7 GB; it needs 6 GB and is comfortable with 8 GB',
			ar: 'بالكاد يناسب معالج الرسوميات لديك: 7 GB؛ يحتاج إلى 6 GB ويعمل براحة مع 8 GB'
		},
		{ reason: { code: 'needs-gpu' }, en: 'Needs a GPU', ar: 'يحتاج إلى معالج رسوميات' },
		{
			reason: { code: 'needs-gpu', minGb: 6 },
			en: 'Needs a GPU with 6 GB of memory',
			ar: 'يحتاج إلى معالج رسوميات بذاكرة 6 GB'
		},
		{
			reason: {
				code: 'per-use-price',
				costUsd: 6.25,
				usage: 1,
				inputPerMTok: 2.5,
				outputPerMTok: 10
			},
			en: 'About US$6.25 a month at 1 million tokens (US$2.50 in, US$10 out per million)',
			ar: 'نحو 6.25 دولار شهريًا عند 1 مليون رمز (2.50 دولار للإدخال، 10 دولارات للإخراج لكل مليون)'
		},
		{ reason: { code: 'planned' }, en: 'Planned; no date announced', ar: 'مخطط له؛ لم يُعلن موعد' },
		{
			reason: {
				code: 'versus-subscription',
				usage: 5,
				costUsd: 31.25,
				offer: { en: 'GPT-4o via the OpenAI API', ar: 'GPT-4o عبر واجهة OpenAI البرمجية' },
				subscription: { en: 'ChatGPT Plus', ar: 'ChatGPT Plus' },
				subscriptionUsd: 20,
				breakEvenUsage: 3.2
			},
			en: 'At 5 million tokens a month, GPT-4o via the OpenAI API costs US$31 vs ChatGPT Plus at US$20; below 3.2 million tokens a month it is the cheaper one',
			ar: 'عند 5 مليون رمز شهريًا يكلّف GPT-4o عبر واجهة OpenAI البرمجية 31 دولارًا مقابل ChatGPT Plus بسعر 20 دولارًا؛ ويكون الأرخص تحت 3.2 مليون رمز شهريًا'
		}
	];
	for (const c of cases) {
		it(c.reason.code, () => {
			expect(reasonText(c.reason, 'en')).toBe(c.en);
			expect(reasonText(c.reason, 'ar')).toBe(c.ar);
		});
	}
});

describe('intl', () => {
	it('makes a formatter once for each language and options, and formats like a new one', () => {
		const a = intl('NumberFormat', 'ar', { maximumFractionDigits: 1 });
		expect(intl('NumberFormat', 'ar', { maximumFractionDigits: 1 })).toBe(a);
		expect(intl('NumberFormat', 'en', { maximumFractionDigits: 1 })).not.toBe(a);
		expect(intl('NumberFormat', 'ar', { maximumFractionDigits: 2 })).not.toBe(a);
		expect(a.format(1234.56)).toBe(
			new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 1 }).format(1234.56)
		);
		expect(intl('PluralRules', 'ar').select(2)).toBe('two');
	});
});
