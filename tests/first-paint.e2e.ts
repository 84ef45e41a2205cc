/**
 * What a visit paints from its very first frame, on a CPU slowed four times: a page that will
 * speak Arabic never shows the prerendered English first (nor English in its title), and an
 * English visit shows English and none of the Arabic UI words.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../scripts/serve.js';
import { ar } from '../src/lib/i18n/ar';
import { arAbout } from '../src/lib/i18n/ar-about';
import { arCompare } from '../src/lib/i18n/ar-compare';
import { arPages } from '../src/lib/i18n/ar-pages';
import { arSettings } from '../src/lib/i18n/ar-settings';
import { en } from '../src/lib/i18n/en';
import { enAbout } from '../src/lib/i18n/en-about';
import { enCompare } from '../src/lib/i18n/en-compare';
import { enPages } from '../src/lib/i18n/en-pages';
import { enSettings } from '../src/lib/i18n/en-settings';
import { errorWords } from '../src/lib/i18n/error-words';
import { browserPerTest, holdScripts, settled } from './browser';
import { builtServer } from './built-server';
import { runsAlone } from './turns';

// Watches frames on a slowed CPU: with no other file on the cores.
runsAlone();

const base = inject('baseURL');
const open = browserPerTest();

const PATHS = [
	'/',
	'/models',
	'/models/gpt-4o',
	'/compare?ids=gpt-4o,deepseek-r1',
	'/about',
	'/settings',
	'/foo'
];

/** The words of `phrases` that `keep` keeps and that are not `names`. */
function wordsOf(phrases: string[], names: string[], keep: (word: string) => boolean): string[] {
	const words = phrases.flatMap((phrase) => phrase.split(/[\s,.;:—–()]+/u));
	return [...new Set(words.filter((w) => keep(w) && !names.includes(w)))];
}
const ENGLISH_WORDS = wordsOf(
	[
		...Object.values(en.nav),
		en.tagline,
		enPages.modelsPage.title,
		enPages.modelsPage.offersHeading,
		enCompare.compare.title,
		enAbout.about.title,
		enAbout.about.privacyTitle,
		enSettings.settings.title,
		enSettings.settings.installTitle,
		enSettings.settings.storageTitle,
		errorWords.en.notFoundTitle
	],
	// The app's other name, shown beside the Arabic one on the chooser.
	['Model', 'Chooser'],
	// Capitalised, as a label or heading starts: small words may stand in a name.
	(w) => /^[A-Z][a-z]{2,}$/.test(w)
);
const ARABIC_WORDS = wordsOf(
	[
		...Object.values(ar.nav),
		arPages.modelsPage.title,
		arPages.modelsPage.offersHeading,
		arCompare.compare.title,
		arAbout.about.title,
		arSettings.settings.title,
		arSettings.settings.installTitle,
		errorWords.ar.notFoundTitle
	],
	// The app's other name on the chooser, and the switch's "العربية" are Arabic on purpose.
	[...ar.appName.split(' '), en.langSwitch.other, ar.nav.label],
	(w) => w.length > 1
);

type Painted = { words: string[]; titles: string[] };

/**
 * Records, on every animation frame from the first and on every change to the document, the
 * words of the text a person can see (a box bigger than a pixel, not hidden, not transparent)
 * and the document's title.
 */
function recordPaints() {
	const seen = new Set<string>();
	const titles = new Set<string>();
	const scan = () => {
		titles.add(document.title);
		if (!document.body) return;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.nodeValue ?? '';
			const parent = node.parentElement;
			if (!text.trim() || !parent) continue;
			if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
			range.selectNodeContents(node);
			if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
			for (const word of text.split(/[\s,.;:—–()]+/u)) if (word) seen.add(word);
		}
	};
	const frame = () => {
		scan();
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	new MutationObserver(scan).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true
	});
	(window as unknown as { painted: () => Painted }).painted = () => ({
		words: [...seen],
		titles: [...titles]
	});
}

