import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultInputs, type ChooserInputs } from '$lib/domain/inputs';
import { groupByFailure, recommend } from '$lib/domain/recommend';
import { syntheticCatalogue } from '$lib/domain/synthetic';
import ChooserForm from './ChooserForm.svelte';
import ChooserResults from './ChooserResults.svelte';

const answer = (inputs: Partial<ChooserInputs>) =>
	recommend(shippedCatalogue, { ...defaultInputs(), ...inputs });

describe('ChooserForm', () => {
	it('has every control of PRODUCT.md §2, labelled', () => {
		render(ChooserForm, { inputs: defaultInputs(), onchange: () => {} });
		expect(screen.getByRole('group', { name: 'Device' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Not chosen' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Run on my device only' })).not.toBeChecked();
		expect(screen.getByLabelText('Monthly budget')).toHaveValue('');
		expect(screen.getByRole('group', { name: 'Openness' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Any' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Include planned models' })).not.toBeChecked();
		expect(screen.getByLabelText('Usage (million tokens a month)')).toHaveValue('1');
		expect(screen.queryByLabelText('GPU memory (GB)')).toBeNull();
	});

	it('shows GPU memory only when the device is a GPU', () => {
		render(ChooserForm, {
			inputs: { ...defaultInputs(), device: 'gpu', vramGb: 12 },
			onchange: () => {}
		});
		expect(screen.getByLabelText('GPU memory (GB)')).toHaveValue('12');
	});

	it('reports each change as a patch of the inputs', async () => {
		const onchange = vi.fn();
		render(ChooserForm, { inputs: defaultInputs(), onchange });
		await fireEvent.click(screen.getByRole('radio', { name: 'Phone' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Run on my device only' }));
		await fireEvent.input(screen.getByLabelText('Monthly budget'), { target: { value: '20' } });
		await fireEvent.click(screen.getByRole('radio', { name: 'Open weights required' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Include planned models' }));
		await fireEvent.input(screen.getByLabelText('Usage (million tokens a month)'), {
			target: { value: '2.5' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Heavy (20)' }));
		await fireEvent.input(screen.getByLabelText('Monthly budget'), { target: { value: '' } });
		expect(onchange.mock.calls.map(([patch]) => patch)).toEqual([
			{ device: 'phone' },
			{ localOnly: true },
			{ budget: 20 },
			{ openness: 'required' },
			{ includePlanned: true },
			{ usage: 2.5 },
			{ usage: 20 },
			{ budget: undefined }
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
		render(ChooserResults, {
			result: answer({ budget: 20 }),
			onapply: () => {},
			onreset: () => {}
		});
		const list = screen.getByRole('list', { name: 'Recommendations' });
		expect(list.tagName).toBe('OL');
		const items = within(list)
			.getAllByRole('listitem')
			.filter((li) => li.parentElement === list);
		expect(items).toHaveLength(12);
		const plus = items.find((li) => within(li).queryByRole('heading', { name: 'ChatGPT Plus' }))!;
		expect(plus).toHaveTextContent('Monthly cost US$20 a month');
		expect(plus).toHaveTextContent('Runs on Cloud');
		expect(plus).toHaveTextContent('Openness Closed');
		expect(plus).toHaveTextContent('Status Released');
		expect(within(plus).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Within your budget of US$20'
		);
		expect(within(plus).getByRole('link', { name: 'About GPT-4o' })).toHaveAttribute(
			'href',
			'/models/gpt-4o'
		);
	});

	it('gives "Not a fit" with every failing reason, and "Coming later"', () => {
		render(ChooserResults, {
			result: answer({ budget: 20 }),
			onapply: () => {},
			onreset: () => {}
		});
		const notAFit = screen.getByRole('list', { name: 'Not a fit' });
		const pro = within(notAFit).getByRole('heading', { name: 'ChatGPT Pro' }).closest('article')!;
		expect(within(pro).getByRole('list', { name: 'Why' })).toHaveTextContent(
			'Costs US$200 a month, over your budget of US$20'
		);
		const later = screen.getByRole('list', { name: 'Coming later' });
		expect(
			within(later)
				.getAllByRole('heading')
				.map((h) => h.textContent)
		).toEqual([
			'OpenAI open model (o3-mini class) on your GPU',
			'OpenAI phone-side open model on your phone'
		]);
	});

	it('explains an empty answer with each change that would help, and applies one', async () => {
		const onapply = vi.fn();
		render(ChooserResults, {
			result: answer({ device: 'phone', localOnly: true }),
			onapply,
			onreset: () => {}
		});
		expect(screen.queryByRole('list', { name: 'Recommendations' })).toBeNull();
		expect(screen.getByText('Nothing fits all of your choices.')).toBeInTheDocument();
		expect(screen.getByText('0 options')).toBeInTheDocument();
		const button = screen.getByRole('button', { name: 'Turn off “Run on my device only”' });
		expect(button.parentElement).toHaveTextContent(
			'Turn off “Run on my device only”: 11 options, best ChatGPT Free'
		);
		expect(
			screen.getByRole('button', { name: 'Choose “Computer (no usable GPU)” as the device' })
				.parentElement
		).toHaveTextContent('1 option, best GPT-2 on your computer');
		await fireEvent.click(button);
		expect(onapply).toHaveBeenCalledWith({ input: 'localOnly', to: false });
	});

	it('groups a long "Not a fit" by reason with counts, and shows a group’s options on opening', async () => {
		const inputs: ChooserInputs = { ...defaultInputs(), device: 'gpu', vramGb: 8, budget: 10 };
		const result = recommend(syntheticCatalogue(5_000), inputs);
		const groups = groupByFailure(result.notAFit);
		render(ChooserResults, { result, onapply: () => {}, onreset: () => {} });
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
