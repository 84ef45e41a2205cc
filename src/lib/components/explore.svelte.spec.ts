import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { compareModels } from '$lib/domain/compare';
import { modelDateText } from '$lib/i18n/model-date';
import type { Fee } from '$lib/domain/catalogue';
import { handModel, handOffer } from '$lib/domain/synthetic';
import { locale } from '$lib/i18n/locale.svelte';
import { catalogueState } from '$lib/state/catalogue.svelte';
import AddModelForm from './AddModelForm.svelte';
import BarChart from './charts/BarChart.svelte';
import Timeline from './charts/Timeline.svelte';
import CompareTable from './CompareTable.svelte';
import ModelDetails from './ModelDetails.svelte';
import OfferEdit from './OfferEdit.svelte';
import PriceFields from './PriceFields.svelte';

const modelOf = (id: string) => shippedCatalogue.models.find((x) => x.id === id)!;
const offerOf = (id: string) => shippedCatalogue.offers.find((x) => x.id === id)!;
const rowOf = (table: HTMLElement, name: string) =>
	within(table)
		.getByRole('rowheader', { name: new RegExp(`^${name}`) })
		.closest('tr')!;

describe('CompareTable', () => {
	it('puts models side by side and marks the rows that differ', async () => {
		const onremove = vi.fn();
		const { columns, differs } = compareModels(shippedCatalogue, ['gpt-4', 'deepseek', 'gemini']);
		render(CompareTable, { columns, differs, vendors: shippedCatalogue.vendors, onremove });
		const table = screen.getByRole('table', { name: 'Compare models' });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent?.replace('✕', '').trim())
		).toEqual(['GPT-4', 'DeepSeek (R1 / V3)', 'Gemini']);
		const row = (name: string) =>
			within(table)
				.getByRole('rowheader', { name: new RegExp(`^${name}`) })
				.closest('tr')!;
		expect(row('Openness')).toHaveTextContent('ClosedOpen weightsClosed');
		expect(row('Openness')).toHaveTextContent('Differs');
		expect(row('Status')).not.toHaveTextContent('Differs');
		expect(row('Cheapest a month')).toHaveTextContent('Free');
		expect(row('Parameters')).toHaveTextContent('Not known671B (37B active)Not known');
		expect(row('Chatbot Arena score')).toHaveTextContent(
			'1186 (GPT-4-0314, 17 Feb 2025)1361 (DeepSeek-R1, 17 Feb 2025)1356 (Gemini-2.0-Flash-001, 17 Feb 2025)'
		);
		// DeepSeek (R1 / V3) has no offer on your own device: its need is its own 671B's, not the
		// 7B distilled model's; the closed models have no way there.
		expect(row('Memory to run it on your own device')).toHaveTextContent(
			'No way to run it on your own deviceabout 432 GBNo way to run it on your own device'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Gemini' }));
		expect(onremove).toHaveBeenCalledWith('gemini');
	});

	it('says which of its ways to use it are no longer out', () => {
		const api = shippedCatalogue.offers.find(
			(o) => o.kind === 'api' && o.models.includes('gpt-4o')
		)!;
		const gone = {
			...api,
			id: 'or-openai-gpt-4o-api',
			name: { en: 'GPT-4o via OpenRouter', ar: 'GPT-4o عبر OpenRouter' },
			status: 'legacy' as const
		};
		const catalogue = { ...shippedCatalogue, offers: [...shippedCatalogue.offers, gone] };
		const { columns, differs } = compareModels(catalogue, ['gpt-4o', 'gpt-4']);
		render(CompareTable, {
			columns,
			differs,
			vendors: shippedCatalogue.vendors,
			onremove: vi.fn()
		});
		const ways = screen.getByRole('rowheader', { name: /^Ways to use it/ }).closest('tr')!;
		const text = (ways.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
		expect(text).toContain('GPT-4o via OpenRouter (Legacy)');
		expect(text).not.toContain(`${api.name.en} (`);
	});

	/** The Date row's cells of Compare with these models. */
	const compareDates = (catalogue: typeof shippedCatalogue, ids: string[]) => {
		const { columns, differs } = compareModels(catalogue, ids);
		render(CompareTable, { columns, differs, vendors: catalogue.vendors, onremove: () => {} });
		return within(rowOf(screen.getByRole('table'), 'Date'))
			.getAllByRole('cell')
			.map((cell) => cell.textContent?.trim());
	};

	it('dates a planned model by its announcement or expected date, never as a release', () => {
		expect(compareDates(shippedCatalogue, ['gpt-4o', 'phone-side-open', 'gpt-5'])).toEqual([
			'May 14, 2024',
			'announced February 18, 2025',
			'expected late 2025'
		]);
	});

	it('says the day a public list added a model as that, never as its release', async () => {
		const listed = handModel('listed-only', {
			dates: { released: { precision: 'day', value: '2024-05-10' }, releasedFrom: 'listing' }
		});
		const catalogue = { ...shippedCatalogue, models: [...shippedCatalogue.models, listed] };
		expect(compareDates(catalogue, ['gpt-4o', 'listed-only'])).toEqual([
			'May 14, 2024',
			'on a public list since May 10, 2024'
		]);
		await locale.choose('ar');
		const ar = modelDateText(listed.dates, 'ar');
		await locale.choose('en');
		expect(ar).toBe('في قائمة عامة منذ 10 مايو 2024');
	});

	it('says the same in Arabic on the catalogue’s rows', async () => {
		await locale.choose('ar');
		const dates = ['phone-side-open', 'gpt-5'].map((id) => modelDateText(modelOf(id).dates, 'ar'));
		await locale.choose('en');
		expect(dates).toEqual(['أُعلن 18 فبراير 2025', 'متوقع أواخر عام 2025']);
	});

	const needs = [
		{
			lang: 'en' as const,
			row: 'Memory to run it on your own device',
			text: 'about 432\u00a0GBabout 16\u00a0GBNot knownNo way to run it on your own device'
		},
		{
			lang: 'ar' as const,
			row: 'الذاكرة اللازمة لتشغيله على جهازك',
			text: 'نحو 432\u00a0غيغابايتنحو 16\u00a0غيغابايتغير معروفلا طريقة لتشغيله على جهازك'
		}
	];
	for (const c of needs) {
		it(`gives the memory a model needs on your own device from its size (${c.lang})`, async () => {
			await locale.choose(c.lang);
			const { columns, differs } = compareModels(shippedCatalogue, [
				'deepseek',
				'mistral-small',
				'phone-side-open',
				'gpt-4o'
			]);
			render(CompareTable, {
				columns,
				differs,
				vendors: shippedCatalogue.vendors,
				onremove: () => {}
			});
			const table = screen.getByRole('table');
			const text = rowOf(table, c.row).textContent;
			await locale.choose('en');
			expect(text).toContain(c.text);
		});
	}
});

