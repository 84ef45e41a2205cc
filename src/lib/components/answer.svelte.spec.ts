import { render, screen, within } from '@testing-library/svelte';
import type { Component, Snippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Fee, Offer } from '$lib/domain/catalogue';
import { defaultInputs, type ChooserInputs } from '$lib/domain/inputs';
import { recommend } from '$lib/domain/recommend';
import { decodeShareLink } from '$lib/domain/share-link';
import { handModel, handOffer } from '$lib/domain/synthetic';
import type { Lang } from '$lib/i18n';
import AnswerBlock from './AnswerBlock.svelte';
import ChooserResults from './ChooserResults.svelte';
import LangScope from './LangScope.svelte';

/**
 * "Your answer" by role and name, for each link of PRODUCT.md §2's table, in both languages.
 * The results are rendered whole, so each "See its card" link can be followed to its card.
 */

/** The answer of a link (`/?…`), as the page computes it. */
const answerOf = (link: string) =>
	recommend(shippedCatalogue, decodeShareLink(link.replace(/^\/\??/, '')).state.inputs);

/** Arabic text isolates Latin pieces with numbers (U+2066…U+2069); a reader sees none of them. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

/**
 * Renders a component inside `LangScope`, as the page does. The scope's `children` is a snippet:
 * a function given the anchor to render at, which is how a parent renders a child component.
 */
function renderIn<Props extends Record<string, unknown>>(
	lang: Lang,
	component: Component<Props>,
	props: Props
) {
	const draw = component as unknown as (anchor: Node, props: Props) => void;
	const children = ((anchor: Node) => draw(anchor, props)) as unknown as Snippet;
	return render(LangScope, { lang, children });
}

const renderAnswer = (link: string, lang: Lang) =>
	renderIn(lang, ChooserResults, {
		result: answerOf(link),
		sort: 'cheap',
		onsort: () => {},
		onapply: () => {},
		onreset: () => {}
	});

type Expected = {
	/** The offer's id: its card is `#offer-<id>-<lang>`. */
	id: string;
	kind: string;
	offer: string;
	cost: string;
	lines: (string | RegExp)[];
	/** False for a planned offer: nothing to get yet, so no page and no "Get it". */
	getIt?: boolean;
};
type Case = {
	link: string;
	/** In the order shown: free app, subscription, on your device, API. */
	picks: Expected[];
	/** The kinds asked about with no pick, and why. */
	none: { kind: string; why: string }[];
};

const FREE = 'Free app';
const SUB = 'Subscription';
const LOCAL = 'On your device';
const API = 'API at your usage';

const chatgptFree: Expected = {
	id: 'chatgpt-free',
	kind: FREE,
	offer: 'ChatGPT Free',
	cost: 'Free',
	lines: ['The highest-rated free app (Chatbot\u00a0Arena\u00a01377)']
};
const deepseekApi: Expected = {
	id: 'deepseek-api',
	kind: API,
	offer: 'DeepSeek API (V3)',
	cost: 'US$0.69 a month',
	lines: [
		'The cheapest API at 1 million tokens a month',
		'Highest rated: DeepSeek API (R1 reasoning), US$1.37 a month (Chatbot\u00a0Arena\u00a01361)'
	]
};
const noDevice = { kind: LOCAL, why: 'Choose your device to see what runs on it.' };

