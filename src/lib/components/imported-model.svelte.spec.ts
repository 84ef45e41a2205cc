import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { readImport, shippedContext, type ImportPreview } from '$lib/domain/import';
import { locale } from '$lib/i18n/locale.svelte';
import ModelDetails from './ModelDetails.svelte';

/** A public list read into the shipped catalogue, as the model page then shows it. */
function imported(list: unknown) {
	const r = readImport(JSON.stringify(list), shippedContext('2026-12-03')) as ImportPreview;
	if (!r.ok) throw new Error('refused');
	return {
		...shippedCatalogue,
		vendors: [...shippedCatalogue.vendors, ...r.data.vendors],
		models: [...shippedCatalogue.models, ...r.data.models],
		offers: [...shippedCatalogue.offers, ...r.data.offers]
	};
}
const text = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '');

describe('an imported model’s page', () => {
	afterEach(() => locale.choose('en'));

	it('rates an imported API offer of GPT-4o as the shipped API offer, not as ChatGPT', () => {
		const catalogue = imported({
			data: [{ id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o', pricing: { prompt: '0.0000025' } }]
		});
		const model = catalogue.models.find((m) => m.id === 'gpt-4o')!;
		const { container } = render(ModelDetails, { model, catalogue });
		const rating = (id: string) => container.querySelector(`li[data-offer="${id}"] .rating`);
		expect(text(rating('or-openai-gpt-4o-api')?.textContent)).toContain(
			'Chatbot Arena 1265, 17 Feb 2025'
		);
		expect(rating('or-openai-gpt-4o-api')?.textContent).toBe(
			rating('openai-api-gpt-4o')?.textContent
		);
	});

	for (const c of [
		{ lang: 'en' as const, label: 'Status', says: 'Released · on a public list since' },
		{ lang: 'ar' as const, label: 'الحالة', says: 'في قائمة عامة منذ' }
	]) {
		it(`says a day OpenRouter added the model as such, never as its release (${c.lang})`, async () => {
			await locale.choose(c.lang);
			const catalogue = imported({
				data: [{ id: 'acme/omni-9', name: 'Acme: Omni 9', created: 1715299200 }]
			});
			const model = catalogue.models.find((m) => m.id === 'omni-9')!;
			render(ModelDetails, { model, catalogue });
			const status = text(screen.getByText(c.label).nextElementSibling?.textContent);
			expect(status).toContain(c.says);
			expect(status).toContain('2024');
		});
	}
});
