/**
 * The English words of the About page and its charts alone: a chunk of their own, loaded by that
 * page's `load` (`loadWordsOf('about')`), so no other page carries them. `own-words.ts` merges them
 * into the dictionary.
 */
export const enAbout = {
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
	}
};

export type AboutWords = typeof enAbout;
