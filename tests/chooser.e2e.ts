import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerTest, holdScripts, readIndexedDb, settled } from './browser';

const base = inject('baseURL');

const open = browserPerTest();

/** The offer names of a list, in order, as the page shows them. */
const listed = (page: Page, name: string) =>
	page.getByRole('list', { name, exact: true }).locator(':scope > li h3').allTextContents();

const query = (page: Page) => new URL(page.url()).search;

describe('the chooser in the browser', () => {
	it('keeps the state in the address bar, and the link gives the same answer in a fresh profile', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		const historyBefore = await page.evaluate(() => history.length);
		await page.getByRole('radio', { name: 'Computer with a graphics card' }).check();
		await page.getByLabel('Graphics card memory (VRAM, GB)').fill('8');
		await page.getByRole('checkbox', { name: 'Run on my device only' }).check();
		await page.getByLabel('Monthly budget').fill('20');
		await page.getByRole('radio', { name: 'Open weights preferred' }).check();
		await page.getByRole('checkbox', { name: 'Include planned models' }).check();
		await page.waitForFunction(() => location.search.includes('planned=1'));
		expect(query(page)).toBe('?device=gpu&vram=8&local=1&budget=20&open=preferred&planned=1');
		const mine = await listed(page, 'Recommendations');
		expect(mine).toEqual([
			'DeepSeek R1 distilled 7B on your device',
			'OpenAI open model (o3-mini class) on your GPU',
			'GPT-2 on your device'
		]);
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);

		const friend = await open();
		await friend.page.goto(page.url());
		// The link's answer shows once the app has computed it (the default one stays hidden).
		await friend.page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await listed(friend.page, 'Recommendations')).toEqual(mine);
		expect(await listed(friend.page, 'Not a fit')).toEqual(await listed(page, 'Not a fit'));
		expect(await friend.page.getByLabel('Graphics card memory (VRAM, GB)').inputValue()).toBe('8');
		expect(errors).toEqual([]);
		expect(friend.errors).toEqual([]);
	});

	it('shows the default recommendations with JavaScript off', async () => {
		const { page } = await open({ javaScriptEnabled: false });
		await page.goto(`${base}/`);
		const names = await listed(page, 'Recommendations');
		// 14 options: 11 cards, and the 3 self-hosted ones of unknown fit folded into one group.
		expect(await page.getByText('14 options', { exact: true }).count()).toBe(1);
		expect(names).toHaveLength(11);
		expect(names.slice(0, 3)).toEqual(['ChatGPT Free', 'DeepSeek app', 'Gemini app']);
		expect(
			await page
				.getByText('Run it yourself: 3 open models — choose your device to see which fit')
				.count()
		).toBe(1);
		expect(await listed(page, 'Coming later')).toEqual([
			'OpenAI open model (o3-mini class) on your GPU',
			'OpenAI phone-side open model on your phone',
			'GPT-5 in ChatGPT'
		]);
	});

	it('keeps a planned offer in "Coming later" whatever the budget, and in API mode lists APIs first and the other kinds in their own group, planned ones too, in both languages', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/?budget=20`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await listed(page, 'Coming later')).toEqual([
			'OpenAI open model (o3-mini class) on your GPU',
			'OpenAI phone-side open model on your phone',
			'GPT-5 in ChatGPT'
		]);
		expect(await listed(page, 'Recommendations')).not.toContain('GPT-5 in ChatGPT');
		expect(await listed(page, 'Not a fit')).toEqual(['GPT-4 via the OpenAI API', 'ChatGPT Pro']);

		await page.goto(`${base}/?use=20&budget=50&for=api`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		const sections = await page.locator('main h2').allTextContents();
		const from = sections.indexOf('Recommendations');
		// No planned API: no "Coming later" group, not even an empty one.
		expect(sections).not.toContain('Coming later');
		expect(sections.slice(from, from + 3)).toEqual([
			'Recommendations',
			'Not a fit',
			'Not APIs: other ways to use a model'
		]);
		expect(await listed(page, 'Recommendations')).toEqual([
			'DeepSeek API (V3)',
			'DeepSeek API (R1 reasoning)'
		]);
		const others = await listed(page, 'Not APIs: other ways to use a model');
		expect(others).toHaveLength(11);
		expect(others.slice(0, 3)).toEqual(['ChatGPT Free', 'DeepSeek app', 'Gemini app']);
		expect(others).toContain('GPT-5 in ChatGPT');
		for (const name of others) expect(await listed(page, 'Not a fit')).not.toContain(name);

		await page.goto(`${base}/?use=20&budget=50&for=api&lang=ar`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await listed(page, 'ليست واجهات برمجية: طرق أخرى لاستخدام النماذج')).toHaveLength(11);
		expect(errors).toEqual([]);
	});

	it('hides the prerendered default answer of a link with inputs until the app computes its own', async () => {
		const { page, context } = await open();
		// Hold the app's own scripts back: they never answer.
		await context.route('**/_app/**/*.js', () => undefined);
		await page.goto(`${base}/?device=gpu&open=required&budget=0`, {
			waitUntil: 'domcontentloaded'
		});
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-pending'))).toBe(
			true
		);
		await expect(page.getByText('Loading the answer…').isVisible()).resolves.toBe(true);
		const answer = page.locator('.answer');
		expect(await answer.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
		expect(await page.getByRole('heading', { name: 'Recommendations' }).isVisible()).toBe(false);
		// Its space is kept, so nothing jumps when the answer arrives.
		expect((await answer.boundingBox())?.height).toBeGreaterThan(500);
	});

	it('shows the link’s own answer once the app runs, never the default', async () => {
		const { page, errors } = await open();
		await page.goto(`${base}/?device=gpu&open=required&budget=0`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await listed(page, 'Recommendations')).toEqual([
			'DeepSeek app',
			'DeepSeek R1 distilled 7B on your device',
			'Mistral Small 3 on your device',
			'GPT-2 on your device'
		]);
		expect(await page.getByText('Loading the answer…').isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('a bare address or a language-only link is not held back', async () => {
		const { page, context } = await open();
		await context.route('**/_app/**/*.js', () => undefined);
		for (const path of ['/', '/?lang=ar', '/?utm_source=news&fbclid=x']) {
			await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
			expect(await page.evaluate(() => document.documentElement.hasAttribute('data-pending'))).toBe(
				false
			);
		}
	});

	it('says which parts of a link it ignored, as text, and rewrites the address', async () => {
		const { page, context, errors } = await open();
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		// The notices' live region is in the prerendered page, empty, before their code loads: a
		// screen reader hears what comes into a region it already knows.
		const release = await holdScripts(context);
		await page.goto(`${base}/?device=tablet&<img onerror=alert(1) src>=1&budget=abc&use=5`, {
			waitUntil: 'domcontentloaded'
		});
		const region = page.locator('.answer > [role="status"][aria-live="polite"]');
		expect(await region.count()).toBe(1);
		expect((await region.textContent())?.trim()).toBe('');
		await release();
		const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
		await notice.waitFor();
		expect(await region.textContent()).toContain('were not understood');
		expect(await notice.textContent()).toContain('“device”');
		expect(await notice.textContent()).toContain('“<img onerror”');
		expect(await notice.textContent()).toContain('“budget”');
		expect(await page.locator('main img').count()).toBe(0);
		expect(dialogs).toBe(0);
		await page.waitForFunction(() => location.search === '?use=5');
		expect(await notice.getAttribute('aria-live')).toBe('polite');
		expect(errors).toEqual([]);
	});

	it('warns that the answer may differ for a link from another or an edited catalogue', async () => {
		const { page } = await open();
		await page.goto(`${base}/?cat=2025-02-20.5`);
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await page.getByText('so the answer may differ').count()).toBe(0);
		await page.goto(`${base}/?budget=20&cat=2026-01-01.3`);
		await page
			.getByText('This link was made with catalogue 2026-01-01.3; yours is 2025-02-20.5')
			.waitFor();
		// A link pinned to the older catalogue keeps its meaning, but its answer may differ.
		await page.goto(`${base}/?budget=20&cat=2025-02-20.1`);
		await page
			.getByText('This link was made with catalogue 2025-02-20.1; yours is 2025-02-20.5')
			.waitFor();
		await page.goto(`${base}/?budget=20&cat=2025-02-20.5~edited`);
		await page.getByText('had added or changed catalogue entries').waitFor();
		// Changing an input makes it the person's own answer: the link's tag and notice go.
		await page.getByRole('button', { name: 'No limit' }).click();
		await page.waitForFunction(() => location.search === '');
		expect(await page.getByText('had added or changed catalogue entries').count()).toBe(0);
	});

	it('shares the link: copies it with the catalogue version where the browser cannot share', async () => {
		const { page, context } = await open();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		await page.goto(`${base}/?budget=20`);
		await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByText('Link copied').waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${base}/?budget=20&cat=2025-02-20.5`
		);
	});

	it('shares through the Web Share API where there is one', async () => {
		const { page } = await open();
		await page.goto(`${base}/?device=phone`);
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'share', {
				value: (data: ShareData) => {
					(window as unknown as { shared: ShareData }).shared = data;
					return Promise.resolve();
				}
			});
		});
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByText('Shared.').waitFor();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
		expect(shared.url).toBe(`${base}/?device=phone&cat=2025-02-20.5`);
	});

	it('explains an empty answer and applies a suggested change in one click', async () => {
		const { page } = await open({ viewport: { width: 360, height: 740 } });
		// A 2 GB phone leaves about 1 GB for a model: no self-hosted one runs on it.
		await page.goto(`${base}/?device=phone&ram=2&local=1`);
		await page.getByText('Nothing fits all of your choices.').waitFor();
		expect(await page.getByRole('list', { name: 'Recommendations' }).count()).toBe(0);
		const change = page.getByRole('button', { name: 'Turn off “Run on my device only”' });
		expect(await change.locator('xpath=..').textContent()).toContain(
			'11 options, best ChatGPT Free'
		);
		await change.click();
		await page.waitForFunction(() => location.search === '?device=phone&ram=2');
		expect(await listed(page, 'Recommendations')).toHaveLength(11);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
	});

	it('works with the keyboard alone', async () => {
		const { page } = await open();
		await page.goto(`${base}/`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
		await page.getByRole('radio', { name: 'Not chosen' }).focus();
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => location.search === '?device=phone');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name'));
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('ram');
		await page.keyboard.type('2');
		await page.waitForFunction(() => location.search === '?device=phone&ram=2');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('for');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('local');
		await page.keyboard.press('Space');
		await page.waitForFunction(() => location.search === '?device=phone&ram=2&local=1');
		await page.keyboard.press('Tab');
		await page.keyboard.type('0');
		await page.waitForFunction(() => location.search === '?device=phone&ram=2&local=1&budget=0');
		// Its words load when an answer is first empty.
		await page.getByText('Nothing fits all of your choices.').waitFor();
		expect(await page.getByText('Nothing fits all of your choices.').count()).toBe(1);
	});

	it('offers a device suggestion on a phone, under the Device field, applied only by a click, and never on a link with inputs', async () => {
		const { page, context } = await open({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			userAgent:
				'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36'
		});
		// A phone whose browser does not tell its memory (Safari, Firefox), and has a graphics
		// adapter it is never asked for: on a phone it would change nothing. Reading the memory is
		// part of every device suggestion: the page notes that it read it (`__askedDevice`), so a
		// link with inputs can be shown never to ask.
		await context.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'deviceMemory', {
				configurable: true,
				get: () => {
					Object.assign(window, { __askedDevice: true });
					return undefined;
				}
			});
			Object.defineProperty(navigator, 'gpu', {
				configurable: true,
				value: {
					requestAdapter: async () => {
						Object.assign(window, { __askedAdapter: true });
						return { info: { vendor: 'qualcomm', architecture: '' } };
					}
				}
			});
		});
		const asked = (what: '__askedDevice' | '__askedAdapter') =>
			page.evaluate((key) => (window as unknown as Record<string, unknown>)[key] === true, what);
		await page.goto(`${base}/`);
		const device = page.getByRole('group', { name: 'Device', exact: true });
		const suggestion = device.getByRole('group', { name: 'This looks like a phone.' });
		await suggestion.waitFor();
		expect(await asked('__askedDevice')).toBe(true);
		expect(await asked('__askedAdapter')).toBe(false);
		// No memory to bring: what it rests on is under "Why?".
		await suggestion.getByRole('button', { name: 'Why?', exact: true }).click();
		const basis = suggestion.getByText(/Based on:/);
		await basis.waitFor();
		expect(await basis.textContent()).toContain('your browser names a phone');
		expect(await suggestion.textContent()).not.toContain('GB');
		// In the page under the Device field, never a bar over it: the device choices stay in sight,
		// and whatever is docked at the bottom keeps under 12% of the screen (PRODUCT.md §2).
		const layout = await page.evaluate(() => {
			const offer = document.querySelector('[role="group"][aria-label^="This looks like"]')!;
			const dock = document.querySelector('.dock')!.getBoundingClientRect();
			const choices = [...document.querySelectorAll('input[name="device"]')].map((radio) => {
				const box = radio.getBoundingClientRect();
				const x = box.left + box.width / 2;
				const y = box.top + box.height / 2;
				return document.elementFromPoint(x, y) === radio;
			});
			return {
				fixed: [offer, ...ancestors(offer)].some((el) => getComputedStyle(el).position === 'fixed'),
				dockShare: dock.height / innerHeight,
				choices
			};
			function ancestors(el: Element): Element[] {
				return el.parentElement ? [el.parentElement, ...ancestors(el.parentElement)] : [];
			}
		});
		expect(layout.fixed).toBe(false);
		expect(layout.choices).toEqual([true, true, true, true]);
		expect(layout.dockShare).toBeLessThanOrEqual(0.12);
		expect(query(page)).toBe('');
		expect(await page.getByRole('radio', { name: 'Not chosen' }).isChecked()).toBe(true);
		await suggestion.getByRole('button', { name: 'Use “Phone”', exact: true }).click();
		await page.waitForFunction(() => location.search === '?device=phone');
		expect(await suggestion.count()).toBe(0);
		// The pressed button went with the offer: focus is on the memory field it leads to, not lost.
		await page.waitForFunction(() => document.activeElement?.id === 'ram');

		await page.goto(`${base}/?budget=5`);
		// The page decides as it mounts, in the same turn as it shows the link's answer: by then a
		// suggestion would have been asked for.
		await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(await asked('__askedDevice')).toBe(false);
		expect(await page.getByRole('group', { name: /^This looks like/ }).count()).toBe(0);
	});

	it('logs no warning on `/`, and asks a Chromium with no graphics adapter for one once a page life', async () => {
		const { page, errors, warnings } = await open();
		await page.goto(`${base}/`);
		const suggestion = page.getByRole('group', { name: /^This looks like/ });
		await suggestion.waitFor();
		expect(warnings).toEqual([]);
		expect(errors).toEqual([]);

		// Chromium's own WebGPU, which has no adapter here (--disable-gpu) and warns at each ask.
		const real = await open();
		await real.context.addInitScript(() => delete (navigator as { gpu?: unknown }).gpu);
		await real.page.goto(`${base}/`);
		const offered = real.page.getByRole('group', { name: /^This looks like/ });
		await offered.waitFor();
		// Away and back in the app: the chooser mounts again, and reads the device again.
		await real.page.getByRole('link', { name: 'Catalogue', exact: true }).first().click();
		await real.page.waitForURL(`${base}/models`);
		await real.page.getByRole('link', { name: 'Chooser', exact: true }).first().click();
		await real.page.waitForURL(`${base}/`);
		await offered.waitFor();
		expect(await real.page.evaluate(() => 'gpu' in navigator)).toBe(true);
		expect(real.warnings.filter((w) => /adapter/i.test(w))).toHaveLength(1);
		expect(real.errors).toEqual([]);
	});

	it('suggests a computer with the browser’s memory figure, never a graphics card, on Apple silicon (its graphics share its memory)', async () => {
		const { page, context, errors } = await open({
			userAgent:
				'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36'
		});
		// A WebGPU adapter as Chromium gives it on an M-series Mac, and Chrome's memory figure:
		// rounded to a power of two and capped at 8, whatever the Mac has.
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'gpu', {
				configurable: true,
				value: {
					requestAdapter: async () => ({
						info: { vendor: 'apple', architecture: 'metal-3', isFallbackAdapter: false }
					})
				}
			});
			Object.defineProperty(Navigator.prototype, 'deviceMemory', {
				configurable: true,
				get: () => 8
			});
		});
		await page.goto(`${base}/`);
		const suggestion = page.getByRole('group', {
			name: 'This looks like a computer without a graphics card.'
		});
		await suggestion.waitFor();
		// On its line, the lower bound the click brings; under "Why?", what it rests on.
		expect((await suggestion.locator('.line').textContent())?.replace(/\s+/g, ' ')).toContain(
			'8 GB+ RAM'
		);
		await suggestion.getByRole('button', { name: '8\u00a0GB+ RAM?' }).click();
		const basis = suggestion.getByText(/Based on:/);
		await basis.waitFor();
		const text = (await basis.textContent())?.replace(/\s+/g, ' ');
		expect(text).toContain('your graphics share the computer’s memory');
		// 8 is Chrome's cap, not the Mac's memory: a lower bound, and the person is asked for theirs.
		expect(text).toContain(
			'your browser reports 8 GB or more of memory (browsers report no more than 8 GB: enter your real memory)'
		);
		expect(text).not.toContain('about 8 GB');
		// Offered, not applied: nothing is chosen and the address is bare until the click.
		expect(query(page)).toBe('');
		expect(await page.getByRole('radio', { name: 'Not chosen' }).isChecked()).toBe(true);
		expect(
			await page.getByRole('radio', { name: 'Computer with a graphics card' }).isChecked()
		).toBe(false);
		await suggestion.getByRole('button', { name: 'Use “Computer”', exact: true }).click();
		await page.waitForFunction(() => location.search === '?device=computer&ram=8');
		expect(await suggestion.count()).toBe(0);
		// Focus stays with what was chosen: the memory field, holding the lower bound, ready for
		// the real figure right there.
		await page.waitForFunction(() => document.activeElement?.id === 'ram');
		expect(await page.getByLabel('Memory (RAM, GB)').inputValue()).toBe('8');
		await page.keyboard.press('Control+A');
		await page.keyboard.type('32');
		await page.waitForFunction(() => location.search === '?device=computer&ram=32');
		expect(errors).toEqual([]);
	});

	it('suggests a computer for Intel’s built-in graphics told by an older browser’s requestAdapterInfo, in Arabic', async () => {
		const { page, context, errors } = await open();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'gpu', {
				configurable: true,
				value: {
					requestAdapter: async () => ({
						isFallbackAdapter: false,
						requestAdapterInfo: async () => ({ vendor: 'intel', architecture: 'gen-12lp' })
					})
				}
			});
			Object.defineProperty(Navigator.prototype, 'deviceMemory', {
				configurable: true,
				get: () => 4
			});
		});
		await page.goto(`${base}/?lang=ar`);
		const suggestion = page.getByRole('group', {
			name: 'يبدو أن جهازك حاسوب بلا بطاقة رسوميات.'
		});
		await suggestion.waitFor();
		await suggestion.getByRole('button', { name: 'ذاكرة 4\u00a0غيغابايت؟' }).click();
		const basis = suggestion.getByText(/بناءً على:/);
		await basis.waitFor();
		const text = await basis.textContent();
		expect(text).toContain('رسومياتك تتشارك ذاكرة الحاسوب');
		// One unit, the word, held to its figure by a no-break space.
		expect(text).toContain('متصفحك يُبلغ عن نحو 4\u00a0غيغابايت من الذاكرة، وهو رقم مقرَّب');
		expect(text).not.toMatch(/GB|غ\.ب/);
		expect(new URL(page.url()).searchParams.has('device')).toBe(false);
		await suggestion.getByRole('button', { name: /^استخدم/ }).click();
		await page.waitForFunction(() => {
			const params = new URLSearchParams(location.search);
			return params.get('device') === 'computer' && params.get('ram') === '4';
		});
		expect(errors).toEqual([]);
	});
});

