import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAW_STEP, drawMore, keptOnPage } from './row-window';

describe('drawMore: a window drawn a few rows per task', () => {
	// A step waits for the frame that shows the one before: here (Node has no frames) a frame is
	// a timer of 16 ms, faked with the others.
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) =>
			setTimeout(() => frame(performance.now()), 16)
		);
		vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** Draws as a table does: each step's end, and the next step asked for from it. */
	function drawAll(shown: number): number[] {
		const ends: number[] = [];
		const step = (end: number) => {
			ends.push(end);
			drawMore(end, shown, step);
		};
		drawMore(DRAW_STEP, shown, step);
		return ends;
	}

	it('adds DRAW_STEP rows in each later task, never past the window, then stops', () => {
		const ends = drawAll(100);
		// Nothing is drawn in the task that asked, nor before the next frame: the rows drawn so far
		// are painted first.
		expect(ends).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ends).toEqual([]);
		// Then in a task after that frame.
		vi.advanceTimersToNextTimer();
		expect(ends).toEqual([DRAW_STEP * 2]);
		vi.runAllTimers();
		expect(ends).toEqual([50, 75, 100]);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('ends at the window end when it is not a whole step away', () => {
		const ends = drawAll(DRAW_STEP + 7);
		vi.runAllTimers();
		expect(ends).toEqual([DRAW_STEP + 7]);
	});

	it('asks for nothing when all rows are drawn', () => {
		const draw = vi.fn();
		expect(drawMore(100, 100, draw)).toBeUndefined();
		expect(drawMore(120, 100, draw)).toBeUndefined();
		vi.runAllTimers();
		expect(draw).not.toHaveBeenCalled();
	});

	it('draws nothing once cancelled (newer rows came first), before the frame or after it', () => {
		const draw = vi.fn();
		const cancel = drawMore(DRAW_STEP, 100, draw);
		cancel?.();
		vi.runAllTimers();
		const late = drawMore(DRAW_STEP, 100, draw);
		vi.advanceTimersToNextTimer();
		late?.();
		vi.runAllTimers();
		expect(draw).not.toHaveBeenCalled();
	});
});

describe('keptOnPage: rows that stay drawn when a table gets new rows', () => {
	const [a, b, c, d] = [{}, {}, {}, {}];

	it('counts the same rows at the same places from the top, up to those on the page', () => {
		expect(keptOnPage([a, b, c], [a, b, c, d], 3)).toBe(3);
		expect(keptOnPage([a, b, c], [a, b, c, d], 2)).toBe(2);
		expect(keptOnPage([a, b, c], [a, c, b], 3)).toBe(1);
		expect(keptOnPage([a, b], [a, b], 10)).toBe(2);
	});

	it('keeps none when the first row changed, or on a first draw', () => {
		expect(keptOnPage([a, b, c], [d, b, c], 3)).toBe(0);
		expect(keptOnPage([], [a, b], 0)).toBe(0);
	});

	it('by a key, keeps rows made anew for the same things at the same places', () => {
		const id = (row: { id: string }) => row.id;
		const [x, y, z, x2, y2] = [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'x' }, { id: 'y' }];
		expect(keptOnPage([x, y, z], [x2, y2, z], 3, id)).toBe(3);
		expect(keptOnPage([x, y, z], [x2, y2, z], 3)).toBe(0);
		expect(keptOnPage([x, y, z], [y2, x2, z], 3, id)).toBe(0);
	});
});
