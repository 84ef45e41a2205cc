/**
 * A focused control is one a person can see (WCAG 2.4.11): Tab never lands on a control hidden
 * under the dock at the bottom of the screen (on a first visit it says "Ready to work offline"
 * until closed), nor on one of the chooser's form that lies below the window while the form
 * stays beside the answer on a computer; and every part of that form can be brought into view
 * beside any part of the answer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, settled } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

/** Where a focused element lies against the part of the window not under the dock. */
type Focused = { name: string; top: number; bottom: number; clear: number; inDock: boolean };

/**
 * Presses Tab until focus has gone round the page (or `most` times), noting each focused
 * element's box against the window's height less the dock's.
 */
async function tabAround(page: Page, most = 200): Promise<Focused[]> {
	const seen: Focused[] = [];
	for (let i = 0; i < most; i++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(() => {
			const active = document.activeElement;
			if (!active || active === document.body) return null;
			const box = active.getBoundingClientRect();
			const dock = document.querySelector('.dock');
			const dockTop =
				dock && dock.clientHeight > 0 ? dock.getBoundingClientRect().top : innerHeight;
			return {
				name: `${active.tagName} ${(active.textContent ?? '').trim().slice(0, 40) || active.getAttribute('aria-label') || active.id}`,
				top: box.top,
				bottom: box.bottom,
				clear: dockTop,
				inDock: Boolean(dock?.contains(active))
			};
		});
		if (!at) break;
		if (seen.length > 3 && at.name === seen[0]!.name) break;
		seen.push(at);
	}
	return seen;
}

/** The focused elements that were not wholly in view (to within a pixel). */
const hidden = (seen: Focused[]) =>
	seen
		.filter((f) => !f.inDock && f.bottom > f.top && (f.top < -1 || f.bottom > f.clear + 1))
		.map((f) => `${f.name}: ${Math.round(f.top)}–${Math.round(f.bottom)}, clear to ${f.clear}`);

describe('a focused control is in view', () => {
	it('on a phone in Arabic, with the dock holding news: nothing focused lies under it', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/?lang=ar`);
		await settled(page);
		await page.locator('.dock').getByText('جاهز للعمل دون اتصال.').waitFor();
		const seen = await tabAround(page);
		// The whole page went by: the header, the form, every card's links.
		expect(seen.length).toBeGreaterThan(40);
		expect(hidden(seen)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('on a computer: the form beside the answer is reached and seen whole, from anywhere in the answer', async () => {
		const { page, errors } = await open({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${base}/?lang=en`);
		await settled(page);
		await page.locator('.dock').getByText('Ready to work offline.').waitFor();
		const seen = await tabAround(page);
		expect(seen.some((f) => f.name.includes('No limit'))).toBe(true);
		expect(hidden(seen)).toEqual([]);
		// Far down the answer, the form's column fits the window above the dock and scrolls to its
		// last control.
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
		const column = await page.evaluate(() => {
			const form = document.getElementById('chooser-form')!;
			const inputs = form.parentElement!;
			inputs.scrollTop = inputs.scrollHeight;
			const last = [...form.querySelectorAll('input, select, button')].at(-1)!;
			return {
				scrollY,
				dockTop: document.querySelector('.dock')!.getBoundingClientRect().top,
				bottom: inputs.getBoundingClientRect().bottom,
				last: last.getBoundingClientRect().bottom
			};
		});
		expect(column.scrollY).toBeGreaterThan(1000);
		expect(column.dockTop).toBeLessThan(780);
		expect(column.bottom).toBeLessThanOrEqual(column.dockTop);
		expect(column.last).toBeLessThanOrEqual(column.dockTop);
		expect(errors).toEqual([]);
	});
});