const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));

describe('what a person does before the app has started', () => {
	it('the chooser keeps what was typed, chosen and pressed in its prerendered form, as if done after', async () => {
		const { page, context, errors } = await open({ viewport: { width: 390, height: 844 } });
		const release = await holdScripts(context);
		await page.goto(`${base}/?lang=en`, { waitUntil: 'domcontentloaded' });
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
			false
		);
		await page.getByRole('radio', { name: 'Phone' }).check();
		// In Arabic-Indic digits, as an Arabic keyboard types them.
		await page.getByLabel('Monthly budget').fill('٢٠');
		// Its presets say which it holds, as they do after the start.
		const form = page.getByRole('form', { name: 'Your situation' });
		const pressed = (name: string) =>
			form.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
		expect([await pressed('US$20'), await pressed('No limit')]).toEqual(['true', 'false']);
		// Enter sends no form: the page stays, with what its fields hold.
		await page.getByLabel('Monthly budget').press('Enter');
		// A preset is the app's button: pressed now, it puts its figure in its field.
		await page.getByRole('button', { name: 'Heavy (20)' }).click();
		expect(await page.getByLabel('Usage (million tokens a month)').inputValue()).toBe('20');
		expect([await pressed('Heavy (20)'), await pressed('Light (1)')]).toEqual(['true', 'false']);
		expect(query(page)).toBe('?lang=en');
		// A button that only the app acts on: pressed again once it has started.
		await page.getByRole('button', { name: /^See the answer/ }).click();
		expect(await page.evaluate(() => scrollY)).toBe(0);

		await release();
		await started(page);
		await page.waitForFunction(() => new URLSearchParams(location.search).get('use') === '20');
		// The form folded, and the answer's heading (of the inputs given back) has the focus.
		await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
		expect(await page.getByRole('form', { name: 'Your situation' }).isVisible()).toBe(false);
		const params = new URL(page.url()).searchParams;
		expect([params.get('device'), params.get('budget'), params.get('use')]).toEqual([
			'phone',
			'20',
			'20'
		]);
		// The form is folded away: its fields, read as they are.
		expect(await page.locator('input[name=device][value=phone]').isChecked()).toBe(true);
		expect(await page.locator('#budget').inputValue()).toBe('٢٠');
		// The phone's memory field came with the choice, as it does after the start.
		expect(await page.locator('#ram').count()).toBe(1);
		const pressedNow = (field: string) =>
			page
				.locator(`button[data-for=${field}][aria-pressed=true]`)
				.evaluateAll((presets) => presets.map((b) => b.getAttribute('data-preset')));
		expect([await pressedNow('budget'), await pressedNow('use')]).toEqual([['20'], ['20']]);
		const mine = await listed(page, 'Recommendations');

		// The same answer as the link to those inputs.
		const friend = await open();
		await friend.page.goto(`${base}/?device=phone&budget=20&use=20&lang=en`);
		await friend.page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
		expect(mine.length).toBeGreaterThan(0);
		expect(await listed(friend.page, 'Recommendations')).toEqual(mine);
		expect(errors).toEqual([]);
		expect(friend.errors).toEqual([]);
	});

	it('before the start, a number field’s presets say what the app’s say, for any text typed', async () => {
		// Typed into the prerendered form (scripts held back) and into the started app, from the
		// same page: the same presets pressed. Grouped, padded, decimal and Arabic figures, a
		// decimal comma, too many decimals, out of range, and empty (the usage must have a value).
		const cases: [string, string][] = [
			['budget', '1,500'],
			['budget', '020'],
			['budget', '٢٠٠'],
			['budget', '20.0'],
			['budget', '20.5'],
			['budget', '99999'],
			['budget', ''],
			['use', '5.0'],
			['use', '٥٫٠'],
			['use', '5,0'],
			['use', '5.00'],
			['use', '5.05'],
			['use', '1,000'],
			['use', '']
		];
		const { page, context, errors } = await open();
		const pressed = (field: string) =>
			page
				.locator(`button[data-for=${field}][aria-pressed=true]`)
				.evaluateAll((presets) => presets.map((b) => b.getAttribute('data-preset')));
		const typedIn = async (field: string, text: string) => {
			await page.locator(`#${field}`).fill(text);
			return pressed(field);
		};
		const release = await holdScripts(context);
		const before: (string | null)[][] = [];
		// The default inputs each time: no last inputs kept from the case before (they fold the form).
		const fresh = () => page.evaluate(() => localStorage.clear());
		for (const [field, text] of cases) {
			await page.goto(`${base}/?lang=en`, { waitUntil: 'domcontentloaded' });
			before.push(await typedIn(field, text));
		}
		await release();
		const after: (string | null)[][] = [];
		for (const [field, text] of cases) {
			await fresh();
			await page.goto(`${base}/?lang=en`);
			await settled(page);
			after.push(await typedIn(field, text));
		}
		const named = (all: (string | null)[][]) =>
			all.map((p, i) => `${cases[i]!.join(' ')} → ${JSON.stringify(p)}`);
		expect(named(before)).toEqual(named(after));
		// The cases say something: a typed figure pressed its preset; text that is no figure kept
		// the one the field held.
		expect(named(after)).toEqual(
			expect.arrayContaining([
				'budget 1,500 → []',
				'budget 020 → ["20"]',
				'budget 20.0 → ["20"]',
				'budget 20.5 → [""]',
				'use 5,0 → ["5"]',
				'use 5.00 → ["5"]',
				'use 5.05 → ["1"]',
				'use  → ["1"]'
			])
		);
		expect(errors).toEqual([]);
	});

	it('the catalogue keeps a search typed and a filter chosen before the start', async () => {
		const { page, context, errors } = await open();
		const release = await holdScripts(context);
		await page.goto(`${base}/models?lang=en`, { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Search').fill('deepseek');
		await page.getByLabel('Status').selectOption('released');
		await release();
		await started(page);
		await page.waitForFunction(() => {
			const params = new URLSearchParams(location.search);
			return params.get('q') === 'deepseek' && params.get('status') === 'released';
		});
		expect(await page.getByLabel('Search').inputValue()).toBe('deepseek');
		const models = (p: Page) => p.locator('tbody tr th[scope="row"]').allTextContents();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-storage'));
		const found = await models(page);
		// The same list as the link to that search, and fewer than all.
		await page.goto(`${base}/models?lang=en`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-storage'));
		const all = await models(page);
		await page.goto(`${base}/models?q=deepseek&status=released&lang=en`);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-storage'));
		expect(found.length).toBeGreaterThan(0);
		expect(found.length).toBeLessThan(all.length);
		expect(await models(page)).toEqual(found);
		expect(errors).toEqual([]);
	});

	it('the catalogue’s stars pressed before the start, or while their rows wait, are kept', async () => {
		const { page, context, errors } = await open({ viewport: { width: 390, height: 844 } });
		const release = await holdScripts(context);
		// In English without a chosen language: the rows come to life after the start.
		await page.goto(`${base}/models`, { waitUntil: 'domcontentloaded' });
		const star = (id: string) => page.locator(`tr[data-id="${id}"] button.star`);
		// The last model and the last offer, far below the first screen.
		const ids = await page.evaluate(() =>
			[...document.querySelectorAll('tbody')].map((body) =>
				body.lastElementChild!.getAttribute('data-id')!
			)
		);
		expect(ids).toHaveLength(2);
		for (const id of ids) await star(id).click();
		await release();
		await settled(page);
		for (const id of ids)
			await expect.poll(() => star(id).getAttribute('aria-pressed')).toBe('true');
		await expect
			.poll(async () =>
				((await readIndexedDb(page, 'model-chooser')).favourites ?? []).map((f) => f.key).sort()
			)
			.toEqual([`model:${ids[0]}`, `offer:${ids[1]}`].sort());
		expect(errors).toEqual([]);

		// Pressed right as the app starts, while the rows wait to come to life (another visitor).
		const other = await open({ viewport: { width: 390, height: 844 } });
		await other.page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.documentElement.hasAttribute('data-started')) return;
				observer.disconnect();
				(window as unknown as { waiting: boolean }).waiting =
					document.documentElement.hasAttribute('data-cards-waiting');
				for (const body of document.querySelectorAll('tbody')) {
					body.lastElementChild?.querySelector<HTMLButtonElement>('button.star')?.click();
				}
			}).observe(document, { attributeFilter: ['data-started'], subtree: true });
		});
		await other.page.goto(`${base}/models`);
		await settled(other.page);
		expect(
			await other.page.evaluate(() => (window as unknown as { waiting: boolean }).waiting)
		).toBe(true);
		for (const id of ids) {
			await expect
				.poll(() =>
					other.page.locator(`tr[data-id="${id}"] button.star`).getAttribute('aria-pressed')
				)
				.toBe('true');
		}
		await expect
			.poll(async () =>
				((await readIndexedDb(other.page, 'model-chooser')).favourites ?? [])
					.map((f) => f.key)
					.sort()
			)
			.toEqual([`model:${ids[0]}`, `offer:${ids[1]}`].sort());
		expect(other.errors).toEqual([]);
	});

	it('a page scrolled before the start stays where the person put it, on a reload too', async () => {
		// Scripts held back need the network: no service worker to answer from its cache.
		const { page, context, errors } = await open({
			viewport: { width: 390, height: 844 },
			serviceWorkers: 'block'
		});
		await page.goto(`${base}/models`);
		await settled(page);
		// The start puts back the place saved for this entry of the history: the top.
		const release = await holdScripts(context);
		await page.reload({ waitUntil: 'domcontentloaded' });
		await page.mouse.move(200, 400);
		await page.mouse.wheel(0, 1500);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
		const at = await page.evaluate(() => scrollY);
		await release();
		await settled(page);
		expect(await page.evaluate(() => scrollY)).toBe(at);
		expect(errors).toEqual([]);
	});

	it('on a phone, the filters opened before the start are open after it', async () => {
		const { page, context, errors } = await open({ viewport: { width: 390, height: 844 } });
		const release = await holdScripts(context);
		await page.goto(`${base}/models?lang=en`, { waitUntil: 'domcontentloaded' });
		const more = page.getByRole('button', { name: 'More filters' });
		expect(await page.getByLabel('Status').isVisible()).toBe(false);
		await more.click();
		await release();
		await started(page);
		await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
		expect(await page.getByLabel('Status').isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});
});
