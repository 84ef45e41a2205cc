/**
 * The dock's notices: what the offline line claims, the prompt when another tab runs a newer
 * version, and "Reload" asking in place before it discards an unsaved edit, in both languages.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dictionaries, type Lang } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';
import { swStatus } from '$lib/pwa/sw-status.svelte';
import { unsavedEdits } from '$lib/state/unsaved.svelte';
import AppNotices from './AppNotices.svelte';

/** The router's hooks, as the dock registers them: a test plays the navigations. */
const router = vi.hoisted(() => ({
	before: [] as ((navigation: unknown) => void)[],
	after: [] as ((navigation: unknown) => void)[],
	goto: vi.fn(async (url: string) => void url)
}));
vi.mock('$app/navigation', () => ({
	beforeNavigate: (callback: (navigation: unknown) => void) => router.before.push(callback),
	afterNavigate: (callback: (navigation: unknown) => void) => router.after.push(callback),
	goto: router.goto
}));

/**
 * A navigation from `/models/gpt-4o` to `to` as SvelteKit hands it to `beforeNavigate`: `type`
 * (`link`, `popstate`…), whether it unloads the page; `cancelled()` says whether it was held.
 */
function navigate(
	to: string,
	{
		type = 'link',
		willUnload = false,
		delta
	}: { type?: string; willUnload?: boolean; delta?: number } = {}
) {
	const cancel = vi.fn();
	const from = new URL('http://localhost/models/gpt-4o');
	const navigation = {
		type,
		willUnload,
		delta,
		from: { url: from },
		to: { url: new URL(to, from) },
		cancel
	};
	for (const callback of router.before) callback(navigation);
	return { cancelled: () => cancel.mock.calls.length > 0 };
}

/** Waits for the guard the dock loads with the first unsaved edit to hear navigations. */
const guarding = () => vi.waitFor(() => expect(router.before.length).toBeGreaterThan(0));

/** Sets what the service worker's state reports, as the running app would have it. */
function status(
	state: Partial<Record<'online' | 'savedOffline' | 'updateWaiting' | 'newerElsewhere', boolean>>
) {
	const base = {
		online: true,
		savedOffline: true,
		updateWaiting: false,
		newerElsewhere: false
	};
	for (const [name, value] of Object.entries({ ...base, ...state })) {
		vi.spyOn(swStatus, name as keyof typeof base, 'get').mockReturnValue(value);
	}
	return {
		reloadIntoUpdate: vi.spyOn(swStatus, 'reloadIntoUpdate').mockImplementation(() => {})
	};
}

beforeAll(() => {
	// jsdom measures nothing: the dock's size observer needs only one that never reports.
	vi.stubGlobal(
		'ResizeObserver',
		class {
			observe() {}
			unobserve() {}
			disconnect() {}
		}
	);
});

afterEach(async () => {
	vi.restoreAllMocks();
	router.before.length = 0;
	router.after.length = 0;
	router.goto.mockClear();
	unsavedEdits.set('note:x', false);
	await locale.choose('en');
});

