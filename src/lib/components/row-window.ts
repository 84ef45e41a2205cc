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
