import { loadWordsOf } from '$lib/i18n/own-words';

/** Settings' own words (install, storage, the app's version) load before the page renders. */
export async function load(): Promise<void> {
	await loadWordsOf('settings');
}
