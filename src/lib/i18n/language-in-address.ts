/**
 * The language in the address of a page that keeps nothing else there. Apart from
 * `locale.svelte.ts`, so that it travels with those pages, not with the chooser.
 */
import { keepInAddressBar } from '$lib/state/address-bar.svelte';
import { locale } from './locale.svelte';

/**
 * Keeps the language in the address bar of a page whose only state there is its language (a
 * model's page, About, Settings): `lang=` follows a switch, so a reload or a copied link opens in
 * the language chosen. Call during the page component's setup.
 */
export const keepLanguageInAddressBar = (): void =>
	keepInAddressBar(() => locale.href(location.search));
