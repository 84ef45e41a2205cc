/**
 * The English words of the pages other than the chooser (the catalogue, a model, Compare,
 * About, Settings): a chunk of their own, loaded before one of those pages shows, so a first
 * visit to the chooser does not carry them. `index.ts` merges them into the dictionary.
 */
import type { Plural } from './en';

const plural = (forms: Plural): Plural => forms;

export const enPages = {
	explore: {
		filters: 'Filters',
		moreFilters: 'More filters',
		moreFiltersInUse: 'More filters ({count} in use)',
		search: 'Search',
		searchHint: 'A model, an offer or a maker',
		any: 'Any',
		status: 'Status',
		openness: 'Openness',
		task: 'What it does',
		runs: 'Where it runs',
		runsOnDevice: 'Runs on',
		runsOnDeviceHint:
			'On the device itself, by the memory a model needs; cloud services run anywhere, so they are left out.',
		kind: 'Kind',
		vendor: 'Maker',
		maxPrice: 'Highest monthly price (US$)',
		maxPriceError: 'Enter whole dollars from 0 to 10,000, or leave it empty.',
		favouritesOnly: 'Only my favourites',
		clear: 'Clear filters',
		results: '{models} and {offers}',
		modelsCount: plural({ one: '{count} model', other: '{count} models' }),
		offersCount: plural({ one: '{count} way to use them', other: '{count} ways to use them' }),
		nothing: 'Nothing matches these filters.',
		sortBy: 'Sort by {column}',
		released: 'Date',
		priceFrom: 'From',
		priceNote: 'Prices per use are shown as a month at 1 million tokens.',
		favourite: 'Favourite: {name}',
		details: 'Details of {name}',
		compareWith: 'Compare with…',
		compare: 'Compare',
		/** A model picker over more models than it lists (ModelPicker.svelte). */
		pick: {
			find: 'Find a model',
			first: 'Listed: the first {shown} of {count}. Type part of a name to find the others.',
			matching: 'Matching: {matched}.',
			more: 'Matching: {matched}, the first {shown} listed. Type more of the name to narrow them.',
			none: 'No model’s name or id holds what you typed.'
		}
	},
	/**
	 * What an opened link could not say exactly (`LinkNotices.svelte`): the pages' own, and the
	 * chooser's once a link has something to say (a plain visit does not load them).
	 */
	linkNotices: {
		ignored: 'Some parts of this link were not understood and were left out: {names}.',
		catOther:
			'This link was made with catalogue {theirs}; yours is {ours}, so the answer may differ from the one that was shared.',
		catEdited:
			'The person who shared this link had added or changed catalogue entries, so your answer may differ from theirs.'
	},
	facts: {
		title: 'The article’s numbers',
		days: plural({ one: '{count} day', other: '{count} days' }),
		months: plural({ one: '{count} month', other: '{count} months' }),
		about: 'about {value}',
		under: 'under {value}',
		million: 'US${value} million',
		billion: 'US${value} billion',
		measure: {
			'time-to-100m-users': 'Time to 100 million users',
			'api-subscription-change': 'Change in API subscriptions',
			'api-price-cut': 'API price cut',
			'daily-downloads-change': 'Change in daily downloads',
			'next-day-retention': 'Next-day retention',
			'subscription-price': 'Subscription price',
			'paid-model-share': 'Share using the larger paid models',
			'training-cost': 'Training cost'
		}
	},
	data: {
		title: 'Your data',
		intro:
			'What you add, edit, star and note is kept on this device. Export it to keep a copy or move it to another device.',
		export: 'Export',
		exportWithCatalogue: 'Include the whole catalogue',
		exported: 'Exported {file}.',
		exportFailed: 'The export was not made: your data could not be read. Nothing was changed.',
		import: 'Import',
		importHint:
			'A file exported from Model Chooser, OpenRouter’s model list (GET /api/v1/models) or models.dev’s api.json.',
		reading: 'Reading the file…',
		importing: 'Importing…',
		cancelled: 'Import cancelled. Nothing was changed.',
		resetTitle: 'Start again from the built-in catalogue',
		reset: 'Reset…',
		resetConfirm:
			'This removes the models and offers you added or imported, and your edits. Favourites and notes stay.',
		resetExportFirst: 'Export first',
		resetDo: 'Reset',
		cancel: 'Cancel',
		resetDone: 'Back to the built-in catalogue.',
		readOnly:
			'This browser does not let the app save anything, so there is nothing to import into.',
		addTitle: 'Add a model',
		edited: 'Edited by you (was {original})',
		revert: 'Revert',
		editPrice: 'Change the price',
		editRuns: 'Change where it runs',
		priceType: 'Price',
		priceMonthly: 'A month (US$)',
		pricePerUse: 'Per million tokens (US$ in / out)',
		priceUnknown: 'Not announced',
		input: 'Input (US$ per million tokens)',
		output: 'Output (US$ per million tokens)',
		monthly: 'US$ a month',
		save: 'Save',
		saved: 'Saved.',
		notes: 'Your notes',
		notesLabel: 'Notes on {name}',
		numberError: 'Enter a price from 0 to 1,000,000.'
	},
	add: {
		name: 'Model name',
		nameError: 'Give the model a name (up to 200 characters, no markup).',
		vendor: 'Maker',
		openness: 'Openness',
		status: 'Status',
		released: 'Release date',
		dateError: 'Enter a date as YYYY-MM-DD, or leave it empty.',
		kind: 'Way to use it',
		runs: 'Where it runs',
		needGb: 'Memory it needs (GB)',
		needGbHint: 'Leave it empty to estimate it from the model’s size.',
		gbError: 'Enter GB from 0.1 to 4,096, or leave it empty.',
		size: 'Size (billions of parameters)',
		sizeHint: 'Its total, all experts included; leave it empty if it is not known.',
		sizeError: 'Enter billions from 0.001 to 100,000, or leave it empty.',
		save: 'Add the model',
		added: 'Added {name}.',
		open: 'Open its page',
		duplicate: 'A model with this name is already in your catalogue.'
	},
	model: {
		notFoundTitle: 'Model not found',
		notFound: 'There is no model with this address in your catalogue.',
		loading: 'Looking for this model in your catalogue…',
		back: 'Back to the catalogue',
		offers: 'Ways to use it',
		citations: 'What the article says',
		line: 'Line {line}',
		publicRecord: 'Public record',
		asOf: 'as of {date}',
		source: 'Source',
		noOffers: 'No way to use it is listed yet.',
		parameters: 'Parameters',
		task: 'What it does',
		sizeUnknown: 'Not known',
		arenaTitle: 'Chatbot Arena (public record)',
		arenaNote:
			'Public record, not the article’s words: the LMSYS Chatbot Arena board, where people vote between two answers without knowing which model gave them. Higher is better; a 100-point gap means the higher one is preferred about 64% of the time.',
		arenaSource: 'Chatbot Arena (LMSYS), text, {date}',
		notRated: 'Not on the Chatbot Arena board.',
		memoryTitle: 'Memory it needs',
		memoryNeed: 'About {q4} as a 4-bit file, or {q8} as an 8-bit file (a little better).',
		memoryTable: 'Which common devices can run it',
		memoryQ4: '4-bit, {gb}',
		memoryQ8: '8-bit, {gb}',
		memoryFit: { fits: 'Fits', tight: 'Just fits', no: 'Does not fit' },
		memoryNote:
			'A card gives a model all its memory, a computer two thirds, a phone half; “Fits” leaves 30% to spare.',
		memoryClosed: 'Closed weights: it cannot be run on your own device.',
		memoryUnknown: 'Its size is not known ({why}), so neither is the memory it needs.',
		sizeWhy: {
			'not-published': 'not published, and its name gives none, like “7B”',
			'not-read': 'it could not be read from the list’s id or name',
			'not-given': 'you gave none'
		}
	},
	writes: {
		notSaved: 'Not saved.',
		reason: 'The browser said: {reason}',
		kept: 'What you typed is still here.',
		starOn: 'Your star on {name} was not saved.',
		starOff: 'Removing your star from {name} was not saved.',
		reverted: 'Back to the catalogue’s value.',
		persistAsking: 'Asking the browser…',
		persistKept: 'The browser will keep your data: it will not clear it to free space.',
		persistDeclined:
			'The browser declined for now. Browsers keep the data of sites people use: install the app or bookmark it, use it now and then, and ask again later. Meanwhile, export what you add to keep a copy.',
		persistCannot:
			'This browser cannot say whether it will keep your data. Export what you add to keep a copy.',
		modelUnreachable:
			'Your saved data could not be opened, so a model you added cannot be shown now.'
	},
	/** Reload asking first: only pages other than the chooser hold edits that can be unsaved. */
	pwaPages: {
		unsavedAsk: 'Unsaved edits. Reload anyway?',
		keepEditing: 'Keep editing'
	},
	/**
	 * Why a write failed, said after the alert's lead (what was not saved or not done, "Your star
	 * on GPT-4o was not saved.", or else "Not saved."), so it never says so again; and the lead of
	 * a reset that was not done.
	 */
	writeAlerts: {
		reasons: {
			quota:
				'The storage this browser gives the app is full. Free some space (export, then remove data you no longer need), then try again.',
			closed:
				'The app’s storage was closed, perhaps for a newer version in another tab. Reload the page, then try again.',
			blocked:
				'Your data has not opened; another tab of Model Chooser may be holding it. Close it and reload, then try again.',
			aborted:
				'The browser stopped the change, perhaps because another tab was saving at the same time. Try again.',
			'read-only': 'This browser does not let the app save anything.',
			conflict: 'The id {id} is already taken by the built-in catalogue.',
			failed: 'The browser refused the change.'
		},
		resetNotDone: 'Your data was not reset: nothing was changed.'
	},
	tableWindow: {
		earlier: 'Show the {count} before ({above} above)'
	},
	/** Leaving a page (a link, Back) with an unsaved edit: asked in the dock, as Reload asks. */
	unsavedLeave: {
		ask: 'Unsaved edits. Leave anyway?',
		leave: 'Leave'
	},
	/**
	 * The offline notice while the dock asks a question (leave, reload): one short line, so the
	 * two stay under §2's 12% of a phone's screen; the full notice comes back with the answer.
	 */
	dockQuestion: {
		offline: 'You are offline.',
		offlineNotSaved: 'Offline, and not yet saved for offline use.'
	},
	// What a model or an offer is, and a model's dates: the catalogue's and a model's page's words.
	task: {
		chat: 'Chat',
		embedding: 'Embeddings',
		rerank: 'Reranking',
		'speech-to-text': 'Speech to text',
		'text-to-speech': 'Text to speech',
		image: 'Images',
		video: 'Video',
		music: 'Music',
		moderation: 'Moderation'
	},
	kind: {
		'free-app': 'Free app',
		subscription: 'Subscription',
		api: 'API',
		'self-hosted': 'Run it yourself'
	},
	date: {
		expected: 'expected {date}',
		announced: 'announced {date}',
		listed: 'on a public list since {date}'
	},
	/** The catalogue's page: its title, where its data comes from, and its tables' columns. */
	modelsPage: {
		title: 'Catalogue',
		intro: 'Every model in the catalogue, and the ways to use each one.',
		modelsHeading: 'Models',
		offersHeading: 'Ways to use them',
		fromDevice: 'Read from this device’s storage (catalogue {version}).',
		fromBundle: 'Showing the built-in catalogue (catalogue {version}).',
		columns: {
			name: 'Name',
			vendor: 'Vendor',
			status: 'Status',
			openness: 'Openness',
			licence: 'Licence',
			kind: 'Kind',
			models: 'Models',
			runsOn: 'Where it runs',
			price: 'Price'
		}
	}
};

export type PageMessages = typeof enPages;
