import { describe, expect, it } from 'vitest';
import { ar as arCore } from './ar';
import { arCompare } from './ar-compare';
import { arPages } from './ar-pages';
import { enCompare } from './en-compare';
import { defaultInputs, DEVICES, PURPOSES, type Device } from '$lib/domain/inputs';
import { memoryNeedGb, usableGb } from '$lib/domain/memory';
import { FAILURE_CODES, PICK_KINDS, type Option, type PickLine } from '$lib/domain/answer';
import { dictionaries, fill, intl, LANGS, messageParts } from './index';
import {
	formatBytes,
	formatDate,
	formatPrice,
	formatRunsOn,
	formatUsd,
	pluralText
} from './format';
import {
	countText,
	deviceName,
	gbText,
	inputsSummary,
	pickLineText,
	purposeName,
	ratingText,
	reasonText,
	relaxationText
} from './reasons';
import { emptyWords } from './empty-words';
import type { Lang } from '$lib/domain/lang';

// Every Arabic word: the chooser's core and the other pages' (a chunk of their own).
const ar = { ...arCore, ...arPages };

describe('dictionaries', () => {
	// The same keys and slots in both, none empty: dictionaries.spec.ts, for every pair.
	it('give the Arabic count of options every plural form Arabic uses', () => {
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

	it('name a guessed device inside a sentence, not as the form’s capitalised option', () => {
		for (const device of DEVICES) {
			const sentence = {
				en: dictionaries.en.chooser.suggestion[device],
				ar: ar.chooser.suggestion[device]
			};
			// "This looks like a Phone." read the option's label into the sentence.
			expect(sentence.en, device).toMatch(/^This looks like a [a-z][a-z ]+\.$/);
			expect(sentence.en, device).not.toContain(deviceName(device, 'en'));
			// Arabic has no capitals: the option's words stand in the sentence as they are.
			expect(sentence.ar, device).toBe(`يبدو أن جهازك ${deviceName(device, 'ar')}.`);
		}
	});
});

describe('fill', () => {
	it('puts values in their slots and leaves unknown slots visible', () => {
		expect(fill('{a} and {b}, not {c}', { a: '1', b: 'two' })).toBe('1 and two, not {c}');
	});
});

describe('messageParts', () => {
	it('cuts a message at its slots, in order, leaving out empty texts', () => {
		expect(messageParts('{score} ({entry}، {date})')).toEqual([
			{ slot: 'score' },
			{ text: ' (' },
			{ slot: 'entry' },
			{ text: '، ' },
			{ slot: 'date' },
			{ text: ')' }
		]);
		expect(messageParts('No slot.')).toEqual([{ text: 'No slot.' }]);
		expect(messageParts('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
	});

	it('gives back every arena cell’s words, filled as fill fills them', () => {
		for (const pages of [enCompare, arCompare]) {
			const message = pages.compare.arenaCell;
			const values: Record<string, string> = { score: '1', entry: 'E', date: 'D' };
			const joined = messageParts(message)
				.map((p) => ('slot' in p ? values[p.slot] : p.text))
				.join('');
			expect(joined).toBe(fill(message, values));
		}
	});
});

describe('formatting', () => {
	const cases: { what: string; en: string; ar: string; run: (lang: Lang) => string }[] = [
		{ what: 'whole dollars', run: (l) => formatUsd(20, l), en: 'US$20', ar: '20\u00a0دولارًا' },
		{ what: 'a few dollars', run: (l) => formatUsd(10, l), en: 'US$10', ar: '10\u00a0دولارات' },
		{
			what: 'hundreds of dollars',
			run: (l) => formatUsd(200, l),
			en: 'US$200',
			ar: '200\u00a0دولار'
		},
		{ what: 'cents', run: (l) => formatUsd(0.27, l), en: 'US$0.27', ar: '0.27\u00a0دولار' },
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
			ar: '20\u00a0دولارًا شهريًا'
		},
		{
			what: 'a subscription',
			run: (l) => formatPrice({ type: 'monthly', usdPerMonth: 200 }, l),
			en: 'US$200 a month',
			ar: '200\u00a0دولار شهريًا'
		},
		{
			what: 'a per-use price',
			run: (l) => formatPrice({ type: 'per-use', inputPerMTok: 2.5, outputPerMTok: 10 }, l),
			en: 'US$2.50 in / US$10 out per million tokens',
			ar: '2.50\u00a0دولار للإدخال / 10\u00a0دولارات للإخراج لكل مليون رمز'
		},
		{
			what: 'an unknown price',
			run: (l) => formatPrice({ type: 'unknown' }, l),
			en: 'Price not announced',
			ar: 'السعر غير معلن'
		},
		{
			// The range never parts at its dash (word joiners) and, in Arabic, never reads "8–6":
			// it is isolated left to right (LRI … PDI), its unit after it.
			what: 'a GPU range',
			run: (l) => formatRunsOn({ place: 'gpu', minGb: 6, comfortableGb: 8 }, l),
			en: 'Graphics card, 6\u2060–\u20608\u00a0GB',
			ar: 'بطاقة رسوميات، \u20666\u2060–\u20608\u2069\u00a0غيغابايت'
		},
		{
			what: 'a GPU of unknown memory',
			run: (l) => formatRunsOn({ place: 'gpu' }, l),
			en: 'Graphics card, memory not known',
			ar: 'بطاقة رسوميات، الذاكرة غير معروفة'
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

/** Arabic text isolates Latin pieces with numbers (U+2066…U+2069); a reader sees none of them. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

// The needs PRODUCT.md §9 gives: DeepSeek-R1-Distill-Qwen-7B, Mistral Small 3, GPT-2, DeepSeek R1.
const NEED_7B = memoryNeedGb(7.615616512);
const NEED_24B = memoryNeedGb(23.6);
const NEED_GPT2 = memoryNeedGb(1.558);
const NEED_671B = memoryNeedGb(671);

/** A memory judgment with the usable memory worked out as the domain does. */
const judged = <C extends 'memory-fits' | 'memory-tight' | 'memory-short'>(
	code: C,
	device: Device,
	needGb: number,
	memoryGb: number
) => ({ code, device, needGb, memoryGb, usableGb: usableGb(device, memoryGb) });

/** "ChatGPT Free" and the other names the reasons carry, in both languages. */
const names = {
	free: { en: 'ChatGPT Free', ar: 'ChatGPT المجاني' },
	plus: { en: 'ChatGPT Plus', ar: 'ChatGPT Plus' },
	pro: { en: 'ChatGPT Pro', ar: 'ChatGPT Pro' },
	r1: { en: 'DeepSeek API (R1 reasoning)', ar: 'واجهة DeepSeek البرمجية (R1 للاستدلال)' }
};

// Arabic joins a memory judgment and what follows it with a separator; which one is the
// dictionary's business, so these cases accept any of ";", "؛" or "،".
const SEP = '[;؛،]';

describe('reasons in words', () => {
	const cases: {
		what?: string;
		reason: Parameters<typeof reasonText>[0];
		en: string;
		ar: string | RegExp;
	}[] = [
		{
			reason: { code: 'over-budget', costUsd: 200, budgetUsd: 20 },
			en: 'Costs US$200 a month, over your budget of US$20',
			ar: 'يكلّف 200\u00a0دولار شهريًا، أكثر من ميزانيتك البالغة 20\u00a0دولارًا'
		},
		{
			reason: { code: 'within-budget', costUsd: 20, budgetUsd: 20 },
			en: 'Within your budget of US$20',
			ar: 'ضمن ميزانيتك البالغة 20\u00a0دولارًا'
		},
		{ reason: { code: 'price-unknown' }, en: 'Price not announced', ar: 'السعر غير معلن' },
		{
			reason: { code: 'closed-weights' },
			en: 'Closed weights, and you asked for open weights',
			ar: 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة'
		},
		{
			reason: { code: 'closed-after-open' },
			en: 'Closed weights: ranked after the open ones, as you prefer',
			ar: 'أوزان مغلقة: رُتّب بعد المفتوحة كما تفضّل'
		},
		{
			reason: { code: 'runs-in-cloud' },
			en: 'Runs in the cloud, not on your device',
			ar: 'يعمل في السحابة، لا على جهازك'
		},
		{ reason: { code: 'needs-phone' }, en: 'Needs a phone', ar: 'يحتاج إلى هاتف' },
		{ reason: { code: 'needs-computer' }, en: 'Needs a computer', ar: 'يحتاج إلى حاسوب' },
		{
			reason: { code: 'needs-gpu' },
			en: 'Needs a graphics card',
			ar: 'يحتاج إلى بطاقة رسوميات'
		},
		{
			what: 'needs-gpu, with a need typed on the offer',
			reason: { code: 'needs-gpu', needGb: 6 },
			en: 'Needs a graphics card with about 6\u00a0GB of memory',
			ar: 'يحتاج إلى بطاقة رسوميات بذاكرة نحو 6\u00a0غيغابايت'
		},
		{
			reason: { code: 'needs-memory', needGb: NEED_7B },
			en: 'Needs about 5.4\u00a0GB of memory — choose your device to check',
			ar: 'يحتاج إلى ذاكرة نحو 5.4\u00a0غيغابايت — اختر جهازك للتحقق'
		},
		{
			reason: { code: 'size-unknown' },
			en: 'Its size is not known, so neither is the memory it needs',
			ar: 'حجمه غير معروف، فلا تُعرف الذاكرة التي يحتاجها'
		},
		{
			what: 'memory-fits on a phone',
			reason: { ...judged('memory-fits', 'phone', NEED_7B, 16), eightBit: false },
			en: 'Needs about 5.4\u00a0GB; a phone with 16\u00a0GB leaves about 8\u00a0GB for a model: it fits',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، والهاتف ذو 16\u00a0غيغابايت يترك للنموذج نحو 8\u00a0غيغابايت، وهذا يكفي'
		},
		{
			what: 'memory-tight on a phone',
			reason: judged('memory-tight', 'phone', NEED_7B, 12),
			en: 'Needs about 5.4\u00a0GB; a phone with 12\u00a0GB leaves about 6\u00a0GB for a model: it fits, with little room to spare',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، والهاتف ذو 12\u00a0غيغابايت يترك للنموذج نحو 6\u00a0غيغابايت، وهذا يكفي بالكاد'
		},
		{
			what: 'memory-short on a phone',
			reason: judged('memory-short', 'phone', NEED_7B, 6),
			en: 'Needs about 5.4\u00a0GB; a phone with 6\u00a0GB leaves about 3\u00a0GB for a model: not enough',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، والهاتف ذو 6\u00a0غيغابايت يترك للنموذج نحو 3\u00a0غيغابايت، وهذا لا يكفي'
		},
		{
			what: 'memory-fits on a computer, slower than on a card',
			reason: { ...judged('memory-fits', 'computer', NEED_7B, 16), eightBit: false },
			en: 'Needs about 5.4\u00a0GB; a computer with 16\u00a0GB leaves about 11\u00a0GB for a model: it fits; slower than on a graphics card',
			ar: new RegExp(
				`^يحتاج إلى نحو 5\\.4\u00a0غيغابايت، والحاسوب ذو 16\u00a0غيغابايت يترك للنموذج نحو 11\u00a0غيغابايت، وهذا يكفي${SEP} أبطأ منه على بطاقة رسوميات$`
			)
		},
		{
			what: 'memory-tight on a computer',
			reason: judged('memory-tight', 'computer', NEED_24B, 24),
			en: 'Needs about 16\u00a0GB; a computer with 24\u00a0GB leaves about 16\u00a0GB for a model: it fits, with little room to spare; slower than on a graphics card',
			ar: new RegExp(
				`^يحتاج إلى نحو 16\u00a0غيغابايت، والحاسوب ذو 24\u00a0غيغابايت يترك للنموذج نحو 16\u00a0غيغابايت، وهذا يكفي بالكاد${SEP} أبطأ منه على بطاقة رسوميات$`
			)
		},
		{
			what: 'memory-short on a computer',
			reason: judged('memory-short', 'computer', NEED_7B, 8),
			en: 'Needs about 5.4\u00a0GB; a computer with 8\u00a0GB leaves about 5.3\u00a0GB for a model: not enough',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، والحاسوب ذو 8\u00a0غيغابايت يترك للنموذج نحو 5.3\u00a0غيغابايت، وهذا لا يكفي'
		},
		{
			what: 'memory-fits on a graphics card',
			reason: { ...judged('memory-fits', 'gpu', NEED_7B, 8), eightBit: false },
			en: 'Needs about 5.4\u00a0GB; your graphics card has 8\u00a0GB: it fits',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، وبطاقة رسومياتك ذات 8\u00a0غيغابايت، وهذا يكفي'
		},
		{
			what: 'memory-fits on a graphics card, with room for the 8-bit file',
			reason: { ...judged('memory-fits', 'gpu', NEED_GPT2, 4), eightBit: true },
			en: 'Needs about 1.5\u00a0GB; your graphics card has 4\u00a0GB: it fits; room for the 8-bit file, which is a little better',
			ar: new RegExp(
				`^يحتاج إلى نحو 1\\.5\u00a0غيغابايت، وبطاقة رسومياتك ذات 4\u00a0غيغابايت، وهذا يكفي${SEP} وتتسع لملف 8 بت، وهو أفضل قليلًا$`
			)
		},
		{
			what: 'memory-tight on a graphics card',
			reason: judged('memory-tight', 'gpu', NEED_7B, 6),
			en: 'Needs about 5.4\u00a0GB; your graphics card has 6\u00a0GB: it fits, with little room to spare',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، وبطاقة رسومياتك ذات 6\u00a0غيغابايت، وهذا يكفي بالكاد'
		},
		{
			what: 'memory-short on a graphics card',
			reason: judged('memory-short', 'gpu', NEED_24B, 12),
			en: 'Needs about 16\u00a0GB; your graphics card has 12\u00a0GB: not enough',
			ar: 'يحتاج إلى نحو 16\u00a0غيغابايت، وبطاقة رسومياتك ذات 12\u00a0غيغابايت، وهذا لا يكفي'
		},
		{
			what: 'memory-not-given on a phone',
			reason: { code: 'memory-not-given', device: 'phone', needGb: NEED_7B },
			en: 'Needs about 5.4\u00a0GB; enter your phone’s memory to check',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت؛ أدخل ذاكرة هاتفك للتحقق'
		},
		{
			what: 'memory-not-given on a computer',
			reason: { code: 'memory-not-given', device: 'computer', needGb: NEED_24B },
			en: 'Needs about 16\u00a0GB; enter your computer’s memory to check',
			ar: 'يحتاج إلى نحو 16\u00a0غيغابايت؛ أدخل ذاكرة حاسوبك للتحقق'
		},
		{
			what: 'memory-not-given on a graphics card',
			reason: { code: 'memory-not-given', device: 'gpu', needGb: NEED_7B },
			en: 'Needs about 5.4\u00a0GB; enter your graphics card’s memory to check',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت؛ أدخل ذاكرة بطاقة الرسوميات لديك للتحقق'
		},
		{
			what: 'beyond-any-device: a phone',
			reason: { code: 'beyond-any-device', device: 'phone', needGb: NEED_24B, largestGb: 16 },
			en: 'Needs about 16\u00a0GB; even a phone with 16\u00a0GB leaves only about 8\u00a0GB for a model',
			ar: 'يحتاج إلى نحو 16\u00a0غيغابايت، وحتى الهاتف ذو 16\u00a0غيغابايت لا يترك للنموذج إلا نحو 8\u00a0غيغابايت'
		},
		{
			what: 'beyond-any-device: a computer',
			reason: { code: 'beyond-any-device', device: 'computer', needGb: NEED_671B, largestGb: 512 },
			en: 'Needs about 432\u00a0GB; even a computer with 512\u00a0GB leaves only about 341\u00a0GB for a model',
			ar: 'يحتاج إلى نحو 432\u00a0غيغابايت، وحتى الحاسوب ذو 512\u00a0غيغابايت لا يترك للنموذج إلا نحو 341\u00a0غيغابايت'
		},
		{
			what: 'beyond-any-device: a graphics card',
			reason: { code: 'beyond-any-device', device: 'gpu', needGb: NEED_671B, largestGb: 256 },
			en: 'Needs about 432\u00a0GB: no graphics card has that much memory',
			ar: 'يحتاج إلى نحو 432\u00a0غيغابايت: لا توجد بطاقة رسوميات بهذه الذاكرة'
		},
		{
			what: 'open-weights-in-cloud: an app',
			reason: { code: 'open-weights-in-cloud', kind: 'free-app' },
			en: 'The weights are open, but this app runs them in its maker’s cloud: what you type goes there',
			ar: 'أوزانه مفتوحة، لكن هذا التطبيق يشغّلها في سحابة الشركة المطوِّرة: ما تكتبه يذهب إليها'
		},
		{
			what: 'open-weights-in-cloud: an API',
			reason: { code: 'open-weights-in-cloud', kind: 'api' },
			en: 'The weights are open, but this API runs them on its host’s servers: what you send goes there',
			ar: 'أوزانه مفتوحة، لكن هذه الواجهة البرمجية تشغّلها على خوادم مزوّدها: ما ترسله يذهب إليها'
		},
		{
			what: 'other-purpose: an app',
			reason: { code: 'other-purpose', purpose: 'app' },
			en: 'Not for “Chat in an app or website”',
			ar: 'ليس لغرض «الدردشة في تطبيق أو موقع»'
		},
		{
			what: 'other-purpose: an API',
			reason: { code: 'other-purpose', purpose: 'api' },
			en: 'Not for “Build with an API, pay per use”',
			ar: 'ليس لغرض «البناء بواجهة برمجية، والدفع حسب الاستخدام»'
		},
		{
			what: 'other-purpose: open weights',
			reason: { code: 'other-purpose', purpose: 'self' },
			en: 'Not for “Run open weights myself”',
			ar: 'ليس لغرض «تشغيل أوزان مفتوحة بنفسي»'
		},
		{
			reason: {
				code: 'tier-adds',
				adds: {
					en: 'GPT-4, higher limits and priority access',
					ar: 'GPT-4 وحدود أعلى ووصول ذو أولوية'
				},
				over: names.free
			},
			en: 'Over ChatGPT Free: GPT-4, higher limits and priority access',
			ar: 'مقارنةً مع ChatGPT المجاني: GPT-4 وحدود أعلى ووصول ذو أولوية'
		},
		{
			reason: {
				code: 'per-use-price',
				costUsd: 6.25,
				usage: 1,
				inputPerMTok: 2.5,
				outputPerMTok: 10
			},
			en: 'About US$6.25 a month at 1 million tokens: half in at US$2.50, half out at US$10 per million',
			ar: 'نحو 6.25\u00a0دولار شهريًا عند 1 مليون رمز: النصف إدخالًا بسعر 2.50\u00a0دولار والنصف إخراجًا بسعر 10\u00a0دولارات لكل مليون'
		},
		{
			what: 'per-use-price, at a usage with a decimal',
			reason: {
				code: 'per-use-price',
				costUsd: 1.7125,
				usage: 2.5,
				inputPerMTok: 0.27,
				outputPerMTok: 1.1
			},
			en: 'About US$1.71 a month at 2.5 million tokens: half in at US$0.27, half out at US$1.10 per million',
			ar: 'نحو 1.71\u00a0دولار شهريًا عند 2.5 مليون رمز: النصف إدخالًا بسعر 0.27\u00a0دولار والنصف إخراجًا بسعر 1.10\u00a0دولار لكل مليون'
		},
		{
			what: 'per-use-price, nothing in or out',
			reason: { code: 'per-use-price', costUsd: 0, usage: 1, inputPerMTok: 0, outputPerMTok: -0 },
			en: 'Free at any usage: nothing in or out per million tokens',
			ar: 'مجاني مهما كان الاستخدام: لا شيء للإدخال ولا للإخراج لكل مليون رمز'
		},
		{
			what: 'per-use-price, free tokens and a fee',
			reason: {
				code: 'per-use-price',
				costUsd: 0,
				usage: 1,
				inputPerMTok: 0,
				outputPerMTok: 0,
				fees: [{ kind: 'search', usd: 0.005, unit: 'each' }]
			},
			en: 'Its tokens are free at any usage; it charges US$0.005 a search',
			ar: 'رموزه مجانية مهما كان الاستخدام، لكنه يتقاضى 0.005\u00a0دولار لكل بحث'
		},
		{ reason: { code: 'planned' }, en: 'Planned; no date announced', ar: 'مخطط له؛ لم يُعلن موعد' },
		{
			what: 'planned, with an expected date',
			reason: {
				code: 'planned',
				expected: {
					precision: 'approximate',
					value: '2025-11',
					label: { en: 'late 2025', ar: 'أواخر عام 2025' }
				}
			},
			en: 'Planned, expected late 2025',
			ar: 'مخطط له، متوقع أواخر عام 2025'
		},
		{
			reason: {
				code: 'versus-subscription',
				usage: 5,
				costUsd: 31.25,
				offer: { en: 'GPT-4o via the OpenAI API', ar: 'GPT-4o عبر واجهة OpenAI البرمجية' },
				subscription: names.plus,
				subscriptionUsd: 20,
				breakEvenUsage: 3.2
			},
			en: 'At 5 million tokens a month, GPT-4o via the OpenAI API costs US$31 vs ChatGPT Plus at US$20; below 3.2 million tokens a month it is the cheaper one',
			ar: 'عند 5 ملايين رمز شهريًا يكلّف GPT-\u20604o عبر واجهة OpenAI البرمجية 31\u00a0دولارًا مقابل ChatGPT Plus بسعر 20\u00a0دولارًا؛ ويكون الأرخص تحت 3.2 مليون رمز شهريًا'
		}
	];
	for (const c of cases) {
		it(c.what ?? c.reason.code, () => {
			expect(reasonText(c.reason, 'en')).toBe(c.en);
			const ar = plain(reasonText(c.reason, 'ar'));
			if (typeof c.ar === 'string') expect(ar).toBe(c.ar);
			else expect(ar).toMatch(c.ar);
		});
	}

	it('writes memory one way in Arabic, the word غيغابايت, never parted from its figure', () => {
		for (const c of cases) {
			const ar = reasonText(c.reason, 'ar');
			expect(ar).not.toMatch(/GB|غ\.ب/);
			expect(ar).not.toMatch(/\d[ \u2069]غيغابايت/);
			expect(reasonText(c.reason, 'en')).not.toMatch(/\d[ \u2069]GB/);
		}
		const text = reasonText({ code: 'needs-memory', needGb: NEED_7B }, 'ar');
		expect(text).toContain('نحو 5.4\u00a0غيغابايت');
	});

	it('says every reason in Latin digits in Arabic', () => {
		for (const c of cases) expect(reasonText(c.reason, 'ar')).not.toMatch(/[\u0660-\u0669]/);
	});
});

describe('the inputs in a few words (the folded form)', () => {
	const cases: { link: Partial<ReturnType<typeof defaultInputs>>; en: string; ar: string }[] = [
		{ link: {}, en: 'Any device', ar: 'أي جهاز' },
		{
			link: { device: 'phone', budget: 0, openness: 'required' },
			en: 'Phone · budget US$0 · open weights',
			ar: 'هاتف · الميزانية 0\u00a0دولار · أوزان مفتوحة'
		},
		{
			link: { device: 'gpu', vramGb: 24, purpose: 'self', openness: 'preferred' },
			en: 'Graphics card of 24\u00a0GB · run it myself · open weights preferred',
			ar: 'بطاقة رسوميات بذاكرة 24\u00a0غيغابايت · أشغّله بنفسي · الأوزان المفتوحة مفضّلة'
		},
		{
			link: { localOnly: true, includePlanned: true, usage: 12.5, sort: 'rated' },
			en: 'Any device · on my device only · planned models too · 12.5 million tokens a month',
			ar: 'أي جهاز · على جهازي فقط · مع النماذج المخطط لها · 12.5 مليون رمز شهريًا'
		}
	];
	for (const c of cases) {
		it(`says ${c.en}`, () => {
			const inputs = { ...defaultInputs(), ...c.link };
			expect(inputsSummary(inputs, 'en').join(' · ')).toBe(c.en);
			expect(plain(inputsSummary(inputs, 'ar').join(' · '))).toBe(c.ar);
		});
	}
});

describe('pick lines in words', () => {
	const cases: { what?: string; line: PickLine; en: string; ar: string | RegExp }[] = [
		{
			line: { code: 'best-rated-free-app', score: 1377 },
			en: 'The highest-rated free app (Chatbot\u00a0Arena\u00a01377)',
			ar: 'التطبيق المجاني الأعلى تقييمًا (Chatbot\u00a0Arena\u00a01377)'
		},
		{
			line: { code: 'only-free-app' },
			en: 'The free app that fits your choices',
			ar: 'التطبيق المجاني الذي يناسب اختياراتك'
		},
		{
			line: { code: 'best-rated-subscription', score: 1377, withinBudget: false },
			en: 'The highest-rated subscription (Chatbot\u00a0Arena\u00a01377)',
			ar: 'الاشتراك الأعلى تقييمًا (Chatbot\u00a0Arena\u00a01377)'
		},
		{
			what: 'best-rated-subscription, within a budget',
			line: { code: 'best-rated-subscription', score: 1377, withinBudget: true },
			en: 'The highest-rated subscription within your budget (Chatbot\u00a0Arena\u00a01377)',
			ar: 'الاشتراك الأعلى تقييمًا ضمن ميزانيتك (Chatbot\u00a0Arena\u00a01377)'
		},
		{
			line: { code: 'lower-tier-enough' },
			en: 'The lower tier is enough for most use',
			ar: 'الفئة الأدنى تكفي لمعظم الاستخدام'
		},
		{
			line: { code: 'subscription-fits' },
			en: 'The subscription that fits your choices',
			ar: 'الاشتراك الذي يناسب اختياراتك'
		},
		{
			line: { code: 'largest-that-fits', paramsB: 23.6 },
			en: 'The largest model that fits your device (23.6B parameters)',
			// The size's unit is the dictionary's ("B" or "مليار"); the figure is Latin digits.
			ar: /^أكبر نموذج يناسب جهازك \(23\.6 ?(B|مليار) معامل\)$/
		},
		{
			what: 'largest-that-fits, a size with more decimals',
			line: { code: 'largest-that-fits', paramsB: 7.615616512 },
			en: 'The largest model that fits your device (7.6B parameters)',
			ar: /^أكبر نموذج يناسب جهازك \(7\.6 ?(B|مليار) معامل\)$/
		},
		{
			what: 'largest-that-fits, an effective size',
			line: { code: 'largest-that-fits', paramsB: 4, effective: true },
			en: 'The largest model that fits your device (4B effective parameters)',
			ar: 'أكبر نموذج يناسب جهازك (4 مليارات معامل فعّال)'
		},
		{
			line: { code: 'only-fit' },
			en: 'The only open model that fits your device',
			ar: 'النموذج المفتوح الوحيد الذي يناسب جهازك'
		},
		{ line: { code: 'fits-your-device' }, en: 'Runs on your device', ar: 'يعمل على جهازك' },
		{
			line: { code: 'cheapest-api', usage: 1 },
			en: 'The cheapest API at 1 million tokens a month',
			ar: 'أرخص واجهة برمجية عند 1 مليون رمز شهريًا'
		},
		{
			what: 'cheapest-api, at a usage with a decimal',
			line: { code: 'cheapest-api', usage: 2.5 },
			en: 'The cheapest API at 2.5 million tokens a month',
			ar: 'أرخص واجهة برمجية عند 2.5 مليون رمز شهريًا'
		},
		{
			what: 'cheapest-api, at 3 to 10 million: the Arabic word in its plural',
			line: { code: 'cheapest-api', usage: 10 },
			en: 'The cheapest API at 10 million tokens a month',
			ar: 'أرخص واجهة برمجية عند 10 ملايين رمز شهريًا'
		},
		{
			what: 'cheapest-api, at 11 million and more: the Arabic word singular again',
			line: { code: 'cheapest-api', usage: 11 },
			en: 'The cheapest API at 11 million tokens a month',
			ar: 'أرخص واجهة برمجية عند 11 مليون رمز شهريًا'
		},
		{
			line: { code: 'heavier-tier', offer: names.pro, costUsd: 200 },
			en: 'For heavier use: ChatGPT Pro, US$200 a month',
			ar: 'للاستخدام الكثيف: ChatGPT Pro، 200\u00a0دولار شهريًا'
		},
		{
			line: { code: 'lighter-tier', offer: names.plus, costUsd: 20, sameModels: true },
			en: 'ChatGPT Plus: the same models with lower limits, US$20 a month',
			ar: 'ChatGPT Plus: النماذج نفسها بحدود أقل، 20\u00a0دولارًا شهريًا'
		},
		{
			what: 'lighter-tier, with fewer models',
			line: { code: 'lighter-tier', offer: names.plus, costUsd: 20, sameModels: false },
			en: 'ChatGPT Plus: fewer models, US$20 a month',
			ar: 'ChatGPT Plus: نماذج أقل، 20\u00a0دولارًا شهريًا'
		},
		{
			line: { code: 'highest-rated-api', offer: names.r1, costUsd: 1.37, score: 1361 },
			en: 'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot\u00a0Arena\u00a01361)',
			ar: 'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37\u00a0دولار شهريًا (Chatbot\u00a0Arena\u00a01361)'
		},
		{
			what: 'highest-rated-api, from US$10 in whole dollars',
			line: { code: 'highest-rated-api', offer: names.r1, costUsd: 27.4, score: 1361 },
			en: 'Highest rated: DeepSeek API (R1 reasoning), US$27 a month (Chatbot\u00a0Arena\u00a01361)',
			ar: 'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 27\u00a0دولارًا شهريًا (Chatbot\u00a0Arena\u00a01361)'
		},
		{
			what: 'a reason as a line: the memory a pick needs',
			line: { ...judged('memory-fits', 'gpu', NEED_7B, 8), eightBit: false },
			en: 'Needs about 5.4\u00a0GB; your graphics card has 8\u00a0GB: it fits',
			ar: 'يحتاج إلى نحو 5.4\u00a0غيغابايت، وبطاقة رسومياتك ذات 8\u00a0غيغابايت، وهذا يكفي'
		},
		{
			what: 'a reason as a line: what a tier adds',
			line: {
				code: 'tier-adds',
				adds: { en: 'the same models without those limits', ar: 'النماذج نفسها دون تلك الحدود' },
				over: names.plus
			},
			en: 'Over ChatGPT Plus: the same models without those limits',
			ar: 'مقارنةً مع ChatGPT Plus: النماذج نفسها دون تلك الحدود'
		}
	];
	for (const c of cases) {
		it(c.what ?? c.line.code, () => {
			expect(pickLineText(c.line, 'en')).toBe(c.en);
			const ar = plain(pickLineText(c.line, 'ar'));
			if (typeof c.ar === 'string') expect(ar).toBe(c.ar);
			else expect(ar).toMatch(c.ar);
		});
	}

	it('keeps "Chatbot Arena 1377" in one left-to-right piece inside Arabic', () => {
		const line: PickLine = { code: 'best-rated-free-app', score: 1377 };
		expect(pickLineText(line, 'ar')).toContain('\u2066Chatbot\u00a0Arena\u00a01377\u2069');
		expect(pickLineText(line, 'en')).not.toMatch(/[\u2066-\u2069]/);
	});
});

describe('the chooser’s other words', () => {
	// Only its name is read.
	const best = { offer: { name: { en: 'GPT-2', ar: 'GPT-2' } } } as Option;
	const rating = {
		entry: 'ChatGPT-4o-latest (2025-01-29)',
		score: 1377,
		asOf: '2025-02-17',
		url: 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard'
	};
	const cases: { what: string; run: (lang: Lang) => string; en: string; ar: string }[] = [
		{
			what: 'a rating',
			run: (l) => ratingText(rating, l),
			en: 'Chatbot Arena 1377, 17 Feb 2025',
			ar: 'درجة Chatbot Arena: 1377، 17 فبراير 2025'
		},
		{
			what: 'no rating',
			run: (l) => ratingText(undefined, l),
			en: 'Not on Chatbot Arena',
			ar: 'ليس على لوحة Chatbot Arena'
		},
		{
			what: 'memory below 10 GB',
			run: (l) => gbText(NEED_7B, l),
			en: '5.4\u00a0GB',
			ar: '5.4\u00a0غيغابايت'
		},
		{
			what: 'memory from 10 GB',
			run: (l) => gbText(NEED_24B, l),
			en: '16\u00a0GB',
			ar: '16\u00a0غيغابايت'
		},
		{
			what: 'a suggested memory to relax to',
			run: (l) =>
				relaxationText(
					{ change: { input: 'ramGb', to: 16 }, count: 3, best },
					l,
					emptyWords[l].relax
				).change,
			en: 'With 16\u00a0GB of memory',
			ar: 'بذاكرة قدرها 16\u00a0غيغابايت'
		},
		{
			what: 'a file size',
			run: (l) => formatBytes(1_234_567, l),
			en: '1.2\u00a0MB',
			ar: '1.2\u00a0ميغابايت'
		},
		{
			what: 'where a self-hosted offer runs',
			run: (l) => formatRunsOn({ place: 'device' }, l, NEED_7B),
			en: 'Your own device, about 5.4\u00a0GB',
			ar: 'جهازك، بنحو 5.4\u00a0غيغابايت من الذاكرة'
		},
		{
			what: 'the folded group',
			run: (l) => pluralText(dictionaries[l].chooser.folded, 3, l),
			en: 'Run it yourself: 3 open models — choose your device to see which fit',
			ar: 'شغّله بنفسك: 3 نماذج مفتوحة — اختر جهازك لترى ما يناسبه منها'
		},
		{
			what: 'the folded group of one',
			run: (l) => pluralText(dictionaries[l].chooser.folded, 1, l),
			en: 'Run it yourself: 1 open model — choose your device to see if it fits',
			ar: 'شغّله بنفسك: نموذج مفتوح واحد — اختر جهازك لترى إن كان يناسبه'
		},
		{
			what: 'a device',
			run: (l) => deviceName('computer', l),
			en: 'Computer, no graphics card',
			ar: 'حاسوب بلا بطاقة رسوميات'
		},
		{
			what: 'a purpose',
			run: (l) => purposeName('api', l),
			en: 'Build with an API, pay per use',
			ar: 'البناء بواجهة برمجية، والدفع حسب الاستخدام'
		}
	];
	for (const c of cases) {
		it(`${c.what}, in both languages with Latin digits`, () => {
			expect(plain(c.run('en'))).toBe(c.en);
			expect(plain(c.run('ar'))).toBe(c.ar);
		});
	}

	it('names PRODUCT.md §8’s words in both languages', () => {
		const words = (l: Lang) => {
			const m = dictionaries[l].chooser;
			return [m.purpose, m.answer, ...PICK_KINDS.map((k) => m.pickKinds[k]), m.getIt];
		};
		expect(words('en')).toEqual([
			'What for',
			'Your answer',
			'Free app',
			'Subscription',
			'On your device',
			'API at your usage',
			'Get it'
		]);
		expect(words('ar')).toEqual([
			'الغرض',
			'إجابتك',
			'تطبيق مجاني',
			'اشتراك',
			'على جهازك',
			'واجهة برمجية حسب استخدامك',
			'احصل عليه'
		]);
	});

	it('has words for every failure, kind of pick and device the chooser can name', () => {
		for (const lang of LANGS) {
			const m = dictionaries[lang];
			for (const code of FAILURE_CODES) {
				expect(m.chooser.failureGroups[code], `${lang} failureGroups.${code}`).toBeTruthy();
			}
			for (const kind of PICK_KINDS) {
				expect(m.chooser.pickKinds[kind], `${lang} pickKinds.${kind}`).toBeTruthy();
			}
			for (const device of DEVICES) {
				expect(m.reasons.have[device], `${lang} reasons.have.${device}`).toBeTruthy();
				expect(m.reasons['memory-not-given'][device]).toBeTruthy();
				expect(m.reasons['beyond-any-device'][device]).toBeTruthy();
				expect(deviceName(device, lang)).toBeTruthy();
			}
			for (const purpose of PURPOSES) expect(purposeName(purpose, lang)).toBeTruthy();
			for (const why of ['no-device', 'none'] as const) expect(m.chooser.noPick[why]).toBeTruthy();
			// Every failure code is also a reason the card can say.
			for (const code of FAILURE_CODES) {
				const reason = {
					code,
					device: 'phone',
					needGb: 5,
					memoryGb: 4,
					usableGb: 2,
					largestGb: 16,
					purpose: 'app',
					costUsd: 30,
					budgetUsd: 20
				} as unknown as Parameters<typeof reasonText>[0];
				expect(reasonText(reason, lang), `${lang} ${code}`).not.toMatch(/\{|undefined/);
			}
		}
	});
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
