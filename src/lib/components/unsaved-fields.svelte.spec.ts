import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { catalogueState } from '$lib/state/catalogue.svelte';
import { unsavedEdits } from '$lib/state/unsaved.svelte';
import ModelNotes from './ModelNotes.svelte';
import OfferEdit from './OfferEdit.svelte';

let stop: () => void;
beforeAll(async () => {
	stop = catalogueState.start();
	// expect.poll belongs to a test; a hook waits with vi.waitFor.
	await vi.waitFor(() => expect(catalogueState.source).toBe('indexeddb'), {
		interval: 10,
		timeout: 4000
	});
});
afterAll(() => stop());

describe('a note being typed', () => {
	it('keeps its text while stored notes change, is unsaved until saved, and lets go when it leaves', async () => {
		const { unmount } = render(ModelNotes, { modelId: 'gpt-4o', name: 'GPT-4o' });
		const field = screen.getByLabelText<HTMLTextAreaElement>('Notes on GPT-4o');
		expect(unsavedEdits.any).toBe(false);
		await fireEvent.input(field, { target: { value: 'Typed, not saved' } });
		expect(unsavedEdits.any).toBe(true);

		// Stored notes change underneath: another model's, then this one's.
		await catalogueState.setNote('deepseek', 'Another tab');
		await expect.poll(() => catalogueState.notes.has('deepseek')).toBe(true);
		expect(field.value).toBe('Typed, not saved');
		await catalogueState.setNote('gpt-4o', 'Saved elsewhere');
		await expect.poll(() => catalogueState.notes.get('gpt-4o')).toBe('Saved elsewhere');
		expect(field.value).toBe('Typed, not saved');
		expect(unsavedEdits.any).toBe(true);

		await fireEvent.submit(field.form!);
		await screen.findByText('Saved.');
		expect(field.value).toBe('Typed, not saved');
		expect(catalogueState.notes.get('gpt-4o')).toBe('Typed, not saved');
		expect(unsavedEdits.any).toBe(false);

		// Not typing: the field follows what is stored.
		await catalogueState.setNote('gpt-4o', 'Changed elsewhere');
		await expect.poll(() => field.value).toBe('Changed elsewhere');

		await fireEvent.input(field, { target: { value: 'Typed again' } });
		expect(unsavedEdits.any).toBe(true);
		unmount();
		expect(unsavedEdits.any).toBe(false);
	});
});

describe('a price being edited', () => {
	it('is unsaved while it differs from the offer, and lets go on cancel', async () => {
		const offer = shippedCatalogue.offers.find((o) => o.id === 'chatgpt-plus')!;
		render(OfferEdit, { offer });
		await fireEvent.click(screen.getByRole('button', { name: 'Change the price: ChatGPT Plus' }));
		expect(unsavedEdits.any).toBe(false);
		const monthly = await screen.findByLabelText<HTMLInputElement>('US$ a month');
		await fireEvent.input(monthly, { target: { value: '23' } });
		await expect.poll(() => unsavedEdits.any).toBe(true);
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(unsavedEdits.any).toBe(false);
	});
});
