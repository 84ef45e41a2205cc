// Component tests run in jsdom: give it the DOM matchers and an IndexedDB before Dexie loads.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';

// `findBy…` and `waitFor` wait for a condition as long as `expect.poll` does (vite.config.ts):
// on a busy machine a lazily loaded part can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });

// jsdom has no matchMedia; Svelte's reactive window views (svelte/reactivity/window) ask it when
// their module loads. A query that never matches and never changes, unless a test sets its own.
if (typeof window.matchMedia !== 'function') {
	window.matchMedia = (media: string) =>
		({
			media,
			matches: false,
			onchange: null,
			addEventListener: () => undefined,
			removeEventListener: () => undefined,
			addListener: () => undefined,
			removeListener: () => undefined,
			dispatchEvent: () => false
		}) satisfies MediaQueryList;
}
