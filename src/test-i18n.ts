// The app loads a language's words before speaking it (the root layout's `load`); tests speak
// both languages, so both are loaded before any test runs.
import { LANGS, loadLang } from '$lib/i18n';

await Promise.all(LANGS.map(loadLang));
