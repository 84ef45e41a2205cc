/**
 * The English words of what a fetch or an import of a public list did (issue 15): why a fetch
 * failed, what a newer list would make legacy (said before Import), and what it replaced. They
 * load with the fetch or the import (`loadListsResultsWords`, `lists-texts.ts`), never with the
 * page; the shape the Arabic words must match.
 */
import type { Plural } from './en';

const plural = (forms: Plural): Plural => forms;

export const listsResultsEn = {
	failed: {
		refused: '{list} refused the request: it answered with error {status}. Nothing was changed.',
		timeout: '{list} did not send its list within {seconds}. Nothing was changed.',
		cancelled: '{list}: cancelled. Nothing was changed.',
		'too-large': '{list}’s list is over 64 MB, more than the app reads. Nothing was changed.',
		'not-json':
			'{list} did not send a model list (it sent something else, such as a web page). Nothing was changed.'
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
	},
	/** How a shared link's lists compare with the person's (the chooser's notice). */
	link: {
		older: 'This link was made with {list}’s list of {linked}; yours is older ({mine}).',
		newer: 'This link was made with {list}’s list of {linked}; yours is newer ({mine}).',
		missing: 'This link was made with {list}’s list of {linked}, which you do not have.',
		extra: 'You have {list}’s list of {mine}, which this link was not made with.',
		mayDiffer: 'The answer may differ from the one shared.'
	}
};

export type ListsResultsWords = typeof listsResultsEn;
