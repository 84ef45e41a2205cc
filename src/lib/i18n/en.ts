/** The English words of the UI: the shape every other language must match. */
export const en = {
	appName: 'Model Chooser',
	appNameOther: 'مختار النماذج',
	tagline: 'Choose an AI model by cost, openness and device.',
	purpose:
		'Model Chooser keeps a catalogue of AI models and the ways to use them — free apps, subscriptions, APIs and open weights you run yourself — on your device, and helps you pick one by what it costs, how open it is and what it runs on. It works offline, and nothing you do leaves your device.',
	sourceLine: 'The catalogue comes from an Arabic news analysis credited to {credit}, {date}.',
	nav: { label: 'Main', chooser: 'Chooser', catalogue: 'Catalogue' },
	skipToContent: 'Skip to content',
	readOnlyBanner:
		"This browser won't let the app save anything, so you are seeing the built-in catalogue and changes can't be saved.",
	home: {
		browse: 'Browse the catalogue',
		counts: '{models} models and {offers} ways to use them, as of {date}.'
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
		usd: 'US${amount}',
		free: 'Free',
		monthly: '{amount} a month',
		perUse: '{input} in / {output} out per million tokens',
		unknown: 'Price not announced'
	},
	date: { expected: 'expected {date}', announced: 'announced {date}' }
};

export type Messages = typeof en;
