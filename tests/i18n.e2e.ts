import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseLang } from '../src/lib/domain/lang';
import { arAbout } from '../src/lib/i18n/ar-about';
import { arCompare } from '../src/lib/i18n/ar-compare';
import { arSettings } from '../src/lib/i18n/ar-settings';
import { en } from '../src/lib/i18n/en';
import { enAbout } from '../src/lib/i18n/en-about';
import { enCompare } from '../src/lib/i18n/en-compare';
import { enSettings } from '../src/lib/i18n/en-settings';
import { ar } from '../src/lib/i18n/ar';
import { browserPerTest, settled } from './browser';

const base = inject('baseURL');
type ArenaEntry = { entry: string };
const catalogue = JSON.parse(
	readFileSync(new URL('../src/lib/catalogue/catalogue.json', import.meta.url), 'utf8')
) as {
	models: { id: string; arena?: ArenaEntry[] }[];
	offers: { rating?: ArenaEntry }[];
};
/**
 * Chatbot Arena is a public board run by LMSYS, and its entries ("ChatGPT-4o-latest
 * (2025-01-29)", "Mistral-Small-24B-Instruct-2501") are the board's own names: the app cites
 * them as they stand, in both languages. They are taken out of the Arabic text before its Latin
 * words are checked: the board's name on every page (ratings show on cards and picks), its
 * entries only on the pages that list them (model pages and compare).
 */
const BOARD_NAMES = ['Chatbot Arena', 'LMSYS'];
const BOARD_ENTRIES = [
	...new Set([
		...catalogue.models.flatMap((m) => (m.arena ?? []).map((a) => a.entry)),
		...catalogue.offers.flatMap((o) => (o.rating ? [o.rating.entry] : []))
	])
	// Longest first, so an entry that contains another is taken out whole.
].sort((a, b) => b.length - a.length);
const listsBoardEntries = (path: string) =>
	path.startsWith('/models/') || path.startsWith('/compare');
/** `text` without the board's names, each taken out only where it stands as a whole word. */
function withoutBoardNames(text: string, path: string): string {
	const names = listsBoardEntries(path) ? [...BOARD_ENTRIES, ...BOARD_NAMES] : BOARD_NAMES;
	return names.reduce(
		(rest, name) =>
			rest.replace(
				new RegExp(`(?<![\\w.+-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w+-])`, 'g'),
				' '
			),
		text
	);
}

const open = browserPerTest();

const htmlLangDir = (page: Page) =>
	page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
/** Latin words that may stand in Arabic text: names of models, products and units. */
function latinAllowList(): Set<string> {
	const words = new Set([
		'Model',
		'Chooser',
		'English',
		'GB',
		'API',
		'WebGPU',
		'iPhone',
		'iPad',
		'Safari',
		'Chrome',
		'Edge',
		'US',
		'OpenRouter',
		'GET',
		'api',
		'v1',
		'models',
		'api.json',
		'models.dev',
		// The address the app asks for OpenRouter's list, named in the privacy help.
		'openrouter.ai',
		'JSON',
		'YYYY-MM-DD',
		'Zinc',
		'Finance',
		// Products named in the device hint ("a Mac with Apple silicon") and the local runners
		// named in how to run a self-hosted model; RAM and VRAM are units' names, like GB.
		'Mac',
		'Apple',
		'LM',
		'Studio',
		'Ollama',
		'llama.cpp',
		// The phone app named in how to run a model file on a phone.
		'PocketPal',
		'AI',
		'RAM',
		'VRAM'
	]);
	// Every Latin word the catalogue's own Arabic text uses is a name (GPT-4o, DeepSeek, MIT…).
	const data = readFileSync(
		new URL('../src/lib/catalogue/catalogue.json', import.meta.url),
		'utf8'
	);
	const collect = (value: unknown, key = ''): void => {
		if (typeof value === 'string') {
			if (key === 'ar' || key === 'quote')
				for (const w of value.match(/[A-Z][\w.+-]*/gi) ?? []) words.add(w);
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) collect(v, k);
		}
	};
	collect(JSON.parse(data));
	return words;
}