const english: Case[] = [
	{
		link: '/',
		picks: [
			chatgptFree,
			{
				id: 'chatgpt-plus',
				kind: SUB,
				offer: 'ChatGPT Plus',
				cost: 'US$20 a month',
				lines: [
					'The lower tier is enough for most use',
					'For heavier use: ChatGPT Pro, US$200 a month',
					'Over ChatGPT Free: GPT-4, higher limits and priority access'
				]
			},
			deepseekApi
		],
		none: [noDevice]
	},
	{
		link: '/?budget=20',
		picks: [
			chatgptFree,
			{
				id: 'chatgpt-plus',
				kind: SUB,
				offer: 'ChatGPT Plus',
				cost: 'US$20 a month',
				lines: [
					'The subscription that fits your choices',
					'Over ChatGPT Free: GPT-4, higher limits and priority access'
				]
			},
			deepseekApi
		],
		none: [noDevice]
	},
	{
		link: '/?budget=200',
		picks: [
			chatgptFree,
			{
				id: 'chatgpt-pro',
				kind: SUB,
				offer: 'ChatGPT Pro',
				cost: 'US$200 a month',
				lines: [
					'The highest-rated subscription within your budget (Chatbot\u00a0Arena\u00a01377)',
					'ChatGPT Plus: the same models with lower limits, US$20 a month'
				]
			},
			deepseekApi
		],
		none: [noDevice]
	},
	{
		link: '/?device=gpu&vram=8&open=required',
		picks: [
			{
				id: 'deepseek-app',
				kind: FREE,
				offer: 'DeepSeek app',
				cost: 'Free',
				lines: ['The free app that fits your choices']
			},
			{
				id: 'deepseek-local',
				kind: LOCAL,
				offer: 'DeepSeek R1 distilled 7B on your device',
				cost: 'Free',
				lines: [
					// GPT-2 on your device (superseded, smaller) fits too: not "the only one".
					'The largest model that fits your device (7.6B parameters)',
					'Needs about 5.4\u00a0GB; your graphics card has 8\u00a0GB: it fits'
				]
			},
			deepseekApi
		],
		none: [{ kind: SUB, why: 'Closed weights, and you asked for open weights' }]
	},
	{
		link: '/?use=20&budget=50&for=api',
		picks: [
			{
				id: 'deepseek-api',
				kind: API,
				offer: 'DeepSeek API (V3)',
				cost: 'US$14 a month',
				lines: [
					'The cheapest API at 20 million tokens a month',
					'Highest rated: DeepSeek API (R1 reasoning), US$27 a month (Chatbot\u00a0Arena\u00a01361)'
				]
			}
		],
		// "What for" asks for APIs only: the other kinds are not shown at all.
		none: []
	},
	{
		link: '/?device=phone&local=1&planned=1',
		picks: [
			{
				id: 'phone-side-open-local',
				kind: LOCAL,
				offer: 'OpenAI phone-side open model on your phone',
				cost: 'Free',
				lines: ['The only open model that fits your device', 'Planned: not out yet'],
				getIt: false
			}
		],
		none: [
			{ kind: FREE, why: 'Runs only in the cloud, and you want it on your device' },
			{ kind: SUB, why: 'Runs only in the cloud, and you want it on your device' },
			{ kind: API, why: 'Runs only in the cloud, and you want it on your device' }
		]
	}
];

const FREE_AR = 'تطبيق مجاني';
const SUB_AR = 'اشتراك';
const LOCAL_AR = 'على جهازك';
const API_AR = 'واجهة برمجية حسب استخدامك';

const chatgptFreeAr: Expected = {
	id: 'chatgpt-free',
	kind: FREE_AR,
	offer: 'ChatGPT المجاني',
	cost: 'مجاني',
	lines: ['التطبيق المجاني الأعلى تقييمًا (Chatbot\u00a0Arena\u00a01377)']
};
const deepseekApiAr: Expected = {
	id: 'deepseek-api',
	kind: API_AR,
	offer: 'واجهة DeepSeek البرمجية (V3)',
	cost: '0.69\u00a0دولار شهريًا',
	lines: [
		'أرخص واجهة برمجية عند 1 مليون رمز شهريًا',
		'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 1.37\u00a0دولار شهريًا (Chatbot\u00a0Arena\u00a01361)'
	]
};
const plusAddsAr = 'مقارنةً مع ChatGPT المجاني: GPT-4 وحدود أعلى ووصول ذو أولوية';
const noDeviceAr = { kind: LOCAL_AR, why: 'اختر جهازك لترى ما يعمل عليه.' };
const cloudOnlyAr = 'يعمل في السحابة فقط، وأنت تريده على جهازك';

