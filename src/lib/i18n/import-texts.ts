/**
 * What importing a file says, in either language: the preview's count of what the file holds and
 * what it makes, why an entry was skipped or something left out, what an import wrote, and why a
 * whole file was refused. Every word comes from the import dictionaries (`import-en.ts`,
 * `import-ar.ts`), never from a parser or a library. This module loads with the import, not on a
 * first visit: both languages come together, so a preview on screen can switch language at once.
 */
import { MAX_IMPORT_BYTES } from '$lib/domain/import/limits';
import type { EntryIssue, ImportPreview, ImportProblem } from '$lib/domain/import/types';
import type { ImportProgress } from '$lib/import/protocol';
import type { ListReplacement } from '$lib/domain/list-replace';
import { formatBytes, formatList, isolated, ltrPiece, pluralText } from './format';
import { importAr } from './import-ar';
import { importEn, type ImportWords } from './import-en';
import { fill, intl, type Lang } from './index';
import { listsResults } from './lists-texts';

/** The import words of each language. */
export const importWords: Record<Lang, ImportWords> = { en: importEn, ar: importAr };

/** A piece of a message: its own words, or a value from the file shown isolated. */
export type Piece = { text: string; value: boolean };

/**
 * Splits a message at its slots, so that each value (an entry's name, a field, what it held)
 * can be isolated in its own direction: an Arabic line never reorders around a Latin id.
 */
export function pieces(message: string, values: Record<string, string>): Piece[] {
	return message
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((part) => {
			const key = /^\{(\w+)\}$/.exec(part)?.[1];
			return key !== undefined && key in values
				? { text: values[key]!, value: true }
				: { text: part, value: false };
		});
}

/** Why an entry was skipped, or what was left out of it, in the file's own terms. */
export function issuePieces(issue: EntryIssue, lang: Lang): Piece[] {
	const m = importWords[lang];
	const { code } = issue;
	const message =
		code === 'field-date-out-of-range' || code === 'date-out-of-range'
			? m.importDates[code]
			: m.issues[code];
	return pieces(message, {
		entry: issue.entry,
		field: issue.field ?? m.preview.noField,
		value: issue.value || m.preview.noValue
	});
}

/** How many of a preview's entries are ready to import: those found, less those skipped. */
export const readyCount = (preview: ImportPreview): number =>
	Math.max(0, preview.found - preview.skipped.length);

const number = (n: number, lang: Lang) => intl('NumberFormat', lang).format(n);

/**
 * What a file holds, counted in its own unit, entries: "5,276 entries found: 5,273 ready, 3
 * skipped", or "364 entries found, all ready" ("1 entry found, ready" for one); for a public
 * list, then what the ready ones make:
 * "— they make 1,705 models (5 already in the catalogue) and 6,006 ways to use them".
 */
export function summaryText(preview: ImportPreview, lang: Lang): string {
	const m = importWords[lang];
	const skipped = preview.skipped.length;
	// One entry, ready: "1 entry found, ready — it makes…", not "1 ready — they make…".
	const one = preview.found === 1 && skipped === 0;
	const summary = skipped
		? fill(m.preview.summarySkipped, {
				found: pluralText(m.preview.found, preview.found, lang),
				ready: number(readyCount(preview), lang),
				skipped: number(skipped, lang)
			})
		: pluralText(m.preview.allReady, preview.found, lang);
	const { newModels, knownModels, offers } = preview.counts;
	if (preview.format === 'model-chooser' || offers === 0) return summary;
	const makes = one
		? [m.preview.makesOne, m.preview.makesKnownOne]
		: [m.preview.makes, m.preview.makesKnown];
	return fill(makes[knownModels ? 1 : 0]!, {
		summary,
		models: pluralText(m.said.models, newModels + knownModels, lang),
		known: pluralText(newModels ? m.preview.known : m.preview.allKnown, knownModels, lang),
		offers: pluralText(m.said.offers, offers, lang)
	});
}

/**
 * What an import wrote. A public list: its new models and their ways to use them ("Imported 364
 * models (364 ways to use them) from OpenRouter"), then the ways it added to models already in the
 * catalogue ("Added 5 ways to use 3 models already in the catalogue, from OpenRouter"), never
 * "Imported 0 models". An export: its entries, as its preview counted them. Then the skipped.
 */
