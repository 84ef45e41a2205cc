/**
 * The public lists on the chooser (issue 15), in a real browser against the built app: the quiet
 * offer of the latest lists and its remembered dismissal, the line on whose prices these are,
 * Share naming the lists, and a receiver told when theirs differ. Lists are seeded as the store
 * keeps them (an "as of" record in IndexedDB); nothing here reaches the real lists' sites.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, readIndexedDb, waitForSeed } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DAY_MS = 24 * 60 * 60 * 1000;
const DISMISSED_KEY = 'model-chooser:lists-offer-dismissed';

/** The line on the public lists, by its name. */
const line = (page: Page, name = 'Public model lists') => page.getByRole('group', { name });

/**
 * Scrolls to where the line stands, between "Your answer" and the recommendations (its code loads
 * when that place comes into view), and returns the line.
 */
async function reachLine(page: Page, lang: 'en' | 'ar' = 'en') {
	const heading = lang === 'en' ? 'Recommendations' : 'التوصيات';
	// Started, in the language asked for: the answer is drawn once more when the language changes.
	await page.waitForFunction(
		(want) =>
			document.documentElement.hasAttribute('data-started') &&
			document.documentElement.lang === want,
		lang
	);
	await page.getByRole('heading', { name: heading, exact: true }).scrollIntoViewIfNeeded();
	return line(page, lang === 'en' ? 'Public model lists' : 'قوائم النماذج العامة');
}

/** Waits until the chooser has read the person's lists and decided what its line says. */
async function linePlaced(page: Page) {
	await reachLine(page);
	await page.waitForFunction(() => document.querySelector('.lists-line') !== null);
}

/** Counts every request to the lists' sites, answered with an error: none should be made. */
async function countListRequests(context: BrowserContext): Promise<() => number> {
	let count = 0;
	for (const url of ['https://openrouter.ai/**', 'https://models.dev/**']) {
		await context.route(url, (route) => {
			count++;
			return route.abort();
		});
	}
	return () => count;
}

