/** The chooser's state: the inputs, the answer derived from them, and what a link brought. */
import type { Catalogue } from '$lib/domain/catalogue';
import { defaultInputs, keepMemoryOfDevice, type ChooserInputs } from '$lib/domain/inputs';
import { applyChange, recommend, type InputChange } from '$lib/domain/recommend';
import {
	decodeShareLink,
	encodeShareLink,
	type CatalogueTag,
	type ShareLang
} from '$lib/domain/share-link';

export class ChooserState {
	#inputs = $state<ChooserInputs>(defaultInputs());
	#cat = $state<CatalogueTag | undefined>();
	#ignored = $state<string[]>([]);
	#linkHadInputs = $state(false);
	#catalogue: () => Catalogue;
	#lang: () => ShareLang | undefined;
	#result = $derived.by(() => recommend(this.#catalogue(), this.#inputs));

	/**
	 * `catalogue` is read on every change, so the answer follows the stored catalogue; `lang`
	 * is the language the person chose, if they did, which links carry.
	 */
	constructor(catalogue: () => Catalogue, lang: () => ShareLang | undefined = () => undefined) {
		this.#catalogue = catalogue;
		this.#lang = lang;
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

	/** Parameter names of the opened link that were not understood. */
	get ignored(): string[] {
		return this.#ignored;
	}

	get linkHadInputs(): boolean {
		return this.#linkHadInputs;
	}

	/** The query string that says this state (`` for the defaults). */
	get query(): string {
		return encodeShareLink({ inputs: this.#inputs, lang: this.#lang(), cat: this.#cat });
	}

	/** Takes the state a link carries (its language is the locale's business); never throws. */
	openLink(search: string): void {
		const { state, ignored, hasInputs } = decodeShareLink(search);
		this.#inputs = state.inputs;
		this.#cat = state.cat;
		this.#ignored = ignored;
		this.#linkHadInputs = hasInputs;
	}

	/** Changes some inputs; the answer is now the person's own, so the link's tag goes. */
	update(patch: Partial<ChooserInputs>): void {
		const next: ChooserInputs = { ...this.#inputs, ...patch };
		for (const key of ['device', 'vramGb', 'ramGb', 'purpose', 'budget'] as const) {
			if (key in patch && patch[key] === undefined) delete next[key];
		}
		// A card's VRAM and a phone's or computer's RAM are different things.
		if ('device' in patch && (patch.device === 'gpu') !== (this.#inputs.device === 'gpu')) {
			delete next.vramGb;
			delete next.ramGb;
		}
		this.#inputs = keepMemoryOfDevice(next);
		this.#cat = undefined;
	}

	/** Applies one suggested change from the empty state. */
	apply(change: InputChange): void {
		this.#inputs = applyChange(this.#inputs, change);
		this.#cat = undefined;
	}

	reset(): void {
		this.#inputs = defaultInputs();
		this.#cat = undefined;
	}

	/** The link to share: this state, tagged with the catalogue it was computed from. */
	shareQuery(catalogue: CatalogueTag): string {
		return encodeShareLink({ inputs: this.#inputs, lang: this.#lang(), cat: catalogue });
	}
}
