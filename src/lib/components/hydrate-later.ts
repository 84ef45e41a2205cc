/**
 * Prerendered option cards and table rows brought to life after the page starts. Svelte hydrates
 * a page in one task; on `/` the answer's option cards were most of it (a CPU profile under a 4×
 * slower CPU: about 100 of the 230 ms of the start's own code), on `/models` the tables' rows a
 * large part, and Lighthouse counts each task four times over. While the page starts, a card or
 * row the page was prerendered with keeps its nodes untouched (`OptionItem.svelte` and
 * `LaterRow.svelte` take them as they are), and so do the answer's picks (`ChooserResults.svelte`,
 * about an eighth of the start's own code, 2026-12-07); each is hydrated afterwards, in tasks that
 * stop once they have spent `TASK_MS`, or at once if what it shows changes first.
 */

/** Time a task may spend hydrating cards before it yields to the browser, in ms. */
export const TASK_MS = 2;

/** The `<html>` attribute present while cards wait to be hydrated: what tests wait for. */
export const WAITING_ATTRIBUTE = 'data-cards-waiting';

const claimed = new WeakSet<Element>();
const jobs = new Set<() => void>();
let planned = false;

/** The element id of an offer's card in the answer in `lang`: `offer-<offer id>-<lang>`. */
export function cardElementId(offerId: string, lang: string): string {
	return `offer-${offerId}-${lang}`;
}

/**
 * The element id of the heading of the answer's picks in `lang`: `answer-<lang>`; each pick's
 * ids begin with it (`answer-<lang>-<kind>`).
 */
export function answerElementId(lang: string): string {
	return `answer-${lang}`;
}

/**
 * The mark a table row's cells carry on their first cell (`data-cells`), so that a row taking
 * prerendered nodes knows whose they are: the row's id, in the language of its text.
 */
export function rowCellsMark(rowId: string, lang: string): string {
	return `${lang}:${rowId}`;
}

/**
 * Whether the app is still starting (no `<html data-started>` yet): only then does the page hold
 * the prerendered nodes an item may take as they are.
 */
export function starting(): boolean {
	return !document.documentElement.hasAttribute('data-started');
}

/**
 * Whether the card of the offer `offerId` is being hydrated with the page, and so can take its
 * prerendered nodes as they are: only while the app starts (before `<html data-started>`), and
 * once for each card of the first prerendered answer (`[data-lang-scope]`), the one the start
 * keeps whatever language the page speaks (the answer in the other language is dropped).
 */
export function adoptable(offerId: string): boolean {
	if (!starting()) return false;
	const scope = document.querySelector('[data-lang-scope]');
	const node =
		scope && document.getElementById(cardElementId(offerId, scope.getAttribute('lang') ?? ''));
	if (!node || claimed.has(node) || !scope.contains(node)) return false;
	claimed.add(node);
	return true;
}

/** Events inside a waiting card or row that bring it to life at once: a press, or focus. */
const WAKING = ['click', 'focusin'] as const;

/**
 * Runs `job` in a later task, after the jobs before it, several a task while a task has spent
 * under `TASK_MS`; or at once when the person presses or focuses something inside `node` first
 * (its star, a link), caught on the event's way down, so that the handlers the job attaches (it
 * hydrates `node`) take that same event: a press made while it waited, or before the app started
 * and pressed again after (`early-input.ts`), is not lost. Returns a function that takes the job
 * back if it has not run; the job calls it too.
 */
export function later(job: () => void, node?: Element): () => void {
	jobs.add(job);
	if (!planned) {
		planned = true;
		document.documentElement.setAttribute(WAITING_ATTRIBUTE, '');
		setTimeout(runSome, 0);
	}
	const now = () => {
		takeBack();
		job();
	};
	const takeBack = () => {
		jobs.delete(job);
		for (const type of WAKING) node?.removeEventListener(type, now, true);
	};
	for (const type of WAKING) node?.addEventListener(type, now, true);
	return takeBack;
}

/** Runs jobs till the task has spent `TASK_MS`; one that throws stops this task, not the rest. */
function runSome(): void {
	const end = performance.now() + TASK_MS;
	try {
		for (const job of jobs) {
			jobs.delete(job);
			job();
			if (performance.now() >= end) break;
		}
	} finally {
		if (jobs.size > 0) setTimeout(runSome, 0);
		else {
			planned = false;
			document.documentElement.removeAttribute(WAITING_ATTRIBUTE);
		}
	}
}
