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
	// jsdom measures nothing: the dock's height binding needs only an observer that never reports.
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
}
