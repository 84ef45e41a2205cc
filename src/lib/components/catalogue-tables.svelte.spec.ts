import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import {
	decodeCatalogueQuery,
	defaultCatalogueQuery,
	queryCatalogue
} from '$lib/domain/catalogue-query';
import type { Fee } from '$lib/domain/catalogue';
import { handModel, handOffer } from '$lib/domain/synthetic';
import { locale } from '$lib/i18n/locale.svelte';
import CatalogueFilters from './CatalogueFilters.svelte';
import ModelTable from './ModelTable.svelte';
import OfferTable from './OfferTable.svelte';
import ReadOnlyBanner from './ReadOnlyBanner.svelte';

const rows = (search = '') =>
	queryCatalogue(
		shippedCatalogue,
		decodeCatalogueQuery(
			search,
			shippedCatalogue.vendors.map((v) => v.id)
		).query,
		{ lang: 'en' }
	);

describe('ModelTable', () => {
	it('gives every model a row headed by its name, with vendor, status, date and price', () => {
		render(ModelTable, { rows: rows().models, vendors: shippedCatalogue.vendors });
		const table = screen.getByRole('table', { name: 'Models' });
		expect(within(table).getAllByRole('row').slice(1)).toHaveLength(12);
		const gpt5 = within(table).getByRole('rowheader', { name: 'GPT-5' }).closest('tr')!;
		expect(gpt5).toHaveTextContent('OpenAI');
		expect(gpt5).toHaveTextContent('Planned');
		expect(gpt5).toHaveTextContent('late 2025');
		expect(gpt5).toHaveTextContent('Price not announced');
		const deepseek = within(table)
			.getByRole('rowheader', { name: 'DeepSeek (R1 / V3)' })
			.closest('tr')!;
		expect(deepseek).toHaveTextContent('Open weights');
		expect(deepseek).toHaveTextContent('January 20, 2025');
		expect(deepseek).toHaveTextContent('Free');
		expect(within(deepseek).getByRole('link', { name: 'DeepSeek (R1 / V3)' })).toHaveAttribute(
			'href',
			'/models/deepseek'
		);
		expect(
			within(deepseek).getByRole('button', { name: 'Favourite: DeepSeek (R1 / V3)' })
		).toHaveAttribute('aria-pressed', 'false');
	});

	it('sorts with real buttons in headers that carry aria-sort', async () => {
		const onsort = vi.fn();
		render(ModelTable, {
			rows: rows('?sort=price').models,
			vendors: shippedCatalogue.vendors,
			sort: 'price',
			desc: false,
			onsort
		});
		const headers = screen.getAllByRole('columnheader');
		const price = headers.find((h) => h.textContent?.includes('From'))!;
		expect(price).toHaveAttribute('aria-sort', 'ascending');
		expect(headers.find((h) => h.textContent?.includes('Name'))).toHaveAttribute(
			'aria-sort',
			'none'
		);
		await fireEvent.click(within(price).getByRole('button'));
		expect(onsort).toHaveBeenLastCalledWith('price', true);
		await fireEvent.click(
			within(headers.find((h) => h.textContent?.includes('Date'))!).getByRole('button')
		);
		// Dates newest first on the first press.
		expect(onsort).toHaveBeenLastCalledWith('date', true);
	});
});

