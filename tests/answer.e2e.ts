/**
 * "Your answer" in the built app: PRODUCT.md §2's picks for its six links in English and Arabic,
 * the controls that shape them (What for, Order, memory), Get it and See its card, and the
 * chooser cases of shared/cases/README.md ("The chooser and its data").
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserPerTest, launch, type Browser, chooserReady as ready } from './browser';

const base = inject('baseURL');
// Most tests only read pages: one browser for the file. Fresh profiles where the test is one.
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(async () => {
	browser.errors.length = 0;
	// Each test starts from the defaults: the inputs the test before changed are remembered.
	if (browser.page.url().startsWith(base)) {
		await browser.page.evaluate(() => localStorage.removeItem('model-chooser:inputs'));
	}
});
const open = browserPerTest();

type Lang = 'en' | 'ar';
type Kind = 'free' | 'subscription' | 'device' | 'api';

const words = {
	en: {
		answer: 'Your answer',
		seeCard: 'See its card',
		kinds: {
			free: 'Free app',
			subscription: 'Subscription',
			device: 'On your device',
			api: 'API at your usage'
		}
	},
	ar: {
		answer: 'إجابتك',
		seeCard: 'اعرض بطاقته',
		kinds: {
			free: 'تطبيق مجاني',
			subscription: 'اشتراك',
			device: 'على جهازك',
			api: 'واجهة برمجية حسب استخدامك'
		}
	}
} as const;

/** Text as read, without the bidi isolates and marks that wrap numbers and names. */
const plain = (text: string | null) =>
	(text ?? '')
		.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

const answerOf = (page: Page, lang: Lang) =>
	page.getByRole('region', { name: words[lang].answer, exact: true });

/** Every pick the answer shows, as a person reads it: what each says, in order. */
async function picksText(page: Page, lang: Lang): Promise<string[]> {
	return (await answerOf(page, lang).getByRole('article').allTextContents()).map(plain);
}

type Pick = { kind: Kind; name: string; cost: string; lines?: string[] };
type Answer = { picks: Pick[]; none?: Partial<Record<Kind, string>> };

/**
 * PRODUCT.md §2's table, as the app words it. `lines` are the key lines (the other tier, what
 * a tier adds, the highest-rated API, the memory need); `none` is what a kind with no pick says.
 */
