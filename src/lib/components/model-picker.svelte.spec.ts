import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { handModel } from '$lib/domain/synthetic';
import { locale } from '$lib/i18n/locale.svelte';
import ModelPicker from './ModelPicker.svelte';

const props = { id: 'pick', name: 'pick', label: 'Compare with…', choose: 'Choose a model…' };
const optionsOf = (select: HTMLElement) =>
	within(select)
		.getAllByRole('option')
		.map((option) => (option as HTMLOptionElement).value);

/** 1,000 models, m-0 … m-999: more than a picker lists. */
const many = Array.from({ length: 1000 }, (_, i) =>
	handModel(`m-${i}`, { name: { en: `Model ${i}`, ar: `نموذج ${i}` } })
);

afterEach(() => locale.choose('en'));

describe('a model picker', () => {
	it('lists every model of a catalogue of a few, with no search', () => {
		render(ModelPicker, { ...props, models: shippedCatalogue.models });
		const select = screen.getByRole('combobox', { name: 'Compare with…' });
		expect(optionsOf(select)).toEqual(['', ...shippedCatalogue.models.map((x) => x.id)]);
		expect(screen.queryByRole('searchbox')).toBeNull();
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('of thousands, lists a page and finds the others by name as they are typed', async () => {
		render(ModelPicker, { ...props, models: many });
		const select = screen.getByRole('combobox', { name: 'Compare with…' });
		const status = screen.getByRole('status');
		// The list is said: the search box and the select both point at the line.
		expect(optionsOf(select)).toHaveLength(201);
		expect(status).toHaveTextContent(
			'Listed: the first 200 of 1,000. Type part of a name to find the others.'
		);
		const find = screen.getByRole('searchbox', { name: 'Find a model' });
		expect(find).toHaveAttribute('aria-describedby', status.id);
		expect(select).toHaveAttribute('aria-describedby', status.id);

		await fireEvent.input(find, { target: { value: 'model 99' } });
		// Model 99 and Model 990 … 999; the first is chosen, so the form's button takes it.
		await waitFor(() => expect(status).toHaveTextContent('Matching: 11.'));
		expect(optionsOf(select)).toEqual([
			'',
			'm-99',
			...Array.from({ length: 10 }, (_, i) => `m-99${i}`)
		]);
		expect((select as HTMLSelectElement).value).toBe('m-99');

		await fireEvent.input(find, { target: { value: 'model 1' } });
		// Model 1, 10 … 19, 100 … 199: all listed.
		await waitFor(() => expect(status).toHaveTextContent('Matching: 111.'));
		expect(optionsOf(select)).toHaveLength(112);
		await fireEvent.input(find, { target: { value: 'model' } });
		await waitFor(() =>
			expect(status).toHaveTextContent(
				'Matching: 1,000, the first 200 listed. Type more of the name to narrow them.'
			)
		);

		await fireEvent.input(find, { target: { value: 'claude' } });
		await waitFor(() =>
			expect(status).toHaveTextContent('No model’s name or id holds what you typed.')
		);
		expect(optionsOf(select)).toEqual(['']);
		expect((select as HTMLSelectElement).value).toBe('');
	});

	it('finds by the Arabic name, in Arabic digits too, and says so in Arabic', async () => {
		await locale.choose('ar');
		render(ModelPicker, { ...props, models: many });
		const find = screen.getByRole('searchbox', { name: 'ابحث عن نموذج' });
		await fireEvent.input(find, { target: { value: 'نموذج ٩٩٩' } });
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('المطابقة: 1.'));
		expect(optionsOf(screen.getByRole('combobox'))).toEqual(['', 'm-999']);
	});

	it('finds a Latin name spelled in Arabic letters, once the reading by sound loads', async () => {
		await locale.choose('ar');
		// An imported list keeps its Latin names in both languages.
		const deepseek = handModel('deepseek/deepseek-r1', {
			name: { en: 'DeepSeek: R1', ar: 'DeepSeek: R1' }
		});
		render(ModelPicker, { ...props, models: [...many, deepseek] });
		await fireEvent.input(screen.getByRole('searchbox', { name: 'ابحث عن نموذج' }), {
			target: { value: 'ديب سيك' }
		});
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('المطابقة: 1.'));
		const select = screen.getByRole('combobox') as HTMLSelectElement;
		expect(optionsOf(select)).toEqual(['', 'deepseek/deepseek-r1']);
		expect(select.value).toBe('deepseek/deepseek-r1');
	});

	it('finds a model by its maker’s name, as the catalogue’s search does', async () => {
		const widget = handModel('w-1', {
			vendor: 'widgetco',
			name: { en: 'Sprocket 9', ar: 'Sprocket 9' }
		});
		const makers = [{ id: 'widgetco', name: { en: 'Widget Co', ar: 'ويدجت كو' } }];
		render(ModelPicker, { ...props, models: [...many, widget], makers });
		const find = screen.getByRole('searchbox', { name: 'Find a model' });
		await fireEvent.input(find, { target: { value: 'widget co' } });
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Matching: 1.'));
		expect(optionsOf(screen.getByRole('combobox'))).toEqual(['', 'w-1']);
		await fireEvent.input(find, { target: { value: 'ويدجت' } });
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Matching: 1.'));
	});

	it('follows the catalogue as it loads or grows, with what is typed', async () => {
		const { rerender } = render(ModelPicker, { ...props, models: shippedCatalogue.models });
		const select = screen.getByRole('combobox', { name: 'Compare with…' });
		expect(optionsOf(select)).toHaveLength(shippedCatalogue.models.length + 1);
		// An import makes it thousands: a page, and a search box.
		await rerender({ models: many });
		await waitFor(() => expect(optionsOf(select)).toHaveLength(201));
		const find = screen.getByRole('searchbox', { name: 'Find a model' });
		await fireEvent.input(find, { target: { value: 'model 1000' } });
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('No model’s name or id holds')
		);
		// One more comes in: the search typed finds it.
		await rerender({
			models: [...many, handModel('m-1000', { name: { en: 'Model 1000', ar: 'نموذج 1000' } })]
		});
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Matching: 1.'));
		expect(optionsOf(select)).toEqual(['', 'm-1000']);
		expect((select as HTMLSelectElement).value).toBe('m-1000');
	});
});
