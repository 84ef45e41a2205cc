/**
 * The English words of the Compare page alone: a chunk of their own, loaded by that page's `load`
 * (`loadWordsOf('compare')`), so no other page carries them. `own-words.ts` merges them into the
 * dictionary.
 */
export const enCompare = {
	compare: {
		title: 'Compare models',
		intro: 'Two to four models side by side; the rows that differ are marked.',
		add: 'Add a model',
		addButton: 'Add',
		choose: 'Choose a model…',
		remove: 'Remove {name}',
		/** Said to screen readers when a model joins the table or leaves it. */
		added: '{name} added to the comparison',
		removed: '{name} removed from the comparison',
		needTwo: 'Choose at least two models to compare.',
		/** Said where the picker was, once the table holds as many models as it can. */
		full: 'At most {count} models side by side: remove one to add another.',
		scrollHint: 'Scroll the table sideways to see the other models.',
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
		aboutGb: 'about {gb}',
		/** A way to use it that is not simply out: "GPT-4o via OpenRouter (Legacy)". */
		offerStatus: '{offer} ({status})'
	}
};

export type CompareWords = typeof enCompare;