const arabic: Case[] = [
	{
		link: '/',
		picks: [
			chatgptFreeAr,
			{
				id: 'chatgpt-plus',
				kind: SUB_AR,
				offer: 'ChatGPT Plus',
				cost: '20\u00a0دولارًا شهريًا',
				lines: [
					'الفئة الأدنى تكفي لمعظم الاستخدام',
					'للاستخدام الكثيف: ChatGPT Pro، 200\u00a0دولار شهريًا',
					plusAddsAr
				]
			},
			deepseekApiAr
		],
		none: [noDeviceAr]
	},
	{
		link: '/?budget=20',
		picks: [
			chatgptFreeAr,
			{
				id: 'chatgpt-plus',
				kind: SUB_AR,
				offer: 'ChatGPT Plus',
				cost: '20\u00a0دولارًا شهريًا',
				lines: ['الاشتراك الذي يناسب اختياراتك', plusAddsAr]
			},
			deepseekApiAr
		],
		none: [noDeviceAr]
	},
	{
		link: '/?budget=200',
		picks: [
			chatgptFreeAr,
			{
				id: 'chatgpt-pro',
				kind: SUB_AR,
				offer: 'ChatGPT Pro',
				cost: '200\u00a0دولار شهريًا',
				lines: [
					'الاشتراك الأعلى تقييمًا ضمن ميزانيتك (Chatbot\u00a0Arena\u00a01377)',
					'ChatGPT Plus: النماذج نفسها بحدود أقل، 20\u00a0دولارًا شهريًا'
				]
			},
			deepseekApiAr
		],
		none: [noDeviceAr]
	},
	{
		link: '/?device=gpu&vram=8&open=required',
		picks: [
			{
				id: 'deepseek-app',
				kind: FREE_AR,
				offer: 'تطبيق DeepSeek',
				cost: 'مجاني',
				lines: ['التطبيق المجاني الذي يناسب اختياراتك']
			},
			{
				id: 'deepseek-local',
				kind: LOCAL_AR,
				offer: 'DeepSeek R1 المقطَّر 7B على جهازك',
				cost: 'مجاني',
				// The need and the card's memory, with Latin digits; the wording is the dictionary's.
				lines: [
					'أكبر نموذج يناسب جهازك (7.6 مليار معامل)',
					/^يحتاج إلى نحو 5\.4\u00a0غيغابايت، .*\b8\u00a0غيغابايت، وهذا يكفي$/
				]
			},
			deepseekApiAr
		],
		none: [{ kind: SUB_AR, why: 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة' }]
	},
	{
		link: '/?use=20&budget=50&for=api',
		picks: [
			{
				id: 'deepseek-api',
				kind: API_AR,
				offer: 'واجهة DeepSeek البرمجية (V3)',
				cost: '14\u00a0دولارًا شهريًا',
				lines: [
					'أرخص واجهة برمجية عند 20 مليون رمز شهريًا',
					'الأعلى تقييمًا: واجهة DeepSeek البرمجية (R1 للاستدلال)، 27\u00a0دولارًا شهريًا (Chatbot\u00a0Arena\u00a01361)'
				]
			}
		],
		none: []
	},
	{
		link: '/?device=phone&local=1&planned=1',
		picks: [
			{
				id: 'phone-side-open-local',
				kind: LOCAL_AR,
				offer: 'نموذج OpenAI المفتوح على هاتفك',
				cost: 'مجاني',
				lines: ['النموذج المفتوح الوحيد الذي يناسب جهازك', 'مخطط له: لم يصدر بعد'],
				getIt: false
			}
		],
		none: [
			{ kind: FREE_AR, why: cloudOnlyAr },
			{ kind: SUB_AR, why: cloudOnlyAr },
			{ kind: API_AR, why: cloudOnlyAr }
		]
	}
];

const words: Record<Lang, { block: string; seeCard: string; getIt: string; kinds: string[] }> = {
	en: {
		block: 'Your answer',
		seeCard: 'See its card',
		getIt: 'Get it',
		kinds: [FREE, SUB, LOCAL, API]
	},
	ar: {
		block: 'إجابتك',
		seeCard: 'اعرض بطاقته',
		getIt: 'احصل عليه',
		kinds: [FREE_AR, SUB_AR, LOCAL_AR, API_AR]
	}
};

/** Checks the block of one link in one language against its row of the table. */
function checkAnswer(c: Case, lang: Lang, container: HTMLElement) {
	const w = words[lang];
	const block = screen.getByRole('region', { name: w.block });
	expect(within(block).getByRole('heading', { level: 2 })).toHaveTextContent(w.block);

	// One article a kind, in the order of the table (free app, subscription, on your device, API),
	// named by its kind and, for a pick, its offer.
	const kinds = new Set([...c.picks.map((p) => p.kind), ...c.none.map((n) => n.kind)]);
	expect(
		within(block)
			.getAllByRole('heading', { level: 3 })
			.map((h) => h.textContent)
	).toEqual(w.kinds.filter((k) => kinds.has(k)));
	expect(within(block).getAllByRole('article')).toHaveLength(kinds.size);

	for (const p of c.picks) {
		const article = within(block).getByRole('article', {
			name: (name) => plain(name) === `${p.kind} ${p.offer}`
		});
		expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(p.kind);
		expect(within(article).getByText((_, el) => el?.textContent === p.cost)).toBeInTheDocument();
		const lines = within(article)
			.getAllByRole('listitem')
			.map((li) => plain(li.textContent));
		expect(lines).toHaveLength(p.lines.length);
		p.lines.forEach((line, i) =>
			typeof line === 'string' ? expect(lines[i]).toBe(line) : expect(lines[i]).toMatch(line)
		);

		// Each "See its card" is named by its offer: four identical link names say nothing.
		const seeCard = within(article).getByRole('link', {
			name: (name) => plain(name) === `${w.seeCard}: ${p.offer}`
		});
		expect(seeCard).toHaveAttribute('href', `#offer-${p.id}-${lang}`);
		const target = container.querySelector<HTMLElement>(`#offer-${p.id}-${lang}`);
		expect(target, `card of ${p.id}`).not.toBeNull();
		expect(within(target!).getByRole('heading', { level: 3 })).toHaveTextContent(p.offer);

		const getItName = new RegExp(`^${w.getIt}`);
		if (p.getIt === false) {
			expect(within(article).queryByRole('link', { name: getItName })).toBeNull();
			continue;
		}
		const getIt = within(article).getByRole('link', { name: getItName });
		expect(getIt).toHaveTextContent(w.getIt);
		expect(getIt.getAttribute('href')).toMatch(/^https:\/\//);
		expect(getIt).toHaveAttribute('target', '_blank');
		expect(getIt).toHaveAttribute('rel', 'external noopener noreferrer');
	}

	for (const n of c.none) {
		const article = within(block).getByRole('article', { name: n.kind });
		expect(article).toHaveTextContent(n.why);
		expect(within(article).queryByRole('link')).toBeNull();
	}
}

describe('Your answer: PRODUCT.md §2’s table, in English', () => {
	for (const c of english) {
		it(`answers ${c.link}`, () => {
			const { container } = renderAnswer(c.link, 'en');
			checkAnswer(c, 'en', container);
		});
	}
});

describe('Your answer: PRODUCT.md §2’s table, in Arabic', () => {
	for (const c of arabic) {
		it(`answers ${c.link}`, () => {
			const { container } = renderAnswer(c.link, 'ar');
			// Arabic, in the page's direction (`<html dir>`, right to left on an Arabic page: the
			// e2e tests read its order), with no `dir` of its own for the start to set again.
			const scope = container.querySelector('[data-lang-scope]');
			expect(scope).toHaveAttribute('lang', 'ar');
			expect(scope).not.toHaveAttribute('dir');
			checkAnswer(c, 'ar', container);
		});
	}
});

describe('AnswerBlock', () => {
	it('comes before the lists, and its picks are among the recommendations', () => {
		const result = answerOf('/?budget=20');
		renderIn('en', ChooserResults, {
			result,
			sort: 'cheap',
			onsort: () => {},
			onapply: () => {},
			onreset: () => {}
		});
		const block = screen.getByRole('region', { name: 'Your answer' });
		const list = screen.getByRole('region', { name: 'Recommendations' });
		expect(block.compareDocumentPosition(list)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
		const listed = within(list)
			.getAllByRole('heading', { level: 3 })
			.map((h) => h.textContent);
		for (const pick of result.picks) expect(listed).toContain(pick.option.offer.name.en);
	});

	it('renders alone from the picks, speaking the page’s language by default', () => {
		render(AnswerBlock, { result: answerOf('/?device=gpu&vram=8&open=required') });
		const block = screen.getByRole('region', { name: 'Your answer' });
		expect(
			within(block)
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent)
		).toEqual([FREE, SUB, LOCAL, API]);
	});

	it('names every kind of pick in Arabic, as PRODUCT.md §8 does', () => {
		const result = answerOf('/?device=gpu&vram=8');
		expect(result.picks.map((p) => p.kind)).toEqual([
			'free-app',
			'subscription',
			'self-hosted',
			'api'
		]);
		renderIn('ar', AnswerBlock, { result });
		const block = screen.getByRole('region', { name: 'إجابتك' });
		expect(
			within(block)
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent)
		).toEqual([FREE_AR, SUB_AR, LOCAL_AR, API_AR]);
		const getIt = within(block).getAllByRole('link', { name: /^احصل عليه/ });
		expect(getIt).toHaveLength(4);
		for (const link of getIt) expect(link).toHaveTextContent('احصل عليه');
	});
});

describe('Your answer: costs under a cent, and partly known prices', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const models = [handModel('m')];
	const tiny = handOffer('tiny', 'api', ['m'], {
		name: { en: 'Tiny API', ar: 'Tiny API' },
		price: { type: 'per-use', inputPerMTok: 0.01, outputPerMTok: 0.03 }
	});
	const sonar = handOffer('sonar', 'api', ['m'], {
		name: { en: 'Sonar', ar: 'Sonar' },
		price: { type: 'per-use', inputPerMTok: 2, outputPerMTok: 8, fees: [SEARCH] }
	});
	const apiPick = (offers: Offer[], inputs: Partial<ChooserInputs>, lang: Lang) => {
		const result = recommend({ models, offers }, { ...defaultInputs(), ...inputs });
		renderIn(lang, AnswerBlock, { result });
		const article = screen.getByRole('article', { name: new RegExp(lang === 'ar' ? API_AR : API) });
		return plain(article.textContent);
	};

	const cases: {
		what: string;
		offers: Offer[];
		inputs: Partial<ChooserInputs>;
		lang: Lang;
		says: string[];
		never: string[];
	}[] = [
		{
			what: 'a cost under a cent',
			offers: [tiny],
			inputs: { usage: 0.1 },
			lang: 'en',
			says: ['under US$0.01 a month'],
			never: ['US$0.00', 'US$0 ']
		},
		{
			what: 'a cost under a cent, in Arabic',
			offers: [tiny],
			inputs: { usage: 0.1 },
			lang: 'ar',
			says: ['أقل من 0.01\u00a0دولار شهريًا'],
			never: ['0.00']
		},
		{
			what: 'only a partly known API: at least its tokens, and the fee',
			offers: [sonar],
			inputs: { usage: 0.4, budget: 2 },
			lang: 'en',
			says: ['at least US$2 a month, plus US$0.005 a search', 'it also charges US$0.005 a search'],
			never: ['within your budget', 'Within your budget']
		},
		{
			what: 'a fully known API that fits is the pick before a partly known one',
			offers: [sonar, { ...tiny, price: { type: 'per-use', inputPerMTok: 4, outputPerMTok: 4 } }],
			inputs: {},
			lang: 'en',
			says: ['Tiny API', 'US$4 a month', 'The cheapest API at 1 million tokens a month'],
			never: ['Sonar', 'search']
		}
	];
	for (const c of cases) {
		it(c.what, () => {
			const text = apiPick(c.offers, c.inputs, c.lang);
			for (const s of c.says) expect(text).toContain(s);
			for (const s of c.never) expect(text).not.toContain(s);
		});
	}
});
