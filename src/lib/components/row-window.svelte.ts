import {
	DRAW_STEP,
	drawMore,
	endAfterEarlier,
	FIRST_ROWS,
	keptOnPage,
	ROW_STEP,
	windowStart
} from './row-window';

/**
 * A long table's window of rows (`row-window.ts`): where it starts, where it ends, and the end of
 * the rows drawn so far, which come onto the page a few per task (`drawMore`). New rows (another
 * search or order) start again at the top; the same list again (a star, a note, the person's data
 * loaded: at least its first `FIRST_ROWS` of the rows on the page stay at their places,
 * `keptOnPage`) keeps its window and its drawn rows, so the page neither shrinks nor moves under
 * the person's eyes. Create it during a component's setup (it runs an effect); `rows` gives the
 * table's rows; `atOnce` how many new rows are drawn in the change's own task (`DRAW_STEP`; 0 for
 * a table below another, whose new rows then wait a frame for those above); `key` names a row
 * (its model's or offer's id), so that a row made anew for the same model counts as staying. The
 * table's first rows always come at once, so a page rendered before its script runs has them.
 */
export class RowWindow<R> {
	#rows: () => readonly R[];
	/** The rows, and the end of those drawn (at most their count), as the page last showed them. */
	#before: readonly R[] = [];
	#onPage = 0;
	/** The end the window asked for as the page last showed it. */
	#shownBefore = FIRST_ROWS;
	#atOnce: () => number;
	#key: (row: R) => unknown;
	/** How the rows compare with those on the page: how many stay from the top, and whether it is the same list. */
	#change = $derived.by(() => {
		const kept = keptOnPage(this.#before, this.#getRows(), this.#onPage, this.#key);
		return { kept, same: this.#onPage > 0 && kept >= Math.min(this.#onPage, FIRST_ROWS) };
	});
	/** The end (exclusive) the window asks for: `FIRST_ROWS`, then `ROW_STEP` more on request. */
	shown = $derived(this.#change.same ? this.#shownBefore : FIRST_ROWS);
	/** The first row on the page. */
	start = $derived(windowStart(this.shown));
	#drawn = $derived(this.#change.same ? this.#onPage : this.#change.kept + this.#firstStep());
	/** The end (exclusive) of the rows drawn so far: from the window's start when it moved on. */
	end = $derived(Math.min(this.shown, Math.max(this.#drawn, this.start + this.#firstStep())));

	constructor(
		rows: () => readonly R[],
		atOnce: () => number = () => DRAW_STEP,
		key: (row: R) => unknown = (row) => row
	) {
		this.#rows = rows;
		this.#atOnce = atOnce;
		this.#key = key;
		$effect(() => {
			const now = rows();
			[this.#before, this.#onPage, this.#shownBefore] = [
				now,
				Math.min(this.end, now.length),
				this.shown
			];
			return drawMore(this.end, this.shown, (next) => (this.#drawn = next));
		});
	}

	/** The rows drawn with new rows, in the same task: all of a first step while none are drawn. */
	#firstStep(): number {
		return this.#onPage > 0 ? this.#atOnce() : DRAW_STEP;
	}

	#getRows(): readonly R[] {
		return this.#rows();
	}

	/** Asks for `ROW_STEP` more rows at the end. */
	more(): void {
		this.shown += ROW_STEP;
	}

	/** Asks for the rows before the window back (`endAfterEarlier`). */
	earlier(): void {
		this.shown = endAfterEarlier(this.shown);
	}
}
