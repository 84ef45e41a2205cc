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
	nav: { label: 'Main', chooser: 'Chooser', catalogue: 'Catalogue', settings: 'Settings' },
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
		}
	},
	status: { released: 'Released', planned: 'Planned', legacy: 'Legacy' },
	openness: { 'open-weights': 'Open weights', closed: 'Closed' },
	kind: {
		'free-app': 'Free app',
		subscription: 'Subscription',
		api: 'API',
		'self-hosted': 'Run it yourself'
	},
	runsOn: {
		cloud: 'Cloud',
		computer: 'Computer (CPU)',
		phone: 'Phone',
		gpu: 'GPU',
		gpuRange: 'GPU, {min}–{max} GB',
		gpuMin: 'GPU, at least {min} GB',
		gpuUnknown: 'GPU, memory not known'
	},
	price: {
		usd: plural({ other: 'US${amount}' }),
		free: 'Free',
		monthly: '{amount} a month',
		perUse: '{input} in / {output} out per million tokens',
		unknown: 'Price not announced'
	},
	date: { expected: 'expected {date}', announced: 'announced {date}' },
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
		noOffers: 'No way to use it is listed yet.'
	},
	chooser: {
		intro:
			'Tell it what you have and what you can spend; it ranks the ways to use each model, and says why.',
		formLabel: 'Your situation',
		device: 'Device',
		deviceNone: 'Not chosen',
		devicePhone: 'Phone',
		deviceComputer: 'Computer (no usable GPU)',
		deviceGpu: 'Computer with a GPU',
		vram: 'GPU memory (GB)',
		vramHint: 'Whole gigabytes, 1 to 256. Leave empty if you don’t know.',
		vramError: 'Enter a whole number of GB from 1 to 256.',
		localOnly: 'Run on my device only',
		localOnlyHint: 'Nothing you type leaves your device; cloud services are left out.',
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
		usageHint: 'Prices the per-use offers (APIs). About 1 is light use, 5 medium, 20 heavy.',
		usageError: 'Enter a number from 0.1 to 1,000, with at most one decimal.',
		usagePresets: 'Usage presets',
		usageLight: 'Light (1)',
		usageMedium: 'Medium (5)',
		usageHeavy: 'Heavy (20)',
		recommendations: 'Recommendations',
		notAFit: 'Not a fit',
		comingLater: 'Coming later',
		count: plural({ one: '{count} option', other: '{count} options' }),
		pending: 'Loading this link’s answer…',
		empty: 'Nothing fits all of your choices.',
		emptyHelp: 'Changing one of them would give results:',
		emptyNothing: 'No single change gives results; try starting again from the defaults.',
		reset: 'Start again',
		monthlyCost: 'Monthly cost',
		runsOn: 'Runs on',
		status: 'Status',
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
		suggestionDismiss: 'No, thanks',
		basis: {
			'client-hint-mobile': 'your browser says it is on a mobile device',
			'user-agent-mobile': 'your browser names a phone',
			'touch-small-screen': 'a small touch screen',
			'webgpu-adapter': 'your browser found a graphics processor (WebGPU)',
			'no-phone-signals': 'no sign of a phone or a usable GPU'
		},
		relax: {
			device: 'Choose “{device}” as the device',
			vramGb: 'With {gb} GB of GPU memory',
			localOnly: 'Turn off “Run on my device only”',
			budget: 'Raise the budget to {budget}',
			budgetNone: 'Remove the budget limit',
			openness: 'Accept closed weights',
			includePlanned: 'Turn on “Include planned models”',
			gives: '{count}, best {best}'
		}
	},
	reasons: {
		cloud: 'Runs in the cloud: works on any device with a connection',
		'runs-in-cloud': 'Runs in the cloud, not on your device',
		'on-device': 'Runs on your device',
		'needs-phone': 'Needs a phone',
		'needs-computer': 'Needs a computer',
		'needs-gpu': 'Needs a GPU',
		'needs-gpu-gb': 'Needs a GPU with {min} GB of memory',
		'gpu-fits': 'Fits your GPU: {have} GB, and {comfortable} GB is comfortable',
		'gpu-tight':
			'Tight on your GPU: {have} GB; it needs {min} GB and is comfortable with {comfortable} GB',
		'gpu-too-small': 'Your GPU has {have} GB; it needs at least {min} GB',
		'gpu-memory-not-given': 'Needs {min} GB of GPU memory; enter yours to check',
		'gpu-need-unknown': 'How much GPU memory it needs is not known yet',
		'closed-weights': 'Closed weights, and you asked for open weights',
		'open-weights': 'Open weights: you can download it and run it yourself',
		closed: 'Closed weights: only through its maker',
		free: 'Free',
		'monthly-price': '{cost} a month',
		'per-use-price':
			'About {cost} a month at {usage} million tokens ({input} in, {output} out per million)',
		'within-budget': 'Within your budget of {budget}',
		'over-budget': 'Costs {cost} a month, over your budget of {budget}',
		'price-unknown': 'Price not announced',
		planned: 'Planned; no date announced',
		'planned-expected': 'Planned, expected {date}',
		legacy: 'Legacy: superseded by newer models'
	}
};

export type Messages = typeof en;
