/**
 * Which language the app speaks on arrival: `?lang=ar|en` in the address, else the person's
 * saved choice, else the first of the browser's languages the app speaks (Arabic for `ar`
 * and `ar-*`), else English. The inline script in app.html applies the same rule before
 * first paint; an end-to-end test holds the two to the same answers.
 */
export const APP_LANGS = ['en', 'ar'] as const;
export type AppLang = (typeof APP_LANGS)[number];

/** Where the choice came from; the first two are the person's own and go into share links. */
export type LangSource = 'link' | 'saved' | 'browser' | 'default';

const isLang = (x: unknown): x is AppLang => x === 'en' || x === 'ar';

/** The language to start in, and why. */
export function chooseLang(input: {
	query: string;
	saved: string | null | undefined;
	languages: readonly string[];
}): { lang: AppLang; source: LangSource } {
	const fromLink = new URLSearchParams(input.query).get('lang');
	if (isLang(fromLink)) return { lang: fromLink, source: 'link' };
	if (isLang(input.saved)) return { lang: input.saved, source: 'saved' };
	for (const tag of input.languages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLang(primary)) return { lang: primary, source: 'browser' };
	}
	return { lang: 'en', source: 'default' };
}
