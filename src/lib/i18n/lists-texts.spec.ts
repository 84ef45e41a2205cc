import { describe, expect, it } from 'vitest';
import { PUBLIC_LISTS } from '$lib/domain/catalogue-terms';
import { MAX_IMPORT_BYTES } from '$lib/domain/import';
import type { ListReplacement } from '$lib/domain/list-replace';
import type { ListAsOf } from '$lib/domain/list-sources';
import { handOwn } from '$lib/domain/synthetic';
import type { FetchFailure } from '$lib/lists/fetch-list';
import { expectSameKeysAndSlots, expectSixArabicForms } from './dictionary-checks';
import { isolated } from './format';
import { listsAr } from './lists-ar';
import { listsOfferWords } from './lists-offer';
import { listsEn } from './lists-en';
import { listsResultsAr } from './lists-results-ar';
import { listsResultsEn } from './lists-results-en';
import {
	ageText,
	asOfText,
	comparisonText,
	failureText,
	listName,
	listAgeText,
	progressText,
	privacyText,
	replacedText
} from './lists-texts';

/** Arabic lines isolate names (U+2066…U+2069); a reader sees none of the marks. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

describe('the lists’ dictionaries', () => {
	it('have the same keys and the same slots in English and Arabic, none empty', () => {
		expectSameKeysAndSlots(listsEn, listsAr);
		expectSameKeysAndSlots(listsResultsEn, listsResultsAr);
	});

	it('give every Arabic count all six plural forms', () => {
		expectSixArabicForms(listsAr, 1);
		expectSixArabicForms(listsResultsAr, 4);
	});

	it('name every list', () => {
		expect(Object.keys(listsEn.names).sort()).toEqual([...PUBLIC_LISTS].sort());
	});

	it('name the fetch as PRODUCT.md §8 does, the same wherever the action is named', () => {
		const names = { en: 'Get the latest lists', ar: 'جلب أحدث القوائم' };
		for (const [lang, words] of [
			['en', listsEn],
			['ar', listsAr]
		] as const) {
			expect(words.fetch.button).toBe(names[lang]);
			// The chooser's link to the button, and the About page's line, say the button's words.
			expect(listsOfferWords[lang].get).toBe(names[lang]);
			expect(words.privacy).toContain(lang === 'ar' ? `«${names.ar}»` : `“${names.en}”`);
		}
	});

	it('say the size limit the import has', () => {
		expect(MAX_IMPORT_BYTES).toBe(64_000_000);
		expect(listsResultsEn.failed['too-large']).toContain('64 MB');
		expect(listsResultsAr.failed['too-large']).toContain('64 ميغابايت');
	});
});

describe('listName', () => {
	it('isolates the Latin name in an Arabic line only', () => {
		expect(listName('models-dev', 'en')).toBe('models.dev');
		expect(listName('models-dev', 'ar')).toBe(isolated('models.dev', 'ar'));
	});
});

describe('progressText', () => {
	const cases: {
		progress: { received: number; total?: number };
		en: string;
		ar: string;
	}[] = [
		{
			progress: { received: 0 },
			en: 'OpenRouter: asking for the list…',
			ar: 'OpenRouter: جارٍ طلب القائمة…'
		},
		{
			progress: { received: 0, total: 4_500_000 },
			en: 'OpenRouter: asking for the list…',
			ar: 'OpenRouter: جارٍ طلب القائمة…'
		},
		{
			progress: { received: 1_200_000, total: 4_500_000 },
			en: 'OpenRouter: 1.2\u00a0MB of 4.5\u00a0MB',
			ar: 'OpenRouter: 1.2\u00a0ميغابايت من 4.5\u00a0ميغابايت'
		},
		{
			progress: { received: 1_200_000 },
			en: 'OpenRouter: 1.2\u00a0MB received',
			ar: 'OpenRouter: وصل 1.2\u00a0ميغابايت'
		}
	];
	for (const c of cases) {
		it(`${JSON.stringify(c.progress)}`, () => {
			expect(progressText('openrouter', c.progress, 'en')).toBe(c.en);
			expect(plain(progressText('openrouter', c.progress, 'ar'))).toBe(c.ar);
		});
	}
});

describe('failureText: which list failed, and why', () => {
	const cases: { failure: FetchFailure; en: string; ar: string }[] = [
		{
			failure: { reason: 'offline' },
			en: 'models.dev could not be reached: you are offline. Nothing was changed.',
			ar: 'تعذّر الوصول إلى models.dev: أنت غير متصل. لم يتغير شيء.'
		},
		{
			failure: { reason: 'unreachable' },
			en: 'models.dev could not be reached: the network failed or its address was not found. Nothing was changed. Try again later.',
			ar: 'تعذّر الوصول إلى models.dev: تعطّلت الشبكة أو لم يُعثر على عنوانه. لم يتغير شيء. حاول مرة أخرى لاحقًا.'
		},
		{
			failure: { reason: 'blocked' },
			en: 'models.dev answered but did not let the app read its list. Nothing was changed. You can save the list as a file and import it instead.',
			ar: 'ردّ models.dev لكنه لم يسمح للتطبيق بقراءة قائمته. لم يتغير شيء. يمكنك حفظ القائمة في ملف واستيرادها بدلًا من ذلك.'
		},
		{
			failure: { reason: 'unreachable-or-blocked' },
			en: 'models.dev could not be reached, or it did not let the app read its list: the browser does not say which. Nothing was changed. Try again later, or save the list as a file and import it instead.',
			ar: 'تعذّر الوصول إلى models.dev، أو أنه لم يسمح للتطبيق بقراءة قائمته، والمتصفح لا يبيّن أيّهما حدث. لم يتغير شيء. حاول مرة أخرى لاحقًا، أو احفظ القائمة في ملف واستوردها بدلًا من ذلك.'
		},
		{
			failure: { reason: 'refused', status: 429 },
			en: 'models.dev refused the request: it answered with error 429. Nothing was changed.',
			ar: 'رفض models.dev الطلب: ردّ بالخطأ 429. لم يتغير شيء.'
		},
		{
			failure: { reason: 'timeout', limitMs: 60_000 },
			en: 'models.dev did not send its list within 60 seconds. Nothing was changed.',
			ar: 'لم يرسل models.dev قائمته خلال 60 ثانية. لم يتغير شيء.'
		},
		{
			failure: { reason: 'timeout', limitMs: 1000 },
			en: 'models.dev did not send its list within 1 second. Nothing was changed.',
			ar: 'لم يرسل models.dev قائمته خلال ثانية واحدة. لم يتغير شيء.'
		},
		{
			failure: { reason: 'cancelled' },
			en: 'models.dev: cancelled. Nothing was changed.',
			ar: 'models.dev: أُلغي الجلب. لم يتغير شيء.'
		},
		{
			failure: { reason: 'too-large', limitBytes: MAX_IMPORT_BYTES, bytes: 9e7 },
			en: 'models.dev’s list is over 64 MB, more than the app reads. Nothing was changed.',
			ar: 'قائمة models.dev أكبر من 64 ميغابايت، وهذا أكثر مما يقرؤه التطبيق. لم يتغير شيء.'
		},
		{
			failure: { reason: 'not-json', contentType: 'text/html' },
			en: 'models.dev did not send a model list (it sent something else, such as a web page). Nothing was changed.',
			ar: 'لم يرسل models.dev قائمة نماذج (أرسل شيئًا آخر، كصفحة ويب). لم يتغير شيء.'
		}
	];
	for (const c of cases) {
		it(JSON.stringify(c.failure), () => {
			expect(failureText('models-dev', c.failure, 'en')).toBe(c.en);
			expect(plain(failureText('models-dev', c.failure, 'ar'))).toBe(c.ar);
		});
	}
});

describe('ageText', () => {
	const cases: { days: number; en: string; ar: string }[] = [
		{ days: 0, en: 'today', ar: 'اليوم' },
		{ days: 1, en: 'yesterday', ar: 'أمس' },
		{ days: 3, en: '3 days ago', ar: 'قبل 3 أيام' },
		{ days: 45, en: '45 days ago', ar: 'قبل 45 يومًا' },
		{ days: 90, en: '3 months ago', ar: 'قبل 3 أشهر' },
		{ days: 800, en: '2 years ago', ar: 'قبل سنتين' }
	];
	for (const c of cases) {
		it(`${c.days} days`, () => {
			expect(ageText(c.days, 'en')).toBe(c.en);
			expect(ageText(c.days, 'ar')).toBe(c.ar);
		});
	}
});

const record = (over: Partial<ListAsOf>): ListAsOf => ({
	source: 'openrouter',
	asOf: new Date(NOW - 3 * DAY).toISOString(),
	how: 'fetched',
	entries: 340,
	...over
});

describe('the as-of lines', () => {
	it('say how old a fetched list is', () => {
		expect(asOfText(record({}), 'en', NOW)).toBe('OpenRouter, fetched 3 days ago');
		expect(plain(asOfText(record({}), 'ar', NOW))).toBe('OpenRouter، جُلبت قبل 3 أيام');
	});

	it('give a file’s date', () => {
		const file = record({ source: 'litellm', how: 'file', asOf: '2026-11-20T10:00:00.000Z' });
		expect(asOfText(file, 'en', NOW)).toBe('LiteLLM, from a file dated 20 November 2026');
	});

	it('say where the chooser’s prices come from', () => {
		expect(listAgeText('prices', record({}), 'en', NOW)).toBe('Prices from OpenRouter, 3 days ago');
		expect(plain(listAgeText('prices', record({}), 'ar', NOW))).toBe(
			'الأسعار من OpenRouter، قبل 3 أيام'
		);
	});

	it('say how old the newest list is', () => {
		const old = record({ source: 'models-dev', asOf: new Date(NOW - 45 * DAY).toISOString() });
		expect(listAgeText('newest', old, 'en', NOW)).toBe(
			'Newest model list: models.dev, 45 days ago'
		);
		expect(plain(listAgeText('newest', old, 'ar', NOW))).toBe(
			'أحدث قائمة نماذج: models.dev، قبل 45 يومًا'
		);
	});
});

describe('comparisonText', () => {
	const cases: { comparison: Parameters<typeof comparisonText>[0]; en?: string }[] = [
		{ comparison: { list: 'openrouter', state: 'same', linked: '2026-11-30', mine: '2026-11-30' } },
		{
			comparison: { list: 'openrouter', state: 'older', linked: '2026-11-30', mine: '2026-10-01' },
			en: 'This link was made with OpenRouter’s list of 30 November 2026; yours is older (1 October 2026).'
		},
		{
			comparison: { list: 'models-dev', state: 'newer', linked: '2026-11-28', mine: '2026-12-02' },
			en: 'This link was made with models.dev’s list of 28 November 2026; yours is newer (2 December 2026).'
		},
		{
			comparison: { list: 'models-dev', state: 'missing', linked: '2026-11-28' },
			en: 'This link was made with models.dev’s list of 28 November 2026, which you do not have.'
		},
		{
			comparison: { list: 'litellm', state: 'extra', mine: '2026-11-01' },
			en: 'You have LiteLLM’s list of 1 November 2026, which this link was not made with.'
		}
	];
	for (const c of cases) {
		it(c.comparison.state, () => {
			expect(comparisonText(c.comparison, 'en')).toBe(c.en);
			const ar = comparisonText(c.comparison, 'ar');
			expect(ar === undefined).toBe(c.en === undefined);
			if (ar) expect(ar).not.toMatch(/\{\w+\}/);
		});
	}
});

describe('replacedText', () => {
	const replacement = (updated: number, added: number, gone: number): ListReplacement => ({
		list: 'openrouter',
		offers: {
			updated: Array.from({ length: updated }, (_, i) => `u${i}`),
			added: Array.from({ length: added }, (_, i) => `a${i}`),
			gone: Array.from({ length: gone }, (_, i) => ({ id: `g${i}`, held: false }))
		},
		models: { updated: [], added: [], gone: [] },
		data: handOwn(),
		kept: { edits: 0, notes: 0, favourites: 0 }
	});

	it('counts the entries updated, new and no longer listed', () => {
		expect(replacedText(replacement(5100, 200, 40), 'en')).toBe(
			'Compared with the list you had: 5,100 entries updated, 200 new and 40 no longer listed (kept, marked legacy).'
		);
		expect(replacedText(replacement(1, 1, 1), 'en')).toBe(
			'Compared with the list you had: 1 entry updated, 1 new and 1 no longer listed (kept, marked legacy).'
		);
		expect(replacedText(replacement(3, 0, 2), 'ar')).toBe(
			'مقارنة بالقائمة التي كانت لديك: حُدِّثت 3 إدخالات، ولا إدخال جديد، وإدخالان لم يعودا مدرجين (أُبقي عليهما، وعُلِّما قديمين).'
		);
	});

	it('says the person’s edits, notes and stars are kept, when they have some on the list', () => {
		const marked = { ...replacement(2, 0, 1), kept: { edits: 1, notes: 0, favourites: 0 } };
		expect(replacedText(marked, 'en')).toBe(
			'Compared with the list you had: 2 entries updated, 0 new and 1 no longer listed (kept, marked legacy). Your edits, notes and stars on them are kept.'
		);
		expect(replacedText({ ...marked, kept: { edits: 0, notes: 2, favourites: 1 } }, 'ar')).toMatch(
			/ تعديلاتك وملاحظاتك ونجومك عليها باقية\.$/
		);
	});
});

describe('privacyText', () => {
	const addresses = ['https://openrouter.ai/api/v1/models', 'https://models.dev/api.json'];
	for (const where of ['help', 'about'] as const) {
		it(`names both addresses, only on request, nothing about the person sent (${where})`, () => {
			const en = privacyText(where, 'en');
			for (const address of addresses) expect(en).toContain(address);
			expect(en).toMatch(/only when you press/);
			expect(en).toContain('no cookies, no identifiers');
			expect(en).toContain('Everything else stays on this device.');

			const ar = privacyText(where, 'ar');
			// Each address kept left to right inside the Arabic sentence, whole.
			for (const address of addresses) expect(ar).toContain(`\u2066${address}\u2069`);
			expect(ar).toContain('لا ملفات تعريف ارتباط ولا معرّفات');
			expect(ar).toContain('ويبقى كل ما سوى ذلك على هذا الجهاز.');
			expect(ar).toContain('،');
			expect(ar).not.toMatch(/\{\w+\}|,/);
		});
	}
});
