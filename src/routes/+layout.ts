import { browser } from '$app/environment';
import { LANGS, loadLang } from '$lib/i18n';

// Every page is prerendered into static HTML; the browser takes over after it loads.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The words come first. Prerendering loads both languages (the home page's default answer is
 * rendered in each); the browser has loaded the one it speaks at start (hooks.client.ts).
 */
export async function load(): Promise<void> {
	if (!browser) await Promise.all(LANGS.map(loadLang));
}
