/**
 * Numbers as people type them into a field, on any keyboard: Latin (0–9), Arabic-Indic (٠–٩)
 * and Eastern Arabic-Indic/Persian (۰–۹) digits; `.` or the Arabic decimal separator `٫` for
 * decimals; `,` or the Arabic thousands separator `٬` between groups of three digits. Links
 * have their own stricter grammar (`link-params.ts`); a field is more forgiving, never more
 * ambiguous: "1,500" is 1500 and "1,5" (a decimal comma) is 1.5, but "1,5000" or "1.500,5" is
 * no number at all, so a price can never silently be read a thousand times too small.
 */
import { toLatinDigits } from './digits';

/** Longer text is never a number a field needs; checked before any pattern runs. */
const MAX_TYPED_LENGTH = 24;
const PLAIN = /^\d+(?:\.(\d+))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.(\d+))?$/;
/** A comma followed by one or two digits: a decimal comma ("1,5", "0,25"). */
const DECIMAL_COMMA = /^\d+,(\d{1,2})$/;

/** What a field accepts: the range (inclusive) and the most decimals. */
export type TypedNumberRule = { min: number; max: number; decimals: number };

/**
 * The number typed in `text` (trimmed, in any of the three digit sets), or undefined when it
 * is not one the rule accepts: not a plain, grouped or decimal-comma number, more decimals than
 * `decimals` (zeros at the end not counted: "20.00" in a whole-number field is 20), or outside
 * `min`..`max`. Never throws; no sign, exponent or inner spaces.
 */
export function readTypedNumber(text: string, rule: TypedNumberRule): number | undefined {
	const trimmed = text.trim();
	if (trimmed.length === 0 || trimmed.length > MAX_TYPED_LENGTH) return undefined;
	const latin = toLatinDigits(trimmed).replaceAll('\u066c', ',');
	let plain: string;
	let fraction: string | undefined;
	let match = PLAIN.exec(latin);
	if (match) {
		plain = latin;
		fraction = match[1];
	} else if ((match = GROUPED.exec(latin))) {
		plain = latin.replaceAll(',', '');
		fraction = match[1];
	} else if ((match = DECIMAL_COMMA.exec(latin))) {
		plain = latin.replace(',', '.');
		fraction = match[1];
	} else return undefined;
	// Zeros at the end say nothing: "20.00" is twenty dollars in a whole-dollar field.
	let decimals = fraction?.length ?? 0;
	while (decimals > 0 && fraction?.[decimals - 1] === '0') decimals--;
	if (decimals > rule.decimals) return undefined;
	const n = Number(plain);
	return n >= rule.min && n <= rule.max ? n : undefined;
}

/** `readTypedNumber` as a field's `parse`: null for text it does not accept. */
export const typedNumber =
	(rule: TypedNumberRule) =>
	(text: string): number | null =>
		readTypedNumber(text, rule) ?? null;
