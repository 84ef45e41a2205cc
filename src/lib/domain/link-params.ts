/**
 * The rules every page's link decoder shares (§3), so they live in one place:
 * reading never throws; `utm_*` and `fbclid` pass silently; an explicit default passes
 * silently; a repeat of a parameter is named; anything a decoder does not understand is
 * named, as received, in a short list the page shows as text. Numbers may come with
 * Arabic-Indic or Persian digits.
 *
 * A page's decoder says only what its own parameters mean:
 *
 * ```ts
 * const { ignored, read } = readParams(location.search, {
 * 	defaults: { open: 'any' },
 * 	handle: (name, value) => name === 'max' && readWhole(value, 0, 100) !== undefined
 * });
 * ```
 */
import { toLatinDigits } from './digits';

/** How many names `ignored` holds at most, and how many characters of each it keeps. */
export const IGNORED_LIMITS = { names: 10, characters: 40 } as const;

/**
 * Reads one parameter. Called once per parameter name, for its first occurrence only, and not
 * for silent names or explicit defaults. Returns whether the parameter was understood; when
 * not, its name is named in `ignored`. `ignore` names something else instead or as well (a
 * part of the value, such as an unknown id in a list), in the parameter's place. A handler
 * only compares the value with known words and patterns, so it has no reason to throw;
 * `readParams` does not catch what it throws.
 */
export type ParamHandler = (
	name: string,
	value: string,
	ignore: (shown: string) => void
) => boolean;

export type ReadParamsOptions = {
	/** Names passed over silently besides `utm_*` and `fbclid`, e.g. `lang` where it is read elsewhere. */
	silent?: readonly string[];
	/**
	 * Explicit defaults, accepted silently without calling `handle`: parameter name → the
	 * default's spelling (`{ open: 'any', local: '0' }`). The decoder starts from its defaults,
	 * so there is nothing to set.
	 */
	defaults?: Readonly<Record<string, string>>;
	/**
	 * Names handled before all the others wherever they stand in the link, because the meaning
	 * of others depends on them (`device` before `vram`). `ignored` keeps the link's order.
	 */
	first?: readonly string[];
	handle: ParamHandler;
};

export type ReadParamsResult = {
	/**
	 * What was not understood, in the link's order: parameter names (and whatever `handle`
	 * named) as received, cut to 40 characters, with control and text-direction characters
	 * (which would be invisible or reorder the sentence they are shown in) replaced by U+FFFD;
	 * at most 10, no duplicates.
	 */
	ignored: string[];
	/** Names that were read: understood or an explicit default, first occurrences, link order. */
	read: string[];
};

type Entry = { at: number; name: string; value: string; repeat: boolean };

const isTracking = (name: string) => name.startsWith('utm_') || name === 'fbclid';

/**
 * Reads a query string (with or without `?`) or search params parameter by parameter with the
 * rules above. Never throws on any input: malformed percent escapes and the like are read as
 * the URL standard reads them (kept as text, or U+FFFD), never as errors.
 */
export function readParams(
	query: string | URLSearchParams,
	options: ReadParamsOptions
): ReadParamsResult {
	const { silent = [], defaults = {}, first = [], handle } = options;
	const entries: Entry[] = [];
	const seen = new Set<string>();
	try {
		const params = typeof query === 'string' ? new URLSearchParams(query) : query;
		for (const [name, value] of params) {
			if (isTracking(name) || silent.includes(name)) continue;
			entries.push({ at: entries.length, name, value, repeat: seen.has(name) });
			seen.add(name);
		}
	} catch {
		// Keep what was read before the failure; the rest falls back to the defaults.
	}

	const ignored: { at: number; shown: string }[] = [];
	const read: { at: number; name: string }[] = [];
	const readOne = ({ at, name, value, repeat }: Entry) => {
		if (repeat) {
			ignored.push({ at, shown: shownName(name) });
			return;
		}
		if (Object.hasOwn(defaults, name) && defaults[name] === value) {
			read.push({ at, name });
			return;
		}
		const ok = handle(name, value, (shown) => ignored.push({ at, shown: shownName(shown) }));
		if (ok) read.push({ at, name });
		else ignored.push({ at, shown: shownName(name) });
	};
	const early = (e: Entry) => !e.repeat && first.includes(e.name);
	for (const e of entries) if (early(e)) readOne(e);
	for (const e of entries) if (!early(e)) readOne(e);

	// Sorting is stable, so what one parameter named keeps its own order.
	const shown = new Set<string>();
	for (const { shown: name } of ignored.sort((a, b) => a.at - b.at)) {
		if (shown.size === IGNORED_LIMITS.names) break;
		shown.add(name);
	}
	return {
		ignored: [...shown],
		read: read.sort((a, b) => a.at - b.at).map((r) => r.name)
	};
}

/** Whether a code point would be invisible or change the direction of the text around it. */
const hides = (c: number) =>
	c <= 0x1f ||
	(c >= 0x7f && c <= 0x9f) ||
	c === 0x061c ||
	c === 0x200e ||
	c === 0x200f ||
	(c >= 0x2028 && c <= 0x202e) ||
	(c >= 0x2066 && c <= 0x2069);

/** A name as the page may show it: its first 40 characters (code points), nothing hidden. */
function shownName(name: string): string {
	let out = '';
	let count = 0;
	for (const ch of name) {
		if (count++ === IGNORED_LIMITS.characters) break;
		out += hides(ch.codePointAt(0) ?? 0) ? '\uFFFD' : ch;
	}
	return out;
}

/** Longer values are never a number a link needs; checked before any pattern runs. */
const MAX_NUMBER_LENGTH = 16;
const WHOLE = /^\d+$/;
const ONE_DECIMAL = /^\d+(?:\.\d)?$/;

/**
 * A whole number from min to max written in digits only (any of the three digit sets, no
 * sign, no exponent, no spaces); undefined when malformed or out of range.
 */
export function readWhole(value: string, min: number, max: number): number | undefined {
	if (value.length > MAX_NUMBER_LENGTH) return undefined;
	const latin = toLatinDigits(value);
	if (!WHOLE.test(latin)) return undefined;
	const n = Number(latin);
	return n >= min && n <= max ? n : undefined;
}

/**
 * A number from min to max with at most one decimal (`0.5`, `12`, `٢٫٥`), in any of the three
 * digit sets; undefined when malformed or out of range.
 */
export function readOneDecimal(value: string, min: number, max: number): number | undefined {
	if (value.length > MAX_NUMBER_LENGTH) return undefined;
	const latin = toLatinDigits(value);
	if (!ONE_DECIMAL.test(latin)) return undefined;
	const n = Number(latin);
	return n >= min && n <= max ? n : undefined;
}

/** The value when it is one of the list's words (exactly, case and all); else undefined. */
export function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
	return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}