describe('model page', () => {
	const page = (id: string) =>
		render(ModelDetails, { model: modelOf(id), catalogue: shippedCatalogue });

	it('gives the size and every Arena entry, with its date and source, as public record', () => {
		page('gpt-4o');
		expect(screen.getByText('Parameters').nextElementSibling).toHaveTextContent('Not known');
		const board = screen.getByRole('region', { name: 'Chatbot Arena (public record)' });
		expect(board).toHaveTextContent('Public record, not the article’s words');
		const entries = within(board).getAllByRole('listitem');
		expect(entries.map((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'ChatGPT-4o-latest (2025-01-29): 1377 (Chatbot Arena (LMSYS), text, 17 February 2025)',
			'GPT-4o-2024-05-13: 1285 (Chatbot Arena (LMSYS), text, 17 February 2025)',
			'GPT-4o-2024-08-06: 1265 (Chatbot Arena (LMSYS), text, 17 February 2025)'
		]);
		const source = within(entries[0]!).getByRole('link', {
			name: 'Chatbot Arena (LMSYS), text, 17 February 2025'
		});
		expect(source).toHaveAttribute(
			'href',
			'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard'
		);
		expect(source.getAttribute('rel')).toContain('noopener');
	});

	it('gives a mixture of experts its active parameters', () => {
		page('deepseek');
		expect(screen.getByText('Parameters').nextElementSibling).toHaveTextContent(
			'671B (37B active)'
		);
	});

	it('says when a model is not on the board', () => {
		page('deepseek-r1-distill-qwen-7b');
		const board = screen.getByRole('region', { name: 'Chatbot Arena (public record)' });
		expect(board).toHaveTextContent('Not on the Chatbot Arena board.');
		expect(within(board).queryByRole('list')).toBeNull();
		expect(screen.getByText('Parameters').nextElementSibling).toHaveTextContent('7.62B');
	});

	it('shows each offer’s rating with its note, where it runs, and a link to get it', () => {
		page('gpt-4o');
		const plus = screen
			.getAllByRole('listitem')
			.find((li) => li.getAttribute('data-offer') === 'chatgpt-plus')!;
		expect(plus).toHaveTextContent('Chatbot Arena 1377, 17 Feb 2025');
		expect(plus).toHaveTextContent("an inference from OpenAI's docs");
		const get = within(plus).getByRole('link', { name: /^Get it: ChatGPT Plus/ });
		expect(get).toHaveAttribute('href', 'https://chatgpt.com');
		expect(get).toHaveAttribute('rel', 'external noopener noreferrer');
		expect(get).toHaveAttribute('target', '_blank');
		expect(get).toHaveTextContent('Get it');
	});

	it('links a planned offer to its official page, not to "Get it", which cannot be had yet', () => {
		page('gpt-5');
		const planned = screen
			.getAllByRole('listitem')
			.find((li) => li.getAttribute('data-offer') === 'gpt-5-chatgpt')!;
		const link = within(planned).getByRole('link', {
			name: 'Official page: GPT-5 in ChatGPT, not out yet (opens in a new tab)'
		});
		expect(link).toHaveTextContent('Official page ↗');
		expect(link).toHaveAttribute('href', 'https://chatgpt.com');
		expect(within(planned).queryByText(/Get it/)).toBeNull();
	});

	it('gives a self-hosted offer its memory need, and no link where there is no page', () => {
		page('deepseek-r1-distill-qwen-7b');
		const local = screen
			.getAllByRole('listitem')
			.find((li) => li.getAttribute('data-offer') === 'deepseek-local')!;
		expect(local).toHaveTextContent('Your own device, about 5.4 GB');
		expect(local).not.toHaveTextContent('Chatbot Arena');
		expect(within(local).getByRole('link', { name: /^Get it/ })).toHaveAttribute(
			'href',
			'https://huggingface.co/lmstudio-community/DeepSeek-R1-Distill-Qwen-7B-GGUF'
		);
		render(OfferEdit, { offer: offerOf('o3-mini-class-open-local') });
		const gpu = screen
			.getAllByRole('listitem')
			.find((li) => li.getAttribute('data-offer') === 'o3-mini-class-open-local')!;
		expect(gpu).toHaveTextContent('Graphics card, memory not known');
		expect(within(gpu).queryByRole('link')).toBeNull();
	});

	it('shows the rating and where it runs in Arabic', async () => {
		await locale.choose('ar');
		render(OfferEdit, {
			offer: offerOf('mistral-small-local'),
			models: [modelOf('mistral-small')]
		});
		const text = screen.getByRole('listitem').textContent?.replace(/[\u2066-\u2069]/g, '');
		await locale.choose('en');
		expect(text).toContain('درجة Chatbot Arena: 1217، 17 فبراير 2025');
		expect(text).toContain('جهازك، بنحو 16\u00a0غيغابايت من الذاكرة');
	});
});

describe('model page: the memory it needs and the common devices that fit it', () => {
	const page = (id: string) =>
		render(ModelDetails, { model: modelOf(id), catalogue: shippedCatalogue });
	const plain = (text: string | null | undefined) =>
		(text ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ');
	/** The table's rows as "device | 4-bit | 8-bit", as a person reads them. */
	const readTable = (table: HTMLElement) =>
		within(table)
			.getAllByRole('row')
			.slice(1)
			.map((row) =>
				[
					within(row).getByRole('rowheader').textContent,
					...within(row)
						.getAllByRole('cell')
						.map((c) => c.textContent?.replace(/^[✓≈✗]\s*/, ''))
				]
					.map(plain)
					.join(' | ')
			);

	it('gives the need at 4 and 8 bits and a table of common devices, judged by the chooser’s rule', () => {
		page('deepseek-r1-distill-qwen-7b');
		const section = screen.getByRole('region', { name: 'Memory it needs' });
		expect(plain(section.textContent)).toContain(
			'About 5.4 GB as a 4-bit file, or 9 GB as an 8-bit file (a little better).'
		);
		const table = within(section).getByRole('table', { name: 'Which common devices can run it' });
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => plain(h.textContent))
		).toEqual(['Device', '4-bit, 5.4 GB', '8-bit, 9 GB']);
		expect(readTable(table)).toEqual([
			'Graphics card 8 GB | Fits | Does not fit',
			'Graphics card 12 GB | Fits | Fits',
			'Graphics card 16 GB | Fits | Fits',
			'Graphics card 24 GB | Fits | Fits',
			'Graphics card 48 GB | Fits | Fits',
			'Computer (CPU) 8 GB | Does not fit | Does not fit',
			'Computer (CPU) 16 GB | Fits | Just fits',
			'Computer (CPU) 32 GB | Fits | Fits',
			'Phone 8 GB | Does not fit | Does not fit',
			'Phone 12 GB | Just fits | Does not fit'
		]);
		// A figure and its unit never part at a line's end.
		for (const header of within(table).getAllByRole('rowheader')) {
			expect(header.textContent).toMatch(/\d\u00a0GB/);
		}
		expect(section).toHaveTextContent('a computer two thirds, a phone half');
	});

	it('says "not published" of a shipped open model of unknown size', () => {
		page('phone-side-open');
		const section = screen.getByRole('region', { name: 'Memory it needs' });
		expect(section).toHaveTextContent(
			'Its size is not known (not published, and its name gives none, like “7B”), so neither is the memory it needs.'
		);
		expect(within(section).queryByRole('table')).toBeNull();
	});

	it('says of an imported model that its size could not be read, never that it is unpublished', () => {
		// Kimi K2 from OpenRouter's list: its id and name give no size; its maker did publish one.
		const kimi = handModel('kimi-k2', { name: { en: 'Kimi K2', ar: 'Kimi K2' } });
		render(ModelDetails, { model: kimi, catalogue: { ...shippedCatalogue, models: [kimi] } });
		const section = screen.getByRole('region', { name: 'Memory it needs' });
		expect(section).toHaveTextContent(
			'Its size is not known (it could not be read from the list’s id or name), so neither is the memory it needs.'
		);
		expect(section).not.toHaveTextContent('not published');
	});

	it('says of a model the person added without a size that they gave none', () => {
		const mine = handModel('my-tiny', { name: { en: 'Tiny', ar: 'Tiny' } });
		render(ModelDetails, { model: mine, catalogue: { ...shippedCatalogue, models: [mine] } });
		expect(screen.getByRole('region', { name: 'Memory it needs' })).toHaveTextContent(
			'Its size is not known (you gave none), so neither is the memory it needs.'
		);
	});

	for (const id of ['gpt-4o', 'mistral-large']) {
		it(`a closed model (${id}): one sentence, no memory section, whatever its size`, () => {
			page(id);
			expect(screen.queryByRole('region', { name: 'Memory it needs' })).toBeNull();
			expect(screen.queryByRole('heading', { name: 'Memory it needs' })).toBeNull();
			expect(screen.queryByRole('table', { name: 'Which common devices can run it' })).toBeNull();
			expect(
				screen.getByText('Closed weights: it cannot be run on your own device.')
			).toBeVisible();
		});
	}

	it('says an effective size as such', () => {
		const gemma = handModel('gemma-3n-e4b', { parameters: { totalB: 4, effective: true } });
		render(ModelDetails, { model: gemma, catalogue: { ...shippedCatalogue, models: [gemma] } });
		expect(screen.getByText('Parameters').nextElementSibling).toHaveTextContent('4B effective');
		const table = screen.getByRole('table', { name: 'Which common devices can run it' });
		expect(readTable(table)[8]).toBe('Phone 8 GB | Fits | Does not fit');
	});

	it('in Arabic, right to left, with each figure kept in one piece', async () => {
		await locale.choose('ar');
		const gemma = handModel('gemma-3n-e4b', { parameters: { totalB: 4, effective: true } });
		render(ModelDetails, { model: gemma, catalogue: { ...shippedCatalogue, models: [gemma] } });
		const size = screen.getByText('عدد المعاملات').nextElementSibling?.textContent;
		const section = screen.getByRole('region', { name: 'الذاكرة التي يحتاجها' });
		const table = within(section).getByRole('table', { name: 'أي الأجهزة الشائعة تشغّله' });
		const rows = readTable(table);
		const heads = within(table)
			.getAllByRole('columnheader')
			.map((h) => h.textContent ?? '');
		const need = section.querySelector('p')?.textContent ?? '';
		const all = section.textContent ?? '';
		await locale.choose('en');
		expect(size).toBe('4 مليارات (عدد فعّال)');
		expect(plain(need)).toContain('نحو 3.1 غيغابايت لملف 4 بت، أو 5 غيغابايت لملف 8 بت');
		expect(heads[1]).toBe('4 بت، 3.1\u00a0غيغابايت');
		expect(rows[0]).toBe('بطاقة رسوميات 8 غيغابايت | يكفي | يكفي');
		expect(rows[5]).toBe('حاسوب (المعالج المركزي) 8 غيغابايت | يكفي | يكفي بالكاد');
		expect(rows[8]).toBe('هاتف 8 غيغابايت | يكفي | لا يكفي');
		// One unit, the word, never "GB" or "غ.ب", and never parted from its figure.
		expect(all).not.toMatch(/GB|غ\.ب/);
		expect(all).not.toMatch(/\d[ \u2069]غيغابايت/);
		expect(all).toContain('غيغابايت');
	});
});

