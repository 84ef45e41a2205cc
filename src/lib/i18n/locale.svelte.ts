/** The language the UI speaks now, shared by every component. */
import { dictionaries, type Lang, type Messages } from './index';

export class Locale {
	#lang = $state<Lang>('en');

	get lang(): Lang {
		return this.#lang;
	}

	set lang(lang: Lang) {
		this.#lang = lang;
	}

	get dir(): 'rtl' | 'ltr' {
		return this.#lang === 'ar' ? 'rtl' : 'ltr';
	}

	/** The current language's words. */
	get m(): Messages {
		return dictionaries[this.#lang];
	}
}

export const locale = new Locale();
