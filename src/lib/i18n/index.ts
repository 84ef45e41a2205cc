/** The UI's languages, their dictionaries and the words-with-values helper. */
import { ar } from './ar';
import { en, type Messages } from './en';

export type Lang = 'en' | 'ar';
export type { Messages };

export const LANGS: readonly Lang[] = ['en', 'ar'];

export const dictionaries: Record<Lang, Messages> = { en, ar };

/** The `Intl` locale of a language: Arabic keeps the article's Latin digits. */
export const intlLocale = (lang: Lang): string => (lang === 'ar' ? 'ar-u-nu-latn' : 'en');

/** Fills `{name}` slots in a message with values. */
export function fill(message: string, values: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (slot, key: string) =>
		key in values ? String(values[key]) : slot
	);
}
