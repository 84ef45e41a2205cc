/**
 * The chooser's parts on the public lists, loaded together after the page (one request, one
 * entry in the page's preload list): the line under the answer and a shared link's notice.
 */
export { default as ListsLine } from './ListsLine.svelte';
export { default as LinkListsNotice } from './LinkListsNotice.svelte';
/** Their words, in each language the app speaks: loaded before either shows. */
export { loadAllListsWords as loadListsWords } from '$lib/i18n/lists-texts';
