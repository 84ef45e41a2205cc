import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest } from './browser';

const base = inject('baseURL');
const open = browserPerTest();

const rowNames = (page: Page, table: string) =>
	page.getByRole('table', { name: table }).getByRole('rowheader').allTextContents();
const live = (page: Page) =>
	page.waitForFunction(() => document.querySelector('[data-source="indexeddb"]') !== null);

/**
 * Every memory figure ("5.4 GB", "16 غيغابايت") in an element's text, and on how many lines it
 * stands as laid out: a figure never parts from its unit. Runs in the page.
 */
function memoryFigures(el: Element): { text: string; lines: number }[] {
	const found: { text: string; lines: number }[] = [];
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		for (const match of (node.textContent ?? '').matchAll(
			/(?<![\d.])[\d.]+\s?(?:GB|غيغابايت|غ\.ب)/g
		)) {
			const range = document.createRange();
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			found.push({ text: match[0], lines: tops.size });
		}
	}
	return found;
}

describe('the catalogue, model pages, compare and about', () => {
	it('a filtered /models link opens filtered, sorted, and says what it ignored', async () => {
		const { page, errors } = await open();
		// Self-hosted offers run on "your own device" (any device, judged by memory) since
		// catalogue 2025-02-20.2; only the planned o3-mini-class model still needs a GPU.
		await page.goto(`${base}/models?open=open-weights&runs=device&sort=price&bogus=1`);
		await live(page);
		await page.getByText('were not understood').waitFor();
		expect(await rowNames(page, 'Models')).toEqual([
			'DeepSeek-R1-Distill-Qwen-7B',
			'GPT-2',
			'Mistral Small 3'
		]);
		expect(await rowNames(page, 'Ways to use them')).toEqual([
			'DeepSeek R1 distilled 7B on your device',
			'GPT-2 on your device',
			'Mistral Small 3 on your device'
		]);
		expect(
			await page.getByRole('status').filter({ hasText: '3 models and 3 ways to use them' }).count()
		).toBe(1);
		await page.waitForFunction(
			() => location.search === '?open=open-weights&runs=device&sort=price'
		);
		const price = page
			.getByRole('table', { name: 'Ways to use them' })
			.getByRole('columnheader', { name: /Price/ });
		expect(await price.getAttribute('aria-sort')).toBe('ascending');
		await price.getByRole('button').click();
		expect(await price.getAttribute('aria-sort')).toBe('descending');
		await page.waitForFunction(() => location.search.includes('sort=price-desc'));
		await page.getByLabel('Search').fill('mistral');
		await page.waitForFunction(() => location.search.includes('q=mistral'));
		expect(await rowNames(page, 'Models')).toEqual(['Mistral Small 3']);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.waitForFunction(() => location.search === '');
		expect(await rowNames(page, 'Models')).toHaveLength(12);
		expect(errors).toEqual([]);
	});

	it('filters by what a model does, and by openness not stated, in both languages', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/models?task=embedding&open=unknown&bogus=1`);
		await live(page);
		await page.getByText('were not understood').waitFor();
		await page.getByText('Nothing matches these filters.').waitFor();
		expect(await page.getByLabel('What it does').inputValue()).toBe('embedding');
		expect(await page.getByLabel('Openness').inputValue()).toBe('unknown');
		await page.waitForFunction(() => location.search === '?open=unknown&task=embedding');
		// Every shipped model chats.
		await page.getByLabel('What it does').selectOption({ label: 'Chat' });
		await page.getByLabel('Openness').selectOption({ label: 'Any' });
		await page.waitForFunction(() => location.search === '?task=chat');
		expect(await rowNames(page, 'Models')).toHaveLength(12);

		await page.goto(`${base}/models?task=chat&lang=ar`);
		await live(page);
		const task = page.getByLabel('وظيفته');
		expect(await task.inputValue()).toBe('chat');
		expect(await task.locator('option:checked').textContent()).toBe('الدردشة');
		expect(await rowNames(page, 'النماذج')).toHaveLength(12);
		await page.goto(`${base}/models?task=painting&lang=ar`);
		await live(page);
		await page.getByText('لم تُفهم بعض أجزاء هذا الرابط').waitFor();
		expect(await page.getByLabel('وظيفته').inputValue()).toBe('');
		expect(errors).toEqual([]);
	});

	it('"Runs on" keeps what runs on that device itself, and the link carries it both ways', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/models?device=gpu&vram=8`);
		await live(page);
		const runsOn = page.getByRole('combobox', { name: 'Runs on' });
		expect(await runsOn.inputValue()).toBe('gpu');
		const vram = page.getByRole('textbox', { name: 'Graphics card memory (VRAM, GB)' });
		expect(await vram.inputValue()).toBe('8');
		// 5.4 GB and 1.5 GB fit an 8 GB card; no cloud offer is counted.
		expect(await rowNames(page, 'Models')).toEqual(['DeepSeek-R1-Distill-Qwen-7B', 'GPT-2']);
		expect(await rowNames(page, 'Ways to use them')).toEqual([
			'DeepSeek R1 distilled 7B on your device',
			'GPT-2 on your device'
		]);
		await vram.fill('16');
		await page.waitForFunction(() => location.search === '?device=gpu&vram=16');
		await page.getByRole('table', { name: 'Models' }).getByText('Mistral Small 3').waitFor();
		// Another kind of device: the card's memory is not the phone's.
		await runsOn.selectOption({ label: 'Phone' });
		await page.waitForFunction(() => location.search === '?device=phone');
		await page.getByRole('textbox', { name: 'Memory (RAM, GB)' }).fill('8');
		await page.waitForFunction(() => location.search === '?device=phone&ram=8');
		await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 4);
		expect(await rowNames(page, 'Models')).toEqual(['GPT-2', 'OpenAI phone-side open model']);

		// A link's memory the device cannot have, or no number, is named and dropped.
		await page.goto(`${base}/models?device=gpu&ram=8&vram=lots`);
		await live(page);
		const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
		await notice.waitFor();
		expect(await notice.textContent()).toContain('“ram”');
		expect(await notice.textContent()).toContain('“vram”');
		await page.waitForFunction(() => location.search === '?device=gpu');
		expect(errors).toEqual([]);
	});

	it('a model page gives the memory it needs and the common devices it fits, on a phone in Arabic', async () => {
		const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
		await page.goto(`${base}/models/deepseek-r1-distill-qwen-7b?lang=ar`);
		const table = page.getByRole('table', { name: 'أي الأجهزة الشائعة تشغّله' });
		await table.waitFor();
		const plain = (t: string) =>
			t
				.replace(/[\u2066-\u2069]/g, '')
				.replace(/\s+/g, ' ')
				.trim();
		expect((await table.getByRole('rowheader').allTextContents()).map(plain)).toEqual([
			'بطاقة رسوميات 8 غيغابايت',
			'بطاقة رسوميات 12 غيغابايت',
			'بطاقة رسوميات 16 غيغابايت',
			'بطاقة رسوميات 24 غيغابايت',
			'بطاقة رسوميات 48 غيغابايت',
			'حاسوب (المعالج المركزي) 8 غيغابايت',
			'حاسوب (المعالج المركزي) 16 غيغابايت',
			'حاسوب (المعالج المركزي) 32 غيغابايت',
			'هاتف 8 غيغابايت',
			'هاتف 12 غيغابايت'
		]);
		const phone12 = table.getByRole('row').filter({ hasText: 'هاتف' }).last();
		expect(plain((await phone12.getByRole('cell').allTextContents()).join(' | '))).toBe(
			'≈ يكفي بالكاد | ✗ لا يكفي'
		);
		// Readable on the phone: nothing wider than the screen, no figure parted from its unit.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		const section = page.getByRole('region', { name: 'الذاكرة التي يحتاجها' });
		const pieces = await section.evaluate(memoryFigures);
		expect(pieces.length).toBeGreaterThanOrEqual(14);
		expect(pieces.filter((p) => p.lines !== 1)).toEqual([]);
		// One way to write the unit in Arabic: the word, never "GB" or "غ.ب".
		expect(pieces.every((p) => p.text.endsWith('\u00a0غيغابايت'))).toBe(true);
		expect(await section.textContent()).not.toMatch(/GB|غ\.ب/);

		// The catalogue's ways to use a model, on the same phone: each need in one piece too.
		await page.goto(`${base}/models?lang=ar`);
		const offers = page.getByRole('table', { name: 'طرق الاستخدام' });
		await offers.waitFor();
		const needs = await offers.evaluate(memoryFigures);
		expect(needs.map((p) => p.text)).toContain('16\u00a0غيغابايت');
		expect(needs.filter((p) => p.lines !== 1 || !p.text.endsWith('غيغابايت'))).toEqual([]);

		// Closed weights: one sentence, no section on the memory a model would need.
		await page.goto(`${base}/models/gpt-4o?lang=en`);
		await page.getByText('Closed weights: it cannot be run on your own device.').waitFor();
		expect(await page.getByRole('heading', { name: 'Memory it needs' }).count()).toBe(0);
		expect(await page.getByText('not published').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('sorts "Price not announced" last both ways', async () => {
		const { page } = await open();
		await page.goto(`${base}/models?sort=price-desc`);
		await live(page);
		const offers = await rowNames(page, 'Ways to use them');
		expect(offers[0]).toBe('ChatGPT Pro');
		expect(offers.at(-1)).toBe('GPT-5 in ChatGPT');
		expect((await rowNames(page, 'Models')).at(-1)).toBe('GPT-5');
		await page.goto(`${base}/models?sort=price`);
		await live(page);
		expect((await rowNames(page, 'Ways to use them')).at(-1)).toBe('GPT-5 in ChatGPT');
	});

	it('stars are kept in IndexedDB and filter the catalogue', async () => {
		const { page } = await open();
		await page.goto(`${base}/models`);
		await live(page);
		await page.getByRole('button', { name: 'Favourite: Gemini' }).first().click();
		await page.getByRole('button', { name: 'Favourite: DeepSeek app' }).click();
		await page.waitForFunction(
			() => document.querySelectorAll('[aria-pressed="true"][aria-label^="Favourite"]').length === 2
		);
		await page.reload();
		await live(page);
		await page.getByRole('checkbox', { name: 'Only my favourites' }).check();
		await page.waitForFunction(() => location.search === '?fav=1');
		await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
		expect(await rowNames(page, 'Models')).toEqual(['Gemini']);
		expect(await rowNames(page, 'Ways to use them')).toEqual(['DeepSeek app']);
	});

	it('shows cards, not a wide table, on a phone, with the columns that sort as buttons above', async () => {
		const { page } = await open({ viewport: { width: 360, height: 740 } });
		await page.goto(`${base}/models`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const table = page.getByRole('table', { name: 'Models' });
		// The cards name their fields: the header's other cells are off screen.
		const hidden = await table
			.locator('thead th:not([aria-sort])')
			.evaluateAll((cells) => cells.map((el) => el.getBoundingClientRect().width));
		expect(hidden.length).toBeGreaterThan(2);
		for (const width of hidden) expect(width).toBeLessThanOrEqual(1);
		const row = table.locator('tbody tr').first();
		expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
		// The sort buttons are there to press, above the first card.
		const released = table.getByRole('button', { name: 'Date', exact: true });
		const [button, card] = await Promise.all([released.boundingBox(), row.boundingBox()]);
		expect(button!.height).toBeGreaterThanOrEqual(24);
		expect(button!.y + button!.height).toBeLessThanOrEqual(card!.y);
		await released.click();
		await page.waitForURL(/sort=date/);
		const dateHeader = table.locator('thead th', {
			has: page.getByRole('button', { name: 'Date', exact: true })
		});
		// Newest first on the first press.
		expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
	});

	it('a model page tells everything about the model, and compares it with another', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/models/gpt-4`);
		await page.getByRole('heading', { level: 1, name: /GPT-4/ }).waitFor();
		const main = page.locator('main');
		expect(await main.textContent()).toContain('Training cost (GPT-4): about US$100 million');
		expect(await main.textContent()).toContain('في 14 مارس 2023، أصدرت OpenAI GPT-4');
		expect(await main.textContent()).toContain('On 14 March 2023, OpenAI released GPT-4.');
		expect(await main.textContent()).toContain('Line 35');
		expect(await page.getByRole('link', { name: 'Source' }).first().getAttribute('href')).toBe(
			'https://openai.com/api/pricing/'
		);
		expect(await main.textContent()).toContain('ChatGPT Plus — US$20 a month');
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		// Till a model is chosen, Compare cannot be pressed, and looks it (a trial pressed it).
		const compare = page.getByRole('button', { name: 'Compare', exact: true });
		const look = () =>
			compare.evaluate((b) => {
				const style = getComputedStyle(b);
				return [style.backgroundColor, style.color, style.cursor].join(' ');
			});
		expect(await compare.isDisabled()).toBe(true);
		const disabled = await look();
		expect(disabled).toContain('not-allowed');
		await page.getByLabel('Compare with…').selectOption('deepseek');
		expect(await compare.isDisabled()).toBe(false);
		expect(await look()).not.toBe(disabled);
		await compare.click();
		await page.waitForURL(`${base}/compare?ids=gpt-4,deepseek`);
		await page.getByRole('table', { name: 'Compare models' }).waitFor();
		expect(errors).toEqual([]);
	});

	it('a compare link opens side by side; models are added and removed; bad ids are named', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/compare?ids=gpt-4,deepseek,<b>x</b>`);
		await page.getByText('were not understood').waitFor();
		expect(await page.getByText('“<b>x</b>”').count()).toBe(1);
		const table = page.getByRole('table', { name: 'Compare models' });
		await table.waitFor();
		expect(await table.locator('tr[data-row="openness"]').textContent()).toContain('Differs');
		await page.getByLabel('Add a model').selectOption('gemini');
		await page.getByRole('button', { name: 'Add' }).click();
		await page.waitForFunction(() => location.search === '?ids=gpt-4,deepseek,gemini');
		await page.getByRole('button', { name: 'Remove GPT-4' }).click();
		await page.waitForFunction(() => location.search === '?ids=deepseek,gemini');
		expect(await table.getByRole('columnheader').count()).toBe(2);
		expect(errors).toEqual([]);
	});

	it('compare keeps the keyboard where it was after an add or a remove, and says what changed, on a phone in Arabic', async () => {
		const { page, errors } = await open();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${base}/compare?ids=gpt-4o,deepseek&lang=ar`);
		const table = page.getByRole('table', { name: 'قارن النماذج' });
		await table.waitFor();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.id || el?.getAttribute('aria-label') || el?.tagName;
			});
		const status = page.locator('p.visually-hidden[role="status"]');
		/** Presses Enter on a button and waits for the models the link then compares. */
		const enterOn = async (button: string, ids: string) => {
			await page.getByRole('button', { name: button, exact: true }).focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction(
				(want) => (new URLSearchParams(location.search).get('ids') ?? '') === want,
				ids
			);
		};
		// Adding, by keyboard: the picker keeps the keyboard for the next model.
		await page.getByLabel('أضف نموذجًا').selectOption('gemini');
		await enterOn('أضف', 'gpt-4o,deepseek,gemini');
		await page.waitForFunction(() => document.activeElement?.id === 'add-model');
		expect(await status.textContent()).toBe('أُضيف \u2068Gemini\u2069 إلى المقارنة');
		// The fourth fills the table: the picker gives way to why, and the keyboard goes to the
		// new model's remove button.
		await page.getByLabel('أضف نموذجًا').selectOption('gpt-2');
		await enterOn('أضف', 'gpt-4o,deepseek,gemini,gpt-2');
		await page.getByText('لا تتسع المقارنة لأكثر من 4 نماذج: أزل واحدًا لتضيف غيره.').waitFor();
		expect(await page.getByLabel('أضف نموذجًا').count()).toBe(0);
		expect(await focused()).toBe('أزل GPT-2');
		await enterOn('أزل GPT-2', 'gpt-4o,deepseek,gemini');
		await page.getByLabel('أضف نموذجًا').waitFor();
		// Removing the first model: the keyboard moves to the remove button that took its place.
		await enterOn('أزل GPT-4o', 'deepseek,gemini');
		expect(await focused()).toBe('أزل DeepSeek (R1 / V3)');
		expect(await status.textContent()).toBe('أُزيل \u2068GPT-4o\u2069 من المقارنة');
		// Removing the last column: the one before takes the keyboard; then, none left, the picker.
		await enterOn('أزل Gemini', 'deepseek');
		expect(await focused()).toBe('أزل DeepSeek (R1 / V3)');
		await enterOn('أزل DeepSeek (R1 / V3)', '');
		expect(await focused()).toBe('add-model');
		expect(errors).toEqual([]);
	});

	it('about shows the source, privacy and the article’s numbers as charts with data tables', async () => {
		const { page } = await open();
		await page.goto(`${base}/about`);
		expect(await page.locator('main').textContent()).toContain('Zinc Finance');
		expect(await page.locator('main').textContent()).toContain('Nothing leaves your device');
		for (const name of ['Time to 100 million users', 'ChatGPT’s price tiers', 'Timeline']) {
			expect(await page.getByRole('img', { name }).count()).toBe(1);
		}
		await page.getByText('The chart’s data').first().click();
		const rows = await page.getByRole('table').first().getByRole('row').allTextContents();
		expect(rows.slice(1)).toEqual([
			'DeepSeek7 days',
			'ChatGPT2 months',
			'TikTok9 months',
			'Pinduoduo10 months',
			'WeChat1 year 2 months'
		]);
	});
});
