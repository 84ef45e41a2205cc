import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { DeviceSuggestion as DeviceSuggestionData } from '$lib/domain/device-suggestion';
import { defaultInputs, type ChooserInputs, type SortOrder } from '$lib/domain/inputs';
import type { InputChange, Recommendation } from '$lib/domain/answer';
import { groupByFailure } from '$lib/domain/failure-groups';
import { recommend } from '$lib/domain/recommend';
import type { Fee } from '$lib/domain/catalogue';
import { handModel, handOffer, syntheticCatalogue } from '$lib/domain/synthetic';
import { locale } from '$lib/i18n/locale.svelte';
import ChooserForm from './ChooserForm.svelte';
import ChooserResults from './ChooserResults.svelte';
import ChooserSummary from './ChooserSummary.svelte';
import DeviceSuggestion from './DeviceSuggestion.svelte';

const answer = (inputs: Partial<ChooserInputs>) =>
	recommend(shippedCatalogue, { ...defaultInputs(), ...inputs });

/** The results with no-op handlers unless a test gives its own. */
const renderResults = (
	result: Recommendation,
	handlers: Partial<{
		sort: SortOrder;
		onsort: (sort: SortOrder) => void;
		onapply: (change: InputChange) => void;
		purpose: ChooserInputs['purpose'];
	}> = {}
) =>
	render(ChooserResults, {
		result,
		purpose: handlers.purpose,
		sort: handlers.sort ?? 'cheap',
		onsort: handlers.onsort ?? (() => {}),
		onapply: handlers.onapply ?? (() => {}),
		onreset: () => {}
	});

/** The card of an offer, found by its name as a person would. */
const card = (within_: HTMLElement, name: string) =>
	within(within_).getByRole('heading', { level: 3, name }).closest('article') as HTMLElement;

/** The items of a list itself, not those of lists inside its cards. */
const itemsOf = (list: HTMLElement) =>
	within(list)
		.getAllByRole('listitem')
		.filter((li) => li.parentElement === list);

