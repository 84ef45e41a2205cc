/**
 * Which language the app speaks on arrival: `?lang=ar|en` in the address, else the person's
 * saved choice, else the first of the browser's languages the app speaks (Arabic for `ar`
 * and `ar-*`), else English. The inline script in app.html applies the same rule before
 * first paint; an end-to-end test holds the two to the same answers.
 */
/** The languages the app speaks, the one list every part reads: English first, the default. */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Each language by its own name, as a person who reads it looks for it: the header's switch
 * names the other language with it, Settings' Language section names both.
 */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ar: 'العربية' };

/** Where the choice came from; the first two are the person's own and go into share links. */
export type LangSource = 'link' | 'saved' | 'browser' | 'default';

/** Whether a value is one of the app's language codes, exactly as written (`en`, `ar`). */
export const isLang = (value: unknown): value is Lang =>
	(LANGS as readonly unknown[]).includes(value);

/**
 * Reads a language code from outside (a link's `lang`, a saved choice): the code when it is one
 * of `LANGS` exactly as written, else undefined. Never throws. The one parse of `lang`: links,
 * storage and the browser's languages all go through it.
 */
export const readLang = (value: unknown): Lang | undefined => (isLang(value) ? value : undefined);

/** The language to start in, and why. */
export function chooseLang(input: {
	query: string;
	saved: string | null | undefined;
	languages: readonly string[];
}): { lang: Lang; source: LangSource } {
	const fromLink = readLang(new URLSearchParams(input.query).get('lang'));
	if (fromLink) return { lang: fromLink, source: 'link' };
	const saved = readLang(input.saved);
	if (saved) return { lang: saved, source: 'saved' };
	for (const tag of input.languages) {
		const primary = readLang(tag.toLowerCase().split('-')[0]);
		if (primary) return { lang: primary, source: 'browser' };
	}
	return { lang: 'en', source: 'default' };
}

/**
 * An in-app address (`/models?q=x#top`) that carries `lang` (§3: "written when chosen"), so a
 * link keeps the person's language: `lang` set to `lang` in its query, before any fragment, the
 * rest of the address left as written. Never throws.
 */
export function withLang(address: string, lang: Lang): string {
	const end = address.search(/#|$/);
	const head = address
		.slice(0, end)
		.replace(/([?&])lang(=[^&]*)?(&|$)/, '$1')
		.replace(/[?&]$/, '');
	return `${head}${head.includes('?') ? '&' : '?'}lang=${lang}${address.slice(end)}`;
}