/** A browser whose page records what it paints, on a CPU four times slower. */
async function slowRecordingBrowser() {
	const browser = await open();
	await browser.context.addInitScript(recordPaints);
	const cdp = await browser.context.newCDPSession(browser.page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return browser;
}

/** Opens `url`, waits until the app has started and rendered, and returns what was painted. */
async function visit(page: Page, url: string): Promise<Painted> {
	await page.goto(url);
	await page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-started') &&
			!document.documentElement.hasAttribute('data-pending') &&
			!document.documentElement.hasAttribute('data-lang-pending')
	);
	// Two more frames, so the last render is painted and recorded.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	return page.evaluate(() => (window as unknown as { painted: () => Painted }).painted());
}

/** Visits every page in Arabic and expects no English word ever painted, in page or title. */
async function expectArabicOnly(page: Page, query: string) {
	for (const path of PATHS) {
		const url = `${base}${path}${query && (path.includes('?') ? '&' : '?')}${query}`;
		const { words, titles } = await visit(page, url);
		expect
			.soft(
				words.filter((w) => ENGLISH_WORDS.includes(w)),
				`${url} painted`
			)
			.toEqual([]);
		expect
			.soft(
				words.some((w) => ARABIC_WORDS.includes(w)),
				`${url} spoke Arabic`
			)
			.toBe(true);
		const englishTitles = titles.filter((t) => ENGLISH_WORDS.some((w) => t.includes(w)));
		expect.soft(englishTitles, `${url} titled`).toEqual([]);
	}
}

/** Chooses Arabic with the language switch, which remembers it for the next visits. */
async function chooseArabic(page: Page) {
	await visit(page, `${base}/about?lang=en`);
	await page.getByRole('button', { name: 'العربية' }).click();
	await page.waitForFunction(() => localStorage.getItem('model-chooser:lang') === 'ar');
}

describe('the first paint speaks the visit’s language', () => {
	it('?lang=ar paints no English on any page', async () => {
		const { page, errors } = await slowRecordingBrowser();
		await expectArabicOnly(page, 'lang=ar');
		expect(errors).toEqual([]);
	}, 120_000);

	it('a remembered choice of Arabic paints no English on any page', async () => {
		const { page, errors } = await slowRecordingBrowser();
		await chooseArabic(page);
		await expectArabicOnly(page, '');
		expect(errors).toEqual([]);
	}, 120_000);

	it('?lang=en paints English and none of the Arabic UI words', async () => {
		const { page, errors } = await slowRecordingBrowser();
		for (const path of PATHS) {
			const url = `${base}${path}${path.includes('?') ? '&' : '?'}lang=en`;
			const { words } = await visit(page, url);
			expect
				.soft(
					words.filter((w) => ARABIC_WORDS.includes(w)),
					`${url} painted`
				)
				.toEqual([]);
			expect.soft(words.includes(en.nav.catalogue), `${url} spoke English`).toBe(true);
		}
		expect(errors).toEqual([]);
	}, 120_000);

	it('an Arabic visit whose app fails, or never starts, shows the prerendered page after all', async () => {
		const { page, context } = await open();
		const bodyVisible = () =>
			page.evaluate(() => document.body.checkVisibility({ visibilityProperty: true }));

		// The English page, read left to right as English, and a line in Arabic that says why.
		const shownInEnglish = async () => {
			expect(await bodyVisible()).toBe(true);
			expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
				'en',
				'ltr'
			]);
			const note = page.getByRole('status').filter({ hasText: 'الواجهة العربية' });
			await expect
				.poll(() => note.evaluate((p) => [p.getAttribute('lang'), p.getAttribute('dir')]))
				.toEqual(['ar', 'rtl']);
			return note;
		};

		await context.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto(`${base}/about?lang=ar`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-lang-pending'));
		expect(await page.title()).toBe('About — Model Chooser');
		await shownInEnglish();
		await context.unroute('**/_app/**/*.js');

		// Scripts held back past the wait: English after 10 s; when they come, the page is Arabic.
		await page.clock.install();
		const held: Route[] = [];
		let released = false;
		await context.route('**/_app/**/*.js', (route) =>
			released ? route.continue() : void held.push(route)
		);
		await page.goto(`${base}/about?lang=ar`, { waitUntil: 'domcontentloaded' });
		expect(await bodyVisible()).toBe(false);
		expect(await page.title()).toBe(ar.appName);
		await page.clock.runFor(10_000);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-lang-pending'));
		const note = await shownInEnglish();
		// The scripts come, but the Arabic words of the pages come later still: until they have
		// rendered, the English text stays left to right as English, with its line in Arabic.
		let wordsHeld: Route | undefined;
		const wordsAsked = new Promise<void>((asked) => {
			void context.route('**/_app/**/*.js', async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				if (!body.includes(arAbout.about.title)) return route.fulfill({ response, body });
				wordsHeld = route;
				asked();
			});
		});
		released = true;
		await Promise.all(held.map((route) => route.continue()));
		await page.clock.resume();
		await wordsAsked;
		await shownInEnglish();
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
			false
		);
		await wordsHeld?.continue();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await expect.poll(() => note.count()).toBe(0);
		await expect
			.poll(() => page.evaluate(() => [document.documentElement.lang, document.dir]))
			.toEqual(['ar', 'rtl']);
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe(arAbout.about.title);
	});
});

