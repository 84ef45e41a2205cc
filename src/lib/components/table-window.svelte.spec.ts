import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultCatalogueQuery, queryCatalogue } from '$lib/domain/catalogue-query';
import { syntheticCatalogue } from '$lib/domain/synthetic';
import ModelTable from './ModelTable.svelte';
import OfferTable from './OfferTable.svelte';
import { DRAW_STEP, FIRST_ROWS, MAX_ROWS, ROW_STEP } from './row-window';

const big = queryCatalogue(
	{ ...syntheticCatalogue(3000), vendors: shippedCatalogue.vendors },
	defaultCatalogueQuery(),
	{ lang: 'en' }
);

/** The table's body rows (by selector: role queries over hundreds of rows are slow in jsdom). */
const bodyRows = (name: string) => [
	...screen.getByRole('table', { name }).querySelectorAll('tbody > tr')
];
const firstId = (name: string) => bodyRows(name)[0]!.getAttribute('data-id');

describe('long tables show a window of rows', () => {
	const tables = [
		{
			name: 'Models',
			mount: () => render(ModelTable, { rows: big.models, vendors: shippedCatalogue.vendors }),
			ids: big.models.map((r) => r.model.id)
		},
		{
			name: 'Ways to use them',
			mount: () => render(OfferTable, { rows: big.offers }),
			ids: big.offers.map((r) => r.offer.id)
		}
	];
	for (const table of tables) {
		it(`${table.name}: never more than ${MAX_ROWS} rows on the page, and the earlier ones come back`, async () => {
			expect(table.ids.length).toBeGreaterThan(FIRST_ROWS + 3 * ROW_STEP);
			table.mount();
			// The first rows are drawn at once, the rest of the window in the tasks after.
			expect(bodyRows(table.name)).toHaveLength(DRAW_STEP);
			await expect.poll(() => bodyRows(table.name).length).toBe(FIRST_ROWS);
			expect(screen.queryByRole('button', { name: /^Show the \d+ before/ })).toBeNull();
			for (let i = 0; i < 3; i++) {
				await fireEvent.click(screen.getByRole('button', { name: /^Show \d+ more/ }));
			}
			const end = FIRST_ROWS + 3 * ROW_STEP;
			await expect.poll(() => bodyRows(table.name).length).toBe(MAX_ROWS);
			expect(firstId(table.name)).toBe(table.ids[end - MAX_ROWS]);
			const earlier = screen.getByRole('button', {
				name: `Show the ${ROW_STEP} before (${end - MAX_ROWS} above)`
			});
			await fireEvent.click(earlier);
			expect(bodyRows(table.name)).toHaveLength(MAX_ROWS);
			expect(firstId(table.name)).toBe(table.ids[end - ROW_STEP - MAX_ROWS]);
			await fireEvent.click(screen.getByRole('button', { name: /^Show the \d+ before/ }));
			expect(firstId(table.name)).toBe(table.ids[0]);
			expect(screen.queryByRole('button', { name: /^Show the \d+ before/ })).toBeNull();
		}, 60_000);
	}

	it('new rows come a few per task; rows that stay the same stay drawn', async () => {
		const rows = big.models;
		const view = render(ModelTable, { rows, vendors: shippedCatalogue.vendors });
		await expect.poll(() => bodyRows('Models').length).toBe(FIRST_ROWS);
		// The same rows again (a star elsewhere made a new list): nothing leaves the page.
		await view.rerender({ rows: [...rows] });
		expect(bodyRows('Models')).toHaveLength(FIRST_ROWS);
		// Other rows (another search): the first few at once, the rest after.
		const other = [...rows].reverse();
		await view.rerender({ rows: other });
		expect(bodyRows('Models')).toHaveLength(DRAW_STEP);
		expect(firstId('Models')).toBe(other[0]!.model.id);
		await expect.poll(() => bodyRows('Models').length).toBe(FIRST_ROWS);
	}, 60_000);

	it('the same list again (a star) keeps the rows the person opened, drawn', async () => {
		const rows = big.models;
		const view = render(ModelTable, { rows, vendors: shippedCatalogue.vendors });
		await expect.poll(() => bodyRows('Models').length).toBe(FIRST_ROWS);
		await fireEvent.click(screen.getByRole('button', { name: /^Show \d+ more/ }));
		await expect.poll(() => bodyRows('Models').length).toBe(FIRST_ROWS + ROW_STEP);
		await view.rerender({ rows: [...rows] });
		expect(bodyRows('Models')).toHaveLength(FIRST_ROWS + ROW_STEP);
		// A row further down leaves (a star taken off, favourites only): the rest stays drawn.
		const fewer = rows.filter((_, i) => i !== FIRST_ROWS + 50);
		await view.rerender({ rows: fewer });
		expect(bodyRows('Models')).toHaveLength(FIRST_ROWS + ROW_STEP);
		expect(firstId('Models')).toBe(rows[0]!.model.id);
		expect(bodyRows('Models').at(-1)!.getAttribute('data-id')).toBe(
			fewer[FIRST_ROWS + ROW_STEP - 1]!.model.id
		);
		// Another search still starts again at the top, with the first page.
		const other = [...rows].reverse();
		await view.rerender({ rows: other });
		expect(bodyRows('Models')).toHaveLength(DRAW_STEP);
		await expect.poll(() => bodyRows('Models').length).toBe(FIRST_ROWS);
		expect(screen.getByRole('button', { name: /^Show \d+ more/ })).toBeInTheDocument();
	}, 60_000);

	it('a table below another: its first rows at once, a search’s new rows a frame later', async () => {
		const name = 'Ways to use them';
		const rows = big.offers;
		const view = render(OfferTable, { rows, below: true });
		// First rows at once, as a page rendered before its script runs has them.
		expect(bodyRows(name)).toHaveLength(DRAW_STEP);
		await expect.poll(() => bodyRows(name).length).toBe(FIRST_ROWS);
		// Other rows (another search): none in the search's own task, where the table above draws.
		const other = [...rows].reverse();
		await view.rerender({ rows: other });
		expect(bodyRows(name)).toHaveLength(0);
		await expect.poll(() => bodyRows(name).length).toBe(FIRST_ROWS);
		expect(firstId(name)).toBe(other[0]!.offer.id);
		// The same rows again: they stay drawn.
		await view.rerender({ rows: [...other] });
		expect(bodyRows(name)).toHaveLength(FIRST_ROWS);
	}, 60_000);
});