describe('the model page and compare with what public lists bring', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const embed = handModel('embed-x', { task: 'embedding', openness: 'unknown' });
	const chat = handModel('chat-x');
	const catalogue = {
		...shippedCatalogue,
		models: [embed, chat],
		offers: [
			handOffer('embed-x-api', 'api', ['embed-x'], {
				price: { type: 'per-use', inputPerMTok: 0.02, outputPerMTok: 0, fees: [SEARCH] },
				preview: true,
				retires: { precision: 'day', value: '2999-06-30' }
			}),
			handOffer('chat-x-api', 'api', ['chat-x'], {
				retires: { precision: 'day', value: '2001-01-01' }
			})
		]
	};
	const offerItem = (id: string) =>
		screen.getAllByRole('listitem').find((li) => li.getAttribute('data-offer') === id)!;

	it('says what a model that does not chat does, its unstated openness, and its offer’s labels', () => {
		render(ModelDetails, { model: embed, catalogue });
		expect(screen.getByText('What it does').nextElementSibling).toHaveTextContent('Embeddings');
		expect(screen.getByText('Openness').nextElementSibling).toHaveTextContent(
			'Openness not stated'
		);
		const offer = offerItem('embed-x-api');
		expect(offer).toHaveTextContent(
			'US$0.02 in / US$0 out per million tokens, plus US$0.005 a search — partly known'
		);
		expect(offer).toHaveTextContent('Preview · Retires June 30, 2999');
	});

	it('says nothing of what a chat model does, nor of a retirement date passed', () => {
		render(ModelDetails, { model: chat, catalogue });
		expect(screen.queryByText('What it does')).toBeNull();
		expect(offerItem('chat-x-api')).not.toHaveTextContent('Retires');
		expect(offerItem('chat-x-api')).not.toHaveTextContent('Preview');
	});

	it('in Arabic', async () => {
		await locale.choose('ar');
		render(ModelDetails, { model: embed, catalogue });
		const task = screen.getByText('وظيفته').nextElementSibling?.textContent;
		const offer = offerItem('embed-x-api').textContent?.replace(/[\u2066-\u2069]/g, '');
		await locale.choose('en');
		expect(task).toBe('التضمينات');
		expect(offer).toContain('إضافة إلى 0.005\u00a0دولار لكل بحث — معروف جزئيًا');
		expect(offer).toContain('معاينة · يتوقف العمل به في 30 يونيو 2999');
	});

	it('keeps a partly known price’s fees when its token prices are edited, and says so', async () => {
		const onchange = vi.fn();
		const price = { type: 'per-use' as const, inputPerMTok: 2, outputPerMTok: 8, fees: [SEARCH] };
		render(PriceFields, { id: 'p', price, onchange });
		expect(screen.getByText('Plus US$0.005 a search: kept as they are')).toBeInTheDocument();
		await fireEvent.input(screen.getByLabelText('Input (US$ per million tokens)'), {
			target: { value: '3' }
		});
		expect(onchange).toHaveBeenCalledWith({ ...price, inputPerMTok: 3 });
	});

	it('compares a partly known price with its fee', () => {
		const { columns, differs } = compareModels(catalogue, ['embed-x', 'chat-x']);
		render(CompareTable, { columns, differs, vendors: [], onremove: () => {} });
		const table = screen.getByRole('table', { name: 'Compare models' });
		expect(rowOf(table, 'Cheapest a month')).toHaveTextContent(
			'at least US$0.01 a month, plus US$0.005 a searchUS$1 a month'
		);
		expect(rowOf(table, 'Openness')).toHaveTextContent('Openness not statedOpen weights');
	});
});