const cases: { link: string; en: Answer; ar: Answer }[] = [
	{
		link: '/',
		en: {
			picks: [
				{ kind: 'free', name: 'ChatGPT Free', cost: 'Free' },
				{
					kind: 'subscription',
					name: 'ChatGPT Plus',
					cost: 'US$20 a month',
					lines: ['For heavier use: ChatGPT Pro, US$200 a month']
				},
				{
					kind: 'api',
					name: 'DeepSeek API (V3)',
					cost: 'US$0.69 a month',
					lines: [
						'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'Choose your device to see what runs on it.' }
		},
		ar: {
			picks: [
				{ kind: 'free', name: 'ChatGPT المجاني', cost: 'مجاني' },
				{
					kind: 'subscription',
					name: 'ChatGPT Plus',
					cost: '20 دولارًا شهريًا',
					lines: ['للاستخدام الكثيف: ChatGPT Pro، 200 دولار شهريًا']
				},
				{
					kind: 'api',
					name: 'واجهة DeepSeek البرمجية (V3)',
					cost: '0.69 دولار شهريًا',
					lines: [
						'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37 دولار شهريًا (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'اختر جهازك لترى ما يعمل عليه.' }
		}
	},
	{
		link: '/?budget=20',
		en: {
			picks: [
				{ kind: 'free', name: 'ChatGPT Free', cost: 'Free' },
				{
					kind: 'subscription',
					name: 'ChatGPT Plus',
					cost: 'US$20 a month',
					lines: ['Over ChatGPT Free: GPT-4, higher limits and priority access']
				},
				{
					kind: 'api',
					name: 'DeepSeek API (V3)',
					cost: 'US$0.69 a month',
					lines: [
						'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'Choose your device to see what runs on it.' }
		},
		ar: {
			picks: [
				{ kind: 'free', name: 'ChatGPT المجاني', cost: 'مجاني' },
				{
					kind: 'subscription',
					name: 'ChatGPT Plus',
					cost: '20 دولارًا شهريًا',
					lines: ['مقارنةً مع ChatGPT المجاني: GPT-4 وحدود أعلى ووصول ذو أولوية']
				},
				{
					kind: 'api',
					name: 'واجهة DeepSeek البرمجية (V3)',
					cost: '0.69 دولار شهريًا',
					lines: [
						'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37 دولار شهريًا (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'اختر جهازك لترى ما يعمل عليه.' }
		}
	},
	{
		link: '/?budget=200',
		en: {
			picks: [
				{ kind: 'free', name: 'ChatGPT Free', cost: 'Free' },
				{
					kind: 'subscription',
					name: 'ChatGPT Pro',
					cost: 'US$200 a month',
					lines: ['ChatGPT Plus: the same models with lower limits, US$20 a month']
				},
				{
					kind: 'api',
					name: 'DeepSeek API (V3)',
					cost: 'US$0.69 a month',
					lines: [
						'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'Choose your device to see what runs on it.' }
		},
		ar: {
			picks: [
				{ kind: 'free', name: 'ChatGPT المجاني', cost: 'مجاني' },
				{
					kind: 'subscription',
					name: 'ChatGPT Pro',
					cost: '200 دولار شهريًا',
					lines: ['ChatGPT Plus: النماذج نفسها بحدود أقل، 20 دولارًا شهريًا']
				},
				{
					kind: 'api',
					name: 'واجهة DeepSeek البرمجية (V3)',
					cost: '0.69 دولار شهريًا',
					lines: [
						'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37 دولار شهريًا (Chatbot Arena 1361)'
					]
				}
			],
			none: { device: 'اختر جهازك لترى ما يعمل عليه.' }
		}
	},
	{
		link: '/?device=gpu&vram=8&open=required',
		en: {
			picks: [
				{ kind: 'free', name: 'DeepSeek app', cost: 'Free' },
				{
					kind: 'device',
					name: 'DeepSeek R1 distilled 7B on your device',
					cost: 'Free',
					lines: ['Needs about 5.4 GB; your graphics card has 8 GB: it fits']
				},
				{
					kind: 'api',
					name: 'DeepSeek API (V3)',
					cost: 'US$0.69 a month',
					lines: [
						'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot Arena 1361)'
					]
				}
			],
			none: { subscription: 'Closed weights, and you asked for open weights' }
		},
		ar: {
			picks: [
				{ kind: 'free', name: 'تطبيق DeepSeek', cost: 'مجاني' },
				{
					kind: 'device',
					name: 'DeepSeek R1 المقطَّر 7B على جهازك',
					cost: 'مجاني',
					lines: ['يحتاج إلى نحو 5.4 غيغابايت، وبطاقة رسومياتك ذات 8 غيغابايت، وهذا يكفي']
				},
				{
					kind: 'api',
					name: 'واجهة DeepSeek البرمجية (V3)',
					cost: '0.69 دولار شهريًا',
					lines: [
						'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37 دولار شهريًا (Chatbot Arena 1361)'
					]
				}
			],
			none: { subscription: 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة' }
		}
	},
	{
		link: '/?use=20&budget=50&for=api',
		en: {
			picks: [
				{
					kind: 'api',
					name: 'DeepSeek API (V3)',
					cost: 'US$14 a month',
					lines: [
						'The cheapest API at 20 million tokens a month',
						'Highest rated: DeepSeek API (R1 reasoning), US$27 a month (Chatbot Arena 1361)'
					]
				}
			]
		},
		ar: {
			picks: [
				{
					kind: 'api',
					name: 'واجهة DeepSeek البرمجية (V3)',
					cost: '14 دولارًا شهريًا',
					lines: [
						'أرخص واجهة برمجية عند 20 مليون رمز شهريًا',
						'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 27 دولارًا شهريًا (Chatbot Arena 1361)'
					]
				}
			]
		}
	},
	{
		link: '/?device=phone&local=1&planned=1',
		en: {
			picks: [
				{
					kind: 'device',
					name: 'OpenAI phone-side open model on your phone',
					cost: 'Free',
					lines: ['Planned: not out yet']
				}
			],
			none: {
				free: 'Runs only in the cloud, and you want it on your device',
				subscription: 'Runs only in the cloud, and you want it on your device',
				api: 'Runs only in the cloud, and you want it on your device'
			}
		},
		ar: {
			picks: [
				{
					kind: 'device',
					name: 'نموذج OpenAI المفتوح على هاتفك',
					cost: 'مجاني',
					lines: ['مخطط له: لم يصدر بعد']
				}
			],
			none: {
				free: 'يعمل في السحابة فقط، وأنت تريده على جهازك',
				subscription: 'يعمل في السحابة فقط، وأنت تريده على جهازك',
				api: 'يعمل في السحابة فقط، وأنت تريده على جهازك'
			}
		}
	}
];

/** The table's row for a link. */
function answerTo(link: string) {
	const row = cases.find((c) => c.link === link);
	if (!row) throw new Error(`No case for ${link}`);
	return row;
}

/** The article of one pick, by its accessible name: "<kind> <offer name>". */
const pickArticle = (page: Page, lang: Lang, kind: Kind, name: string) =>
	answerOf(page, lang).getByRole('article', {
		name: `${words[lang].kinds[kind]} ${name}`,
		exact: true
	});

/** Checks a "Get it" link: the offer's https page, opened apart from the app. */
async function expectSafeGetIt(link: Locator) {
	const href = (await link.getAttribute('href')) ?? '';
	expect(new URL(href).protocol, href).toBe('https:');
	// Whatever else rel says (`external` keeps the router out), the page gets no opener and no
	// referrer.
	const rel = ((await link.getAttribute('rel')) ?? '').split(/\s+/);
	expect(rel, href).toContain('noopener');
	expect(rel, href).toContain('noreferrer');
	expect(await link.getAttribute('target'), href).toBe('_blank');
}

/** Checks that an answer shows exactly `expected`, and that each pick's links work. */
async function expectAnswer(page: Page, lang: Lang, expected: Answer) {
	const answer = answerOf(page, lang);
	await answer.waitFor();
	// One "See its card" a pick: no pick shows beyond those expected.
	expect(await answer.getByRole('link', { name: words[lang].seeCard }).count()).toBe(
		expected.picks.length
	);
	for (const pick of expected.picks) {
		const article = pickArticle(page, lang, pick.kind, pick.name);
		const label = `${pick.kind}: ${pick.name}`;
		expect(await article.count(), label).toBe(1);
		expect((await article.getByRole('paragraph').allTextContents()).map(plain), label).toContain(
			pick.cost
		);
		const lines = (await article.getByRole('listitem').allTextContents()).map(plain);
		for (const line of pick.lines ?? []) expect(lines, label).toContain(line);
		// "See its card" leads to the offer's card in the lists below.
		const href = await article
			.getByRole('link', { name: words[lang].seeCard })
			.getAttribute('href');
		expect(href, label).toMatch(/^#offer-/);
		const card = page.locator(`[id="${href!.slice(1)}"]`);
		expect(await card.count(), `${label}: ${href}`).toBe(1);
		expect(plain(await card.getByRole('heading').first().textContent()), label).toBe(pick.name);
		for (const getIt of await article.getByRole('link', { name: /^(Get it|احصل عليه)/ }).all())
			await expectSafeGetIt(getIt);
	}
	for (const [kind, why] of Object.entries(expected.none ?? {})) {
		const article = answer.getByRole('article', {
			name: words[lang].kinds[kind as Kind],
			exact: true
		});
		expect(plain(await article.getByRole('paragraph').textContent()), kind).toBe(why);
	}
	// Nothing else: a kind "What for" leaves out does not show at all.
	expect(await answer.getByRole('article').count()).toBe(
		expected.picks.length + Object.keys(expected.none ?? {}).length
	);
}

describe('Your answer: PRODUCT.md §2’s six links, in English and Arabic', () => {
	for (const c of cases) {
		it(c.link, async () => {
			const { page, errors } = browser;
			for (const lang of ['en', 'ar'] as const) {
				const link = lang === 'en' ? c.link : `${c.link}${c.link.includes('?') ? '&' : '?'}lang=ar`;
				await page.goto(`${base}${link}`);
				await ready(page);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
				await expectAnswer(page, lang, c[lang]);
			}
			expect(errors).toEqual([]);
		});
	}
});

describe('Your answer in the browser', () => {
	it('a link made in the form gives the same picks in a fresh profile', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/`);
		await ready(page);
		await page.getByRole('radio', { name: 'Computer with a graphics card' }).check();
		await page.getByLabel('Graphics card memory (VRAM, GB)').fill('8');
		await page.getByRole('radio', { name: 'Open weights required' }).check();
		await page.waitForFunction(() => location.search === '?device=gpu&vram=8&open=required');
		await pickArticle(page, 'en', 'device', 'DeepSeek R1 distilled 7B on your device').waitFor();
		const mine = await picksText(page, 'en');
		await expectAnswer(page, 'en', answerTo('/?device=gpu&vram=8&open=required').en);

		const friend = await open();
		await friend.page.goto(page.url());
		await ready(friend.page);
		expect(await picksText(friend.page, 'en')).toEqual(mine);
		expect(errors).toEqual([]);
		expect(friend.errors).toEqual([]);
	});

	it('every “Get it” on the chooser and on a model page is an https page opened apart', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await ready(page);
		// The folded self-hosted offers render their cards once opened.
		await page
			.getByText('Run it yourself: 3 open models — choose your device to see which fit')
			.click();
		await page.getByRole('heading', { name: 'Mistral Small 3 on your device' }).waitFor();
		const onChooser = await page.getByRole('link', { name: /^Get it/ }).all();
		// 3 picks, 11 recommended cards and 3 folded ones (the two planned open models have no page
		// yet); GPT-5 in ChatGPT, planned, links to its official page, as it cannot be had yet.
		expect(onChooser).toHaveLength(17);
		const planned = page.getByRole('link', { name: /^Official page: GPT-5 in ChatGPT/ });
		expect(await planned.count()).toBe(1);
		for (const link of [...onChooser, planned]) await expectSafeGetIt(link);

		await page.goto(`${base}/models/gpt-4o`);
		await ready(page);
		const onModel = await page.getByRole('link', { name: /^Get it/ }).all();
		expect(onModel).toHaveLength(4);
		for (const link of onModel) await expectSafeGetIt(link);
		expect(errors).toEqual([]);
	});

	it('“See its card” takes the person to the pick’s card', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await ready(page);
		await pickArticle(page, 'en', 'api', 'DeepSeek API (V3)')
			.getByRole('link', { name: 'See its card' })
			.click();
		await page.waitForFunction(() => location.hash === '#offer-deepseek-api-en');
		const card = page.locator(':target');
		expect(plain(await card.getByRole('heading').first().textContent())).toBe('DeepSeek API (V3)');
		await page.waitForFunction(() => {
			const box = document.querySelector(':target')!.getBoundingClientRect();
			return box.top >= 0 && box.top < innerHeight;
		});
		expect(errors).toEqual([]);
	});

	it('“What for” writes for= to the link, and ?for=api shows only the API pick', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await ready(page);
		await page
			.getByRole('group', { name: 'What for' })
			.getByRole('radio', { name: 'Build with an API, pay per use' })
			.check();
		await page.waitForFunction(() => location.search === '?for=api');
		const only = {
			picks: answerTo('/').en.picks.filter((p) => p.kind === 'api')
		};
		await pickArticle(page, 'en', 'api', 'DeepSeek API (V3)').waitFor();
		await expectAnswer(page, 'en', only);

		await page.goto(`${base}/?for=api`);
		await ready(page);
		expect(
			await page.getByRole('radio', { name: 'Build with an API, pay per use' }).isChecked()
		).toBe(true);
		await expectAnswer(page, 'en', only);
		expect(errors).toEqual([]);
	});

	it('“Highest rated first” (sort=rated) puts the highest-rated offer first', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/`);
		await ready(page);
		const order = page.getByLabel('Order');
		expect(await order.locator('option:checked').textContent()).toBe('Cheapest first');
		await order.selectOption({ label: 'Highest rated first' });
		await page.waitForFunction(() => location.search === '?sort=rated');
		const cards = page
			.getByRole('list', { name: 'Recommendations', exact: true })
			.locator(':scope > li');
		const read = async () =>
			(await cards.allTextContents()).map((text) => {
				const score = /Chatbot Arena (\d+)/.exec(text);
				return score ? Number(score[1]) : null;
			});
		const scores = await read();
		const rated = scores.filter((s): s is number => s !== null);
		expect(scores[0]).toBe(Math.max(...rated));
		expect(scores[0]).toBe(1377);
		expect(rated).toEqual([...rated].sort((a, b) => b - a));
		// Unrated after rated.
		expect(scores.slice(0, rated.length)).toEqual(rated);
		expect(
			await page
				.getByRole('list', { name: 'Recommendations', exact: true })
				.locator(':scope > li h3')
				.first()
				.textContent()
		).toBe('ChatGPT Free');

		await page.goto(`${base}/?sort=rated`);
		await ready(page);
		expect(await read()).toEqual(scores);
		expect(await order.inputValue()).toBe('rated');
		expect(errors).toEqual([]);
	});

	it('a phone’s memory: /?device=phone&ram=8 judges the 7B model against about 4 GB', async () => {
		const { page, errors } = browser;
		const card = (list: string) =>
			page
				.getByRole('list', { name: list, exact: true })
				.locator(':scope > li')
				.filter({
					has: page.getByRole('heading', {
						name: 'DeepSeek R1 distilled 7B on your device',
						exact: true
					})
				});
		const reasons = async (list: string) =>
			(await card(list).getByRole('listitem').allTextContents()).map(plain);

		await page.goto(`${base}/?device=phone&ram=8`);
		await ready(page);
		expect(await page.getByLabel('Memory (RAM, GB)').inputValue()).toBe('8');
		// PRODUCT.md §2: the message names the usable memory (R/2 on a phone).
		expect(await reasons('Not a fit')).toContain(
			'Needs about 5.4 GB; a phone with 8 GB leaves about 4 GB for a model: not enough'
		);

		// Memory not given: a condition to check, and the answer asks for it.
		await page.goto(`${base}/?device=phone`);
		await ready(page);
		expect(await reasons('Recommendations')).toContain(
			'Needs about 5.4 GB; enter your phone’s memory to check'
		);
		await expectAnswer(page, 'en', {
			picks: answerTo('/').en.picks,
			none: { device: 'Enter your phone’s memory to see what runs on it.' }
		});
		expect(errors).toEqual([]);
	});

	it('/?budget=٢٠ (Arabic-Indic digits) gives the answer of /?budget=20, and the link is written in Latin digits', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/?budget=20`);
		await ready(page);
		const latin = await picksText(page, 'en');
		await page.goto(`${base}/?budget=${encodeURIComponent('٢٠')}`);
		await ready(page);
		await page.waitForFunction(() => location.search === '?budget=20');
		expect(await picksText(page, 'en')).toEqual(latin);
		expect(await page.getByLabel('Monthly budget').inputValue()).toBe('20');
		await expectAnswer(page, 'en', answerTo('/?budget=20').en);
		expect(errors).toEqual([]);
	});

	it('in Arabic on a 390 × 844 phone, the answer reads right to left', async () => {
		const { page, errors } = browser;
		await page.setViewportSize({ width: 390, height: 844 });
		try {
			await page.goto(`${base}/?device=gpu&vram=8&open=required&lang=ar`);
			await ready(page);
			const answer = answerOf(page, 'ar');
			await answer.waitFor();
			expect(await answer.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
			const name = answer.getByText('DeepSeek R1 المقطَّر 7B على جهازك', { exact: true });
			expect(await name.count()).toBe(1);
			expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
			// The whole name shows: its line is not cut, and nothing runs off the screen.
			expect(
				await name.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)
			).toBe(true);
			expect(
				await pickArticle(page, 'ar', 'device', 'DeepSeek R1 المقطَّر 7B على جهازك').count()
			).toBe(1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		} finally {
			await page.setViewportSize({ width: 1280, height: 800 });
		}
		expect(errors).toEqual([]);
	});
});

describe('cases: the chooser and its data', () => {
	it('compare no longer files the 7B model’s memory under DeepSeek (R1 / V3)', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/compare?ids=deepseek,mistral-small`);
		const table = page.getByRole('table', { name: 'Compare models' });
		await table.waitFor();
		await ready(page);
		const row = table.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: /^Memory to run it on your own device/ })
		});
		const [deepseek, mistral] = (await row.getByRole('cell').allTextContents()).map(plain);
		// DeepSeek (671B) has no self-hosted offer: its need is its own size's (PRODUCT.md §9).
		expect(deepseek).toBe('about 432 GB');
		expect(mistral).toBe('about 16 GB');
		expect(plain(await table.textContent())).not.toMatch(/(?<![\d.])6 GB/);
		expect(errors).toEqual([]);
	});

	it('/?budget=20: the subscription pick is ChatGPT Plus', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/?budget=20`);
		await ready(page);
		expect(await pickArticle(page, 'en', 'subscription', 'ChatGPT Plus').count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('/?open=preferred: the free app pick is the open DeepSeek app, and says why', async () => {
		const { page, errors } = browser;
		for (const [lang, name, says] of [
			['en', 'DeepSeek app', 'Chosen from the more open options, as you prefer'],
			['ar', 'تطبيق DeepSeek', 'اختير من الخيارات الأكثر انفتاحًا كما تفضّل']
		] as const) {
			await page.goto(`${base}/?open=preferred&lang=${lang}`);
			await ready(page);
			const pick = pickArticle(page, lang, 'free', name);
			expect(await pick.count(), lang).toBe(1);
			expect((await pick.getByRole('listitem').allTextContents()).map(plain), lang).toContain(says);
		}
		expect(errors).toEqual([]);
	});

	it('/?use=20&budget=50: the API pick is DeepSeek API (V3), not a chat app', async () => {
		const { page, errors } = browser;
		await page.goto(`${base}/?use=20&budget=50`);
		await ready(page);
		const api = pickArticle(page, 'en', 'api', 'DeepSeek API (V3)');
		expect(await api.count()).toBe(1);
		expect((await api.getByRole('paragraph').allTextContents()).map(plain)).toContain(
			'US$14 a month'
		);
		expect(errors).toEqual([]);
	});

	it('the DeepSeek app tells a phone user it runs in its maker’s cloud, not to download it', async () => {
		const { page, errors } = browser;
		for (const [lang, says] of [
			[
				'en',
				'The weights are open, but this app runs them in its maker’s cloud: what you type goes there'
			],
			['ar', 'أوزانه مفتوحة، لكن هذا التطبيق يشغّلها في سحابة الشركة المطوِّرة: ما تكتبه يذهب إليها']
		] as const) {
			await page.goto(`${base}/?device=phone${lang === 'ar' ? '&lang=ar' : ''}`);
			await ready(page);
			const card = page.locator(`[id="offer-deepseek-app-${lang}"]`);
			const text = plain(await card.textContent());
			expect(text).toContain(says);
			expect(text).not.toMatch(/download|run it yourself|نزّله|تنزيل|شغّله بنفسك/i);
		}
		expect(errors).toEqual([]);
	});
});
