import { browser } from '$app/environment';
import { LANGS, loadLang } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';

// Every page is prerendered into static HTML; the browser takes over after it loads.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The words come first. Prerendering loads both languages (the home page's default answer is
 * rendered in each); the browser loads only the language it speaks, before the page hydrates.
 */
export async function load(): Promise<void> {
	if (browser) await locale.init();
	else await Promise.all(LANGS.map(loadLang));
}