/** What `watchHydration` saw, kept on the page's window. */
type Watched = {
	prerendered: Element[];
	inStart: number;
	after: number;
	linkAtStart?: string | null;
};

/**
 * Before `page` loads anything: keeps the elements `prerendered` matches as the page's HTML came,
 * and counts each `dir` set inside `within` (Svelte sets every `dir` as it hydrates) as in the
 * start's task or after it. The start's task ends after its microtasks: past a chain of 50
 * started when it sets <html data-started>, all of its own have run; `link`'s first match's href
 * is read then (`linkAtStart`).
 */
function watchHydration(page: Page, watch: { prerendered: string; within: string; link?: string }) {
	return page.addInitScript((watch) => {
		const w = window as unknown as Watched;
		Object.assign(w, { prerendered: [], inStart: 0, after: 0 });
		document.addEventListener('DOMContentLoaded', () => {
			w.prerendered = [...document.querySelectorAll(watch.prerendered)];
		});
		let startOver = false;
		new MutationObserver((records) => {
			for (const record of records) {
				if (record.attributeName === 'data-started') {
					let left = 50;
					const step = () => {
						if (--left > 0) return queueMicrotask(step);
						startOver = true;
						if (watch.link) {
							w.linkAtStart = document.querySelector(watch.link)?.getAttribute('href');
						}
					};
					queueMicrotask(step);
				} else if ((record.target as Element).closest(watch.within)) {
					w[startOver ? 'after' : 'inStart'] += 1;
				}
			}
		}).observe(document, { attributeFilter: ['dir', 'data-started'], subtree: true });
	}, watch);
}