describe('OfferTable', () => {
	it('shows each offer’s models, place and price', () => {
		render(OfferTable, { rows: rows().offers });
		const table = screen.getByRole('table', { name: 'Ways to use them' });
		expect(within(table).getAllByRole('row')).toHaveLength(18);
		const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
		expect(row('ChatGPT Plus')).toHaveTextContent('GPT-4, GPT-4o, o3-mini');
		expect(row('ChatGPT Plus')).toHaveTextContent('US$20 a month');
		expect(row('GPT-4o via the OpenAI API')).toHaveTextContent(
			'US$2.50 in / US$10 out per million tokens'
		);
		expect(row('GPT-5 in ChatGPT')).toHaveTextContent('Price not announced');
		expect(row('GPT-2 on your device')).toHaveTextContent('Legacy');
	});

	it('dates each offer by its newest model as the models’ table does, never as a release', () => {
		const listed = handModel('listed', {
			dates: { released: { precision: 'day', value: '2024-05-10' }, releasedFrom: 'listing' }
		});
		const catalogue = {
			...shippedCatalogue,
			models: [...shippedCatalogue.models, listed],
			offers: [...shippedCatalogue.offers, handOffer('listed-api', 'api', ['listed'])]
		};
		render(OfferTable, {
			rows: queryCatalogue(catalogue, defaultCatalogueQuery(), { lang: 'en' }).offers
		});
		const column = screen
			.getAllByRole('columnheader')
			.findIndex((h) => h.textContent?.includes('Date'));
		const date = (offer: string) =>
			screen.getByRole('rowheader', { name: offer }).closest('tr')!.children[column]!.textContent;
		expect(date('GPT-5 in ChatGPT')).toBe('expected late 2025');
		expect(date('Offer listed-api')).toBe('on a public list since May 10, 2024');
		// ChatGPT Plus serves GPT-4, GPT-4o and o3-mini: the newest is o3-mini's release.
		expect(date('ChatGPT Plus')).toBe('January 31, 2025');
	});

	// Where it runs: the memory a self-hosted offer needs comes from its model's size (§9), shown
	// one decimal below 10 GB and whole from 10 GB; a graphics card's need stays unknown.
	const places: { offer: string; runs: string }[] = [
		{ offer: 'DeepSeek R1 distilled 7B on your device', runs: 'Your own device, about 5.4 GB' },
		{ offer: 'Mistral Small 3 on your device', runs: 'Your own device, about 16 GB' },
		{ offer: 'GPT-2 on your device', runs: 'Your own device, about 1.5 GB' },
		{
			offer: 'OpenAI open model (o3-mini class) on your GPU',
			runs: 'Graphics card, memory not known'
		},
		{ offer: 'OpenAI phone-side open model on your phone', runs: 'Phone' },
		{ offer: 'ChatGPT Plus', runs: 'Cloud' }
	];
	for (const c of places) {
		it(`says where ${c.offer} runs`, () => {
			render(OfferTable, { rows: rows().offers });
			const column = screen
				.getAllByRole('columnheader')
				.findIndex((h) => h.textContent === 'Where it runs');
			const row = screen.getByRole('rowheader', { name: c.offer }).closest('tr')!;
			expect(row.children[column]).toHaveTextContent(new RegExp(`^${c.runs}$`));
		});
	}

	it('shows a need the person typed over the estimate, and an unknown size plainly', () => {
		const typed = {
			...shippedCatalogue.offers.find((o) => o.id === 'deepseek-local')!,
			runsOn: { place: 'device' as const, needGb: 6 }
		};
		const sizeless = {
			...typed,
			id: 'sizeless',
			name: { en: 'Sizeless', ar: 'Sizeless' },
			models: ['gemini'],
			runsOn: { place: 'device' as const }
		};
		const offers = [typed, sizeless];
		render(OfferTable, {
			rows: queryCatalogue({ ...shippedCatalogue, offers }, defaultCatalogueQuery(), {
				lang: 'en'
			}).offers
		});
		const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
		expect(row('DeepSeek R1 distilled 7B on your device')).toHaveTextContent(
			'Your own device, about 6 GB'
		);
		expect(row('Sizeless')).toHaveTextContent(/Your own device(?!,)/);
	});

	describe('in Arabic', () => {
		afterEach(() => locale.choose('en'));
		it('says the device and its need in Arabic, with Latin digits', async () => {
			await locale.choose('ar');
			render(OfferTable, { rows: rows().offers });
			const row = screen
				.getByRole('rowheader', { name: 'DeepSeek R1 المقطَّر 7B على جهازك' })
				.closest('tr')!;
			// One unit in Arabic, the word, joined to its figure by a no-break space.
			expect(row.textContent).toContain('جهازك، بنحو 5.4\u00a0غيغابايت من الذاكرة');
		});

		it('keeps a name’s Latin words whole wherever it shows: model, maker, and an offer’s models', async () => {
			const mini = { en: 'Mini (o3-mini class)', ar: 'ميني (بمستوى o3-mini)' };
			const maker = { id: 'v', name: { en: 'Open-Lab', ar: 'مختبر Open-Lab' } };
			const catalogue = {
				vendors: [maker],
				models: [handModel('mini', { name: mini })],
				offers: [handOffer('mini-api', 'api', ['mini'])]
			};
			const found = queryCatalogue(catalogue, defaultCatalogueQuery(), { lang: 'ar' });
			await locale.choose('ar');
			render(ModelTable, { rows: found.models, vendors: [maker] });
			render(OfferTable, { rows: found.offers });
			const joined = [...document.querySelectorAll('bdi')]
				.map((bdi) => [bdi.textContent, bdi.dir])
				.filter(([text]) => text?.includes('-'));
			// The model's row (its name, its maker), then the offer's (its name, its models).
			expect(joined).toEqual([
				['ميني (بمستوى o3-\u2060mini)', 'rtl'],
				['مختبر Open-\u2060Lab', 'rtl'],
				['العرض mini-\u2060api', 'rtl'],
				['ميني (بمستوى o3-\u2060mini)', 'rtl']
			]);
		});
	});

	it('lists in the order it is given: cheapest first when sorted by price', () => {
		render(OfferTable, { rows: rows('?sort=price').offers, sort: 'price' });
		const names = screen.getAllByRole('rowheader').map((h) => h.textContent);
		expect(names.at(-1)).toBe('GPT-5 in ChatGPT');
		expect(names.at(-2)).toBe('ChatGPT Pro');
	});

	it('renders hostile names as text, never as markup', () => {
		const hostile = {
			...shippedCatalogue.offers[0]!,
			id: 'x',
			name: { en: '<img src=x onerror=alert(1)>', ar: 'x' }
		};
		const { container } = render(OfferTable, {
			rows: queryCatalogue({ ...shippedCatalogue, offers: [hostile] }, defaultCatalogueQuery(), {
				lang: 'en'
			}).offers
		});
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByRole('rowheader')).toHaveTextContent('<img src=x onerror=alert(1)>');
	});
});

