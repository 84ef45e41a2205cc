/** The UI's languages, their dictionaries and the words-with-values helper. */
import type { Lang } from '$lib/domain/lang';
import type { CoreMessages, Messages } from './en';

export type { Messages };
/** The app's languages: one list, in the domain (`domain/lang.ts`). */
export { LANGS, type Lang } from '$lib/domain/lang';

// Each language is a chunk of its own: a page loads the words of the language it speaks, not
// both. The chooser's words are the core; the words every other page shares are a second chunk
// (`en-pages.ts`), so a first visit to the chooser does not carry them; and the words of Settings,
// Compare and About, each read by that one page, are a chunk each (`own-words.ts`).
const loaders: Record<Lang, () => Promise<CoreMessages>> = {
	en: async () => (await import('./en')).en,
	ar: async () => (await import('./ar')).ar
};

/**
 * The dictionaries loaded so far. Nothing speaks a language before `loadLang` has loaded it:
 * the root layout's `load` loads the page's language before the page renders (both, when
 * prerendering), and switching language loads the new one first. The other pages' words are
 * in a dictionary once `loadPageWords` has run (the root layout's `load`, before any page but
 * the chooser renders), and one page's own once `loadWordsOf` (`own-words.ts`) has run (that
 * page's `load`); the chooser reads neither.
 */
export const dictionaries = {} as Record<Lang, Messages>;

/** Words wanted beside a language's core, each loaded into every language the app speaks. */
const wanted = new Set<(lang: Lang) => Promise<void>>();

/**
 * Wants more words (`load` puts one language's into place, once): loaded now into every language
 * loaded so far, and into each language `loadLang` loads later, before it speaks.
 */
export async function wantWords(load: (lang: Lang) => Promise<void>): Promise<void> {
	wanted.add(load);
	await Promise.all((Object.keys(dictionaries) as Lang[]).map(load));
}

/**
 * A loader of one chunk of words (one loader per language, each giving some of a record's
 * groups), merged once into each language's record: the dictionaries (`Messages`' groups) when
 * no `into` is given, else `into`, a record of words of its own (the lists' words,
 * `lists-texts.ts`) whose language records are made on the first merge. For `wantWords`.
 */
export function merged(
	chunk: Record<Lang, () => Promise<Partial<Messages>>>
): (lang: Lang) => Promise<void>;
export function merged<T extends object>(
	chunk: Record<Lang, () => Promise<Partial<T>>>,
	into: Record<Lang, T>
): (lang: Lang) => Promise<void>;
export function merged<T extends object>(
	chunk: Record<Lang, () => Promise<Partial<T>>>,
	into?: Record<Lang, T>
): (lang: Lang) => Promise<void> {
	// Without `into`, the first overload has made `T` the dictionaries' `Messages`.
	const target = into ?? (dictionaries as Record<Lang, T>);
	const done = new Set<Lang>();
	return async (lang: Lang): Promise<void> => {
		if (done.has(lang)) return;
		Object.assign((target[lang] ??= {} as T), await chunk[lang]());
		done.add(lang);
	};
}

/** Loads a language's words (once), with every word `wantWords` asked for. */
export async function loadLang(lang: Lang): Promise<Messages> {
	dictionaries[lang] ??= { ...(await loaders[lang]()) } as Messages;
	await Promise.all([...wanted].map((load) => load(lang)));
	return dictionaries[lang];
}

const loadPages = merged({
	en: async () => (await import('./en-pages')).enPages,
	ar: async () => (await import('./ar-pages')).arPages
});

/**
 * Loads the words the pages other than the chooser share into every language loaded so far (and
 * into any loaded later), before a page other than the chooser renders.
 */
export const loadPageWords = (): Promise<void> => wantWords(loadPages);

/** The `Intl` locale of a language: Arabic keeps the article's Latin digits. */
export const intlLocale = (lang: Lang): string => (lang === 'ar' ? 'ar-u-nu-latn' : 'en');

type IntlKinds = {
	NumberFormat: [Intl.NumberFormatOptions, Intl.NumberFormat];
	PluralRules: [Intl.PluralRulesOptions, Intl.PluralRules];
	DateTimeFormat: [Intl.DateTimeFormatOptions, Intl.DateTimeFormat];
	ListFormat: [Intl.ListFormatOptions, Intl.ListFormat];
};
const formatters = new Map<string, unknown>();

/**
 * An `Intl` formatter for a language, made once for each set of options: making one costs far
 * more than using it, and a long list formats thousands of numbers.
 */
export function intl<K extends keyof IntlKinds>(
	kind: K,
	lang: Lang,
	options: IntlKinds[K][0] = {}
): IntlKinds[K][1] {
	const key = `${kind} ${lang} ${JSON.stringify(options)}`;
	let made = formatters.get(key) as IntlKinds[K][1] | undefined;
	if (!made) {
		const Make = Intl[kind] as unknown as new (
			locale: string,
			o: IntlKinds[K][0]
		) => IntlKinds[K][1];
		made = new Make(intlLocale(lang), options);
		formatters.set(key, made);
	}
	return made;
}

/** A piece of a message: its own words (`text`), or one of its `{name}` slots (`slot`). */
export type MessagePart = { text: string } | { slot: string };

/**
 * A message cut at its `{name}` slots, in order, for a UI that shows each value in an element of
 * its own (kept whole, isolated): `'{score} ({entry}, {date})'` is the slot `score`, the text
 * `' ('`, the slot `entry`, and so on. Empty texts are left out.
 */
export function messageParts(message: string): MessagePart[] {
	return message
		.split(/\{(\w+)\}/)
		.flatMap((piece, i): MessagePart[] =>
			i % 2 === 1 ? [{ slot: piece }] : piece ? [{ text: piece }] : []
		);
}

/**
 * Fills `{name}` slots in a message with values: text only, so every number is written by the
 * language's one formatter (`formatCount` and the like), never by `String`.
 */
export function fill(message: string, values: Record<string, string>): string {
	return message.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}