describe('ChooserForm', () => {
	it('has every control of PRODUCT.md §2, labelled', () => {
		render(ChooserForm, { inputs: defaultInputs(), onchange: () => {} });
		const device = screen.getByRole('group', { name: 'Device' });
		expect(
			within(device)
				.getAllByRole('radio')
				.map((r) => r.closest('label')?.textContent?.trim())
		).toEqual([
			'Not chosen',
			'Phone',
			'Computer, no graphics card',
			'Computer with a graphics card'
		]);
		expect(within(device).getByRole('radio', { name: 'Not chosen' })).toBeChecked();
		const purpose = screen.getByRole('group', { name: 'What for' });
		expect(
			within(purpose)
				.getAllByRole('radio')
				.map((r) => r.closest('label')?.textContent?.trim())
		).toEqual([
			'Any',
			'Chat in an app or website',
			'Build with an API, pay per use',
			'Run open weights myself'
		]);
		expect(within(purpose).getByRole('radio', { name: 'Any' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Run on my device only' })).not.toBeChecked();
		expect(screen.getByLabelText('Monthly budget')).toHaveValue('');
		const openness = screen.getByRole('group', { name: 'Openness' });
		expect(within(openness).getByRole('radio', { name: 'Any' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Include planned models' })).not.toBeChecked();
		const usage = screen.getByLabelText('Usage (million tokens a month)');
		expect(usage).toHaveValue('1');
		expect(usage).toHaveAccessibleDescription(/half of the tokens as input and half as output/);
		expect(screen.queryByLabelText('Graphics card memory (VRAM, GB)')).toBeNull();
		expect(screen.queryByLabelText('Memory (RAM, GB)')).toBeNull();
	});

	it('shows the graphics card’s memory (VRAM) only for a graphics card', () => {
		render(ChooserForm, {
			inputs: { ...defaultInputs(), device: 'gpu', vramGb: 12 },
			onchange: () => {}
		});
		expect(screen.getByRole('radio', { name: 'Computer with a graphics card' })).toBeChecked();
		expect(screen.getByLabelText('Graphics card memory (VRAM, GB)')).toHaveValue('12');
		expect(screen.queryByLabelText('Memory (RAM, GB)')).toBeNull();
	});

	const ramCases = [
		{ device: 'phone' as const, radio: 'Phone', hint: /about half of a phone’s memory/ },
		{
			device: 'computer' as const,
			radio: 'Computer, no graphics card',
			hint: /two thirds of a computer’s/
		}
	];
	for (const c of ramCases) {
		it(`asks a ${c.device} for its memory (RAM), saying how much a model can use`, () => {
			render(ChooserForm, {
				inputs: { ...defaultInputs(), device: c.device, ramGb: 8 },
				onchange: () => {}
			});
			expect(screen.getByRole('radio', { name: c.radio })).toBeChecked();
			const ram = screen.getByLabelText('Memory (RAM, GB)');
			expect(ram).toHaveValue('8');
			expect(ram).toHaveAccessibleDescription(c.hint);
			expect(screen.queryByLabelText('Graphics card memory (VRAM, GB)')).toBeNull();
		});
	}

	it('reports each change as a patch of the inputs', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: defaultInputs(), onchange });
		const purpose = screen.getByRole('group', { name: 'What for' });
		await fireEvent.click(screen.getByRole('radio', { name: 'Phone' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Run on my device only' }));
		await fireEvent.click(
			within(purpose).getByRole('radio', { name: 'Build with an API, pay per use' })
		);
		await fireEvent.input(screen.getByLabelText('Monthly budget'), { target: { value: '20' } });
		await fireEvent.click(screen.getByRole('radio', { name: 'Open weights required' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Include planned models' }));
		await fireEvent.input(screen.getByLabelText('Usage (million tokens a month)'), {
			target: { value: '2.5' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Heavy (20)' }));
		await fireEvent.input(screen.getByLabelText('Monthly budget'), { target: { value: '' } });
		await fireEvent.click(screen.getByRole('radio', { name: 'Computer with a graphics card' }));
		await fireEvent.click(within(purpose).getByRole('radio', { name: 'Run open weights myself' }));
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ device: 'phone' },
			{ localOnly: true },
			{ purpose: 'api' },
			{ budget: 20 },
			{ openness: 'required' },
			{ includePlanned: true },
			{ usage: 2.5 },
			{ usage: 20 },
			{ budget: undefined },
			{ device: 'gpu' },
			{ purpose: 'self' }
		]);
	});

	it('goes back to any purpose and to no device', async () => {
		const onchange = vi.fn();
		render(ChooserForm, {
			inputs: { ...defaultInputs(), device: 'phone', purpose: 'app' },
			onchange
		});
		const purpose = screen.getByRole('group', { name: 'What for' });
		expect(within(purpose).getByRole('radio', { name: 'Chat in an app or website' })).toBeChecked();
		await fireEvent.click(within(purpose).getByRole('radio', { name: 'Any' }));
		await fireEvent.click(screen.getByRole('radio', { name: 'Not chosen' }));
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ purpose: undefined },
			{ device: undefined }
		]);
	});

	it('takes Arabic-Indic digits typed on an Arabic keyboard as the numbers they are', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: { ...defaultInputs(), device: 'gpu' }, onchange });
		const budget = screen.getByLabelText('Monthly budget');
		await fireEvent.input(budget, { target: { value: '٢٠' } });
		expect(budget).not.toHaveAttribute('aria-invalid', 'true');
		await fireEvent.input(screen.getByLabelText('Graphics card memory (VRAM, GB)'), {
			target: { value: '٨' }
		});
		await fireEvent.input(screen.getByLabelText('Usage (million tokens a month)'), {
			target: { value: '٢٫٥' }
		});
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ budget: 20 },
			{ vramGb: 8 },
			{ usage: 2.5 }
		]);
	});

	it('takes a phone’s memory in Arabic-Indic digits, and refuses one out of range', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: { ...defaultInputs(), device: 'phone' }, onchange });
		const ram = screen.getByLabelText('Memory (RAM, GB)');
		await fireEvent.input(ram, { target: { value: '١٢' } });
		await fireEvent.input(ram, { target: { value: '2000' } });
		expect(ram).toHaveAttribute('aria-invalid', 'true');
		expect(ram).toHaveAccessibleDescription(/Enter a whole number of GB from 1 to 1,024/);
		// The 12 from the middle of the typing is not left applied: back to none, and said so.
		expect(ram).toHaveAccessibleDescription(/Until it is, this field is left out\./);
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ ramGb: 12 },
			{ ramGb: undefined }
		]);
	});

	it('never leaves a value from the middle of typing applied: 10001 is not 1000', async () => {
		const onchange = vi.fn();
		const inputs = { ...defaultInputs(), budget: 20 };
		const { rerender } = render(ChooserForm, { inputs, onchange });
		const budget = screen.getByLabelText('Monthly budget');
		await fireEvent.focus(budget);
		await fireEvent.input(budget, { target: { value: '1000' } });
		// The route applies it, as the chooser does.
		await rerender({ inputs: { ...inputs, budget: 1000 }, onchange });
		await fireEvent.input(budget, { target: { value: '10001' } });
		expect(budget).toHaveValue('10001');
		expect(budget).toHaveAttribute('aria-invalid', 'true');
		expect(budget).toHaveAccessibleDescription(/Until it is, 20 stays in use\./);
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([{ budget: 1000 }, { budget: 20 }]);
	});

	it('reads "1,500" as fifteen hundred dollars, and Arabic thousands separators too', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: defaultInputs(), onchange });
		const budget = screen.getByLabelText('Monthly budget');
		await fireEvent.input(budget, { target: { value: '1,500' } });
		await fireEvent.input(budget, { target: { value: '٢٬٥٠٠' } });
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ budget: 1500 },
			{ budget: 2500 }
		]);
	});

	it('keeps an invalid entry on screen with its error, and passes nothing on', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: defaultInputs(), onchange });
		const budget = screen.getByLabelText('Monthly budget');
		await fireEvent.input(budget, { target: { value: '20.5' } });
		expect(budget).toHaveValue('20.5');
		expect(budget).toHaveAttribute('aria-invalid', 'true');
		expect(budget).toHaveAccessibleDescription(/Enter whole dollars from 0 to 10,000/);
		const usage = screen.getByLabelText('Usage (million tokens a month)');
		await fireEvent.input(usage, { target: { value: '' } });
		expect(usage).toHaveAttribute('aria-invalid', 'true');
		await fireEvent.input(usage, { target: { value: '0.05' } });
		expect(onchange).not.toHaveBeenCalled();
	});
});

