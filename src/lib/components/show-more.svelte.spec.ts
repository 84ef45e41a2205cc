/**
 * The long lists' "Show N more" and "Show the N before": their figures are written by the
 * language's one number formatter, so a page of thousands of rows groups every figure alike.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import ShowEarlier from './ShowEarlier.svelte';
import ShowMore from './ShowMore.svelte';

afterEach(async () => {
	await locale.choose('en');
});

const cases = [
	{
		lang: 'en',
		more: 'Show 300 more (4,976 not shown)',
		earlier: 'Show the 200 before (1,200 above)'
	},
	{
		lang: 'ar',
		more: 'اعرض 300 أخرى (4,976 غير معروضة)',
		earlier: 'اعرض 200 من الصفوف السابقة (1,200 في الأعلى)'
	}
] as const;

for (const c of cases) {
	describe(`long lists' figures (${c.lang})`, () => {
		it('"Show N more" groups its figures as every count of the page', async () => {
			await locale.choose(c.lang);
			render(ShowMore, { shown: 300, total: 5276, step: 300, onmore: () => {} });
			expect(screen.getByRole('button').textContent).toBe(c.more);
		});

		it('"Show the N before" groups its figures too', async () => {
			await locale.choose(c.lang);
			render(ShowEarlier, { start: 1200, onearlier: () => {} });
			expect(screen.getByRole('button').textContent).toBe(c.earlier);
		});
	});
}
