// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type AfterStart = typeof import('./after-start');

/** A prerendered card with the given place on the screen (top and height in CSS px). */
function card(id: string, top: number, height: number): HTMLElement {
	const article = document.createElement('article');
	article.className = 'option';
	article.id = id;
	article.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: top, width: 300, height });
	document.body.append(article);
	return article;
}

/** A fresh copy of the module: it reads the cards' places once. */
async function fresh(): Promise<AfterStart> {
	vi.resetModules();
	return import('./after-start');
}

/** Runs the next frame and the task it queues. */
function nextFrameAndTask() {
	vi.advanceTimersToNextFrame();
	vi.advanceTimersToNextTimer();
}

describe('cards below the first screen wait for the start', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
		vi.stubGlobal('innerHeight', 800);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		document.body.replaceChildren();
		document.documentElement.removeAttribute('data-started');
		document.documentElement.removeAttribute('data-pending');
	});

	it('holds back only cards wholly below the first screen, each once, with its height', async () => {
		const { waitsForStart } = await fresh();
		card('on-screen', 700, 200);
		card('above', -400, 200);
		card('hidden', 0, 0);
		card('below', 800, 240);
		const selector = 'article.option[id]';
		const wake = vi.fn();
		expect(waitsForStart('on-screen', selector, wake)).toBeUndefined();
		expect(waitsForStart('above', selector, wake)).toBeUndefined();
		expect(waitsForStart('hidden', selector, wake)).toBeUndefined();
		expect(waitsForStart('not-prerendered', selector, wake)).toBeUndefined();
		expect(waitsForStart('below', selector, wake)).toBe(240);
		// A card made again with the same id (another answer) is drawn at once.
		expect(waitsForStart('below', selector, wake)).toBeUndefined();
		vi.runAllTimers();
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('reads the places once, before the cards change', async () => {
		const { waitsForStart } = await fresh();
		const first = card('first', 900, 100);
		const second = card('second', 1000, 100);
		const read = vi.spyOn(second, 'getBoundingClientRect');
		expect(waitsForStart('first', 'article.option[id]', () => {})).toBe(100);
		first.remove();
		second.getBoundingClientRect = () => DOMRect.fromRect({ y: 0, height: 100 });
		// Its place as the first call read it: below.
		expect(waitsForStart('second', 'article.option[id]', () => {})).toBe(100);
		expect(read).toHaveBeenCalledTimes(1);
	});

	for (const mark of ['data-started', 'data-pending']) {
		it(`holds nothing back with ${mark} (the app has started; a link's answer is to come)`, async () => {
			const { waitsForStart } = await fresh();
			card('below', 900, 100);
			document.documentElement.setAttribute(mark, '');
			expect(waitsForStart('below', 'article.option[id]', () => {})).toBeUndefined();
		});
	}

	it(`draws them again top to bottom, a few a task, each task after a frame`, async () => {
		const { AFTER_START_STEP, waitsForStart } = await fresh();
		const count = 2 * AFTER_START_STEP + 1;
		for (let i = 0; i < count; i++) card(`card-${i}`, 900 + 100 * i, 100);
		const drawn: number[] = [];
		for (let i = 0; i < count; i++) {
			expect(waitsForStart(`card-${i}`, 'article.option[id]', () => drawn.push(i))).toBe(100);
		}
		const ready = () => drawn.length;
		expect(ready()).toBe(0);
		// Not in the task that started the page, nor in the frame after it: in a task of its own.
		vi.advanceTimersToNextFrame();
		expect(ready()).toBe(0);
		vi.advanceTimersToNextTimer();
		expect(ready()).toBe(AFTER_START_STEP);
		expect(drawn).toEqual([...Array(AFTER_START_STEP).keys()]);
		nextFrameAndTask();
		expect(ready()).toBe(2 * AFTER_START_STEP);
		nextFrameAndTask();
		expect(drawn).toEqual([...Array(count).keys()]);
		expect(vi.getTimerCount()).toBe(0);
	});
});
