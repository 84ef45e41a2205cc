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
	/** The About page's words on the two lists, beside its own on the person's data. */
	privacy:
		'The app contacts {openrouter} and {modelsDev}, to fetch their public model lists, only when you press “Get the latest lists” in Settings. It sends nothing about you: no cookies, no identifiers. Everything else stays on this device.',
	seconds: plural({ one: '1 second', other: '{count} seconds' }),
	asOf: {
		fetched: '{list}, fetched {age}',
		file: '{list}, from a file dated {date}',
		prices: 'Prices from {list}, {age}',
		newest: 'Newest model list: {list}, {age}',
		none: 'No public model list yet: models newer than the built-in catalogue are missing.'
	},
	/** Said when the lists' own code could not load (offline): the one failure said without it. */
	listsReach: {
		offline: '{list} could not be reached: you are offline. Nothing was changed.'
	}
};

export type ListsWords = typeof listsEn;
