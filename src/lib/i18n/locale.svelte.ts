/** The language the UI speaks now, shared by every component, and how it was chosen. */
import { getContext, setContext } from 'svelte';
import { chooseLang, withLang, type LangSource } from '$lib/domain/lang';
import { dictionaries, loadLang, type Lang, type Messages } from './index';

const SAVED = 'model-chooser:lang';

export class Locale {
	#lang = $state<Lang>('en');
	#source = $state<LangSource | 'switch'>('default');

	get lang(): Lang {
		return this.#lang;
	}

	get dir(): 'rtl' | 'ltr' {
		return this.#lang === 'ar' ? 'rtl' : 'ltr';
	}

	/** Whether the person chose the language (a link, the switch, a saved choice): links carry it. */
	get chosen(): boolean {
		return this.#source !== 'browser' && this.#source !== 'default';
	}

	/**
	 * An in-app path (`/models`, `/compare?ids=a,b`; `resolve` it after) as a link of this page
	 * writes it: with `lang` when the person chose the language (§3), so following it keeps the
	 * language; else as it is.
	 */
	href(address: string): string {
		return this.chosen ? withLang(address, this.#lang) : address;
	}

	/** The current language's words. */
	get m(): Messages {
		return dictionaries[this.#lang];
	}

	/**
	 * Picks the language by the rule of domain/lang.ts and loads its words. Browser
	 * only; the app's start awaits it (hooks.client.ts), so the page hydrates in that language.
	 */
	async init(): Promise<void> {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(SAVED);
		} catch {
			// Storage refused (a private mode): no saved choice.
		}
		const { lang, source } = chooseLang({
			query: location.search,
			saved,
			languages: navigator.languages ?? [navigator.language]
		});
		await loadLang(lang);
		this.#source = source;
		this.#apply(lang);
	}

	/** The person switched language: load its words, use it, remember it. */
	async choose(lang: Lang): Promise<void> {
		await loadLang(lang);
		this.#source = 'switch';
		try {
			localStorage.setItem(SAVED, lang);
		} catch {
			// Not saved; the link still carries it.
		}
		this.#apply(lang);
	}

	// The document's `lang` and `dir` are not set here: they follow what is on screen
	// (`showsLang`, from the root layout), so a page whose words are still loading keeps the
	// language and direction of the text it shows.
	#apply(lang: Lang) {
		this.#lang = lang;
	}
}

export const locale = new Locale();

/**
 * Keeps `<html lang dir>` on the language the page shows: call from the root layout's init.
 * Before the app has rendered, app.html's script set them (and its English fallback, if the
 * app was late, set `en`/`ltr`); from the first render on, and on every switch, they are the
 * locale's.
 */
export function showsLang(): void {
	$effect(() => {
		// Only when they change: writing either, even unchanged, makes the browser work out the
		// style of every element on the page again, in the middle of the app's start.
		const root = document.documentElement;
		if (root.lang !== locale.lang) root.lang = locale.lang;
		if (root.dir !== locale.dir) root.dir = locale.dir;
	});
}

const LANG_SCOPE = Symbol('lang-scope');

/** Renders a part of the page in a given language, whatever the page's language is. */
export function setLangScope(lang: () => Lang): void {
	setContext(LANG_SCOPE, lang);
}

/** The language this component speaks: its scope's, else the page's. Call during init. */
export function useLang(): () => Lang {
	return getContext<(() => Lang) | undefined>(LANG_SCOPE) ?? (() => locale.lang);
}
