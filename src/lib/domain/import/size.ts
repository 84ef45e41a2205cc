/**
 * A model's size read from its id, its name or its weights link (§9): billions of
 * parameters, all of them (and the active ones of a mixture of experts), the way makers write
 * them — "7B", "70b", "1.5B", "135M" (0.135B), "235B-A22B" (235B in all, 22B active), "E4B" (an
 * effective 4B, said as such). What is not written so stays unknown:
 * - version numbers ("llama-3.1-8b" is 8B, never 3.1), context lengths ("128k", "1m"), dates
 *   ("2407", "0528") and names with numbers ("gpt-4o", "o3-mini", "claude-3.5-sonnet");
 * - an expert count ("8x7B", Llama 4's "17B-16E"): the experts share layers, so it overstates
 *   the total (Mixtral 8x7B is 46.7B), and an active count alone ("Hunyuan-A13B") is no total.
 *   Both are read only from a small table of known models (`KNOWN`), from their model cards;
 * - a size glued to a word ("command-r7b"): only a size that stands as a word of its own is one.
 * Two different sizes in one text ("…-1.7b-…-360m") are unknown: the text does not say which.
 *
 * Linear in the text and bounded: ids and names are short, so only the first 300 characters of
 * an outside text are looked at.
 */
import type { Parameters } from '../catalogue';

/** How far into an outside text a size is looked for. */
const BOUNDED = 300;

/** `70b`, `1.5b`: billions, as a word of its own. */
const TOTAL = /^(\d{1,4}(?:\.\d{1,3})?)b$/;
/** `135m`, `350m`: millions, three digits (a context of 1M or 10M tokens is not a size). */
const MILLIONS = /^(\d{3})m$/;
/** `a22b` right after a total: the active part of a mixture of experts. */
const ACTIVE = /^a(\d{1,4}(?:\.\d{1,3})?)b$/;
/** `e4b`: an effective size (Gemma 3n), kept with its flag. */
const EFFECTIVE = /^e(\d{1,3}(?:\.\d{1,3})?)b$/;
/** `16e`, `128e` right after a total (`17b-16e`): an expert count, so the total is not one. */
const EXPERTS = /^\d{1,4}e$/;

/**
 * Models whose names give an expert count or an active count only, or no size at all though a
 * family is known by it, with their sizes from their makers' model cards. Matched against the
 * text's words joined by dashes; only consulted when the text states no total of its own.
 */
const KNOWN: readonly { pattern: RegExp; size: Parameters }[] = [
	// Mistral, "Mixtral of experts" (2023-12-11): 46.7B in all, 12.9B used a token.
	{ pattern: /(?:^|-)mixtral-8x7b(?:-|$)/, size: { totalB: 46.7, activeB: 12.9 } },
	// Mistral, "Cheaper, Better, Faster, Stronger" (2024-04-17): 39B active of 141B. WizardLM-2
	// 8x22B is a fine-tune of Mixtral 8x22B (its model card), so the same size.
	{ pattern: /(?:^|-)(?:mixtral|wizardlm-2)-8x22b(?:-|$)/, size: { totalB: 141, activeB: 39 } },
	// Meta's Llama 4 model card: Scout 17B active, 16 experts, 109B in all; Maverick 17B active,
	// 128 experts, 400B in all. Fireworks writes them `llama4-scout`, `llama4-maverick`.
	{ pattern: /(?:^|-)llama-?4-scout(?:-|$)/, size: { totalB: 109, activeB: 17 } },
	{ pattern: /(?:^|-)llama-?4-maverick(?:-|$)/, size: { totalB: 400, activeB: 17 } },
	// Tencent's Hunyuan-A13B model card: 80B in all, 13B active.
	{ pattern: /(?:^|-)hunyuan-a13b(?:-|$)/, size: { totalB: 80, activeB: 13 } },
	// Qwen1.5-MoE-A2.7B model card: 14.3B in all, 2.7B activated.
	{ pattern: /(?:^|-)qwen1\.5-moe-a2\.7b(?:-|$)/, size: { totalB: 14.3, activeB: 2.7 } },
	// Microsoft's Phi-3.5-MoE model card: 16 experts of 3.8B, 6.6B active, 41.9B in all.
	{ pattern: /(?:^|-)phi-3\.5-moe(?:-|$)/, size: { totalB: 41.9, activeB: 6.6 } }
];

/** The words of a text: lower case, split at anything but letters, digits and dots. */
function wordsOf(text: string): string[] {
	const words: string[] = [];
	for (const raw of text
		.slice(0, BOUNDED)
		.toLowerCase()
		.split(/[^a-z0-9.]+/)) {
		// Dots at a word's edges end a sentence ("…70B."), they are not part of a number.
		let start = 0;
		let end = raw.length;
		while (start < end && raw[start] === '.') start++;
		while (end > start && raw[end - 1] === '.') end--;
		if (end > start) words.push(raw.slice(start, end));
	}
	return words;
}

/** A number a pattern captured, when it is a size the catalogue accepts (above 0). */
function billions(match: RegExpExecArray | null, scale = 1): number | undefined {
	if (!match) return undefined;
	const n = Number(match[1]) / scale;
	return Number.isFinite(n) && n >= 0.001 ? n : undefined;
}

/**
 * The size one text states (an id, a name, a Hugging Face id), or undefined when it states none,
 * or more than one: `{ totalB, activeB? }` in billions of parameters, or `{ totalB, effective:
 * true }` for an effective size. `qwen/qwen3-235b-a22b` → 235B, 22B active; `gemma-3n-e4b-it`
 * → an effective 4B; `mistralai/mixtral-8x7b-instruct` → 46.7B, 12.9B active (the table).
 */
export function sizeIn(text: string): Parameters | undefined {
	const words = wordsOf(text);
	const found: Parameters[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const next = words[i + 1] ?? '';
		const total = billions(TOTAL.exec(word));
		if (total !== undefined) {
			if (EXPERTS.test(next)) continue;
			const active = billions(ACTIVE.exec(next));
			found.push(
				active !== undefined && active <= total
					? { totalB: total, activeB: active }
					: { totalB: total }
			);
			continue;
		}
		const millions = billions(MILLIONS.exec(word), 1000);
		if (millions !== undefined) {
			found.push({ totalB: millions });
			continue;
		}
		const effective = billions(EFFECTIVE.exec(word));
		if (effective !== undefined) found.push({ totalB: effective, effective: true });
	}
	if (found.length > 0) {
		const first = found[0]!;
		const same = found.every((p) => p.totalB === first.totalB && p.effective === first.effective);
		return same ? (found.find((p) => p.activeB !== undefined) ?? first) : undefined;
	}
	const joined = words.join('-');
	const known = KNOWN.find((k) => k.pattern.test(joined));
	return known ? { ...known.size } : undefined;
}

/**
 * The size the first of some texts states that states one (`sizeIn`), in the order given: a
 * model's weights link (its Hugging Face id names the files), then its id, then its name.
 */
export function sizeOf(...texts: (string | undefined)[]): Parameters | undefined {
	for (const text of texts) {
		if (!text) continue;
		const size = sizeIn(text);
		if (size) return size;
	}
	return undefined;
}
