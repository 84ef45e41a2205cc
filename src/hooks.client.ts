import type { HandleClientError } from '@sveltejs/kit';
import { locale } from '$lib/i18n/locale.svelte';

/**
 * Before the app loads its pages: pick the language (app.html's inline script already showed it)
 * and fetch its words, while the page's own code, preloaded by the HTML, arrives alongside. Then
 * SvelteKit starts, and first scrolls to the place it saved for this entry of the history: app.html
 * stops noting the person's own scrolling here, and puts it back once the app has started.
 */
export const init = async () => {
	await locale.init();
	if (window.__earlyScroll) window.__earlyScroll.open = false;
};

/**
 * A failure while showing a page. An address with no page (404) is the not-found page's to say,
 * in the person's language, not a fault to log; anything else is logged for whoever debugs it.
 * The message shown is the error page's own, never the error's text.
 */
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Error' };
};