describe('the app starts after the first paint where the page is readable without it', () => {
	/** When the page first painted, and when it asked for its first script (ms from navigation). */
	async function paintAndFirstScript(page: Page, url: string) {
		await page.goto(url);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		return page.evaluate(() => {
			const paint = performance.getEntriesByName('first-paint')[0]?.startTime;
			const scripts = performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.startsWith('/_app/immutable/'))
				.map((entry) => entry.startTime);
			return { paint, firstScript: Math.min(...scripts), scripts: scripts.length };
		});
	}

	it('an English page is painted before its scripts are asked for; an Arabic one asks at once', async () => {
		const { page, errors } = await slowRecordingBrowser();
		for (const path of ['/', '/models', '/about']) {
			const english = await paintAndFirstScript(page, `${base}${path}?lang=en`);
			expect(english.scripts, path).toBeGreaterThan(3);
			expect(english.paint, path).toBeLessThanOrEqual(english.firstScript);
		}
		// In Arabic the prerendered English is hidden until the app has rendered the page in
		// Arabic: the first paint shows only the app's name, and the scripts must not wait for it.
		const arabic = await paintAndFirstScript(page, `${base}/?lang=ar`);
		expect(arabic.scripts).toBeGreaterThan(3);
		expect(arabic.firstScript).toBeLessThan(arabic.paint ?? Infinity);
		expect(errors).toEqual([]);
	}, 60_000);

	it('the start sets the direction of nothing that holds other elements (each makes Chromium work out all inside again)', async () => {
		const { page, errors } = await open();
		await page.addInitScript(() => {
			const w = window as unknown as { dirsSet: string[] };
			w.dirsSet = [];
			new MutationObserver((records) => {
				for (const r of records) {
					const target = r.target as Element;
					if (target.childElementCount > 0 && target !== document.documentElement)
						w.dirsSet.push(`${target.outerHTML.slice(0, 60)} from ${r.oldValue}`);
				}
			}).observe(document, {
				attributeFilter: ['dir'],
				attributeOldValue: true,
				subtree: true
			});
		});
		// Only <html> gets its direction, from app.html, before the body exists.
		for (const lang of ['en', 'ar']) {
			await page.goto(`${base}/?lang=${lang}&planned=1`);
			await settled(page);
			expect(await page.locator('.option h3').count()).toBeGreaterThan(5);
			const set = await page.evaluate(() => (window as unknown as { dirsSet: string[] }).dirsSet);
			expect(set, lang).toEqual([]);
		}
		expect(errors).toEqual([]);
	});

	it('a visit from the top lays out no card or row off the screen before it comes to life; a reload or a link to a card lays out all', async () => {
		const { page, context, errors } = await open({ viewport: { width: 390, height: 844 } });
		/** Whether the first and last cards' contents are laid out (not skipped by content-visibility). */
		const laidOut = () =>
			page.evaluate(() => {
				// The first answer: the page's language's (the other one is hidden).
				const answer = document.querySelector('[data-lang-scope]')!;
				const titles = [...answer.querySelectorAll('article.option h3')];
				return [titles[0], titles.at(-1)].map((h3) =>
					h3?.checkVisibility({ contentVisibilityAuto: true })
				);
			});
		const fromTop = () =>
			page.evaluate(() => document.documentElement.hasAttribute('data-from-top'));

		// The app held back: what the prerendered page does alone. The cards are below a phone's screen.
		await context.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto(`${base}/?lang=en`);
		expect(await fromTop()).toBe(true);
		expect(await laidOut()).toEqual([false, false]);
		// Scrolled to, a card is laid out.
		await page
			.locator('[data-lang-scope]')
			.first()
			.locator('article.option')
			.last()
			.scrollIntoViewIfNeeded();
		await expect.poll(laidOut).toEqual([false, true]);
		// A link to a card followed before the start ("See its card" of the subscription pick): every
		// card is laid out first, so the card is where it is once all are (at its scroll margin).
		await page.goto(`${base}/?lang=en`);
		expect(await fromTop()).toBe(true);
		const seeCard = page
			.locator('[data-lang-scope] .answer-block .pick:not(.none)')
			.nth(1)
			.locator('.links > a')
			.first();
		const card = (await seeCard.getAttribute('href'))!.slice(1);
		await seeCard.click();
		expect(await fromTop()).toBe(false);
		expect(await laidOut()).toEqual([true, true]);
		const offMargin = () =>
			page.evaluate((id) => {
				const target = document.getElementById(id)!;
				const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
				return Math.round(target.getBoundingClientRect().top - margin) || 0;
			}, card);
		await expect.poll(offMargin).toBe(0);
		// A reload opens where the page was, and a link to a card at the card: every card is laid
		// out at once, so none moves what is shown as it comes in.
		await page.reload();
		expect(await fromTop()).toBe(false);
		expect(await laidOut()).toEqual([true, true]);
		await page.goto(`${base}/#offer-openai-api-gpt-4-en`);
		expect(await fromTop()).toBe(false);
		expect(await laidOut()).toEqual([true, true]);

		// So are the catalogue's rows, cards on a phone.
		const lastRowLaidOut = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('tbody tr')].at(-1)?.firstElementChild?.checkVisibility({
					contentVisibilityAuto: true
				})
			);
		await page.goto(`${base}/models?lang=en`);
		expect(await fromTop()).toBe(true);
		expect(await lastRowLaidOut()).toBe(false);

		// Started: each card and row comes to life, and is laid out then, wherever it is.
		await context.unroute('**/_app/**/*.js');
		await page.goto(`${base}/models?lang=en`);
		await settled(page);
		expect(await page.locator('tr[data-waiting]').count()).toBe(0);
		expect(await lastRowLaidOut()).toBe(true);
		await page.goto(`${base}/?lang=en`);
		await settled(page);
		expect(await fromTop()).toBe(true);
		expect(await page.locator('li[data-waiting]').count()).toBe(0);
		expect(await laidOut()).toEqual([true, true]);
		// The scripts held back (and only they) failed to load.
		const others = errors.filter(
			(e) => !/net::ERR_FAILED|Failed to fetch dynamically imported module: \S+\/_app\//.test(e)
		);
		expect(others).toEqual([]);
	});

	it('the answer’s cards keep their prerendered nodes: in English they come to life after the start, and follow a change', async () => {
		// Arabic hydrates the first prerendered answer (English) in Arabic, in the start; so does a
		// chosen language (the cards' links carry it) and a link whose inputs change the cards.
		const visits = [
			{ lang: 'en', link: '', inStart: false, costs: ['US$6.25 a month', 'US$125 a month'] },
			{
				lang: 'ar',
				link: 'lang=ar',
				inStart: true,
				costs: ['6.25\u00a0دولار شهريًا', '125\u00a0دولارًا شهريًا']
			},
			{ lang: 'en', link: 'lang=en', inStart: true, costs: ['US$6.25 a month', 'US$125 a month'] },
			{ lang: 'en', link: 'use=20', inStart: true, costs: ['US$125 a month', 'US$6.25 a month'] }
		];
		for (const { lang, link, inStart, costs } of visits) {
			const { page, errors, warnings } = await open();
			await watchHydration(page, {
				prerendered: '[data-lang-scope] article.option',
				within: 'article.option',
				link: 'article.option .models a'
			});
			const card = `offer-openai-api-gpt-4o-${lang}`;
			const seen = () =>
				page.evaluate((card) => {
					const w = window as unknown as Watched;
					const shown = [...document.querySelectorAll('[data-lang-scope] article.option')];
					const link = document.querySelector('article.option .models a')?.getAttribute('href');
					return {
						linkAsAtStart: link === w.linkAtStart,
						hydratedInStart: w.inStart > 0,
						hydratedAfter: w.after > 0,
						shown: shown.length,
						kept: shown.filter((node) => w.prerendered.includes(node)).length,
						cardKept: w.prerendered.includes(document.getElementById(card)!)
					};
				}, card);
			const cost = page.locator(`#${card} dd`).first();

			await page.goto(`${base}/${link ? `?${link}` : ''}`);
			await settled(page);
			const atFirst = await seen();
			// A card's links are right from the start: as prerendered, or with the chosen language.
			expect(atFirst, link).toMatchObject({
				hydratedInStart: inStart,
				shown: 14,
				kept: 14,
				linkAsAtStart: true
			});
			// In English, hydrated all the same: after the start.
			if (!inStart) expect(atFirst.hydratedAfter).toBe(true);
			expect(await cost.textContent()).toBe(costs[0]);
			// Alive: the card's monthly cost follows the usage, in the same nodes.
			await page.locator('#use').fill(link.startsWith('use=') ? '1' : '20');
			await expect.poll(() => cost.textContent()).toBe(costs[1]);
			expect((await seen()).cardKept, lang).toBe(true);
			expect(errors).toEqual([]);
			expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
		}
	});

	it('the answer’s picks keep their prerendered nodes: in English they come to life after the start, and follow a change', async () => {
		// As the cards: Arabic hydrates the first prerendered answer (English) in Arabic, in the start.
		for (const { link, inStart } of [
			{ link: '', inStart: false },
			{ link: '?lang=ar', inStart: true }
		]) {
			const { page, errors, warnings } = await open();
			await watchHydration(page, {
				prerendered: '[data-lang-scope] .answer-block, [data-lang-scope] .answer-block .pick',
				within: '.answer-block'
			});
			const seen = () =>
				page.evaluate(() => {
					const w = window as unknown as Watched;
					const shown = [...document.querySelectorAll('.answer-block, .answer-block .pick')];
					return {
						hydratedInStart: w.inStart > 0,
						hydratedAfter: w.after > 0,
						shown: shown.length,
						kept: shown.filter((node) => w.prerendered.includes(node)).length
					};
				});
			await page.goto(`${base}/${link}`);
			await settled(page);
			const atFirst = await seen();
			expect(atFirst.shown, link).toBeGreaterThan(2);
			expect(atFirst, link).toMatchObject({ hydratedInStart: inStart, kept: atFirst.shown });
			if (!inStart) expect(atFirst.hydratedAfter).toBe(true);
			// Alive: the API pick's monthly cost follows the usage, in the same nodes.
			const cost = page.locator('.answer-block .pick .cost').last();
			const before = await cost.textContent();
			await page.locator('#use').fill('20');
			await expect.poll(() => cost.textContent()).not.toBe(before);
			expect((await seen()).kept, link).toBe(atFirst.shown);
			expect(errors).toEqual([]);
			expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
		}
	});

	it('the catalogue’s rows keep their prerendered nodes: in English they come to life after the start, and follow a change', async () => {
		// A row's cells say whose they are and in what language (`data-cells`): the prerendered
		// ones are English, in English order. Arabic (another order, another language) and a chosen
		// language (the rows' links carry it) hydrate them in the start.
		const visits = [
			{ lang: 'en', link: '', inStart: false, rows: 29, kept: 29 },
			{ lang: 'en', link: 'lang=en', inStart: true, rows: 29, kept: 29 },
			{ lang: 'ar', link: 'lang=ar', inStart: true, rows: 29, kept: expect.any(Number) },
			// The models' row it keeps waits; the offers' table, below it, draws its new first rows a
			// frame after the start.
			{ lang: 'en', link: 'q=qwen', inStart: false, rows: 2, kept: 1 }
		];
		for (const { lang, link, inStart, rows, kept } of visits) {
			const { page, errors, warnings } = await open();
			await watchHydration(page, { prerendered: 'tbody [data-cells]', within: 'tbody' });
			const seen = () =>
				page.evaluate(() => {
					const w = window as unknown as Watched;
					const cells = [...document.querySelectorAll('tbody tr')].map((row) =>
						row.querySelector(':scope > [data-cells]')
					);
					return {
						hydratedInStart: w.inStart > 0,
						hydratedAfter: w.after > 0,
						rows: cells.length,
						kept: cells.filter((cell) => cell && w.prerendered.includes(cell)).length,
						// Every row's cells are its own, in the page's language.
						mismatched: [...document.querySelectorAll('tbody tr')]
							.filter(
								(row) =>
									row.querySelector(':scope > [data-cells]')?.getAttribute('data-cells') !==
									`${document.documentElement.lang}:${(row as HTMLElement).dataset.id}`
							)
							.map((row) => (row as HTMLElement).dataset.id)
					};
				});

			await page.goto(`${base}/models${link ? `?${link}` : ''}`);
			await settled(page);
			const atFirst = await seen();
			expect(atFirst, link).toEqual({
				hydratedInStart: inStart,
				hydratedAfter: !inStart,
				rows,
				kept,
				mismatched: []
			});
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			const row = page.locator('tbody tr').first();
			// Alive: its star keeps a favourite, and its link carries a chosen language.
			const star = row.getByRole('button', { name: /^(Favourite|مفضّل):/ });
			await star.click();
			await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
			if (link.startsWith('lang=')) {
				expect(await page.locator('tbody th a').first().getAttribute('href')).toContain(link);
			}
			expect(errors).toEqual([]);
			expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
			if (lang !== 'en' || link !== '') continue;
			// The language switch: each row speaks Arabic, the models' rows in the same nodes (the
			// offers' table, below it, draws its reordered rows a frame later).
			const deepseek = await page
				.locator('tbody tr[data-id="deepseek"] td')
				.first()
				.elementHandle();
			await page.getByRole('button', { name: 'العربية' }).click();
			await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
			await expect.poll(async () => (await seen()).mismatched).toEqual([]);
			expect((await seen()).kept).toBeGreaterThanOrEqual(12);
			expect(
				await deepseek!.evaluate((cell) => [
					cell.isConnected,
					cell.getAttribute('data-cells'),
					cell.closest('tr')?.querySelector('td[data-label]')?.getAttribute('data-label')
				])
			).toEqual([true, 'ar:deepseek', arPages.modelsPage.columns.vendor]);
		}
	});

	it('a catalogue row whose data the person changed shows their data, not the prerendered', async () => {
		const { page, errors, warnings } = await open();
		await editPlusTo22(page);
		// Rows the tables take off the page: none while the person's data loads (the same rows,
		// made anew, are updated in place; taken off and drawn again, the page shrank and jumped).
		await page.addInitScript(() => {
			const w = window as unknown as { rowsTakenOff: number };
			w.rowsTakenOff = 0;
			new MutationObserver((records) => {
				for (const record of records) {
					if (record.target.nodeName !== 'TBODY') continue;
					w.rowsTakenOff += [...record.removedNodes].filter((n) => n.nodeName === 'TR').length;
				}
			}).observe(document, { childList: true, subtree: true });
		});
		for (const link of ['', 'q=plus']) {
			await page.goto(`${base}/models${link ? `?${link}` : ''}`);
			await settled(page);
			const plus = page.locator('tbody tr[data-id="chatgpt-plus"]');
			expect(await plus.locator('td[data-label="Price"]').textContent(), link).toBe(
				'US$22 a month'
			);
			// And it stays so once every row has come to life.
			await page.waitForFunction(
				() => !document.documentElement.hasAttribute('data-cards-waiting')
			);
			expect(await plus.locator('td[data-label="Price"]').textContent(), link).toBe(
				'US$22 a month'
			);
			if (link === '') {
				const taken = () =>
					page.evaluate(() => (window as unknown as { rowsTakenOff: number }).rowsTakenOff);
				expect(await taken()).toBe(0);
			}
		}
		expect(errors).toEqual([]);
		expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
	});

	it('a page whose catalogue the person changed is dimmed till storage answers, never showing the shipped price as theirs', async () => {
		// Scripts held back need the network: no service worker to answer from its cache.
		const { page, context, errors } = await open({ serviceWorkers: 'block' });
		const dimmed = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('[data-shows-catalogue]')].map(
					(node) => getComputedStyle(node).opacity
				)
			);
		const plusPrice = page.locator('tr[data-id="chatgpt-plus"] td[data-label="Price"]');
		await page.goto(`${base}/models`);
		await settled(page);
		// Nothing of the person's: nothing dimmed, from the first paint on.
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-own-data'))).toBe(
			false
		);
		await editPlusTo22(page);

		for (const path of ['/models', '/models/gpt-4o']) {
			const release = await holdScripts(context);
			await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
			// The prerendered page, with the shipped price: dimmed, as it is not the person's yet.
			expect(await dimmed(), path).toEqual(path === '/models' ? ['0.45', '0.45'] : ['0.45']);
			if (path === '/models') expect(await plusPrice.textContent()).toBe('US$20 a month');
			await release();
			await settled(page);
			expect(await dimmed(), path).toEqual(path === '/models' ? ['1', '1'] : ['1']);
			if (path === '/models') expect(await plusPrice.textContent()).toBe('US$22 a month');
			await context.unroute('**/_app/**/*.js');
		}

		// The edit undone: the next visit's prerendered page is the person's, and is not dimmed.
		await page.getByRole('button', { name: 'Revert' }).click();
		await page.getByText('Edited by you (was US$20 a month)').waitFor({ state: 'detached' });
		const release = await holdScripts(context);
		await page.goto(`${base}/models`, { waitUntil: 'domcontentloaded' });
		expect(await dimmed()).toEqual(['1', '1']);
		await release();
		expect(errors).toEqual([]);
	});
});

