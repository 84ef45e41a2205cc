import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { compareModels } from '$lib/domain/compare';
import BarChart from './charts/BarChart.svelte';
import Timeline from './charts/Timeline.svelte';
import CompareTable from './CompareTable.svelte';

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
		expect(row('GPU memory needed')).toHaveTextContent('6 GB');
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Gemini' }));
		expect(onremove).toHaveBeenCalledWith('gemini');
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
