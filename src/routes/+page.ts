import { loadChooserWords } from '$lib/i18n';

/**
 * The chooser's own words load before it renders: its hydration, like its prerendered first
 * paint, speaks them, and a language switch loads them with the new language (`loadLang`).
 */
export const load = (): Promise<void> => loadChooserWords();
