/**
 * Words in the order they are read (issue 16, "Direction"; shared/cases/README.md, "Arabic on a
 * phone"): on a 390 × 844 phone, every offer title and every reason line of the chooser, the
 * catalogue and a model page is split into its words, and each word's box (a DOM Range over its
 * letters) is compared with the word's place in the string. In Arabic a word follows its
 * predecessor to the left; two left-to-right words of one run (a Latin name, a version) read
 * left to right. A title laid out left to right inside a right-to-left line ("GPT-5 في ChatGPT"
 * read "ChatGPT في GPT-5") or a version read backwards ("20.1-02-2025") fails.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, settled, type Browser } from './browser';

const base = inject('baseURL');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
	browser = await launch({ viewport: PHONE });
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(() => {
	browser.errors.length = 0;
});

/** Two logically consecutive words on one line in the wrong order. */
type Fault = { text: string; first: string; second: string; expected: 'left' | 'right' };
type Findings = { checked: number; pairs: number; faults: Fault[] };

/**
 * The word-order faults of every visible element that `selector` finds. A word is a run of
 * letters and digits of one script (Arabic, or anything else), so "2025-02-20.1" is four words
 * and "وDeepSeek" two. An Arabic word reads right to left of its neighbours; two other words
 * read left to right, unless they stand in a right-to-left element with an isolate boundary or
 * Arabic punctuation between them (two runs of a right-to-left line). Pairs on different lines,
 * and words that wrap, are not compared.
 */
async function wordOrder(page: Page, selector: string): Promise<Findings> {
	return page.evaluate((sel) => {
		const TOLERANCE = 3;
		// Set subtraction needs the `v` flag, which TypeScript's target does not write.
		// eslint-disable-next-line prefer-regex-literals -- a literal with the `v` flag does not compile here
		const WORD = new RegExp(
			'[\\p{Script=Arabic}\\p{M}]+|[[\\p{L}\\p{N}\\p{M}]--\\p{Script=Arabic}]+',
			'gv'
		);
		const findings: Findings = { checked: 0, pairs: 0, faults: [] };
		for (const element of document.querySelectorAll(sel)) {
			if (!(element instanceof HTMLElement) || element.getClientRects().length === 0) continue;
			if (element.closest('[hidden], [aria-hidden="true"]')) continue;
			const rtl = getComputedStyle(element).direction === 'rtl';
			// The element's text in logical order, each character with its node and offset.
			const at: [Text, number][] = [];
			let text = '';
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const textNode = node as Text;
				if (textNode.parentElement?.closest('.visually-hidden')) continue;
				for (let i = 0; i < textNode.data.length; i++) at.push([textNode, i]);
				text += textNode.data;
			}
			const words = [...text.matchAll(WORD)]
				.filter((w) => /[\p{L}\p{N}]/u.test(w[0]))
				.map((w) => {
					const start = w.index;
					const end = start + w[0].length;
					const range = document.createRange();
					const [startNode, startOffset] = at[start]!;
					const [endNode, endOffset] = at[end - 1]!;
					range.setStart(startNode, startOffset);
					range.setEnd(endNode, endOffset + 1);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					const box = range.getBoundingClientRect();
					const wraps = rects.some((r) => Math.abs(r.top - rects[0]!.top) > r.height / 2);
					return { word: w[0], start, end, box, wraps, arabic: /\p{Script=Arabic}/u.test(w[0]) };
				});
			findings.checked++;
			for (let i = 1; i < words.length; i++) {
				const a = words[i - 1]!;
				const b = words[i]!;
				if (a.wraps || b.wraps) continue;
				const middle = (r: DOMRect) => r.top + r.height / 2;
				if (Math.abs(middle(a.box) - middle(b.box)) > Math.min(a.box.height, b.box.height) / 2) {
					continue;
				}
				findings.pairs++;
				const between = text.slice(a.end, b.start);
				const leftward =
					a.arabic || b.arabic || (rtl && /[\u200f\u2066-\u2069\p{Script=Arabic}]/u.test(between));
				const fine = leftward
					? b.box.right <= a.box.left + TOLERANCE
					: b.box.left >= a.box.right - TOLERANCE;
				if (!fine) {
					findings.faults.push({
						text: text.replace(/[\u200e\u200f\u2066-\u2069]/g, '').trim(),
						first: a.word,
						second: b.word,
						expected: leftward ? 'left' : 'right'
					});
				}
			}
		}
		return findings;
	}, selector);
}

/**
 * The Latin words with a hyphen inside ("o3-mini", "GPT-5") that part at a line's end, in every
 * visible element that `selector` finds, and how many such words there were. A word wider than
 * its element may part; no other.
 */
