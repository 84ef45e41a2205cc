// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type AfterStart = typeof import('./after-start');

/** A fresh copy of the module, with app.html's report of the cards below the first screen. */
async function fresh(below?: Record<string, number>): Promise<AfterStart> {
	vi.resetModules();
	window.__belowFirstScreen = below;
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
	});
	afterEach(() => {
		vi.useRealTimers();
		window.__belowFirstScreen = undefined;
		document.documentElement.removeAttribute('data-started');
		document.documentElement.removeAttribute('data-pending');
		document.documentElement.removeAttribute('data-drawing');
	});

	it('holds back only the cards app.html saw below the first screen, each once, with its height', async () => {
		const { waitsForStart } = await fresh({ below: 240 });
		const wake = vi.fn();
		expect(waitsForStart('on-screen', wake)).toBeUndefined();
		expect(waitsForStart('below', wake)).toBe(240);
		// A card made again with the same id (another answer) is drawn at once.
		expect(waitsForStart('below', wake)).toBeUndefined();
		vi.runAllTimers();
		expect(wake).toHaveBeenCalledTimes(1);
	});

	it('takes the report once: a later change to it does not count', async () => {
		const { waitsForStart } = await fresh({ first: 100 });
		expect(waitsForStart('first', () => {})).toBe(100);
		window.__belowFirstScreen = { second: 100 };
		expect(waitsForStart('second', () => {})).toBeUndefined();
	});

	it('holds nothing back without a report (a reload, a step back, a scroll before the start)', async () => {
		const { waitsForStart } = await fresh(undefined);
		expect(waitsForStart('below', () => {})).toBeUndefined();
	});

	it('holds nothing back for an answer the app computes anew, even once data-pending is off', async () => {
		const { waitsForStart } = await fresh({ first: 100, second: 100 });
		document.documentElement.setAttribute('data-pending', '');
		expect(waitsForStart('first', () => {})).toBeUndefined();
		// The page took the mark off and draws its own answer's cards.
		document.documentElement.removeAttribute('data-pending');
		expect(waitsForStart('second', () => {})).toBeUndefined();
	});

	for (const mark of ['data-started', 'data-pending']) {
		it(`holds nothing back with ${mark} (the app has started; a link's answer is to come)`, async () => {
			const { waitsForStart } = await fresh({ below: 100 });
			document.documentElement.setAttribute(mark, '');
			expect(waitsForStart('below', () => {})).toBeUndefined();
		});
	}

	it(`draws them again top to bottom, a few a task, each task after a frame`, async () => {
		const { AFTER_START_STEP } = await import('./after-start');
		const count = 2 * AFTER_START_STEP + 1;
		const report = Object.fromEntries(Array.from({ length: count }, (_, i) => [`card-${i}`, 100]));
		const { waitsForStart: waits } = await fresh(report);
		const drawn: number[] = [];
		for (let i = 0; i < count; i++) {
			expect(waits(`card-${i}`, () => drawn.push(i))).toBe(100);
		}
		const drawing = () => document.documentElement.hasAttribute('data-drawing');
		expect(drawing()).toBe(true);
		// Not in the task that started the page, nor in the frame after it: in a task of its own.
		vi.advanceTimersToNextFrame();
		expect(drawn).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(drawn).toEqual([...Array(AFTER_START_STEP).keys()]);
		nextFrameAndTask();
		expect(drawn).toHaveLength(2 * AFTER_START_STEP);
		expect(drawing()).toBe(true);
		nextFrameAndTask();
		expect(drawn).toEqual([...Array(count).keys()]);
		expect(drawing()).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});
});
