import type { ChooserMessages } from './chooser-en';
import type { PageMessages } from './en-pages';
import type { Lang } from '$lib/domain/lang';

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
	langSwitch: { label: 'Language', other: 'العربية', otherLang: 'ar' as Lang },
	skipToContent: 'Skip to content',
	readOnlyBanner:
		"This browser won't let the app save anything, so you are seeing the built-in catalogue and changes can't be saved.",
	home: {
		aboutTitle: 'About Model Chooser'
	},
	models: {
		rating: 'Chatbot Arena {score}, {date}',
		billions: plural({ other: '{count}B' }),
		parameters: '{total}',
		parametersMoe: '{total} ({active} active)',
		parametersEffective: '{total} effective'
	},
	status: { released: 'Released', planned: 'Planned', legacy: 'Legacy' },
	openness: { 'open-weights': 'Open weights', closed: 'Closed', unknown: 'Openness not stated' },
	offerLabels: { preview: 'Preview', retires: 'Retires {date}' },
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
	saving: {
		otherTabs:
			"Your saved data did not open in time, so you are seeing the built-in catalogue and changes can't be saved for now. Another tab of Model Chooser may be holding it: close that tab and reload."
	},
	/**
	 * The chooser's words that other pages speak too: the device fields (the catalogue's filters, a
	 * model's memory table), a link's notices, "Get it" and "Show more".
	 */
	chooserShared: {
		device: 'Device',
		devicePhone: 'Phone',
		deviceComputer: 'Computer, no graphics card',
		deviceGpu: 'Computer with a graphics card',
		vram: 'Graphics card memory (VRAM, GB)',
		vramHint: 'Whole gigabytes, 1 to 256. Leave empty if you don’t know.',
		vramError: 'Enter a whole number of GB from 1 to 256.',
		ram: 'Memory (RAM, GB)',
		ramHint:
			'Whole gigabytes, 1 to 1,024. A model can use about half of a phone’s memory, two thirds of a computer’s. Leave empty if you don’t know.',
		ramError: 'Enter a whole number of GB from 1 to 1,024.',
		getIt: 'Get it',
		getItLabel: 'Get it: {offer} (official page, opens in a new tab)',
		showMore: 'Show {count} more ({left} not shown)',
		ignored: 'Some parts of this link were not understood and were left out: {names}.',
		catOther:
			'This link was made with catalogue {theirs}; yours is {ours}, so the answer may differ from the one that was shared.',
		catEdited:
			'The person who shared this link had added or changed catalogue entries, so your answer may differ from theirs.'
	}
};

/** The words every page needs. */
export type CoreMessages = typeof en;
/**
 * All the words: the core, the chooser's own (`chooser-en.ts`) and the other pages'
 * (`en-pages.ts`), each once loaded.
 */
export type Messages = CoreMessages & ChooserMessages & PageMessages;
