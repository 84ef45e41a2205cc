/** The chooser's state: the inputs, the answer derived from them, and what a link brought. */
import type { Catalogue } from '$lib/domain/catalogue';
import { changeInputs, defaultInputs, type ChooserInputs } from '$lib/domain/inputs';
import type { InputChange } from '$lib/domain/answer';
import { applyChange } from '$lib/domain/changes';
import { recommend } from '$lib/domain/recommend';
import type { ListTag } from '$lib/domain/list-link';
import type { Lang } from '$lib/domain/lang';
import { decodeShareLink, encodeShareLink, type CatalogueTag } from '$lib/domain/share-link';

export class ChooserState {
	// Raw: the inputs are replaced, never changed in place, and the answer reads them for each of
	// tens of thousands of offers, which through a state proxy cost more than the reading itself.
	#inputs = $state.raw<ChooserInputs>(defaultInputs());
	#cat = $state<CatalogueTag | undefined>();
	#lists = $state.raw<ListTag[] | undefined>();
	#ignored = $state<string[]>([]);
	#linkHadInputs = $state(false);
	#restored = $state(false);
	#catalogue: () => Catalogue;
	#lang: () => Lang | undefined;
	#remember: (query: string) => void;
	#result = $derived.by(() => recommend(this.#catalogue(), this.#inputs));

	/**
	 * `catalogue` is read on every change, so the answer follows the stored catalogue; `lang`
	 * is the language the person chose, if they did, which links carry; `remember` is given the
	 * inputs (as a link's query string, `` for the defaults) each time the person changes them.
	 */
	constructor(
		catalogue: () => Catalogue,
		lang: () => Lang | undefined = () => undefined,
		remember: (query: string) => void = () => {}
	) {
		this.#catalogue = catalogue;
		this.#lang = lang;
		this.#remember = remember;
	}

	get inputs(): ChooserInputs {
		return this.#inputs;
	}

	get result() {
		return this.#result;
	}

	/** The catalogue tag the opened link carried, until the person changes an input. */
	get linkCatalogue(): CatalogueTag | undefined {
		return this.#cat;
	}

	/**
	 * The public lists the opened link names (`lists=`), until the person changes an input: the
	 * address bar keeps them meanwhile, so the link is never cut before the person's own lists are
	 * read and compared with them.
	 */
	get linkLists(): ListTag[] | undefined {
		return this.#lists;
	}

	/** Parameter names of the opened link that were not understood. */
	get ignored(): string[] {
		return this.#ignored;
	}

	get linkHadInputs(): boolean {
		return this.#linkHadInputs;
	}

	/** Whether the inputs shown are the remembered ones of an earlier visit, not yet changed. */
	get restored(): boolean {
		return this.#restored;
	}

	/** Whether every input is at its default (nothing to start over from). */
	get atDefaults(): boolean {
		return this.#inputsQuery() === '';
	}

	/** The query string that says this state (`` for the defaults). */
	get query(): string {
		return encodeShareLink({
			inputs: this.#inputs,
			lang: this.#lang(),
			cat: this.#cat,
			lists: this.#lists
		});
	}

	/** Takes the state a link carries (its language is the locale's business); never throws. */
	openLink(search: string): void {
		const { state, ignored, hasInputs } = decodeShareLink(search);
		this.#inputs = state.inputs;
		this.#cat = state.cat;
		this.#lists = state.lists;
		this.#ignored = ignored;
		this.#linkHadInputs = hasInputs;
		this.#restored = false;
	}

	/**
	 * Takes remembered inputs (a query string as `remember` was given), read as a link is; what
	 * they do not say stays at the default and nothing is reported as ignored. Never throws.
	 */
	openRemembered(query: string): void {
		const { state, hasInputs } = decodeShareLink(query);
		if (!hasInputs) return;
		this.#inputs = state.inputs;
		this.#restored = true;
	}

	#inputsQuery(): string {
		return encodeShareLink({ inputs: this.#inputs });
	}

	/** After a change of the person's: the link's tags go, and the inputs are remembered. */
	#changed(): void {
		this.#cat = undefined;
		this.#lists = undefined;
		this.#restored = false;
		this.#remember(this.#inputsQuery());
	}

	/** Changes some inputs; the answer is now the person's own, so the link's tag goes. */
	update(patch: Partial<ChooserInputs>): void {
		this.#inputs = changeInputs(this.#inputs, patch);
		this.#changed();
	}

	/** Applies one suggested change from the empty state. */
	apply(change: InputChange): void {
		this.#inputs = applyChange(this.#inputs, change);
		this.#changed();
	}

	/** Start over: every input back to its default, and nothing remembered. */
	reset(): void {
		this.#inputs = defaultInputs();
		this.#changed();
	}

	/**
	 * The link to share: this state, tagged with the catalogue it was computed from and the public
	 * lists in it (`lists`, each list's as-of day; none for a catalogue without lists).
	 */
	shareQuery(catalogue: CatalogueTag, lists: readonly ListTag[] = []): string {
		return encodeShareLink({
			inputs: this.#inputs,
			lang: this.#lang(),
			cat: catalogue,
			lists: [...lists]
		});
	}
}
