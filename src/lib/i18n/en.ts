import type { AboutWords } from './en-about';
import type { CompareWords } from './en-compare';
import type { PageMessages } from './en-pages';
import type { SettingsWords } from './en-settings';
import { LANGUAGE_NAMES, type Lang } from '$lib/domain/lang';

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
	langSwitch: { label: 'Language', other: LANGUAGE_NAMES.ar, otherLang: 'ar' as Lang },
	skipToContent: 'Skip to content',
	home: {
		aboutTitle: 'About Model Chooser'
	},
	models: {
		rating: 'Chatbot Arena {score}, {date}',
		billions: plural({ other: '{count}B' }),
		/** A usage's millions of tokens: "5 million" (the Arabic word's plural is for 3 to 10). */
		millions: plural({ other: '{count} million' }),
		parameters: '{total}',
		parametersMoe: '{total} ({active} active)',
		parametersEffective: '{total} effective'
	},
	status: { released: 'Released', planned: 'Planned', legacy: 'Legacy' },
	openness: { 'open-weights': 'Open weights', closed: 'Closed', unknown: 'Openness not stated' },
	offerLabels: {
		preview: 'Preview',
		retires: 'Retires {date}',
		unlisted: 'No longer in the {list} list of {date}'
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
	pwa: {
		offlineReady: 'Ready to work offline.',
		updateAvailable: 'Update available.',
		reload: 'Reload',
		dismiss: 'Dismiss',
		close: 'Close',
		offline: 'You are offline. Everything still works from this device.',
		outdated: 'A newer version of the app is open in another tab. Reload to keep using it.',
		offlineNotSaved: 'Not yet saved for offline use: keep this tab open and reconnect.'
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
		summary: {
			label: 'Your choices',
			anyDevice: 'Any device',
			device: { phone: 'Phone', computer: 'Computer', gpu: 'Graphics card' },
			withMemory: '{device} of {gb}',
			purpose: { app: 'in an app', api: 'an API', self: 'run it myself' },
			localOnly: 'on my device only',
			budget: 'budget {budget}',
			openness: { preferred: 'open weights preferred', required: 'open weights' },
			planned: 'planned models too',
			usage: '{usage} tokens a month',
			change: 'Change',
			seeAnswer: 'See the answer: {count}'
		},
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
		officialPage: 'Official page',
		officialPageLabel: 'Official page: {offer}, not out yet (opens in a new tab)',
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
			'no-chat': 'Not a chat model: embeddings, images, speech, music or the like',
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
		pending: 'Loading the answer…',
		reset: 'Start over',
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
		/** The guessed device named inside a sentence (the form's labels are options, capitalised). */
		suggestion: {
			phone: 'This looks like a phone.',
			computer: 'This looks like a computer without a graphics card.',
			gpu: 'This looks like a computer with a graphics card.'
		},
		suggestionBasis: 'Based on: {basis}.',
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
		'cheapest-api': 'The cheapest API at {usage} tokens a month',
		'cheapest-api-fees':
			'The cheapest tokens at {usage} tokens a month, as no API of fully known price fits; it also charges {fees}',
		'heavier-tier': 'For heavier use: {offer}, {cost} a month',
		'lighter-tier': '{offer}: the same models with lower limits, {cost} a month',
		'lighter-tier-fewer': '{offer}: fewer models, {cost} a month',
		'highest-rated-api': 'Highest rated: {offer}, {cost} a month ({score})',
		'more-open': 'Chosen from the more open options, as you prefer'
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
		/** Against the largest device of the kind, by what it leaves for a model (§2). */
		'beyond-any-device': {
			phone: '{need}; even a phone with {memory} leaves only about {usable} for a model',
			computer: '{need}; even a computer with {memory} leaves only about {usable} for a model',
			gpu: '{need}: no graphics card has that much memory'
		},
		'closed-weights': 'Closed weights, and you asked for open weights',
		'no-chat': 'Not a chat model: it makes embeddings, images, speech, music or the like',
		'openness-unknown':
			'Whether its weights are open is not stated, and you asked for open weights',
		'other-purpose': 'Not for “{purpose}”',
		'open-weights-in-cloud': {
			app: 'The weights are open, but this app runs them in its maker’s cloud: what you type goes there',
			api: 'The weights are open, but this API runs them on its host’s servers: what you send goes there'
		},
		'closed-after-open': 'Closed weights: ranked after the open ones, as you prefer',
		'unknown-after-open': 'Openness not stated: ranked after the open ones, as you prefer',
		'per-use-price-free': 'Free at any usage: nothing in or out per million tokens',
		'per-use-price-free-fees': 'Its tokens are free at any usage; it charges {fees}',
		'per-use-price':
			'About {cost} a month at {usage} tokens: half in at {input}, half out at {output} per million',
		'per-use-price-under-cent':
			'Under {cost} a month at {usage} tokens: half in at {input}, half out at {output} per million',
		'per-use-price-fees-under-cent':
			'Under {cost} a month of tokens at {usage} tokens: half in at {input}, half out at {output} per million, plus {fees}',
		'per-use-price-fees':
			'At least {cost} a month at {usage} tokens: half in at {input}, half out at {output} per million, plus {fees}',
		'versus-subscription':
			'At {usage} tokens a month, {offer} costs {cost} vs {subscription} at {subscriptionCost}; below {breakEven} tokens a month it is the cheaper one',
		'tier-adds': 'Over {over}: {adds}',
		'within-budget': 'Within your budget of {budget}',
		'fees-not-counted':
			'Its tokens come to {cost} of your budget of {budget}; its other fees are not counted, so it may cost more',
		'over-budget': 'Costs {cost} a month, over your budget of {budget}',
		'over-budget-fees': 'Costs at least {cost} a month, plus fees, over your budget of {budget}',
		'price-unknown': 'Price not announced',
		planned: 'Planned; no date announced',
		'planned-expected': 'Planned, expected {date}'
	},
	/** The chooser's group of offers of another kind than "What for" asks, by what it asks. */
	chooserKinds: {
		otherKinds: {
			app: 'Not apps: other ways to use a model',
			api: 'Not APIs: other ways to use a model',
			self: 'Not to run yourself: other ways to use a model'
		}
	},
	/**
	 * The device suggestion's one line: its button, then what opens the reasons under it: the
	 * memory the click brings, as a question (at the browser's cap, a lower bound), or "Why?"
	 * where it brings none.
	 */
	suggestionLine: {
		use: 'Use “{device}”',
		memory: '{gb} RAM',
		atLeast: '{gb}+ RAM',
		asked: '{memory}?',
		why: 'Why?'
	}
};

/** The words every page needs, the chooser's among them. */
export type CoreMessages = typeof en;
/**
 * All the words: the core, the other pages' (`en-pages.ts`) and each page's own (`en-about.ts`,
 * `en-compare.ts`, `en-settings.ts`), once loaded.
 */
export type Messages = CoreMessages & PageMessages & AboutWords & CompareWords & SettingsWords;
