/**
 * The share-link grammar of §3, both ways. Links live for years, so the grammar
 * never changes meaning:
 * `/?device=gpu&vram=8&local=1&for=self&budget=20&open=required&planned=1&use=5&sort=rated&lang=ar&cat=2025-02-20.2&lists=openrouter.2026-11-30,models.dev.2026-11-28`.
 *
 * Writing leaves defaults out, always uses the same order and Latin digits. Reading never
 * throws and follows the shared rules of `link-params.ts`: an explicit default (`open=any`,
 * `local=0`, `planned=0`, `for=any`, `sort=cheap`), `utm_*` and `fbclid` pass silently; any
 * other unknown or malformed parameter, a memory figure the device cannot have (`vram` without
 * `device=gpu`, `ram` without a phone or computer), or a repeat of one already read, falls back
 * to its default and is named in `ignored`; of `lists`, only the parts it cannot read are named
 * (an unknown list, a day that does not exist, a list named twice). Values are only ever compared with known words and
 * patterns, so nothing from the link reaches the page except the ignored names, which the UI
 * shows as text.
 */
import { DEVICES, defaultInputs, LIMITS, PURPOSES, takesRam, type ChooserInputs } from './inputs';
import { readLang, type Lang } from './lang';
import { oneOf, readOneDecimal, readParams, readWhole } from './link-params';
import { readListTags, writeListTags, type ListTag } from './list-link';

/** The catalogue a link was made with, and whether the sharer had their own edits. */
export type CatalogueTag = { version: string; edited: boolean };

/**
 * A link's state: the chooser's inputs, its language, and (written by Share) the catalogue and the
 * public lists it was made with (`list-link.ts`).
 */
export type ShareState = {
	inputs: ChooserInputs;
	lang?: Lang;
	cat?: CatalogueTag;
	lists?: ListTag[];
};

export type Decoded = {
	state: ShareState;
	/** Parameter names that were not understood, as received (shortened), at most 10. */
	ignored: string[];
	/** Whether the link carried any chooser input (not only language, catalogue or tracking). */
	hasInputs: boolean;
};

/** Parameters that carry the chooser's inputs (the rest are language, catalogue and lists). */
export const INPUT_PARAMS = [
	'device',
	'vram',
	'ram',
	'local',
	'for',
	'budget',
	'open',
	'planned',
	'use',
	'sort'
] as const;

const CAT = /^(\d{4}-\d{2}-\d{2}\.\d{1,4})(~edited)?$/;
const MAX_CAT_LENGTH = 40;

/** The spellings of the defaults a link may still say out loud; they are read silently. */
const EXPLICIT_DEFAULTS = { local: '0', for: 'any', open: 'any', planned: '0', sort: 'cheap' };

/** Reads a link's query string (with or without `?`) into a valid state; never throws. */
export function decodeShareLink(query: string | URLSearchParams): Decoded {
	const inputs = defaultInputs();
	const state: ShareState = { inputs };
	/** Sets `field` when the value was understood, and says whether it was. */
	const take = <K extends keyof ChooserInputs>(field: K, value: ChooserInputs[K] | undefined) => {
		if (value !== undefined) inputs[field] = value;
		return value !== undefined;
	};
	const { ignored, read } = readParams(query, {
		defaults: EXPLICIT_DEFAULTS,
		// Memory is VRAM or RAM by the device, wherever `device` stands in the link.
		first: ['device'],
		handle(name, value, ignore) {
			switch (name) {
				case 'device':
					return take('device', oneOf(DEVICES, value));
				case 'vram':
					return (
						inputs.device === 'gpu' &&
						take('vramGb', readWhole(value, LIMITS.vram.min, LIMITS.vram.max))
					);
				case 'ram':
					return (
						takesRam(inputs.device) &&
						take('ramGb', readWhole(value, LIMITS.ram.min, LIMITS.ram.max))
					);
				case 'local':
					return take('localOnly', value === '1' ? true : undefined);
				case 'for':
					return take('purpose', oneOf(PURPOSES, value));
				case 'budget':
					return take('budget', readWhole(value, LIMITS.budget.min, LIMITS.budget.max));
				case 'open':
					return take('openness', oneOf(['required', 'preferred'] as const, value));
				case 'planned':
					return take('includePlanned', value === '1' ? true : undefined);
				case 'use':
					return take('usage', readOneDecimal(value, LIMITS.usage.min, LIMITS.usage.max));
				case 'sort':
					return take('sort', oneOf(['rated', 'new'] as const, value));
				case 'lang': {
					const lang = readLang(value);
					if (lang) state.lang = lang;
					return lang !== undefined;
				}
				case 'cat': {
					const match = value.length <= MAX_CAT_LENGTH ? CAT.exec(value) : null;
					if (match?.[1]) state.cat = { version: match[1], edited: match[2] !== undefined };
					return state.cat !== undefined;
				}
				case 'lists': {
					// Parts that cannot be read are named; the parameter only when none is there.
					const tags = readListTags(value, ignore);
					if (tags?.length) state.lists = tags;
					return tags !== undefined;
				}
				default:
					return false;
			}
		}
	});
	const hasInputs = read.some((name) => (INPUT_PARAMS as readonly string[]).includes(name));
	return { state, ignored, hasInputs };
}

/** Writes a state as a query string (`?…`, or `` for the defaults), defaults left out. */
export function encodeShareLink(state: ShareState): string {
	const { inputs } = state;
	const pairs: [string, string][] = [];
	if (inputs.device) pairs.push(['device', inputs.device]);
	if (inputs.device === 'gpu' && inputs.vramGb !== undefined) {
		pairs.push(['vram', String(inputs.vramGb)]);
	}
	if (takesRam(inputs.device) && inputs.ramGb !== undefined) {
		pairs.push(['ram', String(inputs.ramGb)]);
	}
	if (inputs.localOnly) pairs.push(['local', '1']);
	if (inputs.purpose) pairs.push(['for', inputs.purpose]);
	if (inputs.budget !== undefined) pairs.push(['budget', String(inputs.budget)]);
	if (inputs.openness !== 'any') pairs.push(['open', inputs.openness]);
	if (inputs.includePlanned) pairs.push(['planned', '1']);
	if (inputs.usage !== 1) pairs.push(['use', String(Math.round(inputs.usage * 10) / 10)]);
	if (inputs.sort !== 'cheap') pairs.push(['sort', inputs.sort]);
	if (state.lang) pairs.push(['lang', state.lang]);
	if (state.cat) pairs.push(['cat', `${state.cat.version}${state.cat.edited ? '~edited' : ''}`]);
	const lists = writeListTags(state.lists ?? []);
	if (lists) pairs.push(['lists', lists]);
	// Every value is a known word or number, so none needs escaping; `~` and `,` stay readable.
	return pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}` : '';
}

/** Whether two sets of inputs give the same answer (the same link). */
export function sameInputs(a: ChooserInputs, b: ChooserInputs): boolean {
	return encodeShareLink({ inputs: a }) === encodeShareLink({ inputs: b });
}