describe('CatalogueFilters', () => {
	it('reports each filter as a patch of the query', async () => {
		const onchange = vi.fn();
		render(CatalogueFilters, {
			query: defaultCatalogueQuery(),
			vendors: shippedCatalogue.vendors,
			onchange,
			onclear: () => {}
		});
		await fireEvent.change(screen.getByLabelText('Openness'), {
			target: { value: 'open-weights' }
		});
		await fireEvent.change(screen.getByLabelText('Where it runs'), { target: { value: 'device' } });
		await fireEvent.change(screen.getByLabelText('Maker'), { target: { value: 'mistral' } });
		await fireEvent.input(screen.getByLabelText('Search'), { target: { value: ' deep ' } });
		await fireEvent.input(screen.getByLabelText('Highest monthly price (US$)'), {
			target: { value: '20' }
		});
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Only my favourites' }));
		await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
		expect(onchange.mock.calls.map(([p]) => p)).toEqual([
			{ openness: 'open-weights' },
			{ runs: 'device' },
			{ vendor: 'mistral' },
			{ q: 'deep' },
			{ maxPrice: 20 },
			{ fav: true },
			{ kind: undefined }
		]);
	});

	it('offers every place, the person’s own device among them, and the old ones', () => {
		render(CatalogueFilters, {
			query: defaultCatalogueQuery(),
			vendors: shippedCatalogue.vendors,
			onchange: () => {},
			onclear: () => {}
		});
		const places = within(screen.getByLabelText('Where it runs')).getAllByRole('option');
		expect(places.map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
			['', 'Any'],
			['cloud', 'Cloud'],
			['device', 'Your own device'],
			['computer', 'Computer (CPU)'],
			['gpu', 'Graphics card'],
			['phone', 'Phone']
		]);
	});
});