describe('ChooserResults', () => {
	it('lists recommendations in order, with every field of an item and a link to each model', () => {
		const result = answer({ budget: 20 });
		renderResults(result);
		const section = screen.getByRole('region', { name: 'Recommendations' });
		expect(section).toHaveTextContent('12 options');
		const list = within(section).getByRole('list', { name: 'Recommendations' });
		expect(list.tagName).toBe('OL');
		// The three self-hosted offers of unknown fit are in the folded group, not in the list.
		expect(itemsOf(list)).toHaveLength(9);
		expect(result.folded).toHaveLength(3);
		const plus = card(list, 'ChatGPT Plus');
		expect(plus).toHaveTextContent('Monthly cost US$20 a month');
		expect(plus).toHaveTextContent('Runs on Cloud');
		expect(plus).toHaveTextContent('Openness Closed');
		expect(plus).toHaveTextContent('Status Released');
		expect(plus).toHaveTextContent('Rating Chatbot Arena 1377, 17 Feb 2025');
		expect(within(plus).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Within your budget of US$20'
		);
		expect(within(plus).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Over ChatGPT Free: GPT-4, higher limits and priority access'
		);
		expect(within(plus).getByRole('link', { name: 'About GPT-4o' })).toHaveAttribute(
			'href',
			'/models/gpt-4o'
		);
	});

	it('gives "Not a fit" with every failing reason, and "Coming later"', () => {
		renderResults(answer({ budget: 20 }));
		const notAFit = screen.getByRole('list', { name: 'Not a fit' });
		const pro = card(notAFit, 'ChatGPT Pro');
		expect(within(pro).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Costs US$200 a month, over your budget of US$20'
		);
		expect(within(notAFit).queryByRole('heading', { name: 'GPT-5 in ChatGPT' })).toBeNull();
		// A budget never makes a planned offer "Not a fit" for its price: it is not yet available.
		const later = screen.getByRole('list', { name: 'Coming later' });
		expect(
			within(later)
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent)
		).toEqual([
			'OpenAI open model (o3-mini class) on your GPU',
			'OpenAI phone-side open model on your phone',
			'GPT-5 in ChatGPT'
		]);
		const gpt5 = within(card(later, 'GPT-5 in ChatGPT')).getByRole('list', { name: 'Why' });
		expect(gpt5).toHaveTextContent('Planned, expected late 2025');
		expect(gpt5).not.toHaveTextContent('Price not announced');
		expect(
			screen.getByRole('heading', { level: 2, name: 'Coming later' }).nextElementSibling
		).toHaveTextContent('3 options');
		expect(screen.queryByRole('heading', { name: /other ways to use a model/ })).toBeNull();
	});

	it('in API mode: APIs first; every other kind after, in its own group that says what it is', () => {
		renderResults(answer({ purpose: 'api', usage: 20, budget: 50 }), { purpose: 'api' });
		const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
		// No planned API: no "Coming later" group, not even an empty one.
		expect(headings.slice(-3)).toEqual([
			'Recommendations',
			'Not a fit',
			'Not APIs: other ways to use a model'
		]);
		expect(headings).not.toContain('Coming later');
		const names = (name: string) =>
			within(screen.getByRole('list', { name }))
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent);
		expect(names('Recommendations')).toEqual(['DeepSeek API (V3)', 'DeepSeek API (R1 reasoning)']);
		expect(names('Not a fit')).toHaveLength(4);
		const other = screen.getByRole('list', { name: 'Not APIs: other ways to use a model' });
		expect(names('Not APIs: other ways to use a model')).toContain('ChatGPT Free');
		expect(names('Not APIs: other ways to use a model')).toHaveLength(11);
		// Planned offers of other kinds are with their kind, not "Coming later" (planned APIs only).
		expect(names('Not APIs: other ways to use a model')).toContain('GPT-5 in ChatGPT');
		// The group says the kind; a card there says only the other rules it breaks.
		expect(other).not.toHaveTextContent('Not for');
		// Its price not yet announced is no failure: it breaks no other rule.
		expect(within(card(other, 'GPT-5 in ChatGPT')).queryByRole('list', { name: 'Why' })).toBeNull();
		expect(within(card(other, 'ChatGPT Pro')).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Costs US$200 a month, over your budget of US$50'
		);
		expect(screen.getByRole('list', { name: 'Not a fit' })).not.toHaveTextContent('ChatGPT');
	});

	it('explains an empty answer with each change that would help, and applies one', async () => {
		const onapply = vi.fn();
		renderResults(answer({ device: 'phone', ramGb: 2, localOnly: true }), { onapply });
		expect(screen.queryByRole('list', { name: 'Recommendations' })).toBeNull();
		// Its words come with it, in a chunk of their own.
		expect(await screen.findByText('Nothing fits all of your choices.')).toBeInTheDocument();
		expect(screen.getByText('0 options')).toBeInTheDocument();
		const button = screen.getByRole('button', { name: 'Turn off “Run on my device only”' });
		expect(button.parentElement).toHaveTextContent(
			'Turn off “Run on my device only”: 11 options, best ChatGPT Free'
		);
		expect(
			screen.getByRole('button', { name: 'Choose “Computer, no graphics card” as the device' })
				.parentElement
		).toHaveTextContent('3 options, best DeepSeek R1 distilled 7B on your device');
		expect(
			screen.getByRole('button', { name: 'With 4\u00a0GB of memory' }).parentElement
		).toHaveTextContent('1 option: GPT-2 on your device');
		await fireEvent.click(button);
		expect(onapply).toHaveBeenCalledWith({ input: 'localOnly', to: false });
	});

	it('orders by the sort the person chose, and reports a new choice', async () => {
		const onsort = vi.fn();
		const result = answer({ sort: 'rated' });
		renderResults(result, { sort: 'rated', onsort });
		const order = screen.getByRole('combobox', { name: 'Order' });
		expect(order).toHaveValue('rated');
		expect(
			within(order)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Cheapest first', 'Highest rated first', 'Newest first']);
		expect(within(order).getByRole('option', { name: 'Highest rated first' })).toHaveProperty(
			'selected',
			true
		);
		await fireEvent.change(order, { target: { value: 'new' } });
		await fireEvent.change(order, { target: { value: 'cheap' } });
		expect(onsort.mock.calls).toEqual([['new'], ['cheap']]);
	});

	it('says the default order, cheapest first, above the list', () => {
		renderResults(answer({}));
		const section = screen.getByRole('region', { name: 'Recommendations' });
		const order = within(section).getByRole('combobox', { name: 'Order' });
		expect(order).toHaveValue('cheap');
		expect(
			order.compareDocumentPosition(within(section).getByRole('list', { name: 'Recommendations' }))
		).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
	});

	it('folds the self-hosted offers of unknown fit into one group, drawn only when opened', async () => {
		const result = answer({});
		renderResults(result);
		const section = screen.getByRole('region', { name: 'Recommendations' });
		const summary = within(section).getByText(
			'Run it yourself: 3 open models — choose your device to see which fit'
		);
		const details = summary.closest('details') as HTMLDetailsElement;
		expect(details.open).toBe(false);
		expect(within(details).queryAllByRole('article')).toHaveLength(0);
		expect(
			within(section).queryByRole('heading', { name: 'DeepSeek R1 distilled 7B on your device' })
		).toBeNull();
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const group = within(details).getByRole('list', {
			name: 'Run it yourself: 3 open models — choose your device to see which fit'
		});
		expect(
			within(group)
				.getAllByRole('heading', { level: 3 })
				.map((h) => h.textContent)
		).toEqual([
			'DeepSeek R1 distilled 7B on your device',
			'Mistral Small 3 on your device',
			'GPT-2 on your device'
		]);
		// With no device chosen, a need is a condition to check, not a reason it fits.
		expect(
			within(card(group, 'DeepSeek R1 distilled 7B on your device')).getByRole('list', {
				name: 'Why'
			})
		).toHaveTextContent('Needs about 5.4 GB of memory — choose your device to check');
	});

	it('draws no folded group once a device is chosen', () => {
		renderResults(answer({ device: 'gpu', vramGb: 8 }));
		expect(screen.queryByText(/^Run it yourself:/)).toBeNull();
		expect(document.querySelector('details')).toBeNull();
	});

	it('tells a phone of a phone app to run the file, never of desktop runners', () => {
		renderResults(answer({ device: 'phone', ramGb: 12 }));
		const list = screen.getByRole('list', { name: 'Recommendations' });
		const local = card(list, 'DeepSeek R1 distilled 7B on your device');
		expect(local).toHaveTextContent(
			'How: a 4-bit file of about 4.7 GB, opened in a phone app that runs models on the phone itself (PocketPal AI, for one)'
		);
		expect(local).not.toHaveTextContent(/LM Studio|Ollama/);
	});

	it('gives a card its rating, a visible "Why", how to run it, and a safe "Get it" link', () => {
		renderResults(answer({ device: 'gpu', vramGb: 8 }));
		const list = screen.getByRole('list', { name: 'Recommendations' });

		const local = card(list, 'DeepSeek R1 distilled 7B on your device');
		expect(local).toHaveTextContent('Runs on Your own device, about 5.4 GB');
		expect(local).toHaveTextContent('Rating Not on Chatbot Arena');
		expect(local).toHaveTextContent(
			'How: a 4-bit file of about 4.7 GB, opened in a local runner (LM Studio, Ollama, llama.cpp)'
		);
		const why = within(local).getByRole('heading', { level: 4, name: 'Why' });
		expect(why).toBeVisible();
		expect(within(local).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Needs about 5.4 GB; your graphics card has 8 GB: it fits'
		);
		const get = within(local).getByRole('link', { name: /^Get it/ });
		expect(get).toHaveAccessibleName(
			'Get it: DeepSeek R1 distilled 7B on your device (official page, opens in a new tab)'
		);
		expect(get).toHaveAttribute(
			'href',
			'https://huggingface.co/lmstudio-community/DeepSeek-R1-Distill-Qwen-7B-GGUF'
		);
		expect(get).toHaveAttribute('target', '_blank');
		expect(get).toHaveAttribute('rel', 'external noopener noreferrer');

		const free = card(list, 'ChatGPT Free');
		expect(free).toHaveTextContent('Rating Chatbot Arena 1377, 17 Feb 2025');
		// Nothing to say that its fields do not already say: no "Why" at all.
		expect(within(free).queryByRole('heading', { name: 'Why' })).toBeNull();
		expect(within(free).queryByText(/^How:/)).toBeNull();
		expect(within(free).getByRole('link', { name: /^Get it/ })).toHaveAttribute(
			'href',
			'https://chatgpt.com'
		);

		const app = card(list, 'DeepSeek app');
		expect(within(app).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'The weights are open, but this app runs them in its maker’s cloud: what you type goes there'
		);
	});

	it('gives every "Get it" link an https target, opened apart from the app', () => {
		renderResults(answer({ device: 'gpu', vramGb: 8 }));
		const links = screen.getAllByRole('link', { name: /^Get it/ });
		expect(links.length).toBeGreaterThan(10);
		for (const link of links) {
			expect(link.getAttribute('href')).toMatch(/^https:\/\//);
			expect(link).toHaveAttribute('target', '_blank');
			expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
		}
	});

	it('groups a long "Not a fit" by reason with counts, and shows a group’s options on opening', async () => {
		const inputs: ChooserInputs = { ...defaultInputs(), device: 'gpu', vramGb: 8, budget: 10 };
		const result = recommend(syntheticCatalogue(5_000), inputs);
		const groups = groupByFailure(result.notAFit);
		renderResults(result);
		const section = screen.getByRole('region', { name: 'Not a fit' });
		expect(section).toHaveTextContent(`${result.notAFit.length.toLocaleString('en')} options`);
		// No option card is drawn until a group is opened: thousands stay cheap.
		expect(within(section).queryAllByRole('article')).toHaveLength(0);
		const summaries = section.querySelectorAll('summary');
		expect(summaries).toHaveLength(groups.length);
		expect(groups.length).toBeGreaterThanOrEqual(2);
		const over = [...summaries].find((s) => s.textContent?.includes('Over your budget'))!;
		const overGroup = groups.find((g) => g.code === 'over-budget')!;
		expect(over).toHaveTextContent(`${overGroup.options.length.toLocaleString('en')} options`);
		const details = over.parentElement as HTMLDetailsElement;
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		const list = within(details).getByRole('list', { name: /Over your budget/ });
		const cards = within(list).getAllByRole('article');
		expect(cards).toHaveLength(Math.min(30, overGroup.options.length));
		expect(cards[0]).toHaveTextContent('over your budget of US$10');
		expect(within(details).getByRole('button', { name: /^Show 120 more/ })).toBeInTheDocument();
	});
});

