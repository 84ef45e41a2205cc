/**
 * The size budget of a first visit: the JavaScript and CSS each page itself requests (gzip -9
 * of each file, as served from build/), with a fresh profile and no interaction. The service
 * worker's precache is its own requests, not the page's, and is not counted here (the bench
 * reports it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ar } from '../src/lib/i18n/ar';
import { en } from '../src/lib/i18n/en';
import { FIRST_VISIT_PAGES, firstVisit, gzipSize } from '../scripts/first-visit.js';
import { browserPerTest } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const KiB = 1024;

/**
 * The gates. Issue 8's target is 80 KiB of JavaScript a page; the app is not there yet (see the
 * README's "Performance" section for the figures and why), so this gate holds today's size with
 * a little room and stops it from growing unnoticed. Lower it as the app gets lighter.
 *
 * Raised from 104 to 111 KiB with issue 12, on purpose: the chooser now chooses ("Your answer",
 * "What for", memory from a model's size, the links' one reader, the Apple-silicon suggestion)
 * and the catalogue carries ratings, sizes and official pages. Measured: `/` 99.7 → 108.3 KiB,
 * `/?lang=ar` 100.6 → 110.1 KiB (words +1.5, catalogue +1.1, the chooser's rules +2.5, its page
 * +2.1). Issue 18 brings every page to 80 KiB.
 *
 * Raised from 111 to 115 KiB with issue 13, on purpose: imported lists are now read right, and
 * every page must say what they hold (openness "unknown", partly known prices with their fees,
 * "under US$0.01", Preview and Retires, the task filter, the import preview's words, old ids
 * resolved). Measured: `/` 108.5 → 111.6 KiB, `/?lang=ar` 110.1 → 113.5 KiB (Arabic words
 * +1.3, the words for prices and dates +0.7, the chooser's rules +0.5), `/settings` 104.1 →
 * 105.4 KiB; the list readers themselves load only when a file is picked. Issue 18 takes Dexie
 * (32 KiB) off the first visit.
 *
 * Raised from 115 to 116 KiB with issues 14 and 15, on purpose: the chooser offers the device
 * suggestion in place (with the browser's memory said as a lower bound at its cap), gives the
 * size behind a device pick, and the store keeps each public list's "as of" (Dexie version 6).
 * Measured: `/?lang=ar` 114.6 → 115.2 KiB, `/` 112.7 → 113.5 KiB, after the import's words,
 * the import preview and the list rules were moved off the first visit (−1.6 KiB of Arabic
 * words). Issue 18 brings every page to 80 KiB.
 *
 * Lowered from 116 to 115 KiB: the words of the pages other than the chooser (catalogue, model,
 * Compare, About, Settings, your data, adding a model) are a chunk of their own, loaded before
 * one of those pages renders, and the catalogue's schema (valibot) loads when a model is added,
 * not with Settings. Measured, with the chooser's lists line, the number fields' reader and the
 * direction rules added meanwhile: `/?lang=ar` 116.6 → 113.5 KiB, `/` 114.8 → 112.3 KiB,
 * `/settings?lang=ar` 117.3 → 114.0 KiB, `/models?lang=ar` 114.2 KiB. *
 * Raised from 115 to 115.5 KiB with issue 16, on purpose: on a phone the answer comes first (the
 * form folded into a one-line summary with Change, Start over and a live count), the last inputs
 * are kept on the device, and the header's links go back to the chooser's current answer in a
 * header that fits a 360 px phone. Measured: `/?lang=ar` 113.6 → 115.1 KiB, `/` 112.4 → 113.9
 * KiB (the chooser's page +1.0, the header +0.2 after its scrolling row's fades moved to CSS, the
 * summary's words +0.1); a device suggestion's code loaded on demand, or "Not a fit" by reason,
 * each made the first visit larger, not smaller (they load on it all the same, as chunks of
 * their own).
 *
 * Raised from 115.5 to 115.75 KiB, on purpose: opening storage has a time limit (an open that
 * never answers, or an upgrade another tab blocks, leaves the app read-only with a word about
 * other tabs, and writable again when the database answers), and every write names its failure.
 * Measured: `/?lang=ar` 115.55 KiB. The rules that name a failed write load only when one fails.
 *
 * Raised from 115.75 to 116.75 KiB with the rest of issue 17, on purpose: every page carries a
 * strict Content-Security-Policy with Trusted Types (the service worker's address goes through a
 * policy of the app's own), the offline line says "ready" only once the worker holds everything
 * and a first install cut off by the network is tried again, a second tab follows an update
 * another tab took, Reload asks before discarding unsaved edits, and storage that did not open in
 * time says so in full. Measured: `/?lang=ar` 116.5 KiB, `/models` 116.4 KiB. The words of the
 * Reload question and of failed writes load only when they are shown.
 */
const JS_GATE = 116.75 * KiB;
const CSS_GATE = 10 * KiB;

/** The scripts a first visit to `path` asks for, and the gzip sizes of its JS and CSS. */
async function measure(path: string) {
	const { page, errors } = await open();
	const { scripts, sheets, inlineCss } = await firstVisit(page, base, path);
	expect(errors).toEqual([]);
	const sum = (paths: string[]) => paths.reduce((total, p) => total + gzipSize(p), 0);
	return { scripts, js: sum(scripts), css: sum(sheets) + inlineCss };
}

describe('size budget of a first visit', () => {
	for (const path of FIRST_VISIT_PAGES) {
		it(`${path}: JavaScript ≤ ${JS_GATE / KiB} KiB and CSS ≤ ${CSS_GATE / KiB} KiB gzip`, async () => {
			const { scripts, js, css } = await measure(path);
			// The count guards the measurement itself: a page that loaded no app code measured nothing.
			expect(scripts.length).toBeGreaterThan(5);
			expect(css).toBeGreaterThan(1024);
			expect(js, `${(js / KiB).toFixed(1)} KiB of JavaScript`).toBeLessThanOrEqual(JS_GATE);
			expect(css, `${(css / KiB).toFixed(1)} KiB of CSS`).toBeLessThanOrEqual(CSS_GATE);
		});
	}

	it('a page loads the words of the language it speaks, not both', async () => {
		const read = (paths: string[]) => paths.map((p) => readFileSync(join('build', p), 'utf8'));
		const english = read((await measure('/?lang=en')).scripts);
		const arabic = read((await measure('/?lang=ar')).scripts);
		expect(english.some((text) => text.includes(en.tagline))).toBe(true);
		expect(english.some((text) => text.includes(ar.tagline))).toBe(false);
		expect(arabic.some((text) => text.includes(ar.tagline))).toBe(true);
		expect(arabic.some((text) => text.includes(en.tagline))).toBe(false);
	});
});
