/**
 * The device suggestion moves nothing when it comes (issue 18: it used to push the page down by
 * about 170–200 px, a cumulative layout shift of 0.033): the chooser keeps its one line from the
 * first paint, so the page's layout shifts (PerformanceObserver 'layout-shift', those not caused
 * by the person) add up to 0 on `/` with the suggestion on screen, in both languages, on a phone
 * (390 × 844) and on a computer, with the longest line it can show ("8 GB+ RAM").
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

const ANDROID =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36';
const MAC =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

type Shift = { value: number; hadRecentInput: boolean; sources: string[] };
type Seen = { shifts: Shift[]; placeAtFirstPaint?: number };

const CASES = [
	{ what: 'a phone', width: 390, height: 844, userAgent: ANDROID, phone: true },
	{ what: 'a Mac, at a phone’s width', width: 390, height: 844, userAgent: MAC, phone: false },
	{ what: 'a Mac', width: 1280, height: 800, userAgent: MAC, phone: false }
];
const NAMES = { en: /^This looks like/, ar: /^يبدو أن جهازك/ };

describe('the device suggestion shifts nothing', () => {
	for (const c of CASES) {
		for (const lang of ['en', 'ar'] as const) {
			it(`on ${c.what} (${c.width} × ${c.height}), in ${lang}`, async () => {
				const { page, context, errors } = await open({
					viewport: { width: c.width, height: c.height },
					isMobile: c.phone,
					hasTouch: c.phone,
					userAgent: c.userAgent
				});
				await context.addInitScript((phone: boolean) => {
					// The browser's memory at its cap (8 GB): the longest line ("8 GB+ RAM").
					Object.defineProperty(Navigator.prototype, 'deviceMemory', {
						configurable: true,
						get: () => 8
					});
					Object.defineProperty(navigator, 'gpu', {
						configurable: true,
						value: {
							requestAdapter: async () =>
								phone
									? null
									: { info: { vendor: 'apple', architecture: 'metal-3', isFallbackAdapter: false } }
						}
					});
					const seen: Seen = { shifts: [] };
					Object.assign(window, { __seen: seen });
					type LayoutShift = PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
						sources: { node?: Node | null }[];
					};
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as LayoutShift[]) {
							seen.shifts.push({
								value: entry.value,
								hadRecentInput: entry.hadRecentInput,
								sources: entry.sources.map((s) =>
									s.node instanceof Element
										? `${s.node.tagName.toLowerCase()}.${s.node.className}`
										: String(s.node?.nodeName)
								)
							});
						}
					}).observe({ type: 'layout-shift', buffered: true });
					// The place's height in the prerendered page, before the app starts.
					document.addEventListener('DOMContentLoaded', () => {
						const place = document.querySelector('.suggestion-place');
						if (place) seen.placeAtFirstPaint = place.getBoundingClientRect().height;
					});
				}, c.phone);

				await page.goto(`${base}/?lang=${lang}`);
				const suggestion = page.getByRole('group', { name: NAMES[lang] });
				await suggestion.waitFor();
				// The longest line it can show: at the browser's cap, the memory as a lower bound.
				expect(await suggestion.locator('.line').textContent()).toMatch(
					lang === 'en' ? /8\sGB\+ RAM/ : /ذاكرة ≥8\sغيغابايت/
				);
				// Two frames after it came: any shift it caused has been reported by then.
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const result = await page.evaluate(() => {
					const seen = (window as unknown as { __seen: Seen }).__seen;
					const place = document.querySelector('.suggestion-place')!;
					const line = place.querySelector('.line')!;
					const buttons = [...line.querySelectorAll('button')].map((b) => {
						const box = b.getBoundingClientRect();
						return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
					});
					return {
						seen,
						place: place.getBoundingClientRect().height,
						// The line itself, and the memory in it, shown whole (never cut short).
						fits: [line, line.querySelector('.why')!].every((e) => e.scrollWidth <= e.clientWidth),
						buttons,
						lineBox: line.getBoundingClientRect()
					};
				});
				const shifts = result.seen.shifts.filter((s) => !s.hadRecentInput);
				expect(shifts, JSON.stringify(shifts)).toEqual([]);
				// The same height before the suggestion came (the prerendered page) and with it.
				expect(result.seen.placeAtFirstPaint).toBeGreaterThan(30);
				expect(result.place).toBe(result.seen.placeAtFirstPaint);
				// One line: nothing overflows it, and every button stands inside it.
				expect(result.fits).toBe(true);
				for (const b of result.buttons) {
					expect(b.top).toBeGreaterThanOrEqual(Math.floor(result.lineBox.top));
					expect(b.bottom).toBeLessThanOrEqual(Math.ceil(result.lineBox.bottom));
				}
				expect(errors).toEqual([]);
			});
		}
	}
});
