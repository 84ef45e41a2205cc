/**
 * Reading the answer as a person does: the whole answer a screen at a time on a phone and on a
 * computer, in both languages, moves nothing on screen (PerformanceObserver 'layout-shift') and
 * every card is there with its words; a link to a card ("See its card", or one opened from
 * outside) lands on that card, at its scroll margin, and stays there. (Written for
 * `content-visibility: auto` on the cards, tried in issue 18 and taken out: see the README.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, settled } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

const SCREENS = [
	{ what: 'a phone', width: 390, height: 844 },
	{ what: 'a computer', width: 1280, height: 1300 }
];

/** Notes every layout shift the person did not cause, from the page's start. */
async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: string[] = [];
		Object.assign(window, { __shifts: shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node | null }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				const moved = entry.sources.map(({ node }) =>
					node instanceof Element ? `${node.tagName} ${node.id || node.className}` : node?.nodeName
				);
				shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const shifts = (page: Page) =>
	page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);

/** Two frames: a shift the last step caused has been reported by then. */
const frames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

describe('reading the answer, and links to its cards', () => {
	for (const screen of SCREENS) {
		for (const lang of ['en', 'ar'] as const) {
			it(`reading the answer a screen at a time moves nothing, on ${screen.what} in ${lang}`, async () => {
				const { page, errors } = await open({
					viewport: { width: screen.width, height: screen.height }
				});
				await watchShifts(page);
				await page.goto(`${base}/?lang=${lang}`);
				await settled(page);
				const cards = page.locator(`article.option[id$='-${lang}']`);
				expect(await cards.count()).toBeGreaterThanOrEqual(10);
				for (;;) {
					const moved = await page.evaluate(() => {
						const before = scrollY;
						scrollBy(0, innerHeight * 0.9);
						return scrollY !== before;
					});
					await frames(page);
					if (!moved) break;
				}
				// Every card with its words, at the end of the answer as at its start.
				for (const card of await cards.all()) {
					expect((await card.getByRole('heading').first().textContent())?.trim()).not.toBe('');
				}
				expect(await shifts(page)).toEqual([]);
				expect(errors).toEqual([]);
			});
		}
	}

	it('“See its card” lands each pick’s card at the top of a phone’s screen', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/`);
		await settled(page);
		const links = await page.getByRole('link', { name: 'See its card' }).all();
		expect(links.length).toBeGreaterThanOrEqual(3);
		for (const link of links) {
			await page.evaluate(() => scrollTo(0, 0));
			await link.click();
			await frames(page);
			const top = await page.evaluate(
				() => document.querySelector(':target')!.getBoundingClientRect().top
			);
			// Its scroll margin (1rem) above it, as every card lands.
			expect(Math.abs(top - 16), (await link.getAttribute('href')) ?? '').toBeLessThanOrEqual(2);
		}
		expect(errors).toEqual([]);
	});

	it('a link to a card far down the answer opens on it, and stays there', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await watchShifts(page);
		await page.goto(`${base}/`);
		await settled(page);
		const id = await page.locator("article.option[id$='-en']").nth(9).getAttribute('id');
		await page.goto(`${base}/?lang=en#${id}`);
		await settled(page);
		await frames(page);
		const top = () =>
			page.evaluate((at) => document.getElementById(at)!.getBoundingClientRect().top, id!);
		const first = await top();
		// At the top of the screen, below its scroll margin (1rem).
		expect(first).toBeGreaterThanOrEqual(0);
		expect(first).toBeLessThan(40);
		// Scrolled back a little, the card moves with the page and nothing else.
		await page.evaluate(() => scrollBy(0, -200));
		await frames(page);
		expect(Math.abs((await top()) - first - 200)).toBeLessThanOrEqual(1);
		expect(await shifts(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('an Arabic answer reloaded, or come back to, opens where it was left, on a phone', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/?lang=ar`);
		await settled(page);
		// Half-way down the cards: the prerendered English above them is laid out otherwise.
		const card = page.locator('#offer-gemini-app-ar');
		await page.evaluate(() => scrollTo(0, 3500));
		await frames(page);
		const place = () =>
			page.evaluate(() => [
				Math.round(scrollY),
				Math.round(document.getElementById('offer-gemini-app-ar')!.getBoundingClientRect().top)
			]);
		const left = await place();
		expect(left[0]).toBe(3500);
		expect(await card.isVisible()).toBe(true);
		await page.reload();
		await settled(page);
		await frames(page);
		expect(await place()).toEqual(left);
		await page.goto(`${base}/about?lang=ar`);
		await page.goBack();
		await settled(page);
		await frames(page);
		expect(await place()).toEqual(left);
		expect(errors).toEqual([]);
	});
});