describe('your own offers', () => {
	let stop = () => {};
	beforeAll(async () => {
		stop = catalogueState.start();
		await waitFor(() => expect(catalogueState.source).toBe('indexeddb'));
	});
	afterEach(async () => {
		await catalogueState.setEdit('offer:deepseek-local', undefined);
		await catalogueState.setEdit('offer:o3-mini-class-open-local', undefined);
		await catalogueState.resetOwn();
	});
	afterAll(() => stop());

	it('can say a self-hosted offer needs a figure of the person’s own', async () => {
		render(OfferEdit, {
			offer: offerOf('deepseek-local'),
			models: [modelOf('deepseek-r1-distill-qwen-7b')]
		});
		await fireEvent.click(
			screen.getByRole('button', {
				name: 'Change where it runs: DeepSeek R1 distilled 7B on your device'
			})
		);
		// The form loads the first time one opens.
		const place = await screen.findByLabelText('Where it runs');
		expect(
			within(place)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Cloud', 'Your own device', 'Phone']);
		expect(place).toHaveValue('device');
		await fireEvent.input(screen.getByLabelText('Memory it needs (GB)'), {
			target: { value: '6' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		await waitFor(() =>
			expect(catalogueState.edits.get('offer:deepseek-local')?.patch.runsOn).toEqual({
				place: 'device',
				needGb: 6
			})
		);
		expect(screen.getByRole('listitem')).toHaveTextContent(
			'Edited by you (was Your own device, about 5.4 GB)'
		);
	});

	it('keeps an old graphics-card record editable, its place still a choice', async () => {
		render(OfferEdit, { offer: offerOf('o3-mini-class-open-local') });
		await fireEvent.click(screen.getByRole('button', { name: /^Change where it runs/ }));
		// The form loads the first time one opens.
		const place = await screen.findByLabelText('Where it runs');
		expect(place).toHaveValue('gpu');
		expect(
			within(place)
				.getAllByRole('option')
				.map((o) => o.getAttribute('value'))
		).toEqual(['cloud', 'device', 'gpu', 'phone']);
		await fireEvent.change(place, { target: { value: 'device' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		await waitFor(() =>
			expect(catalogueState.edits.get('offer:o3-mini-class-open-local')?.patch.runsOn).toEqual({
				place: 'device'
			})
		);
	});

	it('adds a model that runs on your own device, its need from the size it was given', async () => {
		render(AddModelForm);
		// The form loads the first time one opens.
		const place = await screen.findByLabelText('Where it runs');
		expect(
			within(place)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Cloud', 'Your own device', 'Phone']);
		expect(place).toHaveValue('device');
		await fireEvent.input(screen.getByLabelText('Model name'), {
			target: { value: 'Llama 3.1 8B' }
		});
		await fireEvent.input(screen.getByLabelText('Size (billions of parameters)'), {
			target: { value: '8.03' }
		});
		await fireEvent.input(screen.getByLabelText('Memory it needs (GB)'), {
			target: { value: 'lots' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
		await screen.findByText('Enter GB from 0.1 to 4,096, or leave it empty.');
		expect(screen.getByLabelText('Memory it needs (GB)')).toHaveAttribute('aria-invalid', 'true');
		await fireEvent.input(screen.getByLabelText('Memory it needs (GB)'), {
			target: { value: '' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
		await screen.findByText('Added Llama 3.1 8B.');
		await waitFor(() =>
			expect(
				catalogueState.catalogue.offers.find((o) => o.id === 'my-llama-3.1-8b-use')?.runsOn
			).toEqual({ place: 'device' })
		);
		expect(
			catalogueState.catalogue.models.find((x) => x.id === 'my-llama-3.1-8b')?.parameters
		).toEqual({ totalB: 8.03 });
	});

	it('runs a new offer where its way to use it runs, till the person chooses otherwise', async () => {
		render(AddModelForm);
		const kind = await screen.findByLabelText('Way to use it');
		const place = screen.getByLabelText('Where it runs');
		expect([kind, place].map((x) => (x as HTMLSelectElement).value)).toEqual([
			'self-hosted',
			'device'
		]);
		for (const [way, runs] of [
			['subscription', 'cloud'],
			['self-hosted', 'device'],
			['api', 'cloud'],
			['free-app', 'cloud']
		]) {
			await fireEvent.change(kind, { target: { value: way } });
			expect(place).toHaveValue(runs);
		}
		// The person's own choice after it stands.
		await fireEvent.change(place, { target: { value: 'phone' } });
		expect(place).toHaveValue('phone');
		expect(kind).toHaveValue('free-app');
	});

	it('takes a memory figure the person typed', async () => {
		render(AddModelForm);
		await fireEvent.input(screen.getByLabelText('Model name'), { target: { value: 'Tiny' } });
		await fireEvent.input(screen.getByLabelText('Memory it needs (GB)'), {
			target: { value: '2,5' }
		});
		await fireEvent.input(screen.getByLabelText('US$ a month'), { target: { value: '1,500' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
		await screen.findByText('Added Tiny.');
		// Said above the name field, with a link to the new model's page.
		expect(screen.getByRole('status')).toHaveTextContent('Added Tiny. Open its page');
		// (With the language when the person chose one, as every link of the app.)
		expect(
			within(screen.getByRole('status')).getByRole('link', { name: 'Open its page' })
		).toHaveAttribute('href', expect.stringMatching(/^\/models\/my-tiny(\?lang=en)?$/));
		expect(
			screen.getByRole('status').compareDocumentPosition(screen.getByLabelText('Model name'))
		).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
		await waitFor(() =>
			expect(catalogueState.catalogue.offers.find((o) => o.id === 'my-tiny-use')?.runsOn).toEqual({
				place: 'device',
				needGb: 2.5
			})
		);
		expect(catalogueState.catalogue.offers.find((o) => o.id === 'my-tiny-use')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 1500
		});
		// Ready for the next model: its own fields empty (no price carried over), its name focused.
		await waitFor(() => expect(screen.getByLabelText('Model name')).toHaveFocus());
		expect(screen.getByLabelText('Model name')).toHaveValue('');
		expect(screen.getByLabelText('Memory it needs (GB)')).toHaveValue('');
		expect(screen.getByLabelText('US$ a month')).toHaveValue('0');
	});

	describe('AddModelForm: names in any script', () => {
		it('adds two Arabic-named models with ids of their own, and refuses the same name respelled', async () => {
			render(AddModelForm);
			const add = async (name: string, vendor = '') => {
				await fireEvent.input(screen.getByLabelText('Model name'), { target: { value: name } });
				await fireEvent.input(screen.getByLabelText('Maker'), { target: { value: vendor } });
				await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
			};
			await add('نموذجي الأول', 'شركتي');
			await screen.findByText('Added نموذجي الأول.');
			await add('نموذجي الثاني', 'شركة أخرى');
			await screen.findByText('Added نموذجي الثاني.');
			const mine = () =>
				catalogueState.catalogue.models.filter((x) => x.name.en.startsWith('نموذجي'));
			await waitFor(() => expect(mine()).toHaveLength(2));
			expect(new Set(mine().map((x) => x.id)).size).toBe(2);
			expect(mine().map((x) => x.id)).not.toContain('my-x');
			// Two Arabic makers are two makers, never one `x`.
			expect(new Set(mine().map((x) => x.vendor)).size).toBe(2);
			// The same name with a hamza and diacritics is the same name: refused, and said so.
			await add('نَموذجي الاول');
			await screen.findByText('A model with this name is already in your catalogue.');
			const name = screen.getByLabelText('Model name');
			expect(name).toHaveAttribute('aria-invalid', 'true');
			await waitFor(() => expect(name).toHaveFocus());
		});

		it('says a wrong price in the form without the chooser’s "stays in use"', async () => {
			render(AddModelForm);
			const price = screen.getByLabelText('US$ a month');
			await fireEvent.input(price, { target: { value: '1,5000' } });
			expect(price).toHaveAttribute('aria-invalid', 'true');
			expect(price).not.toHaveAccessibleDescription(/stays in use|left out/);
		});

		it('takes sizes and dates typed in Arabic digits, and focuses the first wrong field', async () => {
			render(AddModelForm);
			await fireEvent.input(screen.getByLabelText('Model name'), {
				target: { value: 'Qwen عربي' }
			});
			await fireEvent.input(screen.getByLabelText('Size (billions of parameters)'), {
				target: { value: '٧٫٥' }
			});
			await fireEvent.input(screen.getByLabelText('Release date'), {
				target: { value: '٢٠٢٥-٠٢-٢٠' }
			});
			await fireEvent.input(screen.getByLabelText('Memory it needs (GB)'), {
				target: { value: '1,5000' }
			});
			await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
			const gb = screen.getByLabelText('Memory it needs (GB)');
			await waitFor(() => expect(gb).toHaveFocus());
			expect(gb).toHaveAttribute('aria-invalid', 'true');
			await fireEvent.input(gb, { target: { value: '٥' } });
			await fireEvent.click(screen.getByRole('button', { name: 'Add the model' }));
			await screen.findByText('Added Qwen عربي.');
			const model = await waitFor(() => {
				const found = catalogueState.catalogue.models.find((x) => x.name.en === 'Qwen عربي');
				expect(found).toBeDefined();
				return found!;
			});
			expect(model.id).toMatch(/^my-qwen-n[a-z0-9]+$/);
			expect(model.parameters).toEqual({ totalB: 7.5 });
			expect(model.dates.released).toEqual({ precision: 'day', value: '2025-02-20' });
		});
	});
});

describe('charts', () => {
	it('a bar chart is an image named by its title, with its data as a table', () => {
		render(BarChart, {
			id: 'users',
			title: 'Time to 100 million users',
			note: 'Logarithmic',
			log: true,
			headers: ['Product', 'Time'],
			rows: [
				{ label: 'DeepSeek', value: 7, text: '7 days' },
				{ label: 'WeChat', value: 426, text: '1 year 2 months' }
			]
		});
		expect(screen.getByRole('img', { name: 'Time to 100 million users' })).toBeInTheDocument();
		expect(screen.getByRole('figure', { name: 'Time to 100 million users' })).toBeInTheDocument();
		const table = screen.getByRole('table');
		expect(
			within(table).getByRole('rowheader', { name: 'DeepSeek' }).closest('tr')
		).toHaveTextContent('7 days');
		const bars = document.querySelectorAll('rect');
		const [seven, year] = [...bars].map((b) => Number(b.getAttribute('width')));
		// On the log scale 7 days is plainly visible beside 14 months, and shorter.
		expect(seven).toBeGreaterThan(60);
		expect(seven).toBeLessThan(year!);
	});

	it('a timeline lists its events in order, as an image and a table', () => {
		// `events` is also a mount option's name, so the props go under `props`.
		render(Timeline, {
			props: {
				id: 't',
				title: 'Timeline',
				headers: ['When', 'Event'],
				events: [
					{ key: 'a', date: '2019-11-05', when: 'November 5, 2019', label: 'GPT-2' },
					{ key: 'b', date: '2025-11', when: 'late 2025', label: 'GPT-5 expected', expected: true }
				]
			}
		});
		expect(screen.getByRole('img', { name: 'Timeline' })).toBeInTheDocument();
		expect(
			screen
				.getAllByRole('row')
				.slice(1)
				.map((r) => r.textContent)
		).toEqual(['November 5, 2019GPT-2', 'late 2025GPT-5 expected']);
	});
});
