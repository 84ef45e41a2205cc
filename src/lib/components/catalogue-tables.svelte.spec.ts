import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import ModelTable from './ModelTable.svelte';
import OfferTable from './OfferTable.svelte';
import ReadOnlyBanner from './ReadOnlyBanner.svelte';

describe('ModelTable', () => {
	it('gives every model a row headed by its name, with vendor, status and openness', () => {
		render(ModelTable, { models: shippedCatalogue.models, vendors: shippedCatalogue.vendors });
		const table = screen.getByRole('table', { name: 'Models' });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(shippedCatalogue.models.length);
		const gpt5 = within(table).getByRole('rowheader', { name: 'GPT-5' }).closest('tr')!;
		expect(gpt5).toHaveTextContent('OpenAI');
		expect(gpt5).toHaveTextContent('Planned · late 2025');
		expect(gpt5).toHaveTextContent('Closed');
		const deepseek = within(table)
			.getByRole('rowheader', { name: 'DeepSeek (R1 / V3)' })
			.closest('tr')!;
		expect(deepseek).toHaveTextContent('Open weights');
		expect(deepseek).toHaveTextContent('Released · January 20, 2025');
	});
});

describe('OfferTable', () => {
	it('shows each offer’s models, place and price', () => {
		render(OfferTable, { offers: shippedCatalogue.offers, models: shippedCatalogue.models });
		const table = screen.getByRole('table', { name: 'Ways to use them' });
		expect(within(table).getAllByRole('row')).toHaveLength(shippedCatalogue.offers.length + 1);
		const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
		expect(row('ChatGPT Plus')).toHaveTextContent('GPT-4, GPT-4o, o3-mini');
		expect(row('ChatGPT Plus')).toHaveTextContent('US$20 a month');
		expect(row('ChatGPT Pro')).toHaveTextContent('US$200 a month');
		expect(row('GPT-4o via the OpenAI API')).toHaveTextContent(
			'US$2.50 in / US$10 out per million tokens'
		);
		expect(row('DeepSeek R1 distilled 7B on your GPU')).toHaveTextContent('GPU, 6–8 GB');
		expect(row('GPT-5 in ChatGPT')).toHaveTextContent('Price not announced');
		expect(row('OpenAI phone-side open model on your phone')).toHaveTextContent('Phone');
		expect(row('GPT-2 on your computer')).toHaveTextContent('Legacy');
	});

	it('renders hostile names as text, never as markup', () => {
		const hostile = {
			...shippedCatalogue.offers[0]!,
			id: 'x',
			name: { en: '<img src=x onerror=alert(1)>', ar: 'x' }
		};
		const { container } = render(OfferTable, {
			offers: [hostile],
			models: shippedCatalogue.models
		});
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByRole('rowheader')).toHaveTextContent('<img src=x onerror=alert(1)>');
	});
});

describe('ReadOnlyBanner', () => {
	it('says changes cannot be saved, with the browser’s reason', () => {
		render(ReadOnlyBanner, { problem: 'SecurityError: The operation is insecure.' });
		const banner = screen.getByRole('status');
		expect(banner).toHaveTextContent("changes can't be saved");
		expect(banner).toHaveTextContent('SecurityError');
	});
});
