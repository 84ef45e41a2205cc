/**
 * The English words of the public lists (issue 15): "Get the latest lists" and its help, a
 * fetch's progress and failures, each list's "as of" date, the chooser's offer when the lists are
 * old, how a shared link's lists compare with the person's, and what a newer list replaced. They
 * load with the lists' UI (`lists-texts.ts`), never on a first visit; the shape the Arabic words
 * must match.
 */
import type { Plural } from './en';

const plural = (forms: Plural): Plural => forms;

export const listsEn = {
	names: { openrouter: 'OpenRouter', 'models-dev': 'models.dev', litellm: 'LiteLLM' },
	fetch: {
		title: 'Public model lists',
		button: 'Get the latest lists',
		help: 'Fetches the public model lists of OpenRouter ({openrouter}) and models.dev ({modelsDev}), only when you press this. Nothing about you is sent: no cookies, no identifiers. Everything else stays on this device.',
		waiting: '{list}: asking for the list…',
		progress: '{list}: {received} of {total}',
		progressUnknown: '{list}: {received} received',
		cancel: 'Cancel',
		fileInstead: 'Import a file instead',
		readFailed: '{list}: {problem}',
		imported: '{list}: {imported}'
	},
	failed: {
		refused: '{list} refused the request: it answered with error {status}. Nothing was changed.',
		timeout: '{list} did not send its list within {seconds}. Nothing was changed.',
		cancelled: '{list}: cancelled. Nothing was changed.',
		'too-large': '{list}’s list is over 64 MB, more than the app reads. Nothing was changed.',
		'not-json':
			'{list} did not send a model list (it sent something else, such as a web page). Nothing was changed.'
	},
	/** The About page's words on the two lists, beside its own on the person's data. */
	privacy:
		'The app contacts {openrouter} and {modelsDev}, to fetch their public model lists, only when you press “Get the latest lists” in Settings. It sends nothing about you: no cookies, no identifiers. Everything else stays on this device.',
	seconds: plural({ one: '1 second', other: '{count} seconds' }),
	asOf: {
		fetched: '{list}, fetched {age}',
		file: '{list}, from a file dated {date}',
		prices: 'Prices from {list}, {age}',
		none: 'No public model list yet: models newer than the built-in catalogue are missing.'
	},
	link: {
		older: 'This link was made with {list}’s list of {linked}; yours is older ({mine}).',
		newer: 'This link was made with {list}’s list of {linked}; yours is newer ({mine}).',
		missing: 'This link was made with {list}’s list of {linked}, which you do not have.',
		extra: 'You have {list}’s list of {mine}, which this link was not made with.',
		mayDiffer: 'The answer may differ from the one shared.'
	},
	replaced: {
		summary: 'Compared with the list you had: {updated}, {added} and {gone}.',
		updated: plural({ one: '1 entry updated', other: '{count} entries updated' }),
		added: plural({ one: '1 new', other: '{count} new' }),
		gone: plural({
			one: '1 no longer listed (kept, marked legacy)',
			other: '{count} no longer listed (kept, marked legacy)'
		}),
		kept: 'Your edits, notes and stars on them are kept.'
	},
	/**
	 * Why no answer came: offline, the address could not be reached, the source answered but did
	 * not let the app read, or (when the browser cannot tell) either of the last two.
	 */
	listsReach: {
		offline: '{list} could not be reached: you are offline. Nothing was changed.',
		unreachable:
			'{list} could not be reached: the network failed or its address was not found. Nothing was changed. Try again later.',
		blocked:
			'{list} answered but did not let the app read its list. Nothing was changed. You can save the list as a file and import it instead.',
		'unreachable-or-blocked':
			'{list} could not be reached, or it did not let the app read its list: the browser does not say which. Nothing was changed. Try again later, or save the list as a file and import it instead.'
	},
	/** A preview's word, before Import, on the entries of the copy stored that the new one lacks. */
	listsRetiring: {
		summary: plural({
			one: 'This list no longer has 1 entry of the copy you have: Import will mark it legacy (kept, not deleted).',
			other:
				'This list no longer has {count} entries of the copy you have: Import will mark them legacy (kept, not deleted).'
		}),
		all: 'It is: {names}.',
		allMany: 'They are: {names}.',
		some: 'Among them: {names}.'
	}
};

export type ListsWords = typeof listsEn;