async function partedWords(
	page: Page,
	selector: string
): Promise<{ words: number; parted: string[] }> {
	return page.evaluate((sel) => {
		const found = { words: 0, parted: [] as string[] };
		for (const element of document.querySelectorAll(sel)) {
			if (!(element instanceof HTMLElement) || element.getClientRects().length === 0) continue;
			const at: [Text, number][] = [];
			let text = '';
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const textNode = node as Text;
				for (let i = 0; i < textNode.data.length; i++) at.push([textNode, i]);
				text += textNode.data;
			}
			for (const match of text.matchAll(/(?<![a-z\d])[a-z\d]+(?:-\u2060?[a-z\d]+)+/gi)) {
				found.words++;
				const tops = new Set<number>();
				let width = 0;
				for (let k = match.index; k < match.index + match[0].length; k++) {
					const range = document.createRange();
					range.setStart(at[k]![0], at[k]![1]);
					range.setEnd(at[k]![0], at[k]![1] + 1);
					const box = range.getBoundingClientRect();
					tops.add(Math.round(box.top / 4));
					width += box.width;
				}
				if (tops.size > 1 && width < element.clientWidth)
					found.parted.push(`${match[0]} in "${text.trim()}"`);
			}
		}
		return found;
	}, selector);
}

/** Opens a page and waits until `selector` shows. */
async function visit(path: string, selector: string): Promise<Page> {
	const { page } = browser;
	await page.goto(`${base}${path}`);
	await page.locator(selector).first().waitFor({ state: 'visible' });
	return page;
}

/** Checks every element of `selector` on the open page, and that there were some to check. */
async function expectInOrder(page: Page, selector: string): Promise<Findings> {
	const findings = await wordOrder(page, selector);
	expect(findings.checked, `nothing found for ${selector}`).toBeGreaterThan(0);
	expect(findings.faults).toEqual([]);
	return findings;
}

const TITLES = '.option h3, .answer-block .name';
const REASONS = '.option .reasons li, .answer-block .lines li, .answer-block .none p';

describe('the checker', () => {
	it('finds a title laid out left to right in a right-to-left line, and a version read backwards', async () => {
		const { page } = browser;
		await page.setContent(
			`<html lang="ar" dir="rtl"><body>
				<p class="wrong"><bdi>GPT-5 في ChatGPT</bdi></p>
				<p class="right">GPT-5 في ChatGPT</p>
				<p class="wrong-version">الفهرس 2025-02-20.1</p>
				<p class="right-version">الفهرس \u20662025\u201102\u201120.1\u2069</p>
			</body></html>`
		);
		const wrong = await wordOrder(page, '.wrong');
		// Laid out left to right: "في" and "ChatGPT" each stand right of the word before them.
		expect(wrong.faults).toEqual([
			{ text: 'GPT-5 في ChatGPT', first: '5', second: 'في', expected: 'left' },
			{ text: 'GPT-5 في ChatGPT', first: 'في', second: 'ChatGPT', expected: 'left' }
		]);
		expect((await wordOrder(page, '.right')).faults).toEqual([]);
		const version = await wordOrder(page, '.wrong-version');
		expect(version.faults.length).toBeGreaterThan(0);
		expect(version.faults[0]).toMatchObject({ text: 'الفهرس 2025-02-20.1', expected: 'right' });
		expect((await wordOrder(page, '.right-version')).faults).toEqual([]);
	});

	it('finds an English title whose isolated part is laid out right to left', async () => {
		const { page } = browser;
		await page.setContent(
			`<html lang="en" dir="ltr"><body>
				<p class="wrong" dir="rtl">GPT-5 <bdi>in ChatGPT</bdi></p>
				<p class="right">GPT-5 in ChatGPT</p>
			</body></html>`
		);
		// The isolated "in ChatGPT" takes the line's direction at its end: it stands left of "GPT-5".
		expect((await wordOrder(page, '.wrong')).faults).toEqual([
			{ text: 'GPT-5 in ChatGPT', first: '5', second: 'in', expected: 'right' }
		]);
		expect((await wordOrder(page, '.right')).faults).toEqual([]);
	});
});

describe('Latin words stay whole at a line’s end, on a phone in Arabic', () => {
	it('the checker finds "o3-" and "mini" on two lines, and not "o3-\u2060mini"', async () => {
		const { page } = browser;
		const title = 'نموذج OpenAI المفتوح (بمستوى o3-mini) على معالج الرسوميات لديك';
		await page.setContent(
			`<html lang="ar" dir="rtl"><body style="font: bold 16.8px sans-serif">
				<h3 class="parted" style="width: 329px">${title}</h3>
				<h3 class="whole" style="width: 329px">${title.replace('o3-mini', 'o3-\u2060mini')}</h3>
			</body></html>`
		);
		expect(await partedWords(page, '.parted')).toEqual({
			words: 1,
			parted: [`o3-mini in "${title}"`]
		});
		expect((await partedWords(page, '.whole')).parted).toEqual([]);
	});

	it('every offer title and reason of the chooser, and a model page’s name and summary', async () => {
		let words = 0;
		const page = await visit('/?lang=ar&planned=1', '.option h3');
		await settled(page);
		for (const selector of [TITLES, REASONS]) {
			const found = await partedWords(page, selector);
			words += found.words;
			expect(found.parted).toEqual([]);
		}
		await visit('/models/o3-mini-class-open?lang=ar', 'h1');
		const model = await partedWords(page, 'h1, p.summary');
		expect(model.parted).toEqual([]);
		// Kept whole, the name is still the name: find-in-page finds it as a person types it.
		const found = await page.evaluate(() => {
			getSelection()?.removeAllRanges();
			return (
				// `window.find` is Chromium's and Firefox's, not in TypeScript's DOM types.
				(window as unknown as { find(text: string): boolean }).find('o3-mini') &&
				Boolean(getSelection()?.anchorNode?.parentElement?.closest('h1'))
			);
		});
		expect(found).toBe(true);
		words += model.words;
		expect(words).toBeGreaterThan(3);
		expect(browser.errors).toEqual([]);
	});
});

