/**
 * The words of Settings, Compare and About, each read by that one page alone: a chunk per page and
 * language (`en-settings.ts`, `ar-settings.ts`…), loaded by the page's `load`. Apart from
 * `index.ts`, so that the loaders (and their chunks' names) travel with those pages, not with the
 * chooser.
 */
import { merged, wantWords } from './index';

const onePage = {
	settings: merged({
		en: async () => (await import('./en-settings')).enSettings,
		ar: async () => (await import('./ar-settings')).arSettings
	}),
	compare: merged({
		en: async () => (await import('./en-compare')).enCompare,
		ar: async () => (await import('./ar-compare')).arCompare
	}),
	about: merged({
		en: async () => (await import('./en-about')).enAbout,
		ar: async () => (await import('./ar-about')).arAbout
	})
};

/** The pages whose own words are a chunk of their own: each loads them in its `load`. */
export type OwnWordsPage = keyof typeof onePage;
/** Every page with words of its own (the tests load them all). */
export const OWN_WORDS_PAGES = Object.keys(onePage) as OwnWordsPage[];

/**
 * Loads one page's own words (`settings`: `t.settings`; `compare`: `t.compare`; `about`:
 * `t.about`) into every language loaded so far and any loaded later (a language switch): that
 * page's `load` calls it before the page renders (the root layout's has loaded the language and
 * the words the pages share).
 */
export const loadWordsOf = (page: OwnWordsPage): Promise<void> => wantWords(onePage[page]);
