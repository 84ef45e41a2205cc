/**
 * Digits as people type them: an Arabic keyboard gives Arabic-Indic digits (٠–٩), a Persian or
 * Urdu one Eastern Arabic-Indic digits (۰–۹), and both the Arabic decimal separator (٫). Links,
 * number fields, dates and search read them all as the Latin digits they are.
 */

const NON_LATIN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The text with Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic/Persian
 * (U+06F0–U+06F9) digits as Latin ones, and the Arabic decimal separator (U+066B) as `.`.
 */
export function toLatinDigits(text: string): string {
	return text
		.replace(NON_LATIN_DIGIT, (d) => String(d.charCodeAt(0) - (d < '\u06f0' ? 0x660 : 0x6f0)))
		.replaceAll('\u066b', '.');
}