describe('words in the order they are read, on a phone in Arabic', () => {
	it.each(['/?lang=ar&planned=1', '/?lang=ar&device=gpu&vram=8&open=required'])(
		'the chooser %s: every offer title and reason',
		async (path) => {
			const page = await visit(path, '.option h3');
			const titles = await expectInOrder(page, TITLES);
			const reasons = await expectInOrder(page, REASONS);
			expect(titles.pairs + reasons.pairs).toBeGreaterThan(0);
			expect(browser.errors).toEqual([]);
		}
	);

	it('the chooser switched to Arabic in place: every title and reason, each name in its direction', async () => {
		const page = await visit('/?lang=en&planned=1', '.option h3');
		await settled(page);
		await page.getByRole('button', { name: 'العربية' }).click();
		await page.waitForFunction(
			() => document.documentElement.lang === 'ar' && !!document.querySelector('.option h3 bdi')
		);
		await expectInOrder(page, TITLES);
		await expectInOrder(page, REASONS);
		// A name written for each language now runs right to left; none is left as it was.
		const dirs = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.option h3 bdi')].map((bdi) => bdi.dir)
		);
		expect(dirs).toContain('rtl');
		expect(dirs).not.toContain('ltr');
		expect(browser.errors).toEqual([]);
	});

	it('the catalogue: every offer and model name, and the catalogue’s version', async () => {
		const page = await visit('/models?lang=ar', 'tr[data-id] th[scope="row"]');
		await expectInOrder(page, 'tr[data-id] th[scope="row"]');
		const source = await expectInOrder(page, 'p.source');
		expect(source.pairs).toBeGreaterThan(0);
		expect(browser.errors).toEqual([]);
	});

	it.each(['deepseek', 'gpt-5'])('the model page of %s: its name and its offers', async (id) => {
		const page = await visit(`/models/${id}?lang=ar`, 'li[data-offer] strong');
		await expectInOrder(page, 'h1, li[data-offer] > strong');
		expect(browser.errors).toEqual([]);
	});
});

describe('what is typed in a field, on a phone in Arabic', () => {
	it('reads in its own direction: a Latin name with Arabic digits left to right, not "٣٤-gemma"', async () => {
		const { page } = browser;
		for (const path of ['/models?lang=ar', '/settings?lang=ar']) {
			await page.goto(`${base}${path}`);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
			// Each text field's words, laid out as the field lays out its text (its direction and
			// bidi): where "gemma" stands against "٣٤".
			const placed = await page.evaluate(() =>
				[
					...document.querySelectorAll<HTMLInputElement>('input[type=search], input[type=text]')
				].map((field) => {
					const style = getComputedStyle(field);
					const line = document.createElement('div');
					line.style.direction = style.direction;
					line.style.unicodeBidi = style.unicodeBidi;
					line.style.width = 'max-content';
					line.textContent = 'gemma-٣٤';
					document.body.append(line);
					const text = line.firstChild!;
					const box = (from: number, to: number) => {
						const range = document.createRange();
						range.setStart(text, from);
						range.setEnd(text, to);
						return range.getBoundingClientRect().left;
					};
					const latinFirst = box(0, 5) < box(6, 8);
					line.remove();
					return [field.id, style.direction, latinFirst] as const;
				})
			);
			expect(placed.length, path).toBeGreaterThan(0);
			for (const [id, direction, latinFirst] of placed) {
				expect(direction, `${path} #${id}`).toBe('rtl');
				expect(latinFirst, `${path} #${id}`).toBe(true);
			}
		}
		expect(browser.errors).toEqual([]);
	});
});

describe('nothing regresses in English', () => {
	it.each(['/?lang=en&planned=1', '/?lang=en&device=gpu&vram=8&open=required'])(
		'the chooser %s: every offer title and reason',
		async (path) => {
			const page = await visit(path, '.option h3');
			await expectInOrder(page, TITLES);
			await expectInOrder(page, REASONS);
		}
	);

	it('the catalogue and a model page', async () => {
		const page = await visit('/models?lang=en', 'tr[data-id] th[scope="row"]');
		await expectInOrder(page, 'tr[data-id] th[scope="row"], p.source');
		await visit('/models/gpt-5?lang=en', 'li[data-offer] strong');
		await expectInOrder(page, 'h1, li[data-offer] > strong');
	});
});
