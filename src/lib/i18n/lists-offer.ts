/**
 * The few words of the chooser's line on the public lists (issue 15): the quiet offer of the
 * latest lists and its dismissal, in both languages. They are apart from the lists' dictionaries
 * (`lists-en.ts`, `lists-ar.ts`) because a first visit, which has no list, shows the offer: it
 * loads these few words after the person's data, never the whole lists' UI. The link's words are
 * the Settings button's own ("Get the latest lists"), so the person finds there what they pressed.
 */
import type { Lang } from './index';

export type ListsOfferWords = {
	/** Before the link when the person has no list at all. */
	none: string;
	/** The link to Settings' "Get the latest lists". */
	get: string;
	/** The dismiss button's visible words. */
	dismiss: string;
	/** The dismiss button's accessible name: its visible words first, then what it hides. */
	dismissLabel: string;
	/** The line's name as a group. */
	label: string;
};

export const listsOfferWords: Record<Lang, ListsOfferWords> = {
	en: {
		none: 'Newer models?',
		get: 'Get the latest lists',
		dismiss: 'Not now',
		dismissLabel: 'Not now: hide the offer of the latest lists',
		label: 'Public model lists'
	},
	ar: {
		none: 'نماذج أحدث؟',
		get: 'جلب أحدث القوائم',
		dismiss: 'ليس الآن',
		dismissLabel: 'ليس الآن: أخفِ عرض أحدث القوائم',
		label: 'قوائم النماذج العامة'
	}
};