describe('CatalogueFilters: Runs on', () => {
	it('asks for the device, then its memory by its kind, and says cloud services are not counted', async () => {
		const onchange = vi.fn();
		const props = {
			query: defaultCatalogueQuery(),
			vendors: shippedCatalogue.vendors,
			onchange,
			onclear: () => {}
		};
		const { rerender } = render(CatalogueFilters, props);
		const runsOn = screen.getByRole('combobox', { name: 'Runs on' });
		expect(runsOn).toHaveAccessibleDescription(
			'On the device itself, by the memory a model needs; cloud services run anywhere, so they are left out.'
		);
		expect(
			within(runsOn)
				.getAllByRole('option')
				.map((o) => [o.getAttribute('value'), o.textContent])
		).toEqual([
			['', 'Any'],
			['phone', 'Phone'],
			['computer', 'Computer, no graphics card'],
			['gpu', 'Computer with a graphics card']
		]);
		// No device, no memory to give.
		expect(screen.queryByRole('textbox', { name: /memory/i })).toBeNull();
		await fireEvent.change(runsOn, { target: { value: 'gpu' } });
		expect(onchange).toHaveBeenLastCalledWith({ device: 'gpu' });

		await rerender({ ...props, query: { ...defaultCatalogueQuery(), device: 'gpu' } });
		const vram = screen.getByRole('textbox', { name: 'Graphics card memory (VRAM, GB)' });
		await fireEvent.input(vram, { target: { value: '24' } });
		expect(onchange).toHaveBeenLastCalledWith({ vramGb: 24 });
		// Not a figure the link can carry: said, and the 24 from the same typing is not left
		// applied: the filter is back to the memory from before the typing (none), and says so.
		onchange.mockClear();
		await fireEvent.input(vram, { target: { value: '300' } });
		expect(onchange.mock.calls).toEqual([[{ vramGb: undefined }]]);
		expect(vram).toHaveAttribute('aria-invalid', 'true');
		expect(vram).toHaveAccessibleDescription(/Enter a whole number of GB from 1 to 256\./);
		expect(vram).toHaveAccessibleDescription(/Until it is, this field is left out\./);

		await rerender({ ...props, query: { ...defaultCatalogueQuery(), device: 'phone', ramGb: 8 } });
		const ram = screen.getByRole('textbox', { name: 'Memory (RAM, GB)' });
		expect(ram).toHaveValue('8');
		expect(screen.queryByRole('textbox', { name: /VRAM/ })).toBeNull();
		await fireEvent.input(ram, { target: { value: '١٢' } });
		expect(onchange).toHaveBeenLastCalledWith({ ramGb: 12 });
		await fireEvent.input(ram, { target: { value: '' } });
		expect(onchange).toHaveBeenLastCalledWith({ ramGb: undefined });
	});

	it('in Arabic', async () => {
		await locale.choose('ar');
		render(CatalogueFilters, {
			query: { ...defaultCatalogueQuery(), device: 'computer' },
			vendors: shippedCatalogue.vendors,
			onchange: () => {},
			onclear: () => {}
		});
		const runsOn = screen.getByRole('combobox', { name: 'يعمل على' });
		const selected = within(runsOn).getByRole('option', { selected: true }).textContent;
		const ram = screen.queryByRole('textbox', { name: 'الذاكرة (RAM، غيغابايت)' });
		await locale.choose('en');
		expect(selected).toBe('حاسوب بلا بطاقة رسوميات');
		expect(ram).not.toBeNull();
	});
});

