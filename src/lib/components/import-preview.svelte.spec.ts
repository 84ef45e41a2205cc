import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntryIssue, ImportPreview as Preview } from '$lib/domain/import/types';
import { handOwn } from '$lib/domain/synthetic';
import { locale } from '$lib/i18n/locale.svelte';
import ImportPreview from './ImportPreview.svelte';

const counts = {
	models: 1700,
	sized: 0,
	newModels: 1700,
	knownModels: 0,
	offers: 5275,
	knownOffers: 0,
	selfHosted: 0,
	hosts: 0,
	free: 0,
	legacy: 0,
	joined: 0,
	notChat: 0
};

/** A preview as the importer gives it, with only what the component reads filled in. */
function preview(over: Partial<Preview> = {}): Preview {
	return {
		ok: true,
		format: 'models-dev',
		data: handOwn(),
		found: 5276,
		skipped: [],
		notes: [],
		counts,
		entries: 0,
		...over
	};
}

const dropped = (i: number): EntryIssue => ({
	entry: `scaleway › model-${i}`,
	code: 'date-dropped',
	field: 'release_date',
	value: '"2025-25-11"'
});
const noId: EntryIssue = { entry: 'data[7]', code: 'no-id' };
const unusable: EntryIssue = {
	entry: 'data[3] x',
	code: 'unusable-id',
	field: 'id',
	value: '"<   "'
};

describe('ImportPreview', () => {
	afterEach(() => locale.choose('en'));

	it('says what the file holds, focuses that line, and lists the skipped entries and notes', () => {
		const onimport = vi.fn();
		const oncancel = vi.fn();
		const notes = Array.from({ length: 60 }, (_, i) => dropped(i));
		render(ImportPreview, { preview: preview({ skipped: [noId], notes }), onimport, oncancel });
		const heading = screen.getByRole('heading', {
			name: '5,276 entries found: 5,275 ready, 1 skipped — they make 1,700 models and 5,275 ways to use them'
		});
		expect(heading).toHaveFocus();
		expect(
			screen.getByText(/From models\.dev\. Nothing is saved until you choose Import\./)
		).toBeTruthy();

		const skipped = screen.getByRole('list', { name: 'Skipped (1)' });
		expect(
			within(skipped)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['data[7]: no id to know it by']);
		const kept = screen.getByRole('list', { name: 'Imported with something left out (60)' });
		const items = within(kept).getAllByRole('listitem');
		expect(items).toHaveLength(50);
		expect(items[0]).toHaveTextContent(
			'scaleway › model-0: release_date "2025-25-11" is not a date that exists; imported without it'
		);
		// The entry, the field and the value each keep their own direction.
		expect([...items[0]!.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent)).toEqual([
			'scaleway › model-0',
			'release_date',
			'"2025-25-11"'
		]);
		expect(screen.getByText('and 10 more')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Import' }));
		expect(onimport).toHaveBeenCalledOnce();
		fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalledOnce();
	});

	it('shows no lists when nothing was skipped or left out, and counts entries for an own export', () => {
		render(ImportPreview, {
			preview: preview({ format: 'model-chooser', found: 1, entries: 1 }),
			onimport: () => {},
			oncancel: () => {}
		});
		expect(screen.getByRole('heading', { name: '1 entry found, ready' })).toBeTruthy();
		expect(screen.queryByRole('list')).toBeNull();
	});

	it('while writing, both buttons are busy and cannot be pressed again', () => {
		render(ImportPreview, {
			preview: preview(),
			busy: true,
			onimport: () => {},
			oncancel: () => {}
		});
		for (const name of ['Import', 'Cancel']) {
			const button = screen.getByRole('button', { name });
			expect(button).toBeDisabled();
			expect(button).toHaveAttribute('aria-busy', 'true');
		}
	});

	it('speaks Arabic with Arabic words and plural forms, the file’s terms isolated', async () => {
		await locale.choose('ar');
		render(ImportPreview, {
			preview: preview({ skipped: [noId], notes: [dropped(0)] }),
			onimport: () => {},
			oncancel: () => {}
		});
		expect(
			screen.getByRole('heading', {
				name: 'وُجد 5,276 إدخالًا: الجاهز منها 5,275، والمتروك 1 — ينتج عنها 1,700 نموذج و5,275 طريقة استخدام'
			})
		).toHaveFocus();
		const kept = screen.getByRole('list', { name: 'ما استُورد مع ترك شيء منه (1)' });
		const item = within(kept).getByRole('listitem');
		expect(item).toHaveTextContent(
			'scaleway › model-0: القيمة "2025-25-11" في الحقل release_date ليست تاريخًا موجودًا؛ استُورد من دونها'
		);
		expect(item.querySelectorAll('bdi[dir="ltr"]')).toHaveLength(3);
		expect(screen.getByRole('button', { name: 'استيراد' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'إلغاء' })).toBeTruthy();
	});

	for (const c of [
		{
			lang: 'en' as const,
			heading: '2 entries found: 0 ready, 2 skipped',
			says: 'Nothing can be imported: no entry is ready. Why each one was skipped is listed below.',
			skipped: 'Skipped (2)',
			reason: 'data[3] x: its id "<   " has no letter or digit to know it by',
			close: 'Close',
			hidden: ['Import', 'Cancel']
		},
		{
			lang: 'ar' as const,
			heading: 'وُجد إدخالان: الجاهز منها 0، والمتروك 2',
			says: 'لا يمكن استيراد شيء: لا إدخال جاهز. وسبب ترك كل إدخال مذكور أدناه.',
			skipped: 'ما تُرك (2)',
			reason: 'data[3] x: معرّفه "<   " ليس فيه حرف ولا رقم يُعرف به',
			close: 'إغلاق',
			hidden: ['استيراد', 'إلغاء']
		}
	]) {
		it(`with no entry ready, offers only Close and says why (${c.lang})`, async () => {
			await locale.choose(c.lang);
			const oncancel = vi.fn();
			render(ImportPreview, {
				preview: preview({ found: 2, skipped: [noId, unusable], counts: { ...counts, offers: 0 } }),
				onimport: () => {},
				oncancel
			});
			expect(screen.getByRole('heading', { name: c.heading })).toHaveFocus();
			expect(screen.getByText(c.says)).toBeTruthy();
			// Why is the point: the skipped list is open.
			const list = screen.getByRole('list', { name: c.skipped });
			expect(list).toBeVisible();
			expect(within(list).getAllByRole('listitem')[1]!.textContent).toBe(c.reason);
			expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([c.close]);
			for (const name of c.hidden) expect(screen.queryByRole('button', { name })).toBeNull();
			fireEvent.click(screen.getByRole('button', { name: c.close }));
			expect(oncancel).toHaveBeenCalledOnce();
		});
	}
});