/** Stores an "as of" record for OpenRouter's list, `days` days old, as a fetch leaves it. */
async function seedOpenRouter(page: Page, days: number): Promise<string> {
	await page.goto(`${base}/`);
	await waitForSeed(page);
	const asOf = new Date(Date.now() - days * DAY_MS - 60 * 60 * 1000).toISOString();
	await page.evaluate(
		(record) =>
			new Promise<void>((done, fail) => {
				const request = indexedDB.open('model-chooser');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('lists', 'readwrite');
					tx.objectStore('lists').put(record);
					tx.oncomplete = () => {
						db.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ source: 'openrouter', asOf, how: 'fetched', entries: 321 }
	);
	return asOf;
}

/**
 * Stores offers read from OpenRouter's list (as an import leaves them: the person's own, naming
 * the list and its day): one on DeepSeek V3, cheaper than every built-in API, so it is the API
 * pick; one on GPT-4, dearer than any, never a pick.
 */
async function seedOpenRouterOffers(page: Page, day: string) {
	const offer = (id: string, model: string, name: string, input: number, output: number) => ({
		id,
		name: { en: `${name} via OpenRouter`, ar: `${name} عبر OpenRouter` },
		kind: 'api',
		models: [model],
		price: { type: 'per-use', inputPerMTok: input, outputPerMTok: output },
		runsOn: { place: 'cloud' },
		status: 'released',
		host: 'OpenRouter',
		list: { name: 'openrouter', asOf: day },
		perks: [],
		claims: [],
		citations: [],
		publicRecord: [],
		origin: 'own'
	});
	await page.evaluate(
		(offers) =>
			new Promise<void>((done, fail) => {
				const request = indexedDB.open('model-chooser');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('offers', 'readwrite');
					for (const o of offers) tx.objectStore('offers').put(o);
					tx.oncomplete = () => {
						db.close();
						done();
					};
					tx.onerror = () => fail(tx.error);
				};
			}),
		[
			offer('or-deepseek-v3', 'deepseek', 'DeepSeek V3', 0.1, 0.2),
			offer('or-gpt-4', 'gpt-4', 'GPT-4', 90, 180)
		]
	);
}

describe('the public lists on the chooser', () => {
	it('offers the latest lists to a person with none, after the answer; "Not now" is remembered across visits', async () => {
		const { page, context, errors } = await open({ viewport: { width: 390, height: 844 } });
		const requests = await countListRequests(context);
		await page.goto(`${base}/?budget=20`);
		const offer = await reachLine(page);
		await offer.waitFor();
		expect(await offer.textContent()).toContain('Newer models?');
		expect(await offer.getByRole('link', { name: 'Get the latest lists' }).count()).toBe(1);
		// A quiet line after "Your answer", in the page, not a bar over it: it never pushes the
		// answer down nor covers it.
		const layout = await page.evaluate(() => {
			const group = document.querySelector('[role="group"][aria-label="Public model lists"]')!;
			const answer = [...document.querySelectorAll('h2')].find(
				(h) => h.textContent?.trim() === 'Your answer'
			)!;
			let fixed = false;
			for (let el: Element | null = group; el; el = el.parentElement) {
				if (['fixed', 'sticky'].includes(getComputedStyle(el).position)) fixed = true;
			}
			return {
				after: Boolean(answer.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING),
				lineHeight: group.getBoundingClientRect().height,
				fixed
			};
		});
		expect(layout).toMatchObject({ after: true, fixed: false });
		expect(layout.lineHeight).toBeLessThan(60);

		const before = Date.now();
		const dismiss = offer.getByRole('button', {
			name: 'Not now: hide the offer of the latest lists'
		});
		await dismiss.focus();
		await page.keyboard.press('Enter');
		await offer.waitFor({ state: 'detached' });
		// The keyboard goes on from where the offer was, not from the top of the page.
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('lists-line');
		const stored = await page.evaluate((key) => localStorage.getItem(key), DISMISSED_KEY);
		expect(Date.parse(stored!)).toBeGreaterThanOrEqual(before - 1000);
		expect(Date.parse(stored!)).toBeLessThanOrEqual(Date.now());

		await page.reload();
		await linePlaced(page);
		expect(await line(page).count()).toBe(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), DISMISSED_KEY)).toBe(stored);
		expect(requests()).toBe(0);
		expect(errors).toEqual([]);
	});

	for (const screen of [
		{ what: 'a phone', width: 390, height: 844 },
		{ what: 'a computer', width: 1280, height: 1300 }
	]) {
		for (const lang of ['en', 'ar'] as const) {
			it(`keeps the line’s room from the first paint, on ${screen.what} in ${lang}: its coming moves nothing; after "Not now", no room`, async () => {
				const { page, errors } = await open({
					viewport: { width: screen.width, height: screen.height }
				});
				await page.addInitScript(() => {
					const seen = { shifts: [] as string[], spot: -1 };
					Object.assign(window, { __seen: seen });
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
						})[]) {
							if (!entry.hadRecentInput) seen.shifts.push(entry.value.toFixed(4));
						}
					}).observe({ type: 'layout-shift', buffered: true });
					document.addEventListener('DOMContentLoaded', () => {
						const lang = document.documentElement.lang;
						const spot = document.querySelector(`[data-lang-scope='${lang}'] .lists-spot`);
						seen.spot = spot ? spot.getBoundingClientRect().height : -1;
					});
				});
				type Seen = { shifts: string[]; spot: number };
				const seen = () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
				const spotHeight = () =>
					page.evaluate(
						() => document.querySelector('.lists-spot')!.getBoundingClientRect().height
					);
				const stored = () => page.evaluate(() => localStorage.getItem('model-chooser:lists-line'));

				await page.goto(`${base}/?lang=${lang}`);
				const offer = await reachLine(page, lang);
				await offer.waitFor();
				await page.waitForFunction(() => localStorage.getItem('model-chooser:lists-line') !== null);
				const first = await seen();
				const height = await spotHeight();
				// The room kept from the first paint is the line's: nothing moved when it came.
				expect(first.spot).toBeCloseTo(height, 0);
				expect(first.shifts).toEqual([]);
				expect(Number(await stored())).toBe(Math.round(height));

				// "Not now" takes the line away (the person's doing); the next visit keeps no room.
				await offer.getByRole('button', { name: lang === 'en' ? 'Not now' : 'ليس الآن' }).click();
				await page.waitForFunction(() => localStorage.getItem('model-chooser:lists-line') === '0');
				await page.reload();
				await reachLine(page, lang);
				await page.waitForFunction(() => document.querySelector('.lists-line') !== null);
				const second = await seen();
				expect(second.spot).toBe(0);
				expect(await spotHeight()).toBe(0);
				expect(second.shifts).toEqual([]);
				expect(errors).toEqual([]);
			});
		}
	}

	it('leads to Settings’ Get the latest lists, with its button focused, and fetches nothing itself', async () => {
		const { page, context, errors } = await open();
		const requests = await countListRequests(context);
		await page.goto(`${base}/?lang=ar`);
		const offer = await reachLine(page, 'ar');
		await offer.waitFor();
		expect(await offer.textContent()).toContain('نماذج أحدث؟');
		expect(
			await offer.getByRole('button', { name: 'ليس الآن: أخفِ عرض أحدث القوائم' }).count()
		).toBe(1);
		await offer.getByRole('link', { name: 'جلب أحدث القوائم' }).click();
		await page.waitForFunction(() => location.pathname === '/settings');
		await page.waitForFunction(
			() => document.activeElement?.textContent?.trim() === 'جلب أحدث القوائم'
		);
		expect(new URL(page.url()).hash).toBe('#lists-title');
		expect(requests()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('names the list under the answer while a pick is priced from it, else the newest list, in English and Arabic; offers the latest when it is old', async () => {
		const { page, errors } = await open();
		const asOf = await seedOpenRouter(page, 3);
		await seedOpenRouterOffers(page, asOf.slice(0, 10));
		// Chat in an app: the picks are the built-in catalogue's, priced by it, not by the list.
		await page.goto(`${base}/?for=app`);
		await linePlaced(page);
		// Building with an API: the pick is the list's DeepSeek V3, and the line names the list.
		await page.getByLabel('Build with an API, pay per use').check();
		const prices = await reachLine(page);
		await prices.getByText('Prices from OpenRouter, 3 days ago.').waitFor();
		expect((await prices.textContent())?.trim()).toBe('Prices from OpenRouter, 3 days ago.');
		expect(await prices.getByRole('link').count()).toBe(0);
		// Back to the apps: no pick is the list's, and the line says how old the newest list is.
		await page.getByLabel('Chat in an app or website').check();
		const newest = await reachLine(page);
		await newest.getByText('Newest model list: OpenRouter, 3 days ago.').waitFor();
		expect(await page.getByText('Prices from', { exact: false }).count()).toBe(0);
		expect(await newest.getByRole('link').count()).toBe(0);

		await page.goto(`${base}/?lang=ar&for=api`);
		const arabic = await reachLine(page, 'ar');
		await arabic.getByText('الأسعار من \u2068OpenRouter\u2069، قبل 3 أيام.').waitFor();

		const old = await seedOpenRouter(page, 45);
		await seedOpenRouterOffers(page, old.slice(0, 10));
		await page.goto(`${base}/?lang=en&for=api`);
		const stale = await reachLine(page);
		await stale.getByText('Prices from OpenRouter, 45 days ago.').waitFor();
		expect(await stale.getByRole('link', { name: 'Get the latest lists' }).count()).toBe(1);
		// Old lists that price no pick: how old the newest is, the offer of the latest lists, and
		// no word of prices; in Arabic on a phone too.
		await page.goto(`${base}/?lang=en&for=app`);
		const offer = await reachLine(page);
		await offer.getByRole('link', { name: 'Get the latest lists' }).waitFor();
		expect(await offer.textContent()).toContain('Newest model list: OpenRouter, 45 days ago.');
		expect(await offer.textContent()).not.toContain('Prices from');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${base}/?lang=ar&for=app`);
		const arabicOffer = await reachLine(page, 'ar');
		await arabicOffer.getByRole('link', { name: 'جلب أحدث القوائم' }).waitFor();
		expect(await arabicOffer.textContent()).toContain(
			'أحدث قائمة نماذج: \u2068OpenRouter\u2069، قبل 45 يومًا.'
		);
		expect(errors).toEqual([]);
	});

	it('shares a link naming the list and its as-of day', async () => {
		const { page, context, errors } = await open();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		const asOf = await seedOpenRouter(page, 3);
		await page.goto(`${base}/?budget=20`);
		// The line is placed once the person's lists are read: the link names them from then on.
		await linePlaced(page);
		await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByText('Link copied').waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${base}/?budget=20&cat=2025-02-20.5&lists=openrouter.${asOf.slice(0, 10)}`
		);
		expect(errors).toEqual([]);
	});

	const received = [
		{
			lang: 'en',
			said: 'This link was made with OpenRouter’s list of 30 November 2026, which you do not have. The answer may differ from the one shared.',
			get: 'Get the latest lists'
		},
		{
			lang: 'ar',
			said: 'أُنشئ هذا الرابط بقائمة \u2068OpenRouter\u2069 بتاريخ 30 نوفمبر 2026، وهي ليست لديك. لذا قد تختلف الإجابة عن التي شوركت.',
			get: 'جلب أحدث القوائم'
		}
	];
	for (const { lang, said, get } of received) {
		it(`tells a receiver without the link’s list, and offers Get the latest lists (${lang})`, async () => {
			const { page, errors } = await open();
			const link = `?budget=20&lang=${lang}&lists=openrouter.2026-11-30`;
			await page.goto(`${base}/${link}`);
			const notice = page.getByRole('status').filter({ hasText: said });
			await notice.waitFor();
			expect(await notice.getByRole('link', { name: get }).count()).toBe(1);
			// The link's lists stay in the address bar once the person's own are read.
			expect(new URL(page.url()).search).toBe(link);
			expect((await readIndexedDb(page, 'model-chooser')).lists ?? []).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	it('says "may differ" once when the link’s catalogue was edited and its lists differ too', async () => {
		const { page, errors } = await open();
		await page.goto(
			`${base}/?budget=20&lang=en&cat=2025-02-20.5~edited&lists=openrouter.2026-11-30`
		);
		const notices = page.getByRole('status').filter({ hasText: 'which you do not have' });
		await notices.waitFor();
		expect(await notices.textContent()).toContain('so your answer may differ from theirs');
		expect((await notices.textContent())?.match(/may differ/g)).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	it('has no accessibility violations with the offer and a link’s notice shown, light and dark, in both languages', async () => {
		// axe-core goes in as a script of its own, which the page's policy would refuse.
		const { page, errors } = await open({ viewport: { width: 360, height: 740 }, bypassCSP: true });
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const lang of ['en', 'ar'] as const) {
				await page.goto(`${base}/?budget=20&lang=${lang}&lists=openrouter.2026-11-30`);
				const offer = await reachLine(page, lang);
				await offer.waitFor();
				await page.addScriptTag({ path: axePath });
				const violations = await page.evaluate(async () => {
					type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
					const axe = (window as unknown as { axe: { run: () => Promise<Result> } }).axe;
					const result = await axe.run();
					return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
				});
				for (const v of violations) found.push(`${colorScheme} ${lang}: ${v}`);
			}
		}
		expect(found).toEqual([]);
		expect(errors).toEqual([]);
	});
});