describe('ChooserResults: what public lists bring', () => {
	const SEARCH: Fee = { kind: 'search', usd: 0.005, unit: 'each' };
	const models = [
		handModel('open-model'),
		handModel('quiet-model', { openness: 'unknown' }),
		handModel('embed-model', { task: 'embedding' })
	];
	const offers = [
		// PRODUCT.md §10's case: US$2 / US$8 and a search fee; at 0.4 million tokens, US$2 of tokens.
		handOffer('sonar', 'api', ['quiet-model'], {
			name: { en: 'Sonar via OpenRouter', ar: 'Sonar عبر OpenRouter' },
			price: { type: 'per-use', inputPerMTok: 2, outputPerMTok: 8, fees: [SEARCH] },
			preview: true
		}),
		handOffer('open-app', 'free-app', ['open-model']),
		handOffer('embedder', 'api', ['embed-model'], {
			name: { en: 'Embedder', ar: 'Embedder' },
			price: { type: 'per-use', inputPerMTok: 0.01, outputPerMTok: 0 }
		})
	];
	const result = (inputs: Partial<ChooserInputs>) =>
		recommend({ models, offers }, { ...defaultInputs(), ...inputs });

	it('a partly known price: "at least", its fee, and never "within your budget"', () => {
		renderResults(result({ usage: 0.4, budget: 2 }));
		const list = screen.getByRole('list', { name: 'Recommendations' });
		const sonar = card(list, 'Sonar via OpenRouter');
		expect(sonar).toHaveTextContent('at least US$2 a month, plus US$0.005 a search');
		expect(sonar).toHaveTextContent('Released · Preview');
		expect(sonar).toHaveTextContent('Openness not stated');
		const why = within(sonar).getByRole('list', { name: 'Why' });
		expect(why).toHaveTextContent('its other fees are not counted, so it may cost more');
		expect(why).not.toHaveTextContent('Within your budget');
		// The API pick says the fee it does not count.
		const answer = screen.getByRole('region', { name: 'Your answer' });
		expect(answer).toHaveTextContent('it also charges US$0.005 a search');
	});

	it('openness required: an unstated openness is not a fit, with its own reason', () => {
		renderResults(result({ openness: 'required' }));
		const notAFit = screen.getByRole('list', { name: 'Not a fit' });
		const sonar = card(notAFit, 'Sonar via OpenRouter');
		expect(within(sonar).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Whether its weights are open is not stated'
		);
		expect(within(sonar).getByRole('list', { name: 'Why' })).not.toHaveTextContent(
			'Closed weights'
		);
	});

	it('puts a model that does not chat in "Not a fit", saying so, and in no other list', () => {
		renderResults(result({ budget: 0 }));
		const notAFit = screen.getByRole('list', { name: 'Not a fit' });
		expect(within(card(notAFit, 'Embedder')).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Not a chat model: it makes embeddings, images, speech, music or the like'
		);
		expect(screen.getAllByRole('heading', { name: 'Embedder' })).toHaveLength(1);
	});

	it('says it in Arabic too', async () => {
		await locale.choose('ar');
		renderResults(result({ usage: 0.4, budget: 2 }));
		const list = screen.getByRole('list', { name: 'التوصيات' });
		const text = card(list, 'Sonar عبر OpenRouter').textContent?.replace(/[\u2066-\u2069]/g, '');
		await locale.choose('en');
		expect(text).toContain('2\u00a0دولار شهريًا على الأقل، إضافة إلى 0.005\u00a0دولار لكل بحث');
		expect(text).toContain('صادر · معاينة');
		expect(text).not.toContain('ضمن ميزانيتك');
	});
});

