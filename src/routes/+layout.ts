import { browser } from '$app/environment';
import { LANGS, loadLang, loadPageWords } from '$lib/i18n';

// Every page is prerendered into static HTML; the browser takes over after it loads.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The words come first. Prerendering loads both languages (the home page's default answer is
 * rendered in each); the browser has loaded the one it speaks at start (hooks.client.ts), and
 * loads the other pages' words before one of them renders.
 */
export async function load({ url }: { url: URL }): Promise<void> {
	if (!browser) {
		await loadPageWords();
		await Promise.all(LANGS.map(loadLang));
	} else if (url.pathname !== '/') {
		// Any page but the chooser (and the not-found page, which is harmless) reads them.
		await loadPageWords();
	}
}
