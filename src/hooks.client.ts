import { locale } from '$lib/i18n/locale.svelte';

/**
 * Before the app loads its pages: pick the language (app.html's inline script already showed
 * it) and fetch its words, while the page's own code, preloaded by the HTML, arrives alongside.
 */
export const init = () => locale.init();
