import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { catalogueState } from '$lib/state/catalogue.svelte';
import { StorageWriteError } from '$lib/storage/write-error';
import DataPanel from './DataPanel.svelte';
import FavouriteStar from './FavouriteStar.svelte';
import WriteAlert from './WriteAlert.svelte';

const full = () => new StorageWriteError('quota', 'The quota has been exceeded.');

afterEach(async () => {
	vi.restoreAllMocks();
	await locale.choose('en');
});

/** Storage refuses every star, as a full one does. */
const refuseStars = () =>
	vi.spyOn(catalogueState, 'toggleFavourite').mockImplementation(() => Promise.reject(full()));

describe('a star that cannot be saved', () => {
	it('says only the latest press’s outcome: a later star’s failure replaces the earlier alert', async () => {
		refuseStars();
		render(FavouriteStar, { kind: 'model', id: 'gpt-4o', name: 'GPT-4o' });
		render(FavouriteStar, { kind: 'model', id: 'gpt-4', name: 'GPT-4' });
		await fireEvent.click(screen.getByRole('button', { name: 'Favourite: GPT-4o' }));
		const first = await screen.findByRole('alert');
		expect(first).toHaveTextContent('Your star on GPT-4o was not saved.');

		await fireEvent.click(screen.getByRole('button', { name: 'Favourite: GPT-4' }));
		await screen.findByText(/Your star on GPT-4 was not saved\./);
		const alerts = screen.getAllByRole('alert');
		expect(alerts).toHaveLength(1);
		expect(alerts[0]).toHaveTextContent('Your star on GPT-4 was not saved.');
		expect(alerts[0]).not.toHaveTextContent('GPT-4o');
	});

	it('says it once when the same star, shown twice, fails twice', async () => {
		refuseStars();
		render(FavouriteStar, { kind: 'offer', id: 'chatgpt-plus', name: 'ChatGPT Plus' });
		render(FavouriteStar, { kind: 'offer', id: 'chatgpt-plus', name: 'ChatGPT Plus' });
		const [one, two] = screen.getAllByRole('button', { name: 'Favourite: ChatGPT Plus' });
		await fireEvent.click(one!);
		await screen.findByRole('alert');
		await fireEvent.click(two!);
		await vi.waitFor(() => expect(two!.nextElementSibling?.getAttribute('role')).toBe('alert'));
		expect(screen.getAllByRole('alert')).toHaveLength(1);
	});

	it('drops the earlier alert when a later star is saved', async () => {
		const toggle = refuseStars();
		render(FavouriteStar, { kind: 'model', id: 'gpt-4o', name: 'GPT-4o' });
		render(FavouriteStar, { kind: 'model', id: 'gpt-4', name: 'GPT-4' });
		await fireEvent.click(screen.getByRole('button', { name: 'Favourite: GPT-4o' }));
		await screen.findByRole('alert');
		toggle.mockImplementation(() => Promise.resolve());
		await fireEvent.click(screen.getByRole('button', { name: 'Favourite: GPT-4' }));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	const said = [
		{
			lang: 'en' as const,
			lead: 'Your star on GPT-4o was not saved.',
			reason: 'The storage this browser gives the app is full.',
			notSaved: /not saved/gi
		},
		{
			lang: 'ar' as const,
			lead: 'لم تُحفظ نجمتك على',
			reason: 'امتلأت المساحة التي يمنحها هذا المتصفح للتطبيق.',
			notSaved: /لم (?:تُ|يُ)حفظ/g
		}
	];
	for (const { lang, lead, reason, notSaved } of said) {
		it(`says "not saved" once, in its lead, not again in its reason (${lang})`, async () => {
			await locale.choose(lang);
			refuseStars();
			render(FavouriteStar, { kind: 'model', id: 'gpt-4o', name: 'GPT-4o' });
			await fireEvent.click(screen.getByRole('button'));
			const alert = await screen.findByRole('alert');
			expect(alert).toHaveTextContent(lead);
			expect(alert).toHaveTextContent(reason);
			expect(alert.textContent!.match(notSaved)).toHaveLength(1);
		});
	}
});

describe('an alert with no lead', () => {
	it('leads with "Not saved." (a note, a price, an added model)', () => {
		render(WriteAlert, { failure: { code: 'quota', detail: '' }, kept: true });
		expect(screen.getByRole('alert')).toHaveTextContent(
			/^Not saved\. The storage this browser gives the app is full\..*What you typed is still here\.$/
		);
	});
});

describe('a reset that storage refuses', () => {
	const said = [
		{
			lang: 'en' as const,
			reset: 'Reset…',
			confirm: 'Reset',
			lead: 'Your data was not reset: nothing was changed.',
			reason: 'The storage this browser gives the app is full.',
			notSaved: /not saved/i
		},
		{
			lang: 'ar' as const,
			reset: 'إعادة الضبط…',
			confirm: 'أعد الضبط',
			lead: 'لم يُعَد ضبط بياناتك: لم يتغيّر شيء.',
			reason: 'امتلأت المساحة التي يمنحها هذا المتصفح للتطبيق.',
			notSaved: /لم يُحفظ/
		}
	];
	for (const { lang, reset, confirm, lead, reason, notSaved } of said) {
		it(`says the data was not reset, not that something was not saved (${lang})`, async () => {
			await locale.choose(lang);
			vi.spyOn(catalogueState, 'resetOwn').mockRejectedValue(full());
			render(DataPanel);
			await fireEvent.click(screen.getByRole('button', { name: reset }));
			await fireEvent.click(screen.getByRole('button', { name: confirm }));
			const alert = await screen.findByRole('alert');
			expect(alert).toHaveTextContent(lead);
			expect(alert).toHaveTextContent(reason);
			expect(alert).not.toHaveTextContent(notSaved);
			// Pressed again and refused again: one alert, the latest.
			await fireEvent.click(screen.getByRole('button', { name: confirm }));
			await screen.findByRole('alert');
			expect(screen.getAllByRole('alert')).toHaveLength(1);
		});
	}
});