for (const lang of ['en', 'ar'] as Lang[]) {
	const m = dictionaries[lang].pwa;

	describe(`the dock in ${lang}`, () => {
		it('offline, claims offline use only once the worker holds everything', async () => {
			await locale.choose(lang);
			status({ online: false, savedOffline: false });
			const { unmount } = render(AppNotices, { app: swStatus });
			expect(screen.getByText(m.offlineNotSaved)).toBeInTheDocument();
			expect(screen.queryByText(m.offline)).toBeNull();
			unmount();
			vi.restoreAllMocks();

			status({ online: false, savedOffline: true });
			render(AppNotices, { app: swStatus });
			expect(screen.getByText(m.offline)).toBeInTheDocument();
			expect(screen.queryByText(m.offlineNotSaved)).toBeNull();
		});

		it('with nothing unsaved, "Reload" reloads into the update at once', async () => {
			await locale.choose(lang);
			const spies = status({ updateWaiting: true });
			render(AppNotices, { app: swStatus });
			expect(screen.getByText(m.updateAvailable)).toBeInTheDocument();
			await fireEvent.click(screen.getByRole('button', { name: m.reload }));
			expect(spies.reloadIntoUpdate).toHaveBeenCalledOnce();
			expect(screen.queryByText(dictionaries[lang].pwaPages.unsavedAsk)).toBeNull();
		});

		it('with an unsaved edit, "Reload" asks first; "Keep editing" keeps the page', async () => {
			await locale.choose(lang);
			const spies = status({ updateWaiting: true });
			unsavedEdits.set('note:x', true);
			render(AppNotices, { app: swStatus });
			const reload = screen.getByRole('button', { name: m.reload });
			await fireEvent.click(reload);
			expect(spies.reloadIntoUpdate).not.toHaveBeenCalled();
			expect(screen.getByText(dictionaries[lang].pwaPages.unsavedAsk)).toBeInTheDocument();
			expect(screen.queryByRole('button', { name: m.dismiss })).toBeNull();
			const keep = screen.getByRole('button', { name: dictionaries[lang].pwaPages.keepEditing });
			await tick();
			expect(keep).toHaveFocus();

			await fireEvent.click(keep);
			await tick();
			expect(screen.queryByText(dictionaries[lang].pwaPages.unsavedAsk)).toBeNull();
			expect(screen.getByText(m.updateAvailable)).toBeInTheDocument();
			expect(screen.getByRole('button', { name: m.reload })).toHaveFocus();
			expect(spies.reloadIntoUpdate).not.toHaveBeenCalled();

			// "Reload" in the question: the person chose to lose the edit.
			await fireEvent.click(screen.getByRole('button', { name: m.reload }));
			await fireEvent.click(screen.getByRole('button', { name: m.reload }));
			expect(spies.reloadIntoUpdate).toHaveBeenCalledOnce();
		});

		it('when another tab runs a newer version, says so, and its "Reload" asks about an unsaved edit too', async () => {
			await locale.choose(lang);
			const spies = status({ updateWaiting: false, newerElsewhere: true });
			unsavedEdits.set('note:x', true);
			render(AppNotices, { app: swStatus });
			expect(screen.getByText(m.outdated)).toBeInTheDocument();
			expect(screen.queryByText(m.updateAvailable)).toBeNull();
			await fireEvent.click(screen.getByRole('button', { name: m.reload }));
			expect(screen.getByText(dictionaries[lang].pwaPages.unsavedAsk)).toBeInTheDocument();
			expect(spies.reloadIntoUpdate).not.toHaveBeenCalled();
			await fireEvent.click(screen.getByRole('button', { name: m.reload }));
			expect(spies.reloadIntoUpdate).toHaveBeenCalledOnce();
		});
	});

	describe(`leaving a page with an unsaved edit, in ${lang}`, () => {
		const words = dictionaries[lang];

		it('holds a link (the header’s) and asks in the dock; "Keep editing" keeps the edit and the focus', async () => {
			await locale.choose(lang);
			status({});
			unsavedEdits.set('note:x', true);
			render(AppNotices, { app: swStatus });
			await guarding();
			const link = Object.assign(document.createElement('a'), { href: '/compare' });
			document.body.append(link);
			link.focus();

			const held = navigate('/compare?lang=ar');
			expect(held.cancelled()).toBe(true);
			const keep = await screen.findByRole('button', { name: words.pwaPages.keepEditing });
			expect(screen.getByText(words.unsavedLeave.ask)).toBeInTheDocument();
			await tick();
			expect(keep).toHaveFocus();

			await fireEvent.click(keep);
			await tick();
			expect(screen.queryByText(words.unsavedLeave.ask)).toBeNull();
			expect(link).toHaveFocus();
			expect(unsavedEdits.any).toBe(true);
			expect(router.goto).not.toHaveBeenCalled();
			link.remove();
		});

		it('"Leave" goes on with the link held back, or with Back', async () => {
			await locale.choose(lang);
			status({});
			unsavedEdits.set('note:x', true);
			render(AppNotices, { app: swStatus });
			await guarding();
			expect(navigate('/about?lang=ar').cancelled()).toBe(true);
			// Going on is the router's navigation again, and is not asked again.
			let goneOn: ReturnType<typeof navigate> | undefined;
			router.goto.mockImplementationOnce(async (url: string) => void (goneOn = navigate(url)));
			await fireEvent.click(await screen.findByRole('button', { name: words.unsavedLeave.leave }));
			expect(router.goto).toHaveBeenCalledExactlyOnceWith('/about?lang=ar');
			expect(goneOn?.cancelled()).toBe(false);
			expect(screen.queryByText(words.unsavedLeave.ask)).toBeNull();
			for (const callback of router.after) callback({ type: 'link' });

			const go = vi.spyOn(history, 'go').mockImplementation(() => {});
			expect(navigate('/models', { type: 'popstate', delta: -1 }).cancelled()).toBe(true);
			await fireEvent.click(await screen.findByRole('button', { name: words.unsavedLeave.leave }));
			expect(go).toHaveBeenCalledExactlyOnceWith(-1);
		});

		it('lets a navigation go at once with nothing unsaved, or within the page', async () => {
			await locale.choose(lang);
			status({});
			render(AppNotices, { app: swStatus });
			expect(navigate('/compare').cancelled()).toBe(false);
			unsavedEdits.set('note:x', true);
			await guarding();
			expect(navigate('/models/gpt-4o#main').cancelled()).toBe(false);
			await tick();
			expect(screen.queryByText(words.unsavedLeave.ask)).toBeNull();
		});

		it('leaves closing the tab to the browser’s own question, asked only while an edit is unsaved', async () => {
			await locale.choose(lang);
			status({});
			render(AppNotices, { app: swStatus });
			const closing = () => {
				const event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;
			};
			expect(closing()).toBe(false);
			unsavedEdits.set('note:x', true);
			await guarding();
			await tick();
			expect(
				navigate('https://example.com/', { type: 'leave', willUnload: true }).cancelled()
			).toBe(false);
			expect(closing()).toBe(true);
			unsavedEdits.set('note:x', false);
			await tick();
			expect(closing()).toBe(false);
		});
	});
}
