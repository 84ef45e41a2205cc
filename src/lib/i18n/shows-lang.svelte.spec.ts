import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale, showsLang } from './locale.svelte';

/** The attributes of `<html>` written (even unchanged) since the last call. */
function watchRoot(): { written: () => Promise<string[]>; stop: () => void } {
	const records: string[] = [];
	const watch = new MutationObserver((list) =>
		records.push(...list.map((record) => record.attributeName ?? ''))
	);
	watch.observe(document.documentElement, { attributes: true });
	return {
		written: async () => {
			// Mutation records are delivered in a microtask.
			await Promise.resolve();
			return records.splice(0);
		},
		stop: () => watch.disconnect()
	};
}

afterEach(async () => {
	await locale.choose('en');
});

describe('showsLang', () => {
	it('writes <html lang dir> when the language changes, and not at all when they already match', async () => {
		const root = document.documentElement;
		await locale.choose('en');
		root.lang = 'en';
		root.dir = 'ltr';
		const watch = watchRoot();
		const stop = $effect.root(() => showsLang());
		flushSync();
		// The app's start finds them as app.html's script set them: writing them again would make
		// the browser restyle the whole page.
		expect(await watch.written()).toEqual([]);

		await locale.choose('ar');
		flushSync();
		expect(await watch.written()).toEqual(['lang', 'dir']);
		expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);

		await locale.choose('en');
		flushSync();
		expect(await watch.written()).toEqual(['lang', 'dir']);
		expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
		stop();
		watch.stop();
	});
});