describe('DeviceSuggestion', () => {
	const appleSilicon = {
		device: 'computer' as const,
		basis: ['shared-memory-graphics' as const, 'device-memory' as const],
		memoryGb: 4
	};
	// Chrome reports no more than 8 GB: a Mac of 16–64 GB says 8.
	const capped = {
		device: 'computer' as const,
		basis: ['shared-memory-graphics' as const, 'device-memory-capped' as const],
		memoryGb: 8
	};
	const name = 'This looks like a computer without a graphics card.';

	it('says what it rests on, with the browser’s rounded memory figure, and applies it only on a click', async () => {
		const onuse = vi.fn();
		const ondismiss = vi.fn();
		render(DeviceSuggestion, { suggestion: appleSilicon, onuse, ondismiss });
		const offer = screen.getByRole('group', { name });
		// One line: what it rests on is under the memory, asked about ("4 GB RAM?"), on a click.
		const why = within(offer).getByRole('button', { name: '4\u00a0GB RAM?' });
		expect(why).toHaveTextContent(/^4\sGB RAM\?$/);
		const basis = screen.getByText(
			/^This looks like a computer without a graphics card\. Based on:/
		);
		expect(basis).not.toBeVisible();
		expect(why).toHaveAttribute('aria-expanded', 'false');
		await fireEvent.click(why);
		expect(why).toHaveAttribute('aria-expanded', 'true');
		expect(basis).toBeVisible();
		expect(basis).toHaveTextContent(
			'Based on: your graphics share the computer’s memory (Apple silicon or built-in graphics) and your browser reports about 4 GB of memory, a rounded figure.'
		);
		expect(offer).not.toHaveTextContent('enter your real memory');
		expect(onuse).not.toHaveBeenCalled();
		const use = within(offer).getByRole('button', { name: 'Use “Computer”' });
		expect(use).toHaveAccessibleDescription('4\u00a0GB RAM?');
		await fireEvent.click(use);
		expect(onuse).toHaveBeenCalledWith({ device: 'computer', memoryGb: 4 });
		await fireEvent.click(within(offer).getByRole('button', { name: 'No, thanks' }));
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	it('at the browser’s cap (8 GB) says it is a lower bound and asks for the real memory', async () => {
		const onuse = vi.fn();
		render(DeviceSuggestion, { suggestion: capped, onuse, ondismiss: () => {} });
		const offer = screen.getByRole('group', { name });
		await fireEvent.click(within(offer).getByRole('button', { name: '8\u00a0GB+ RAM?' }));
		expect(screen.getByText(/Based on:/)).toHaveTextContent(
			'your browser reports 8 GB or more of memory (browsers report no more than 8 GB: enter your real memory).'
		);
		expect(offer).not.toHaveTextContent('about 8 GB');
		const use = within(offer).getByRole('button', { name: /^Use / });
		expect(use).toHaveAccessibleName('Use “Computer”');
		// On the line itself, the lower bound: what the click brings.
		expect(use).toHaveAccessibleDescription('8\u00a0GB+ RAM?');
		await fireEvent.click(use);
		expect(onuse).toHaveBeenCalledWith({ device: 'computer', memoryGb: 8 });
	});

	it('offers a card without a memory: the browser’s figure is not the card’s', () => {
		const onuse = vi.fn();
		render(DeviceSuggestion, {
			suggestion: { device: 'gpu', basis: ['webgpu-adapter'] },
			onuse,
			ondismiss: () => {}
		});
		const button = screen.getByRole('button', { name: /^Use / });
		expect(button).toHaveAccessibleName('Use “Graphics card”');
		expect(button).not.toHaveAccessibleDescription();
		expect(screen.getByRole('group')).not.toHaveTextContent('GB');
		expect(screen.queryByRole('textbox')).toBeNull();
		button.click();
		expect(onuse).toHaveBeenCalledWith({ device: 'gpu', memoryGb: undefined });
	});

	it('in Arabic, with one unit, غيغابايت, never parted from its figure', async () => {
		await locale.choose('ar');
		render(DeviceSuggestion, { suggestion: capped, onuse: () => {}, ondismiss: () => {} });
		const offer = screen.getByRole('group', {
			name: 'يبدو أن جهازك حاسوب بلا بطاقة رسوميات.'
		});
		await fireEvent.click(within(offer).getByRole('button', { name: 'ذاكرة ≥8\u00a0غيغابايت؟' }));
		const basis = screen.getByText(/بناءً على:/);
		expect(basis).toBeVisible();
		const text = offer.textContent ?? '';
		const basisText = basis.textContent ?? '';
		const button = screen.getByRole('button', { name: /^استخدم/ });
		const name = button.textContent ?? '';
		const description = button.getAttribute('aria-describedby') ?? '';
		const memory = document.getElementById(description)?.textContent ?? '';
		await locale.choose('en');
		expect(basisText).toContain(
			'متصفحك يُبلغ عن 8\u00a0غيغابايت من الذاكرة أو أكثر (لا تُبلغ المتصفحات عن أكثر من 8\u00a0غيغابايت: أدخل ذاكرتك الفعلية)'
		);
		expect(name).toBe('استخدم «حاسوب»');
		expect(memory).toBe('ذاكرة ≥8\u00a0غيغابايت؟');
		expect(text).not.toMatch(/GB|غ\.ب/);
	});
});

describe('ChooserForm with a device suggestion', () => {
	/** The form as the page holds it: each change is applied and the form shown again. */
	function renderForm(suggestion: DeviceSuggestionData) {
		let inputs = defaultInputs();
		const done = vi.fn();
		const view = render(ChooserForm, {
			inputs,
			suggestion,
			onchange: (patch) => {
				inputs = { ...inputs, ...patch };
				view.rerender({ inputs, suggestion: undefined });
			},
			onsuggestiondone: done
		});
		return { done, inputs: () => inputs };
	}

	it('stands under the Device field, in the form, not over the page', async () => {
		renderForm({ device: 'phone', basis: ['user-agent-mobile'] });
		const device = screen.getByRole('group', { name: 'Device' });
		const offer = await within(device).findByRole('group', { name: 'This looks like a phone.' });
		// After the device's choices and hint, before the next field.
		const hint = within(device).getByText(/counts as a computer without a graphics card/);
		expect(hint.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(within(device).getByRole('radio', { name: 'Not chosen' })).toBeChecked();
	});

	it('has its place, a polite live region, before it comes, and comes into it', async () => {
		const view = render(ChooserForm, { inputs: defaultInputs(), onchange: () => {} });
		const device = screen.getByRole('group', { name: 'Device' });
		const place = device.querySelector('.suggestion-place');
		expect(place).not.toBeNull();
		expect(place).toHaveAttribute('aria-live', 'polite');
		expect(place).toBeEmptyDOMElement();
		await view.rerender({ suggestion: { device: 'phone', basis: ['user-agent-mobile'] } });
		const offer = within(device).getByRole('group', { name: 'This looks like a phone.' });
		expect(place!.contains(offer)).toBe(true);
		// Said when it comes: its name is in the live region's text, not only in a label.
		expect(place).toHaveTextContent(/^This looks like a phone\./);
		// A device chosen, no place is kept.
		await view.rerender({ inputs: { ...defaultInputs(), device: 'phone' }, suggestion: undefined });
		expect(device.querySelector('.suggestion-place')).toBeNull();
	});

	it('once used, keeps the person’s place: focus on the memory field it filled', async () => {
		const { done, inputs } = renderForm({
			device: 'computer',
			basis: ['shared-memory-graphics', 'device-memory-capped'],
			memoryGb: 8
		});
		const offer = await screen.findByRole('group', { name: /^This looks like/ });
		await fireEvent.click(within(offer).getByRole('button', { name: /^Use / }));
		await waitFor(() => expect(screen.getByLabelText('Memory (RAM, GB)')).toHaveFocus());
		expect(inputs()).toMatchObject({ device: 'computer', ramGb: 8 });
		expect(done).toHaveBeenCalledOnce();
		expect(screen.getByLabelText('Memory (RAM, GB)')).toHaveValue('8');
		expect(screen.queryByRole('group', { name: /^This looks like/ })).toBeNull();
		expect(document.activeElement).not.toBe(document.body);
	});

	it('a card: focus on its memory field, to give the card’s memory', async () => {
		renderForm({ device: 'gpu', basis: ['webgpu-adapter'] });
		const offer = await screen.findByRole('group', { name: /^This looks like/ });
		await fireEvent.click(within(offer).getByRole('button', { name: /^Use / }));
		await waitFor(() =>
			expect(screen.getByLabelText('Graphics card memory (VRAM, GB)')).toHaveFocus()
		);
	});

	it('dismissed, it goes and nothing is chosen', async () => {
		const { done, inputs } = renderForm({ device: 'phone', basis: ['user-agent-mobile'] });
		const offer = await screen.findByRole('group', { name: /^This looks like/ });
		await fireEvent.click(within(offer).getByRole('button', { name: 'No, thanks' }));
		expect(done).toHaveBeenCalledOnce();
		expect(inputs().device).toBeUndefined();
	});
});

describe('ChooserSummary: the folded form on a phone', () => {
	const props = (over: Partial<Parameters<typeof ChooserSummary>[1]> = {}) => ({
		inputs: {
			...defaultInputs(),
			device: 'phone' as const,
			budget: 0,
			openness: 'required' as const
		},
		count: 12,
		folded: true,
		formId: 'chooser-form',
		canStartOver: true,
		onchange: vi.fn(),
		onseeanswer: vi.fn(),
		onstartover: vi.fn(),
		...over
	});

	it('folded: the inputs in a line, "Change" opening the form, "Start over"', async () => {
		const p = props();
		render(ChooserSummary, p);
		const region = screen.getByRole('region', { name: 'Your choices' });
		expect(region).toHaveTextContent('Phone · budget US$0 · open weights');
		const change = within(region).getByRole('button', { name: 'Change' });
		expect(change).toHaveAttribute('aria-expanded', 'false');
		expect(change).toHaveAttribute('aria-controls', 'chooser-form');
		await fireEvent.click(change);
		expect(p.onchange).toHaveBeenCalledOnce();
		await fireEvent.click(within(region).getByRole('button', { name: 'Start over' }));
		expect(p.onstartover).toHaveBeenCalledOnce();
	});

	it('open: a live count that leads to the answer; no "Start over" at the defaults', async () => {
		const p = props({ folded: false, canStartOver: false, count: 1 });
		render(ChooserSummary, p);
		const see = screen.getByRole('button', { name: 'See the answer: 1 option' });
		expect(see).toHaveAttribute('aria-live', 'polite');
		await fireEvent.click(see);
		expect(p.onseeanswer).toHaveBeenCalledOnce();
		expect(screen.queryByRole('button', { name: 'Change' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
	});

	it('speaks Arabic with Arabic plural forms', async () => {
		await locale.choose('ar');
		try {
			render(ChooserSummary, props({ folded: false, count: 12 }));
			const region = screen.getByRole('region', { name: 'اختياراتك' });
			expect(region).toHaveTextContent('هاتف · الميزانية 0 دولار · أوزان مفتوحة');
			// The figure and its word never part at a line's end on a phone.
			expect(region.textContent).toContain('الميزانية 0\u00a0دولار');
			expect(screen.getByRole('button', { name: 'اعرض الإجابة: 12 خيارًا' })).toBeVisible();
		} finally {
			await locale.choose('en');
		}
	});
});
