/** What one public list's reader does: recognise its format, and read its entries. */
import type { PublicList } from '../catalogue-terms';
import type { Listing } from './build';
import type { EntryIssue, ImportContext } from './types';

/** A list read entry by entry: the listings, how many entries it had, and what was skipped. */
export type ListEntries = {
	listings: Listing[];
	/** Entries that describe a model (documentation entries are not counted). */
	found: number;
	skipped: EntryIssue[];
	notes: EntryIssue[];
};

/**
 * A reader of one public list: `detect` says whether a parsed file is in its format; `read`
 * turns every entry into a listing or a skipped entry with its reason. Readers throw only
 * `FileRefused` (hostile content refuses the whole file).
 */
export type ListReader = {
	format: PublicList;
	detect(data: unknown): boolean;
	read(data: unknown, context: ImportContext): ListEntries;
};

/** A parsed JSON value as an object to read fields from: `{}` when it is not a plain object. */
export const record = (x: unknown): Record<string, unknown> =>
	x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/**
 * An entry as a message names it: its place in the file and, when it has one, what it is known
 * by (`data[3] openai/gpt-4o`; a name where the id is not usable), cut to 80 characters.
 */
export const entryLabel = (place: string, known: string | undefined): string =>
	known ? `${place} ${known.slice(0, 80)}` : place;