/** Changes ChatGPT Plus's price to US$22 a month on GPT-4o's page, and waits till it is saved. */
async function editPlusTo22(page: Page): Promise<void> {
	await page.goto(`${base}/models/gpt-4o`);
	await settled(page);
	await page.getByRole('button', { name: 'Change the price: ChatGPT Plus' }).click();
	await page.getByLabel('US$ a month').fill('22');
	await page.getByRole('button', { name: 'Save' }).first().click();
	await page.getByText('Edited by you (was US$20 a month)').waitFor();
}

/**
 * The build served as usual, except one page's HTML (`path`, asked for as a document), which is
 * sent up to `cut` (an index into its text) and the rest only on `release()`: a page read in
 * parts, as on a slow network or from the service worker's copy. `close()` stops the server.
 */
async function splitServer(path: string, cut: (html: string) => number) {
	const html = await (await fetch(`${base}${path}`)).text();
	const at = cut(html);
	let release = () => {};
	const released = new Promise<void>((done) => (release = done));
	const { url, close } = await builtServer((req, res) => {
		if (new URL(req.url ?? '/', 'http://host').pathname !== path) return false;
		res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
		res.write(html.slice(0, at));
		void released.then(() => res.end(html.slice(at)));
		return true;
	});
	return { url, release, close };
}

