import { describe, expect, it } from 'vitest';
import type { Fee, Offer } from '$lib/domain/catalogue';
import type { PickLine, Reason } from '$lib/domain/answer';
import {
	formatBillions,
	formatBytes,
	formatFee,
	formatMonthlyCost,
	formatOfferStatus,
	formatParameters,
	formatPrice,
	formatRate,
	formatUsd
} from './format';
import { pickLineText, reasonText } from './reasons';
import type { Lang } from '$lib/domain/lang';

/** Arabic isolates Latin pieces (U+2066…U+2069); a reader sees none of them. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

type Case = { what: string; run: (lang: Lang) => string; en: string; ar: string };
const check = (cases: Case[]) => {
	for (const c of cases) {
		it(`${c.what}, in both languages`, () => {
			expect(plain(c.run('en'))).toBe(c.en);
			expect(plain(c.run('ar'))).toBe(c.ar);
		});
	}
};

const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
const REASONING: Fee = { kind: 'reasoning', usd: 3, unit: 'mtok' };

describe('costs under a cent, and never "US$-0"', () => {
	check([
		{ what: 'nothing', run: (l) => formatUsd(0, l), en: 'US$0', ar: '0\u00a0دولار' },
		{ what: '-0', run: (l) => formatUsd(-0, l), en: 'US$0', ar: '0\u00a0دولار' },
		{
			what: 'a rounding below zero',
			run: (l) => formatUsd(-0.001, l),
			en: 'US$0',
			ar: '0\u00a0دولار'
		},
		{
			what: 'a fraction of a cent',
			run: (l) => formatUsd(0.004, l),
			en: 'under US$0.01',
			ar: 'أقل من 0.01\u00a0دولار'
		},
		{
			what: 'just under a cent',
			run: (l) => formatUsd(0.0099, l),
			en: 'under US$0.01',
			ar: 'أقل من 0.01\u00a0دولار'
		},
		{ what: 'a cent', run: (l) => formatUsd(0.01, l), en: 'US$0.01', ar: '0.01\u00a0دولار' },
		{ what: 'half up', run: (l) => formatUsd(0.685, l), en: 'US$0.69', ar: '0.69\u00a0دولار' },
		{ what: 'whole from 10', run: (l) => formatUsd(13.7, l), en: 'US$14', ar: '14\u00a0دولارًا' },
		{
			what: 'a month under a cent',
			run: (l) => formatMonthlyCost(0.0005, l),
			en: 'under US$0.01 a month',
			ar: 'أقل من 0.01\u00a0دولار شهريًا'
		},
		{ what: 'a month of -0', run: (l) => formatMonthlyCost(-0, l), en: 'Free', ar: 'مجاني' },
		{
			what: 'a price of -0',
			run: (l) => formatPrice({ type: 'per-use', inputPerMTok: -0, outputPerMTok: 0.3 }, l),
			en: 'US$0 in / US$0.30 out per million tokens',
			ar: '0\u00a0دولار للإدخال / 0.30\u00a0دولار للإخراج لكل مليون رمز'
		},
		{
			what: 'nothing in and nothing out (the -0 case)',
			run: (l) => formatPrice({ type: 'per-use', inputPerMTok: -0, outputPerMTok: 0 }, l),
			en: 'Free',
			ar: 'مجاني'
		},
		{
			what: 'free tokens and a fee',
			run: (l) =>
				formatPrice(
					{
						type: 'per-use',
						inputPerMTok: 0,
						outputPerMTok: 0,
						fees: [{ kind: 'search', usd: 0.005, unit: 'each' }]
					},
					l
				),
			en: 'Free, plus US$0.005 a search — partly known',
			ar: 'مجاني، إضافة إلى 0.005\u00a0دولار لكل بحث — معروف جزئيًا'
		}
	]);
});

describe('unit prices, exactly', () => {
	check([
		{
			what: 'a fee of half a cent',
			run: (l) => formatRate(0.005, l),
			en: 'US$0.005',
			ar: '0.005\u00a0دولار'
		},
		{ what: 'cents', run: (l) => formatRate(2.19, l), en: 'US$2.19', ar: '2.19\u00a0دولار' },
		{ what: 'tenths', run: (l) => formatRate(1.1, l), en: 'US$1.10', ar: '1.10\u00a0دولار' },
		{
			what: 'fractions of a cent',
			run: (l) => formatRate(0.075, l),
			en: 'US$0.075',
			ar: '0.075\u00a0دولار'
		},
		{ what: 'whole', run: (l) => formatRate(60, l), en: 'US$60', ar: '60\u00a0دولارًا' },
		{ what: '-0', run: (l) => formatRate(-0, l), en: 'US$0', ar: '0\u00a0دولار' }
	]);
});

describe('fees beyond tokens', () => {
	const fee = (kind: Fee['kind'], usd: number, unit: Fee['unit'], aboveTokens?: number): Fee => ({
		kind,
		usd,
		unit,
		...(aboveTokens !== undefined && { aboveTokens })
	});
	check([
		{
			what: 'a request',
			run: (l) => formatFee(fee('request', 0.01, 'each'), l),
			en: 'US$0.01 a request',
			ar: '0.01\u00a0دولار لكل طلب'
		},
		{
			what: 'a search',
			run: (l) => formatFee(SEARCH, l),
			en: 'US$0.005 a search',
			ar: '0.005\u00a0دولار لكل بحث'
		},
		{
			what: 'an image',
			run: (l) => formatFee(fee('image-output', 0.04, 'each'), l),
			en: 'US$0.04 an image',
			ar: '0.04\u00a0دولار لكل صورة'
		},
		{
			what: 'image tokens',
			run: (l) => formatFee(fee('image-output', 30, 'mtok'), l),
			en: 'US$30 per million image tokens',
			ar: '30\u00a0دولارًا لكل مليون رمز من رموز الصور'
		},
		{
			what: 'audio tokens',
			run: (l) => formatFee(fee('audio-output', 80, 'mtok'), l),
			en: 'US$80 per million audio tokens',
			ar: '80\u00a0دولارًا لكل مليون رمز صوتي'
		},
		{
			what: 'reasoning tokens',
			run: (l) => formatFee(REASONING, l),
			en: 'reasoning tokens US$3 per million',
			ar: 'رموز التفكير 3\u00a0دولارات لكل مليون'
		},
		{
			what: 'a long context, in',
			run: (l) => formatFee(fee('long-context-input', 6, 'mtok', 200_000), l),
			en: 'prompts over 200,000 tokens: US$6 in per million, instead of the usual price',
			ar: 'الطلبات التي تتجاوز 200,000 رمز: 6\u00a0دولارات للإدخال لكل مليون بدل السعر المعتاد'
		},
		{
			what: 'a long context, out',
			run: (l) => formatFee(fee('long-context-output', 22.5, 'mtok', 128_000), l),
			en: 'prompts over 128,000 tokens: US$22.50 out per million, instead of the usual price',
			ar: 'الطلبات التي تتجاوز 128,000 رمز: 22.50\u00a0دولار للإخراج لكل مليون بدل السعر المعتاد'
		},
		{
			what: 'a long context of no stated size',
			run: (l) => formatFee(fee('long-context-input', 6, 'mtok'), l),
			en: 'long prompts: US$6 in per million, instead of the usual price',
			ar: 'الطلبات الطويلة: 6\u00a0دولارات للإدخال لكل مليون بدل السعر المعتاد'
		},
		{
			// PRODUCT.md §10's case: US$2 / US$8, a search fee and a reasoning price.
			what: 'a partly known price',
			run: (l) =>
				formatPrice(
					{ type: 'per-use', inputPerMTok: 2, outputPerMTok: 8, fees: [SEARCH, REASONING] },
					l
				),
			en: 'US$2 in / US$8 out per million tokens, plus US$0.005 a search and reasoning tokens US$3 per million — partly known',
			ar: '2\u00a0دولار للإدخال / 8\u00a0دولارات للإخراج لكل مليون رمز، إضافة إلى 0.005\u00a0دولار لكل بحث ورموز التفكير 3\u00a0دولارات لكل مليون — معروف جزئيًا'
		},
		{
			what: 'a month at least, plus fees',
			run: (l) => formatMonthlyCost(2, l, undefined, [SEARCH]),
			en: 'at least US$2 a month, plus US$0.005 a search',
			ar: '2\u00a0دولار شهريًا على الأقل، إضافة إلى 0.005\u00a0دولار لكل بحث'
		},
		{
			what: 'tokens under a cent, plus fees',
			run: (l) => formatMonthlyCost(0.002, l, undefined, [SEARCH]),
			en: 'under US$0.01 a month of tokens, plus US$0.005 a search',
			ar: 'أقل من 0.01\u00a0دولار شهريًا للرموز، إضافة إلى 0.005\u00a0دولار لكل بحث'
		}
	]);
});

describe('an offer’s status with its labels', () => {
	const offer = (over: Partial<Offer>): Pick<Offer, 'status' | 'preview' | 'retires' | 'list'> => ({
		status: 'released',
		...over
	});
	check([
		{
			what: 'released',
			run: (l) => formatOfferStatus(offer({}), l, '2026-01-01'),
			en: 'Released',
			ar: 'صادر'
		},
		{
			what: 'a preview',
			run: (l) => formatOfferStatus(offer({ preview: true }), l, '2026-01-01'),
			en: 'Released · Preview',
			ar: 'صادر · معاينة'
		},
		{
			what: 'a retirement day ahead',
			run: (l) =>
				formatOfferStatus(
					offer({ preview: true, retires: { precision: 'day', value: '2026-06-30' } }),
					l,
					'2026-01-01'
				),
			en: 'Released · Preview · Retires June 30, 2026',
			ar: 'صادر · معاينة · يتوقف العمل به في 30 يونيو 2026'
		},
		{
			what: 'a retirement month ahead, at its precision',
			run: (l) =>
				formatOfferStatus(
					offer({ retires: { precision: 'month', value: '2026-06' } }),
					l,
					'2026-06-15'
				),
			en: 'Released · Retires June 2026',
			ar: 'صادر · يتوقف العمل به في يونيو 2026'
		},
		{
			what: 'a retirement past: legacy, as today',
			run: (l) =>
				formatOfferStatus(
					offer({ status: 'legacy', retires: { precision: 'day', value: '2025-06-30' } }),
					l,
					'2026-01-01'
				),
			en: 'Legacy',
			ar: 'قديم'
		},
		{
			what: 'legacy, as a newer copy of its list no longer had it',
			run: (l) =>
				formatOfferStatus(
					offer({
						status: 'legacy',
						list: { name: 'openrouter', asOf: '2026-10-20', unlisted: '2026-12-07' }
					}),
					l,
					'2026-12-07'
				),
			en: 'Legacy · No longer in the OpenRouter list of December 7, 2026',
			ar: 'قديم · لم يعد في قائمة OpenRouter بتاريخ 7 ديسمبر 2026'
		},
		{
			what: 'legacy as its list itself says: no more',
			run: (l) =>
				formatOfferStatus(
					offer({ status: 'legacy', list: { name: 'models-dev', asOf: '2026-12-06' } }),
					l,
					'2026-12-07'
				),
			en: 'Legacy',
			ar: 'قديم'
		}
	]);
});

describe('the chooser’s new words', () => {
	const reason =
		(r: Reason): ((lang: Lang) => string) =>
		(l) =>
			reasonText(r, l);
	const line =
		(p: PickLine): ((lang: Lang) => string) =>
		(l) =>
			pickLineText(p, l);
	check([
		{
			what: 'openness not stated, required',
			run: reason({ code: 'openness-unknown' }),
			en: 'Whether its weights are open is not stated, and you asked for open weights',
			ar: 'لم يُذكر إن كانت أوزانه مفتوحة، وقد طلبت أوزانًا مفتوحة'
		},
		{
			what: 'openness not stated, preferred',
			run: reason({ code: 'unknown-after-open' }),
			en: 'Openness not stated: ranked after the open ones, as you prefer',
			ar: 'الانفتاح غير مذكور: رُتّب بعد المفتوحة كما تفضّل'
		},
		{
			what: 'a per-use cost with fees',
			run: reason({
				code: 'per-use-price',
				costUsd: 2,
				usage: 0.4,
				inputPerMTok: 2,
				outputPerMTok: 8,
				fees: [SEARCH]
			}),
			en: 'At least US$2 a month at 0.4 million tokens: half in at US$2, half out at US$8 per million, plus US$0.005 a search',
			ar: '2\u00a0دولار شهريًا على الأقل عند 0.4 مليون رمز: النصف إدخالًا بسعر 2\u00a0دولار والنصف إخراجًا بسعر 8\u00a0دولارات لكل مليون، إضافة إلى 0.005\u00a0دولار لكل بحث'
		},
		{
			what: 'a per-use cost under a cent',
			run: reason({
				code: 'per-use-price',
				costUsd: 0.0035,
				usage: 0.1,
				inputPerMTok: 0.02,
				outputPerMTok: 0.05
			}),
			en: 'Under US$0.01 a month at 0.1 million tokens: half in at US$0.02, half out at US$0.05 per million',
			ar: 'أقل من 0.01\u00a0دولار شهريًا عند 0.1 مليون رمز: النصف إدخالًا بسعر 0.02\u00a0دولار والنصف إخراجًا بسعر 0.05\u00a0دولار لكل مليون'
		},
		{
			what: 'a per-use cost under a cent, with fees',
			run: reason({
				code: 'per-use-price',
				costUsd: 0.0035,
				usage: 0.1,
				inputPerMTok: 0.02,
				outputPerMTok: 0.05,
				fees: [SEARCH]
			}),
			en: 'Under US$0.01 a month of tokens at 0.1 million tokens: half in at US$0.02, half out at US$0.05 per million, plus US$0.005 a search',
			ar: 'أقل من 0.01\u00a0دولار شهريًا للرموز عند 0.1 مليون رمز: النصف إدخالًا بسعر 0.02\u00a0دولار والنصف إخراجًا بسعر 0.05\u00a0دولار لكل مليون، إضافة إلى 0.005\u00a0دولار لكل بحث'
		},
		{
			// The case: never "Within your budget of US$2".
			what: 'fees not counted against a budget',
			run: reason({ code: 'fees-not-counted', costUsd: 2, budgetUsd: 2 }),
			en: 'Its tokens come to US$2 of your budget of US$2; its other fees are not counted, so it may cost more',
			ar: 'تبلغ رموزه 2\u00a0دولار من ميزانيتك البالغة 2\u00a0دولار؛ ولا تُحسب رسومه الأخرى، فقد يكلّف أكثر'
		},
		{
			// Its tokens alone are over: the fees can only add to it.
			what: 'a partly known price over a budget',
			run: reason({ code: 'over-budget', costUsd: 5, budgetUsd: 2, partly: true }),
			en: 'Costs at least US$5 a month, plus fees, over your budget of US$2',
			ar: 'يكلّف 5\u00a0دولارات شهريًا على الأقل، مع رسوم أخرى، أكثر من ميزانيتك البالغة 2\u00a0دولار'
		},
		{
			what: 'a break-even cost under a cent',
			run: reason({
				code: 'versus-subscription',
				usage: 0.1,
				costUsd: 0.004,
				offer: { en: 'Tiny API', ar: 'Tiny API' },
				subscription: { en: 'Plus', ar: 'Plus' },
				subscriptionUsd: 20,
				breakEvenUsage: 500
			}),
			en: 'At 0.1 million tokens a month, Tiny API costs under US$0.01 vs Plus at US$20; below 500 million tokens a month it is the cheaper one',
			ar: 'عند 0.1 مليون رمز شهريًا يكلّف Tiny API أقل من 0.01\u00a0دولار مقابل Plus بسعر 20\u00a0دولارًا؛ ويكون الأرخص تحت 500 مليون رمز شهريًا'
		},
		{
			what: 'the API pick of partly known price',
			run: line({ code: 'cheapest-api-fees', usage: 1, fees: [SEARCH] }),
			en: 'The cheapest tokens at 1 million tokens a month, as no API of fully known price fits; it also charges US$0.005 a search',
			ar: 'أرخص رموز عند 1 مليون رمز شهريًا، إذ لا تناسبك واجهة برمجية سعرها معروف كاملًا؛ ويتقاضى أيضًا 0.005\u00a0دولار لكل بحث'
		},
		{
			what: 'a highest-rated API under a cent',
			run: line({
				code: 'highest-rated-api',
				offer: { en: 'Rated', ar: 'Rated' },
				costUsd: 0.001,
				score: 1300
			}),
			en: 'Highest rated: Rated, under US$0.01 a month (Chatbot\u00a0Arena\u00a01300)',
			ar: 'الأعلى تقييمًا: Rated، أقل من 0.01\u00a0دولار شهريًا (Chatbot\u00a0Arena\u00a01300)'
		}
	]);
});

describe('formatBillions and formatParameters: the number agrees with its noun in Arabic', () => {
	it.each([
		[8, 'en', '8B'],
		[8, 'ar', '8 مليارات'],
		[3, 'ar', '3 مليارات'],
		[10, 'ar', '10 مليارات'],
		[2, 'ar', '2 مليار'],
		[23.6, 'ar', '23.6 مليار'],
		[70, 'ar', '70 مليار'],
		[7.6, 'ar', '7.6 مليار']
	] as const)('%s in %s is %s', (billions, lang, text) => {
		expect(formatBillions(billions, lang)).toBe(text);
	});

	it('agrees each count of a mixture of experts on its own', () => {
		expect(formatParameters({ totalB: 235, activeB: 22 }, 'ar')).toBe(
			'235 مليار (منها 22 مليار نشطة)'
		);
		expect(formatParameters({ totalB: 30, activeB: 3 }, 'ar')).toBe(
			'30 مليار (منها 3 مليارات نشطة)'
		);
		expect(formatParameters({ totalB: 30, activeB: 3 }, 'en')).toBe('30B (3B active)');
	});
});

describe('formatBytes against a limit: the figure reads larger than the limit', () => {
	it('adds decimals only as far as it takes, down to the byte', () => {
		expect(formatBytes(64_000_001, 'en', 64_000_000)).toBe('64.000001\u00a0MB');
		expect(formatBytes(64_000_126, 'en', 64_000_000)).toBe('64.0001\u00a0MB');
		expect(formatBytes(64_900_000, 'en', 64_000_000)).toBe('65\u00a0MB');
		expect(formatBytes(90_000_000, 'ar', 64_000_000)).toBe('90\u00a0ميغابايت');
		// A limit at or above the figure changes nothing.
		expect(formatBytes(1_234_567, 'en', 2_000_000)).toBe('1.2\u00a0MB');
	});
});

describe('formatBytes: a unit word agrees with its count, 0 included', () => {
	const sizes: [bytes: number, en: string, ar: string][] = [
		[0, '0 bytes', '0 بايت'],
		[1, '1 byte', '1 بايت'],
		[2, '2 bytes', '2 بايت'],
		[999, '999 bytes', '999 بايت'],
		[1000, '1 kB', '1 كيلوبايت'],
		[1_234_567, '1.2 MB', '1.2 ميغابايت']
	];
	const nbsp = (text: string) => text.replace(' ', '\u00a0');
	check(
		sizes.map(([bytes, en, ar]) => ({
			what: `${bytes} bytes`,
			run: (l: Lang) => formatBytes(bytes, l),
			en: nbsp(en),
			ar: nbsp(ar)
		}))
	);
});
