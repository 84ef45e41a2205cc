/**
 * The share-link grammar of PRODUCT.md §3, both ways. Links live for years, so the grammar
 * never changes meaning: `/?device=gpu&vram=8&local=1&budget=20&open=required&planned=1&use=5&lang=ar&cat=2025-02-20.1`.
 *
 * Writing leaves defaults out and always uses the same order. Reading never throws: an
 * explicit default (`open=any`, `local=0`, `planned=0`), `utm_*` and `fbclid` pass silently;
 * any other unknown or malformed parameter, or a repeat of one already read, falls back to
 * its default and is named in `ignored`. Values are only ever compared with known words and
 * patterns, so nothing from the link reaches the page except the ignored names, which the
 * UI shows as text.
 */
import {
	DEVICES,
	defaultInputs,
	isValidUsage,
	LIMITS,
	type ChooserInputs,
	type Device
} from './inputs';

export const SHARE_LANGS = ['ar', 'en'] as const;
export type ShareLang = (typeof SHARE_LANGS)[number];

/** The catalogue a link was made with, and whether the sharer had their own edits. */
export type CatalogueTag = { version: string; edited: boolean };

export type ShareState = { inputs: ChooserInputs; lang?: ShareLang; cat?: CatalogueTag };

export type Decoded = {
	state: ShareState;
	/** Parameter names that were not understood, as received (shortened), at most 10. */
	ignored: string[];
	/** Whether the link carried any chooser input (not only language, catalogue or tracking). */
	hasInputs: boolean;
};

const CAT = /^(\d{4}-\d{2}-\d{2}\.\d{1,4})(~edited)?$/;
const WHOLE = /^\d{1,5}$/;
const ONE_DECIMAL = /^\d{1,4}(\.\d)?$/;
const MAX_IGNORED = 10;
const NAME_SHOWN = 40;

/** Parameters that carry the chooser's inputs (the rest are language and catalogue). */
export const INPUT_PARAMS = [
	'device',
	'vram',
	'local',
	'budget',
	'open',
	'planned',
	'use'
] as const;

const silent = (name: string) => name.startsWith('utm_') || name === 'fbclid';

function whole(value: string, min: number, max: number): number | undefined {
	if (!WHOLE.test(value)) return undefined;
	const n = Number(value);
	return n >= min && n <= max ? n : undefined;
}

/** Reads a link's query string (with or without `?`) into a valid state; never throws. */
export function decodeShareLink(query: string | URLSearchParams): Decoded {
	let params: URLSearchParams;
	try {
		params = typeof query === 'string' ? new URLSearchParams(query) : query;
	} catch {
		params = new URLSearchParams();
	}
	const inputs = defaultInputs();
	const state: ShareState = { inputs };
	const ignored = new Set<string>();
	const seen = new Set<string>();
	let hasInputs = false;
	let vram: string | undefined;

	for (const [name, value] of params) {
		if (silent(name)) continue;
		const first = !seen.has(name);
		seen.add(name);
		let ok = first;
		if (first) {
			switch (name) {
				case 'device':
					ok = (DEVICES as readonly string[]).includes(value);
					if (ok) inputs.device = value as Device;
					break;
				case 'vram':
					// Read once the device is known: GPU memory only means something with a GPU.
					vram = value;
					break;
				case 'local':
				case 'planned': {
					ok = value === '1' || value === '0';
					const key = name === 'local' ? 'localOnly' : 'includePlanned';
					if (ok) inputs[key] = value === '1';
					break;
				}
				case 'budget': {
					const n = whole(value, LIMITS.budget.min, LIMITS.budget.max);
					ok = n !== undefined;
					if (n !== undefined) inputs.budget = n;
					break;
				}
				case 'open':
					ok = value === 'required' || value === 'preferred' || value === 'any';
					if (ok) inputs.openness = value as ChooserInputs['openness'];
					break;
				case 'use': {
					const n = ONE_DECIMAL.test(value) ? Number(value) : NaN;
					ok = isValidUsage(n);
					if (ok) inputs.usage = n;
					break;
				}
				case 'lang':
					ok = (SHARE_LANGS as readonly string[]).includes(value);
					if (ok) state.lang = value as ShareLang;
					break;
				case 'cat': {
					const match = CAT.exec(value);
					ok = match !== null;
					if (match?.[1]) state.cat = { version: match[1], edited: match[2] !== undefined };
					break;
				}
				default:
					ok = false;
			}
		}
		if (ok && (INPUT_PARAMS as readonly string[]).includes(name)) hasInputs = true;
		if (!ok && ignored.size < MAX_IGNORED) ignored.add(name.slice(0, NAME_SHOWN));
	}

	if (vram !== undefined) {
		const n = inputs.device === 'gpu' ? whole(vram, LIMITS.vram.min, LIMITS.vram.max) : undefined;
		if (n === undefined) {
			if (ignored.size < MAX_IGNORED) ignored.add('vram');
		} else inputs.vramGb = n;
	}
	return { state, ignored: [...ignored], hasInputs };
}

/** Writes a state as a query string (`?…`, or `` for the defaults), defaults left out. */
export function encodeShareLink(state: ShareState): string {
	const { inputs } = state;
	const pairs: [string, string][] = [];
	if (inputs.device) pairs.push(['device', inputs.device]);
	if (inputs.device === 'gpu' && inputs.vramGb !== undefined)
		pairs.push(['vram', String(inputs.vramGb)]);
	if (inputs.localOnly) pairs.push(['local', '1']);
	if (inputs.budget !== undefined) pairs.push(['budget', String(inputs.budget)]);
	if (inputs.openness !== 'any') pairs.push(['open', inputs.openness]);
	if (inputs.includePlanned) pairs.push(['planned', '1']);
	if (inputs.usage !== 1) pairs.push(['use', String(Math.round(inputs.usage * 10) / 10)]);
	if (state.lang) pairs.push(['lang', state.lang]);
	if (state.cat) pairs.push(['cat', `${state.cat.version}${state.cat.edited ? '~edited' : ''}`]);
	// Every value is a known word or number, so none needs escaping; `~` stays readable.
	return pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}` : '';
}

/** Whether two sets of inputs give the same answer (the same link). */
export function sameInputs(a: ChooserInputs, b: ChooserInputs): boolean {
	return encodeShareLink({ inputs: a }) === encodeShareLink({ inputs: b });
}
