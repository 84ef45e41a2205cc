/** Words that change with a number: `other` always, the language's other plural forms as needed. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const plural = (forms: Plural): Plural => forms;

/** The English words of the UI: the shape every other language must match. */
export const en = {
	appName: 'Model Chooser',
	appNameOther: 'مختار النماذج',
	tagline: 'Choose an AI model by cost, openness and device.',
	purpose:
		'Model Chooser keeps a catalogue of AI models and the ways to use them — free apps, subscriptions, APIs and open weights you run yourself — on your device, and helps you pick one by what it costs, how open it is and what it runs on. It works offline, and nothing you do leaves your device.',
	sourceLine: 'The catalogue comes from an Arabic news analysis credited to {credit}, {date}.',
	nav: {
		label: 'Main',
		chooser: 'Chooser',
		catalogue: 'Catalogue',
		compare: 'Compare',
		about: 'About',
		settings: 'Settings'
	},
	langSwitch: { label: 'Language', other: 'العربية', otherLang: 'ar' as 'ar' | 'en' },
	skipToContent: 'Skip to content',
	readOnlyBanner:
		"This browser won't let the app save anything, so you are seeing the built-in catalogue and changes can't be saved.",
	home: {
		aboutTitle: 'About Model Chooser'
	},
	models: {
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
		},
		rating: 'Chatbot Arena {score}, {date}',
		billions: plural({ other: '{count}B' }),
		parameters: '{total}',
		parametersMoe: '{total} ({active} active)',
		parametersEffective: '{total} effective'
	},
	status: { released: 'Released', planned: 'Planned', legacy: 'Legacy' },
	openness: { 'open-weights': 'Open weights', closed: 'Closed', unknown: 'Openness not stated' },
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
	offerLabels: { preview: 'Preview', retires: 'Retires {date}' },
	kind: {
		'free-app': 'Free app',
		subscription: 'Subscription',
		api: 'API',
		'self-hosted': 'Run it yourself'
	},
	runsOn: {
		cloud: 'Cloud',
		device: 'Your own device',
		deviceNeed: 'Your own device, about {gb}',
		computer: 'Computer (CPU)',
		phone: 'Phone',
		gpu: 'Graphics card',
		gpuRange: 'Graphics card, {range}',
		gpuMin: 'Graphics card, at least {min}',
		gpuUnknown: 'Graphics card, memory not known'
	},
	/** Units of memory and storage, after their number (a no-break space between). */
	units: { gb: 'GB' },
	price: {
		usd: plural({ other: 'US${amount}' }),
		free: 'Free',
		monthly: '{amount} a month',
		perUse: '{input} in / {output} out per million tokens',
		unknown: 'Price not announced',
		underCent: 'under {amount}',
		plusFees: '{price}, plus {fees} — partly known',
		atLeast: 'at least {amount} a month, plus {fees}',
		tokensOnly: '{amount} a month of tokens, plus {fees}',
		feesKept: 'Plus {fees}: kept as they are',
		above: 'prompts over {tokens} tokens',
		longContext: 'long prompts',
		fees: {
			request: { each: '{usd} a request', mtok: 'requests {usd} per million tokens' },
			search: { each: '{usd} a search', mtok: 'searches {usd} per million tokens' },
			'image-output': { each: '{usd} an image', mtok: '{usd} per million image tokens' },
			'audio-output': { each: '{usd} an audio clip', mtok: '{usd} per million audio tokens' },
			reasoning: { each: 'reasoning {usd} each', mtok: 'reasoning tokens {usd} per million' },
			'long-context-input': {
				each: '{above}: {usd} a request in, instead of the usual price',
				mtok: '{above}: {usd} in per million, instead of the usual price'
			},
			'long-context-output': {
				each: '{above}: {usd} a request out, instead of the usual price',
				mtok: '{above}: {usd} out per million, instead of the usual price'
			}
		}
	},
	date: {
		expected: 'expected {date}',
		announced: 'announced {date}',
		listed: 'on a public list since {date}'
	},
	pwa: {
		offlineReady: 'Ready to work offline.',
		updateAvailable: 'Update available.',
		reload: 'Reload',
		dismiss: 'Dismiss',
		close: 'Close',
		offline: 'You are offline. Everything still works from this device.',
		outdated: 'A newer version of the app is open in another tab. Reload to keep using it.'
	},
	settings: {
		title: 'Settings',
		intro: 'Install the app, and see how your data is kept.',
		installTitle: 'Install',
		installButton: 'Install app',
		installIntro: 'Install Model Chooser to open it from your home screen, offline.',
		installed: 'Model Chooser is installed on this device.',
		installIos: 'On iPhone or iPad: tap Share, then “Add to Home Screen”.',
		installUnavailable:
			'This browser has not offered to install the app. In Chrome or Edge, use the menu’s “Install app”; on iPhone, Safari’s Share → “Add to Home Screen”.',
		storageTitle: 'Storage',
		persistent: 'Your data is kept: the browser will not clear it to free space.',
		notPersistent:
			'The browser may clear this site’s data when space runs low. Export what you add to keep a copy.',
		persistUnknown: 'This browser does not say whether it keeps this site’s data.',
		persistButton: 'Ask the browser to keep my data',
		used: '{used} used of about {quota}.',
		appTitle: 'App',
		version: 'Version {version}, catalogue {catalogue}.',
		checkUpdate: 'Check for an update',
		checked: 'Checked. An update, if there is one, is offered at the top of the page.'
	},
	explore: {
		filters: 'Filters',
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
		ignored: 'Some parts of this link were not understood and were left out: {names}.'
	},
	compare: {
		title: 'Compare models',
		intro: 'Two to four models side by side; the rows that differ are marked.',
		add: 'Add a model',
		addButton: 'Add',
		remove: 'Remove {name}',
		needTwo: 'Choose at least two models to compare.',
		differs: 'Differs',
		same: 'Same',
		rows: {
			vendor: 'Maker',
			status: 'Status',
			date: 'Date',
			openness: 'Openness',
			parameters: 'Parameters',
			arena: 'Chatbot Arena score (best)',
			offers: 'Ways to use it',
			cheapest: 'Cheapest a month',
			places: 'Runs on',
			deviceGb: 'Memory to run it on your own device',
			citations: 'Article citations',
			facts: 'Article numbers'
		},
		none: 'None',
		noDeviceOffer: 'No way to run it on your own device',
		unknown: 'Not known',
		notRated: 'Not on the board',
		arenaCell: '{score} ({entry}, {date})',
		aboutGb: 'about {gb}'
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
	about: {
		title: 'About',
		intro:
			'Where the catalogue comes from, what the app does with your data, and the article’s numbers.',
		sourceTitle: 'The source',
		source:
			'The catalogue is drawn from an Arabic news analysis credited to {credit}, written {date}, about OpenAI, DeepSeek and the turn to open models. It describes the world as of {asOf}; every claim cites the article’s own sentence, and facts from elsewhere are marked “public record” with their source and date.',
		privacyTitle: 'Your data',
		privacy:
			'Nothing leaves your device. The app has no server, no account and no analytics: the catalogue and everything you change are kept in this browser’s storage, and it works offline.',
		usersTitle: 'Time to 100 million users',
		usersNote: 'On a scale that keeps 7 days visible beside 14 months (logarithmic).',
		pricesTitle: 'ChatGPT’s price tiers',
		pricesNote: 'A month of use, as the article gives it.',
		timelineTitle: 'Timeline',
		chartTable: 'The chart’s data',
		product: 'Product',
		time: 'Time',
		tier: 'Tier',
		price: 'Price a month',
		when: 'When',
		event: 'Event',
		events: {
			'gpt-2': 'GPT-2, OpenAI’s last large open model',
			'gpt-4': 'GPT-4 released',
			'gpt-4o': 'GPT-4o released',
			hints: 'Two open OpenAI models hinted',
			'gpt-5': 'GPT-5 expected'
		}
	},
	data: {
		title: 'Your data',
		intro:
			'What you add, edit, star and note is kept on this device. Export it to keep a copy or move it to another device.',
		export: 'Export',
		exportWithCatalogue: 'Include the whole catalogue',
		exported: 'Exported {file}.',
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
	numberField: {
		kept: 'Until it is, {value} stays in use.',
		leftOut: 'Until it is, this field is left out.'
	},
	chooser: {
		intro:
			'Tell it what you have, what you want it for and what you can spend; it picks one way of each kind, ranks the rest, and says why.',
		formLabel: 'Your situation',
		device: 'Device',
		deviceNone: 'Not chosen',
		devicePhone: 'Phone',
		deviceComputer: 'Computer, no graphics card',
		deviceGpu: 'Computer with a graphics card',
		deviceHint:
			'A Mac with Apple silicon, or a laptop with built-in graphics, counts as a computer without a graphics card: its graphics share the memory.',
		vram: 'Graphics card memory (VRAM, GB)',
		vramHint: 'Whole gigabytes, 1 to 256. Leave empty if you don’t know.',
		vramError: 'Enter a whole number of GB from 1 to 256.',
		ram: 'Memory (RAM, GB)',
		ramHint:
			'Whole gigabytes, 1 to 1,024. A model can use about half of a phone’s memory, two thirds of a computer’s. Leave empty if you don’t know.',
		ramError: 'Enter a whole number of GB from 1 to 1,024.',
		localOnly: 'Run on my device only',
		localOnlyHint: 'Nothing you type leaves your device; cloud services are left out.',
		purpose: 'What for',
		purposeAny: 'Any',
		purposeApp: 'Chat in an app or website',
		purposeApi: 'Build with an API, pay per use',
		purposeSelf: 'Run open weights myself',
		budget: 'Monthly budget',
		budgetHint: 'US$ a month, whole dollars. Leave empty for no limit.',
		budgetError: 'Enter whole dollars from 0 to 10,000, or leave it empty.',
		budgetPresets: 'Quick budgets',
		budgetFree: 'Free only',
		budgetNone: 'No limit',
		openness: 'Openness',
		opennessAny: 'Any',
		opennessPreferred: 'Open weights preferred',
		opennessRequired: 'Open weights required',
		planned: 'Include planned models',
		usage: 'Usage (million tokens a month)',
		usageHint:
			'Prices the per-use offers (APIs), half of the tokens as input and half as output. About 1 is light use, 5 medium, 20 heavy.',
		usageError: 'Enter a number from 0.1 to 1,000, with at most one decimal.',
		usagePresets: 'Usage presets',
		usageLight: 'Light (1)',
		usageMedium: 'Medium (5)',
		usageHeavy: 'Heavy (20)',
		answer: 'Your answer',
		pickKinds: {
			'free-app': 'Free app',
			subscription: 'Subscription',
			'self-hosted': 'On your device',
			api: 'API at your usage'
		},
		noPick: {
			'no-device': 'Choose your device to see what runs on it.',
			'only-legacy': 'Only a superseded model fits your device: {offer}.',
			'memory-not-given': {
				phone: 'Enter your phone’s memory to see what runs on it.',
				computer: 'Enter your computer’s memory to see what runs on it.',
				gpu: 'Enter your graphics card’s memory to see what runs on it.'
			},
			none: 'Nothing of this kind fits your choices.'
		},
		seeCard: 'See its card',
		seeCardLabel: 'See its card: {offer}',
		getIt: 'Get it',
		getItLabel: 'Get it: {offer} (official page, opens in a new tab)',
		sort: 'Order',
		sortCheap: 'Cheapest first',
		sortRated: 'Highest rated first',
		sortNew: 'Newest first',
		recommendations: 'Recommendations',
		notAFit: 'Not a fit',
		comingLater: 'Coming later',
		count: plural({ one: '{count} option', other: '{count} options' }),
		folded: plural({
			one: 'Run it yourself: {count} open model — choose your device to see if it fits',
			other: 'Run it yourself: {count} open models — choose your device to see which fit'
		}),
		showMore: 'Show {count} more ({left} not shown)',
		groupedNote:
			'Grouped by the reason it does not fit; an option that misses for several reasons is in each of their groups.',
		failureGroups: {
			'runs-in-cloud': 'Runs only in the cloud, and you want it on your device',
			'needs-phone': 'Runs only on a phone',
			'needs-computer': 'Needs a computer',
			'needs-gpu': 'Needs a graphics card',
			'memory-short': 'Needs more memory than your device can give a model',
			'beyond-any-device': 'Needs more memory than any such device has',
			'closed-weights': 'Closed weights, and you asked for open weights',
			'openness-unknown': 'Openness not stated, and you asked for open weights',
			'other-purpose': 'Not what you want it for',
			'over-budget': 'Over your budget',
			'price-unknown': 'Price not announced, and you set a budget'
		},
		pending: 'Loading this link’s answer…',
		empty: 'Nothing fits all of your choices.',
		emptyHelp: 'Changing one of them would give results:',
		emptyNothing: 'No single change gives results; try starting again from the defaults.',
		reset: 'Start again',
		monthlyCost: 'Monthly cost',
		runsOn: 'Runs on',
		status: 'Status',
		rating: 'Rating',
		unrated: 'Not on Chatbot Arena',
		howTo:
			'How: a 4-bit file of about {gb}, opened in a local runner (LM Studio, Ollama, llama.cpp)',
		howToPhone:
			'How: a 4-bit file of about {gb}, opened in a phone app that runs models on the phone itself (PocketPal AI, for one)',
		why: 'Why',
		modelPage: 'About {model}',
		costUnknown: 'Not announced',
		share: 'Share',
		shareTitle: 'Model Chooser: my options',
		shareCopied: 'Link copied. Paste it anywhere to share this answer.',
		shareShared: 'Shared.',
		shareManual: 'Copy this link to share the answer:',
		ignored: 'Some parts of this link were not understood and were left out: {names}.',
		catOther:
			'This link was made with catalogue {theirs}; yours is {ours}, so the answer may differ from the one that was shared.',
		catEdited:
			'The person who shared this link had added or changed catalogue entries, so your answer may differ from theirs.',
		suggestion: 'This looks like a {device}.',
		suggestionBasis: 'Based on: {basis}.',
		suggestionUse: 'Use “{device}”',
		suggestionUseMemory: 'Use “{device}” with {gb}',
		suggestionDismiss: 'No, thanks',
		basis: {
			'client-hint-mobile': 'your browser says it is on a mobile device',
			'user-agent-mobile': 'your browser names a phone',
			'touch-small-screen': 'a small touch screen',
			'webgpu-adapter': 'your browser found a graphics processor (WebGPU)',
			'shared-memory-graphics':
				'your graphics share the computer’s memory (Apple silicon or built-in graphics)',
			'no-phone-signals': 'no sign of a phone or a usable GPU',
			'device-memory': 'your browser reports about {gb} of memory, a rounded figure',
			'device-memory-capped':
				'your browser reports {gb} or more of memory (browsers report no more than {gb}: enter your real memory)'
		},
		relax: {
			device: 'Choose “{device}” as the device',
			vramGb: 'With {gb} of graphics card memory',
			ramGb: 'With {gb} of memory',
			localOnly: 'Turn off “Run on my device only”',
			purpose: 'Choose “Any” for “What for”',
			budget: 'Raise the budget to {budget}',
			budgetNone: 'Remove the budget limit',
			// Not "accept closed weights": what it lets in may be of openness not stated.
			openness: 'Choose “Any” for “Openness”',
			includePlanned: 'Turn on “Include planned models”',
			gives: '{count}, best {best}'
		}
	},
	picks: {
		'best-rated-free-app': 'The highest-rated free app ({score})',
		'only-free-app': 'The free app that fits your choices',
		'best-rated-subscription': 'The highest-rated subscription ({score})',
		'best-rated-subscription-budget': 'The highest-rated subscription within your budget ({score})',
		'lower-tier-enough': 'The lower tier is enough for most use',
		'subscription-fits': 'The subscription that fits your choices',
		'largest-that-fits': 'The largest model that fits your device ({params} parameters)',
		'largest-that-fits-effective':
			'The largest model that fits your device ({params} effective parameters)',
		'fits-your-device': 'Runs on your device',
		'only-fit': 'The only open model that fits your device',
		planned: 'Planned: not out yet',
		'cheapest-api': 'The cheapest API at {usage} million tokens a month',
		'cheapest-api-fees':
			'The cheapest tokens at {usage} million tokens a month, as no API of fully known price fits; it also charges {fees}',
		'heavier-tier': 'For heavier use: {offer}, {cost} a month',
		'lighter-tier': '{offer}: the same models with lower limits, {cost} a month',
		'lighter-tier-fewer': '{offer}: fewer models, {cost} a month',
		'highest-rated-api': 'Highest rated: {offer}, {cost} a month ({score})'
	},
	reasons: {
		cloud: 'Runs in the cloud: works on any device with a connection',
		'runs-in-cloud': 'Runs in the cloud, not on your device',
		'on-device': 'Runs on your device',
		'needs-phone': 'Needs a phone',
		'needs-computer': 'Needs a computer',
		'needs-gpu': 'Needs a graphics card',
		'needs-gpu-gb': 'Needs a graphics card with about {need} of memory',
		'needs-memory': 'Needs about {need} of memory — choose your device to check',
		'size-unknown': 'Its size is not known, so neither is the memory it needs',
		need: 'Needs about {need}',
		have: {
			phone: 'a phone with {memory} leaves about {usable} for a model',
			computer: 'a computer with {memory} leaves about {usable} for a model',
			gpu: 'your graphics card has {memory}'
		},
		'memory-fits': '{need}; {have}: it fits',
		'memory-tight': '{need}; {have}: it fits, with little room to spare',
		'memory-short': '{need}; {have}: not enough',
		sep: '; ',
		slower: 'slower than on a graphics card',
		eightBit: 'room for the 8-bit file, which is a little better',
		'memory-not-given': {
			phone: '{need}; enter your phone’s memory to check',
			computer: '{need}; enter your computer’s memory to check',
			gpu: '{need}; enter your graphics card’s memory to check'
		},
		'beyond-any-device': {
			phone: '{need}: no phone has that much memory',
			computer: '{need}: no computer has that much memory',
			gpu: '{need}: no graphics card has that much memory'
		},
		'closed-weights': 'Closed weights, and you asked for open weights',
		'openness-unknown':
			'Whether its weights are open is not stated, and you asked for open weights',
		'other-purpose': 'Not for “{purpose}”',
		'open-weights-in-cloud': {
			app: 'The weights are open, but this app runs them in its maker’s cloud: what you type goes there',
			api: 'The weights are open, but this API runs them on its host’s servers: what you send goes there'
		},
		'closed-after-open': 'Closed weights: ranked after the open ones, as you prefer',
		'unknown-after-open': 'Openness not stated: ranked after the open ones, as you prefer',
		'per-use-price':
			'About {cost} a month at {usage} million tokens: half in at {input}, half out at {output} per million',
		'per-use-price-under-cent':
			'Under {cost} a month at {usage} million tokens: half in at {input}, half out at {output} per million',
		'per-use-price-fees-under-cent':
			'Under {cost} a month of tokens at {usage} million tokens: half in at {input}, half out at {output} per million, plus {fees}',
		'per-use-price-fees':
			'At least {cost} a month at {usage} million tokens: half in at {input}, half out at {output} per million, plus {fees}',
		'versus-subscription':
			'At {usage} million tokens a month, {offer} costs {cost} vs {subscription} at {subscriptionCost}; below {breakEven} million tokens a month it is the cheaper one',
		'tier-adds': 'Over {over}: {adds}',
		'within-budget': 'Within your budget of {budget}',
		'fees-not-counted':
			'Its tokens come to {cost} of your budget of {budget}; its other fees are not counted, so it may cost more',
		'over-budget': 'Costs {cost} a month, over your budget of {budget}',
		'over-budget-fees': 'Costs at least {cost} a month, plus fees, over your budget of {budget}',
		'price-unknown': 'Price not announced',
		planned: 'Planned; no date announced',
		'planned-expected': 'Planned, expected {date}'
	}
};

export type Messages = typeof en;