export function importedText(preview: ImportPreview, lang: Lang): string {
	const m = importWords[lang].said;
	const skipped = preview.skipped.length;
	const { newModels, knownModels, offers, knownOffers } = preview.counts;
	const values = {
		format: isolated(importWords[lang].formats[preview.format], lang),
		skipped: pluralText(m.skipped, skipped, lang),
		entries: pluralText(m.entries, preview.entries, lang),
		models: pluralText(m.models, newModels, lang),
		offers: pluralText(m.offers, offers - knownOffers, lang),
		added: fill(pluralText(m.addedWays, knownOffers, lang), {
			models: pluralText(m.knownModels, knownModels, lang)
		})
	};
	if (preview.format === 'model-chooser') {
		return fill(skipped ? m.importedEntriesSkipped : m.importedEntries, values);
	}
	if (newModels === 0) return fill(skipped ? m.addedSkipped : m.added, values);
	if (knownOffers === 0) return fill(skipped ? m.importedSkipped : m.imported, values);
	return fill(skipped ? m.importedAddedSkipped : m.importedAdded, values);
}

/**
 * Why a whole file was refused, or the import not saved, from the dictionaries; `detail` is the
 * browser's own technical words (a storage failure, a fault of the app's), to be shown apart,
 * if at all.
 */
export function problemText(p: ImportProblem, lang: Lang): { text: string; detail?: string } {
	const m = importWords[lang].problems;
	// What the file or the browser said is kept apart, so an Arabic line does not reorder it.
	const apart = (text: string) => isolated(text, lang);
	const technical = (detail: string) => fill(m.technical, { detail: apart(detail) });
	switch (p.code) {
		case 'storage':
			if (p.reason === 'conflict') return { text: fill(m.conflict, { detail: apart(p.detail) }) };
			return p.reason === 'quota'
				? { text: m.quota }
				: { text: m.failed, detail: technical(p.detail) };
		case 'unreadable':
			return { text: m.unreadable, detail: technical(p.detail) };
		case 'too-large':
			return {
				text: fill(m['too-large'], {
					size: formatBytes(p.bytes, lang, MAX_IMPORT_BYTES),
					limit: formatBytes(MAX_IMPORT_BYTES, lang)
				})
			};
		case 'not-json':
			return p.line === undefined
				? { text: m['not-json'] }
				: {
						text: fill(m['not-json-at'], {
							line: number(p.line, lang),
							column: number(p.column ?? 1, lang)
						})
					};
		case 'unsafe-key':
			return { text: fill(m[p.code], { key: apart(p.key), path: ltrPiece(p.path, lang) }) };
		case 'unsafe-link':
		case 'markup':
		case 'not-a-list':
			return { text: fill(m[p.code], { path: ltrPiece(p.path, lang) }) };
		case 'version':
			return p.version === undefined
				? { text: m['no-version'] }
				: { text: fill(m.version, { version: ltrPiece(p.version, lang) }) };
		default:
			return { text: m[p.code] };
	}
}

/**
 * Where a read of a file or list is, in words: "Reading the file: 12 MB of 60 MB…", "Reading the
 * file’s JSON…", "Checking the entries: 2,500 of 30,000…".
 */
export function progressText(progress: ImportProgress, lang: Lang): string {
	const m = importWords[lang].importProgress;
	switch (progress.stage) {
		case 'reading':
			return fill(m.reading, {
				read: formatBytes(progress.read, lang),
				total: formatBytes(progress.total, lang)
			});
		case 'parsing':
			return m.parsing;
		case 'checking':
			return progress.done === undefined || progress.total === undefined
				? m.checking
				: fill(m.checkingCount, {
						done: number(progress.done, lang),
						total: number(progress.total, lang)
					});
	}
}

/** A progress bar's value and maximum for a stage: none (an indeterminate bar) while parsing. */
export function progressValue(progress: ImportProgress): { value?: number; max?: number } {
	if (progress.stage === 'reading')
		return { value: progress.read, max: Math.max(1, progress.total) };
	if (progress.stage === 'checking' && progress.done !== undefined && progress.total) {
		return { value: progress.done, max: progress.total };
	}
	return {};
}

/** How many of the entries a newer list would make legacy a preview names. */
export const RETIRING_NAMED = 3;

/**
 * What Import of a newer copy of a list would make legacy (`forecast`, from
 * `catalogueState.forecastList`), said before Import: how many entries (offers) of the stored
 * copy the new one lacks, then the names of the first `RETIRING_NAMED` of them; no words when
 * none would be. Needs the lists' result words (`loadListsResultsWords`).
 */
export function retiringText(forecast: ListReplacement, lang: Lang): string[] {
	const gone = forecast.offers.gone;
	if (gone.length === 0) return [];
	const m = listsResults[lang].listsRetiring;
	const offers = new Map(forecast.data.offers.map((o) => [o.id, o]));
	const names = gone.slice(0, RETIRING_NAMED).map(({ id }) => {
		const offer = offers.get(id);
		return isolated(offer ? offer.name : id, lang);
	});
	const namesLine = gone.length > RETIRING_NAMED ? m.some : gone.length === 1 ? m.all : m.allMany;
	return [
		pluralText(m.summary, gone.length, lang),
		fill(namesLine, { names: formatList(names, lang) })
	];
}
