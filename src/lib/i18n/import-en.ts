/**
 * The English words of importing a file: the preview, what an import says, and why a file or an
 * entry was refused. They load with the import (`import-texts.ts`), never on a first visit; the
 * shape the Arabic words must match.
 */
import type { Plural } from './en';

const plural = (forms: Plural): Plural => forms;

export const importEn = {
	formats: {
		'model-chooser': 'a Model Chooser export',
		openrouter: 'OpenRouter',
		'models-dev': 'models.dev',
		litellm: 'LiteLLM'
	},
	preview: {
		found: plural({ one: '1 entry found', other: '{count} entries found' }),
		// None skipped: "364 entries found, all ready", not "364 entries found: 364 ready".
		allReady: plural({ one: '1 entry found, ready', other: '{count} entries found, all ready' }),
		summarySkipped: '{found}: {ready} ready, {skipped} skipped',
		makes: '{summary} — they make {models} and {offers}',
		makesKnown: '{summary} — they make {models} ({known}) and {offers}',
		// One entry alone, ready: said of it, not of "them".
		makesOne: '{summary} — it makes {models} and {offers}',
		makesKnownOne: '{summary} — it makes {models} ({known}) and {offers}',
		known: plural({ one: '1 already in the catalogue', other: '{count} already in the catalogue' }),
		allKnown: plural({ one: 'already in the catalogue', other: 'all already in the catalogue' }),
		from: 'From {format}. Nothing is saved until you choose Import.',
		nothingReady:
			'Nothing can be imported: no entry is ready. Why each one was skipped is listed below.',
		import: 'Import',
		cancel: 'Cancel',
		close: 'Close',
		skipped: 'Skipped ({count})',
		notes: 'Imported with something left out ({count})',
		more: 'and {count} more',
		noField: 'a field',
		noValue: 'empty'
	},
	issues: {
		'not-an-object': '{entry}: not an entry the app can read',
		'no-id': '{entry}: no id to know it by',
		'unusable-id': '{entry}: its id {value} has no letter or digit to know it by',
		'field-missing': '{entry}: {field} is missing',
		'field-unknown': '{entry}: {field} is not a field the app knows',
		'field-not-a-number': '{entry}: {field} {value} is not a number',
		'field-not-text': '{entry}: {field} {value} is not text',
		'field-not-a-list': '{entry}: {field} {value} is not a list',
		'field-not-an-object': '{entry}: {field} {value} is not a group of fields',
		'field-not-a-choice': '{entry}: {field} {value} is none of the values the app knows',
		'field-wrong-form': '{entry}: {field} {value} is not in the form the app reads',
		'field-out-of-range': '{entry}: {field} {value} is outside the range the app accepts',
		'field-too-long': '{entry}: {field} is longer than the app accepts',
		'field-too-short': '{entry}: {field} is shorter than the app accepts',
		'field-not-whole': '{entry}: {field} {value} is not a whole number',
		'field-not-a-day': '{entry}: {field} {value} is not a day that exists',
		'field-mismatch': '{entry}: {field} does not agree with the entry’s other fields',
		'unknown-maker': '{entry}: its maker {value} is neither in the file nor in the catalogue',
		'unknown-model': '{entry}: its model {value} is neither in the file nor in the catalogue',
		'no-models': '{entry}: no model in the file or the catalogue is by this maker',
		'duplicate-id': '{entry}: an earlier entry of the file has the same id; only the first is kept',
		'date-dropped': '{entry}: {field} {value} is not a date that exists; imported without it',
		'price-not-a-number': '{entry}: {field} {value} is not a number; its price is “not announced”'
	},
	said: {
		imported: 'Imported {models} ({offers}) from {format}.',
		importedSkipped: 'Imported {models} ({offers}) from {format}; {skipped}.',
		importedAdded: 'Imported {models} ({offers}) from {format}, and added {added}.',
		importedAddedSkipped:
			'Imported {models} ({offers}) from {format}, and added {added}; {skipped}.',
		added: 'Added {added}, from {format}.',
		addedSkipped: 'Added {added}, from {format}; {skipped}.',
		importedEntries: 'Imported {entries} from {format}.',
		importedEntriesSkipped: 'Imported {entries} from {format}; {skipped}.',
		models: plural({ one: '1 model', other: '{count} models' }),
		offers: plural({ one: '1 way to use it', other: '{count} ways to use them' }),
		entries: plural({ one: '1 entry', other: '{count} entries' }),
		skipped: plural({ other: '{count} skipped' }),
		addedWays: plural({ one: '1 way to use {models}', other: '{count} ways to use {models}' }),
		knownModels: plural({
			one: '1 model already in the catalogue',
			other: '{count} models already in the catalogue'
		})
	},
	problems: {
		'too-large': 'This file is {size}; files over {limit} are refused. Nothing was changed.',
		'empty-file': 'The file is empty. Nothing was changed.',
		'web-page':
			'This file is a web page, not a model list: save the list itself (its JSON). Nothing was changed.',
		'cut-off':
			'This file ends before its JSON does: it may have been cut off while downloading. Nothing was changed.',
		'not-json': 'This file is not JSON. Nothing was changed.',
		'not-json-at':
			'This file is not JSON: it stops being JSON at line {line}, column {column}. Nothing was changed.',
		'unknown-format': 'This file is none of the formats the app reads. Nothing was changed.',
		'unsafe-key': 'This file has an unsafe key “{key}” at {path}. Nothing was changed.',
		'unsafe-link': 'This file has a script link at {path}. Nothing was changed.',
		markup: 'This file has markup in a name at {path}. Nothing was changed.',
		'not-a-list': 'In this file, {path} should be a list. Nothing was changed.',
		version:
			'This Model Chooser export is of version {version}; this app reads version 1. Nothing was changed.',
		empty: 'This file lists nothing to import. Nothing was changed.',
		unreadable: 'The app could not read this file. Nothing was changed.',
		quota: 'There is not enough storage space for this import. Nothing was changed.',
		conflict: 'This file would replace a built-in entry ({detail}). Nothing was changed.',
		failed: 'The browser could not save this import. Nothing was changed.',
		'no-version':
			'This Model Chooser export does not say its version; this app reads version 1. Nothing was changed.',
		technical: 'Technical detail: {detail}'
	},
	importProgress: {
		label: 'Progress of the import',
		reading: 'Reading the file: {read} of {total}…',
		parsing: 'Reading the file’s JSON…',
		checking: 'Checking the entries…',
		checkingCount: 'Checking the entries: {done} of {total}…'
	},
	/** Why a date that exists was not taken: its year is outside 1900 to 2999 (`DATE_YEARS`). */
	importDates: {
		'field-date-out-of-range':
			'{entry}: {field} {value} is outside the years the app accepts, 1900 to 2999',
		'date-out-of-range':
			'{entry}: {field} {value} is outside the years the app accepts, 1900 to 2999; imported without it'
	}
};

export type ImportWords = typeof importEn;
