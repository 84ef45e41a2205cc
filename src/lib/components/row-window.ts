/**
 * Long tables (a big import: tens of thousands of rows) show a window of their rows, so the page
 * holds a few hundred at most however long the list: the first `FIRST_ROWS`, then `ROW_STEP` more
 * on each request; past `MAX_ROWS` the earliest leave the page and can be asked back.
 */
export const FIRST_ROWS = 100;
export const ROW_STEP = 200;
export const MAX_ROWS = 300;

/** Where a window that ends at row `end` (exclusive) starts: at most `MAX_ROWS` before it. */
export const windowStart = (end: number): number => Math.max(0, end - MAX_ROWS);

/** Where the window ends after asking for the rows before it: `ROW_STEP` earlier, never above the first page. */
export const endAfterEarlier = (end: number): number => Math.max(FIRST_ROWS, end - ROW_STEP);

/**
 * How many rows a table draws in one task: a window's rows come onto the page this many at a
 * time, one task after another, so drawing a window (a table's first, or after another search)
 * never blocks the page for long. About 25 rows are a frame's work on a slow phone.
 */
export const DRAW_STEP = 25;

/**
 * Draws more of a window once the rows drawn so far are on screen: when `drawn` rows (the end of
 * those on the page) fall short of `shown`, calls `draw` with the next end, `DRAW_STEP` further
 * (never past `shown`), in a task of its own after the next frame. So a search's first rows are
 * painted before any more are drawn (a task queued at once ran before the frame, and the person
 * saw the new list that much later), and each step has a frame of its own. Gives the cancel (for
 * an effect's cleanup: newer rows came first), or `undefined` when all rows are drawn.
 */
export function drawMore(
	drawn: number,
	shown: number,
	draw: (end: number) => void
): (() => void) | undefined {
	if (drawn >= shown) return undefined;
	let task: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		task = setTimeout(() => draw(Math.min(shown, drawn + DRAW_STEP)), 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(task);
	};
}

/**
 * How many of the rows on the page (the first `onPage` of `before`) stay as they are in `rows`:
 * the same rows at the same places from the top, compared by `key` (the row object itself when
 * none is given). A table whose rows change only further down (a star, a note) keeps those drawn
 * and draws only the rest a few at a time, and one whose rows keep their places but changed
 * within (the person's data loaded, an edit: new row objects of the same models) updates them in
 * place, so the page neither shrinks nor moves under the person's eyes.
 */
export function keptOnPage<R>(
	before: readonly R[],
	rows: readonly R[],
	onPage: number,
	key: (row: R) => unknown = (row) => row
): number {
	const upTo = Math.min(onPage, before.length, rows.length);
	let kept = 0;
	while (kept < upTo && key(before[kept]!) === key(rows[kept]!)) kept++;
	return kept;
}