describe('the tables with what public lists bring', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const small = {
		vendors: [],
		models: [
			handModel('chat-model', { openness: 'unknown' }),
			handModel('embed-model', { task: 'embedding', openness: 'closed' })
		],
		offers: [
			handOffer('sonar', 'api', ['chat-model'], {
				price: { type: 'per-use', inputPerMTok: 2, outputPerMTok: 8, fees: [SEARCH] },
				preview: true,
				retires: { precision: 'month', value: '2999-06' }
			}),
			handOffer('embed-api', 'api', ['embed-model'], {
				price: { type: 'per-use', inputPerMTok: 0.02, outputPerMTok: 0 }
			}),
			handOffer('quiet', 'api', ['chat-model'], { price: { type: 'unknown' } })
		]
	};
	const smallRows = (search = '') =>
		queryCatalogue(small, decodeCatalogueQuery(search, []).query, { lang: 'en' });

	it('ModelTable: says what a model that does not chat does, and an unstated openness', () => {
		render(ModelTable, { rows: smallRows().models, vendors: [] });
		const row = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr')!;
		expect(screen.getByRole('rowheader', { name: /embed-model/ })).toHaveTextContent(
			'embed-model Embeddings'
		);
		// A chat model's row says nothing of what it does.
		expect(screen.getByRole('rowheader', { name: /chat-model/ })).toHaveTextContent(/^chat-model$/);
		expect(row(/chat-model/)).toHaveTextContent('Openness not stated');
		// Its cheapest price is partly known: a lower bound, with the fee.
		expect(row(/chat-model/)).toHaveTextContent('at least US$5 a month, plus US$0.005 a search');
		expect(row(/embed-model/)).toHaveTextContent('US$0.01 a month');
	});

	it('OfferTable: a partly known price with its fee, and preview and retirement labels', () => {
		render(OfferTable, { rows: smallRows().offers });
		const sonar = screen.getByRole('rowheader', { name: 'Offer sonar' }).closest('tr')!;
		expect(sonar).toHaveTextContent(
			'US$2 in / US$8 out per million tokens, plus US$0.005 a search — partly known'
		);
		expect(sonar).toHaveTextContent('Released · Preview · Retires June 2999');
		const embed = screen.getByRole('rowheader', { name: 'Offer embed-api' }).closest('tr')!;
		expect(embed).toHaveTextContent('US$0.02 in / US$0 out per million tokens');
		expect(embed).not.toHaveTextContent('Preview');
	});

	for (const search of ['?sort=price', '?sort=price-desc']) {
		it(`OfferTable ${search}: "Price not announced" last`, () => {
			render(OfferTable, { rows: smallRows(search).offers, sort: 'price' });
			expect(screen.getAllByRole('rowheader').at(-1)).toHaveTextContent('Offer quiet');
		});
	}

	it('in Arabic: the task, the fee and the labels', async () => {
		await locale.choose('ar');
		render(OfferTable, { rows: smallRows().offers });
		const sonar = screen.getByRole('rowheader', { name: 'العرض sonar' }).closest('tr')!;
		const text = sonar.textContent?.replace(/[\u2066-\u2069]/g, '');
		render(ModelTable, { rows: smallRows().models, vendors: [] });
		const embed = screen.getByRole('rowheader', { name: /embed-model/ }).textContent;
		await locale.choose('en');
		expect(text).toContain('إضافة إلى 0.005\u00a0دولار لكل بحث — معروف جزئيًا');
		expect(text).toContain('صادر · معاينة · يتوقف العمل به في يونيو 2999');
		expect(embed).toContain('التضمينات');
	});
});

describe('CatalogueFilters: what it does, and openness not stated', () => {
	it('offers "What it does" (chat and each task) and "Openness not stated", as patches', async () => {
		const onchange = vi.fn();
		render(CatalogueFilters, {
			query: defaultCatalogueQuery(),
			vendors: [],
			onchange,
			onclear: () => {}
		});
		const task = screen.getByRole('combobox', { name: 'What it does' });
		expect(
			within(task)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual([
			'Any',
			'Chat',
			'Embeddings',
			'Reranking',
			'Speech to text',
			'Text to speech',
			'Images',
			'Video',
			'Music',
			'Moderation'
		]);
		const open = screen.getByRole('combobox', { name: 'Openness' });
		expect(
			within(open)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Any', 'Open weights', 'Closed', 'Openness not stated']);
		await fireEvent.change(task, { target: { value: 'embedding' } });
		await fireEvent.change(open, { target: { value: 'unknown' } });
		await fireEvent.change(task, { target: { value: '' } });
		expect(onchange.mock.calls.map(([p]) => p)).toEqual([
			{ task: 'embedding' },
			{ openness: 'unknown' },
			{ task: undefined }
		]);
	});

	it('shows the task of a link', () => {
		render(CatalogueFilters, {
			query: { ...defaultCatalogueQuery(), task: 'speech-to-text' },
			vendors: [],
			onchange: () => {},
			onclear: () => {}
		});
		expect(screen.getByRole('combobox', { name: 'What it does' })).toHaveValue('speech-to-text');
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