describe('a page whose HTML comes in parts', () => {
	// Where the header's first line grew as the language switch came (a layout shift a deep link's
	// second visit caught), and half way through the catalogue's table.
	const CASES = [
		{ path: '/', cut: (html: string) => html.indexOf('>', html.indexOf('class="switch')) + 1 },
		{ path: '/models', cut: (html: string) => html.indexOf('</tr>', html.length / 2) }
	];

	for (const { path, cut } of CASES) {
		it(`${path}: paints nothing of the part that came, then moves nothing when the rest comes`, async () => {
			const split = await splitServer(path, cut);
			try {
				const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
				await page.addInitScript(() => {
					const shifts: number[] = [];
					Object.assign(window, { __shifts: shifts });
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
							shifts.push(entry.value);
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(`${split.url}${path}?lang=en`, { waitUntil: 'commit' });
				// The first part is in the document (polled by timer: no frame may come).
				await page.waitForFunction(() => document.querySelector('header') !== null, undefined, {
					polling: 20
				});
				// A frame would paint it: none comes while the rest is on its way.
				const framed = await page.evaluate(
					() =>
						new Promise<boolean>((done) => {
							requestAnimationFrame(() => done(true));
							setTimeout(() => done(false), 400);
						})
				);
				expect(framed, 'a frame from part of the page').toBe(false);
				expect(await page.evaluate(() => performance.getEntriesByType('paint').length)).toBe(0);
				split.release();
				await settled(page);
				expect(await page.evaluate(() => performance.getEntriesByType('paint').length)).toBe(2);
				expect(
					await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
				).toEqual([]);
				expect(errors).toEqual([]);
			} finally {
				await split.close();
			}
		});
	}
});

describe('the catalogue says where its list comes from once, in its final words', () => {
	for (const lang of ['ar', 'en'] as const) {
		it(`on a first visit and the next, in ${lang}`, async () => {
			const { page, errors } = await slowRecordingBrowser();
			// The source line's words in each frame it is seen in.
			await page.context().addInitScript(() => {
				const seen: string[] = [];
				Object.assign(window, { __sourceSeen: seen });
				const frame = () => {
					const line = document.querySelector('p.source');
					if (line?.checkVisibility({ visibilityProperty: true })) {
						const words = line.textContent?.trim() ?? '';
						if (seen.at(-1) !== words) seen.push(words);
					}
					requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			});
			const words = lang === 'ar' ? arPages.modelsPage : enPages.modelsPage;
			for (const visit of ['first', 'next']) {
				await page.goto(`${base}/models?lang=${lang}`);
				await settled(page);
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const { seen, source } = await page.evaluate(() => ({
					seen: (window as unknown as { __sourceSeen: string[] }).__sourceSeen,
					source: document.querySelector('p.source')?.getAttribute('data-source')
				}));
				// Its final words: storage's, or the built-in catalogue's where storage has none.
				const final = source === 'indexeddb' ? words.fromDevice : words.fromBundle;
				const plain = seen.map((text) => text.replace(/[\u2066-\u2069]/g, ''));
				expect(plain, `${visit} visit`).toHaveLength(1);
				expect(plain[0], `${visit} visit`).toMatch(final.slice(0, final.indexOf('{')).trim());
			}
			expect(errors).toEqual([]);
		}, 60_000);
	}
});
