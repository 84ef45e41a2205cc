// The app loads a language's words before speaking it (the root layout's `load`); tests speak
// both languages, so both are loaded before any test runs.
import { LANGS, loadLang, loadPageWords } from '$lib/i18n';
import { loadWordsOf, OWN_WORDS_PAGES } from '$lib/i18n/own-words';
import { loadListsResultsWords, loadListsWords } from '$lib/i18n/lists-texts';

await loadPageWords();
await Promise.all(OWN_WORDS_PAGES.map(loadWordsOf));
await Promise.all(LANGS.map(loadLang));
await loadListsWords();
await loadListsResultsWords();