describe('Arabic and English', () => {
	it('?lang=ar sets lang and dir before the app’s own scripts run, and after', async () => {
		const { page, context } = await open();
		await context.route('**/_app/**/*.js', () => undefined);
		await page.goto(`${base}/?lang=ar`, { waitUntil: 'domcontentloaded' });
		expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
		// The prerendered default answer shows in Arabic, never in English first.
		expect(await page.getByRole('heading', { name: 'التوصيات' }).isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Recommendations' }).isVisible()).toBe(false);
		// 14 options: 11 cards, and 3 self-hosted ones of unknown fit folded into one group.
		expect(await page.getByRole('list', { name: 'التوصيات' }).locator(':scope > li').count()).toBe(
			11
		);
		expect(
			await page.getByText('شغّله بنفسك: 3 نماذج مفتوحة — اختر جهازك لترى ما يناسبه منها').count()
		).toBe(1);

		const { page: live, errors } = await open();
		await live.goto(`${base}/?lang=ar&device=phone&local=1&planned=1`);
		await live.getByRole('list', { name: 'التوصيات' }).waitFor();
		expect(await htmlLangDir(live)).toEqual(['ar', 'rtl']);
		// 17 offers; 3 recommended (the phone-side model, and two whose fit needs the phone's memory).
		expect(await live.getByRole('list', { name: 'التوصيات' }).locator(':scope > li').count()).toBe(
			3
		);
		expect(await live.getByRole('list', { name: 'غير مناسب' }).locator(':scope > li').count()).toBe(
			14
		);
		await live.goto(`${base}/?lang=ar`);
		await live.getByRole('list', { name: 'قادم لاحقًا' }).waitFor();
		// Nothing orders the answer's list before the form's field: wait for the field too, then count.
		await live.getByLabel('الميزانية الشهرية').waitFor();
		expect(await live.getByRole('heading', { name: 'Recommendations' }).count()).toBe(0);
		expect(await live.getByLabel('الميزانية الشهرية').count()).toBe(1);
		expect(await live.getByRole('checkbox', { name: 'التشغيل على جهازي فقط' }).count()).toBe(1);
		expect(await live.getByRole('checkbox', { name: 'تضمين النماذج المخطط لها' }).count()).toBe(1);
		expect(await live.getByRole('group', { name: 'الجهاز' }).count()).toBe(1);
		expect(await live.getByRole('group', { name: 'الانفتاح' }).count()).toBe(1);
		expect(await live.getByRole('button', { name: 'مشاركة' }).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('follows the browser’s languages, then a saved choice; the switch writes the link', async () => {
		const { page } = await open({ locale: 'ar-EG' });
		await page.goto(`${base}/`);
		await page.getByRole('heading', { name: 'التوصيات' }).waitFor();
		expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
		// Chosen by the browser, not the person: links do not carry it.
		expect(new URL(page.url()).search).toBe('');

		await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
		expect(await htmlLangDir(page)).toEqual(['en', 'ltr']);
		await page.waitForFunction(() => location.search === '?lang=en');
		await page.getByRole('radio', { name: 'Phone' }).check();
		await page.waitForFunction(() => location.search === '?device=phone&lang=en');

		// The saved choice wins over the browser's language on the next visit.
		await page.goto(`${base}/models`);
		await page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
		expect(await htmlLangDir(page)).toEqual(['en', 'ltr']);
		// The prerendered English shows before the app has started: the switch works once it has.
		await settled(page);
		await page.getByRole('button', { name: 'العربية' }).click();
		await page.getByRole('heading', { level: 1, name: 'الفهرس' }).waitFor();
		expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
	});

	it('Settings, Compare and About speak their own words, reached in the app and after a switch', async () => {
		// Each of these pages' words is a chunk of its own, loaded by the page: reached from the
		// chooser (which never loads them) in the app, and again in the language switched to.
		const { page, errors } = await open();
		await page.goto(`${base}/`);
		await settled(page);
		const nav = page.getByRole('navigation', { name: en.nav.label });
		const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
		await nav.getByRole('link', { name: en.nav.settings }).click();
		await heading(enSettings.settings.title).waitFor();
		await page.getByRole('heading', { name: enSettings.settings.storageTitle }).waitFor();
		await nav.getByRole('link', { name: en.nav.compare }).click();
		await heading(enCompare.compare.title).waitFor();

		await page.getByRole('button', { name: 'العربية' }).click();
		await heading(arCompare.compare.title).waitFor();
		const arNav = page.getByRole('navigation', { name: ar.nav.label });
		await arNav.getByRole('link', { name: ar.nav.about }).click();
		await heading(arAbout.about.title).waitFor();
		await page.getByRole('heading', { name: arAbout.about.privacyTitle }).waitFor();
		await arNav.getByRole('link', { name: ar.nav.settings }).click();
		await heading(arSettings.settings.title).waitFor();
		await page.getByRole('heading', { name: arSettings.settings.storageTitle }).waitFor();

		// And back: the English of a page first shown in Arabic.
		await page.getByRole('button', { name: 'English' }).click();
		await heading(enSettings.settings.title).waitFor();
		await page.getByRole('link', { name: en.nav.about }).click();
		await heading(enAbout.about.title).waitFor();
		expect(errors).toEqual([]);
	});

	it('the switch writes the language into the address on every page, so a reload keeps it', async () => {
		const { page, errors } = await open();
		const langInAddress = () => new URL(page.url()).searchParams.getAll('lang');
		for (const path of ['/settings', '/about', '/models/gpt-4o', '/compare?ids=gpt-4,deepseek']) {
			await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=ar`);
			await settled(page);
			await page.getByRole('button', { name: 'English' }).click();
			await expect.poll(langInAddress, { message: path }).toEqual(['en']);
			await page.reload();
			await settled(page);
			expect(await htmlLangDir(page), path).toEqual(['en', 'ltr']);
			await page.getByRole('button', { name: 'العربية' }).click();
			await expect.poll(langInAddress, { message: path }).toEqual(['ar']);
			expect(new URL(page.url()).pathname, path).toBe(path.split('?')[0]);
		}
		expect(errors).toEqual([]);
	});

	it('the switch pressed before the app has started opens the page in Arabic, inputs kept', async () => {
		const { page, context, errors } = await open();
		// The app's scripts never come: its own handler on the switch is not there.
		await context.route('**/_app/**/*.js', () => undefined);
		await page.goto(`${base}/?device=phone&local=1#main`, { waitUntil: 'domcontentloaded' });
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
			false
		);
		await page.getByRole('button', { name: 'العربية' }).click();
		await page.waitForURL((url) => url.searchParams.get('lang') === 'ar');
		const url = new URL(page.url());
		expect([url.pathname, url.search, url.hash]).toEqual([
			'/',
			'?device=phone&local=1&lang=ar',
			'#main'
		]);
		expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
		// Saved as the switch saves it: the next visit without `lang` is Arabic too.
		expect(await page.evaluate(() => localStorage.getItem('model-chooser:lang'))).toBe('ar');
		// When the app comes, it answers that address in Arabic.
		await context.unroute('**/_app/**/*.js');
		await page.goto(`${base}/?device=phone&local=1`);
		await page.getByRole('list', { name: 'التوصيات' }).waitFor();
		expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
		expect(await page.getByRole('radio', { name: 'هاتف' }).isChecked()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('the inline script and the app choose the same language', async () => {
		for (const locale of ['ar-EG', 'fr-FR', 'en-US']) {
			const { page, context } = await open({ locale });
			const languages = await page.evaluate(() => [...navigator.languages]);
			for (const [query, saved] of [
				['', null],
				['?lang=en', 'ar'],
				['?lang=xx', 'ar'],
				['', 'en']
			] as const) {
				await page.goto(`${base}/robots.txt`);
				await page.evaluate((s) => {
					if (s) localStorage.setItem('model-chooser:lang', s);
					else localStorage.removeItem('model-chooser:lang');
				}, saved);
				await context.route('**/_app/**/*.js', () => undefined);
				await page.goto(`${base}/settings${query}`, { waitUntil: 'domcontentloaded' });
				// Read the settings page itself, never the text page before it (once, under load,
				// the read came while robots.txt was still the document: ['', '']).
				await page.waitForFunction(() => location.pathname === '/settings');
				const { lang } = chooseLang({ query, saved, languages });
				expect(await htmlLangDir(page), `${locale} ${query} ${saved}`).toEqual([
					lang,
					lang === 'ar' ? 'rtl' : 'ltr'
				]);
				await context.unroute('**/_app/**/*.js');
			}
		}
	});

	it('speaks no English in Arabic, on any page, and nothing overflows a 360 px phone either way', async () => {
		const allowed = latinAllowList();
		const { page, errors } = await open({ viewport: { width: 360, height: 740 } });
		const paths = [
			'/',
			'/?device=phone&local=1',
			'/?budget=0&open=required&device=gpu&vram=4',
			'/?device=gpu&vram=8&open=required',
			'/?device=computer&ram=16&for=self',
			'/?س=1&cat=2030-01-01.1',
			'/models',
			'/settings',
			'/models/not-a-model',
			'/models?open=closed&sort=price-desc',
			'/compare?ids=gpt-4,deepseek,gemini',
			'/compare?ids=deepseek,mistral-small,gpt-2',
			'/about',
			...catalogue.models.map((m) => `/models/${m.id}`)
		];
		for (const lang of ['ar', 'en']) {
			for (const path of paths) {
				const url = `${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
				await page.goto(url);
				await settled(page);
				await page.waitForFunction(
					(l) => document.title !== '' && document.documentElement.lang === l,
					lang
				);
				if (lang === 'ar') {
					// The two list addresses the privacy words name are addresses, not English words.
					// No-break spaces and word joiners keep a name whole on screen ("Chatbot Arena 1377",
					// "o3-mini" in an Arabic title); a space, and nothing, here.
					const text = withoutBoardNames(
						(await page.evaluate(() => document.body.innerText))
							.replace(/\u00a0/g, ' ')
							.replace(/\u2060/g, ''),
						path
					).replace(/https:\/\/\S+/g, '');
					const latin = (text.match(/[A-Z][\w.+-]*/gi) ?? []).filter(
						(w) => !allowed.has(w) && !allowed.has(w.replace(/(?<!\.)\.+$/, ''))
					);
					expect.soft(latin, `${path} in Arabic`).toEqual([]);
				}
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${path} in ${lang} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
			}
		}
		expect(errors).toEqual([]);
	}, 120_000);
});
