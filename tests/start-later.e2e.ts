/**
 * The answer's cards below the first screen are left out of the page's start (its hydration,
 * the page's longest task on `/`) and drawn again a few a task right after it (issue 18), and
 * the person sees nothing of it: every prerendered card of the page's language comes back, in
 * the same order and at the same height, nothing on the page shifts (PerformanceObserver
 * 'layout-shift'), the cards on the first screen are the prerendered ones made live, and a
 * reload further down the answer (no card waits then) stays where it was.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LISTS_OFFER_KEY } from '../src/lib/storage/lists-offer';
import { browserPerTest } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

type Card = { id: string; height: number; top: number };
type Seen = { shifts: string[]; cards: Card[]; nodes: Map<string, Element> };

/** Before the app starts, notes the prerendered cards (id, height, top on the screen) and watches layout shifts. */
async function watchStart(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: Seen = { shifts: [], cards: [], nodes: new Map() };
		Object.assign(window, { __seen: seen });
		type LayoutShift = PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
			sources: {
				node?: Node | null;
				previousRect: DOMRectReadOnly;
				currentRect: DOMRectReadOnly;
			}[];
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as LayoutShift[]) {
				if (entry.hadRecentInput) continue;
				const moved = entry.sources.map(({ node, previousRect: was, currentRect: now }) => {
					const name =
						node instanceof Element
							? `${node.tagName} ${node.id || node.className}`
							: node?.nodeName;
					return `${name} ${Math.round(was.top)}→${Math.round(now.top)} (${Math.round(was.height)}→${Math.round(now.height)} high)`;
				});
				seen.shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
		document.addEventListener('DOMContentLoaded', () => {
			const lang = document.documentElement.lang;
			for (const card of document.querySelectorAll(`article.option[id$='-${lang}']`)) {
				const box = card.getBoundingClientRect();
				seen.cards.push({ id: card.id, height: box.height, top: box.top });
			}
			// The page is prerendered in both languages; the app makes the first answer (English)
			// live in the page's language and drops the other.
			for (const card of document.querySelectorAll('article.option[data-offer]')) {
				const offer = card.getAttribute('data-offer')!;
				if (!seen.nodes.has(offer)) seen.nodes.set(offer, card);
			}
		});
	});
}

/** Waits for the start and for every prerendered card to be back; returns what the page shows. */
async function afterStart(page: Page) {
	await page.waitForFunction(() => {
		const seen = (window as unknown as { __seen: Seen }).__seen;
		const lang = document.documentElement.lang;
		return (
			document.documentElement.hasAttribute('data-started') &&
			seen.cards.length > 0 &&
			document.querySelectorAll(`article.option[id$='-${lang}']`).length === seen.cards.length
		);
	});
	// Two frames more: a shift the last cards caused has been reported by then.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	return page.evaluate(() => {
		const seen = (window as unknown as { __seen: Seen }).__seen;
		const lang = document.documentElement.lang;
		const cards = [...document.querySelectorAll(`article.option[id$='-${lang}']`)].map((card) => {
			const box = card.getBoundingClientRect();
			return {
				id: card.id,
				height: box.height,
				top: box.top,
				same: seen.nodes.get(card.getAttribute('data-offer')!) === card
			};
		});
		return { before: seen.cards, cards, shifts: seen.shifts, screen: innerHeight };
	});
}

const SCREENS = [
	{ what: 'a phone', width: 390, height: 844 },
	{ what: 'a computer', width: 1280, height: 1300 }
];

describe('cards below the first screen come right after the start', () => {
	for (const screen of SCREENS) {
		for (const lang of ['en', 'ar'] as const) {
			it(`on ${screen.what} (${screen.width} × ${screen.height}), in ${lang}`, async () => {
				const { page, errors } = await open({
					viewport: { width: screen.width, height: screen.height }
				});
				await watchStart(page);
				// "Not now" said to the line on the public lists: on a wide screen it comes on the first
				// screen once its place is seen and moves the list below it (0.002), a shift of its own.
				await page.addInitScript(([key, at]) => localStorage.setItem(key, at), [
					LISTS_OFFER_KEY,
					new Date().toISOString()
				] as const);
				await page.goto(`${base}/?lang=${lang}`);
				const { before, cards, shifts, screen: bottom } = await afterStart(page);
				expect(before.length).toBeGreaterThanOrEqual(10);
				expect(cards.map((c) => c.id)).toEqual(before.map((c) => c.id));
				for (const [i, card] of cards.entries()) {
					expect(card.height, card.id).toBeCloseTo(before[i]!.height, 0);
					// On the first screen (or above it): the prerendered card made live; below: drawn again.
					expect(card.same, card.id).toBe(before[i]!.top < bottom);
				}
				expect(cards.some((c) => !c.same)).toBe(true);
				expect(shifts.join('; ')).toBe('');
				expect(errors).toEqual([]);
			});
		}
	}

	it('keeps a reload further down the answer where it was', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const card = page.locator('article.option[id$="-en"]').nth(7);
		await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const id = await card.getAttribute('id');
		const topBefore = await card.evaluate((element) => element.getBoundingClientRect().top);
		await watchStart(page);
		await page.reload();
		const { cards, shifts } = await afterStart(page);
		const again = cards.find((c) => c.id === id)!;
		// A reload has its scroll restored as the app starts: no card waits, each prerendered
		// card is made live where it was.
		expect(cards.every((c) => c.same)).toBe(true);
		expect(Math.abs(again.top - topBefore)).toBeLessThanOrEqual(1);
		expect(shifts.join('; ')).toBe('');
		expect(errors).toEqual([]);
	});
});
