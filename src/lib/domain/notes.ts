/** A person's note on a model (§6): how long it may be, and when it is removed. */

/** The longest note kept, in UTF-16 code units (as a text field's `maxlength` counts). */
export const NOTE_MAX_LENGTH = 10_000;

/**
 * The note kept for what the person typed: its first `NOTE_MAX_LENGTH` code units, or
 * `undefined` when that is blank (white space only), which removes the note. Never throws.
 */
export function keptNote(text: string): string | undefined {
	const kept = text.slice(0, NOTE_MAX_LENGTH);
	return kept.trim() ? kept : undefined;
}
