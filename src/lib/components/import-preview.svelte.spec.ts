import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntryIssue, ImportPreview as Preview } from '$lib/domain/import/types';
import { isolated } from '$lib/i18n/format';
import { locale } from '$lib/i18n/locale.svelte';
import ImportPreview, { importedText, summaryText } from './ImportPreview.svelte';

const counts = {
	models: 0,
	sized: 0,
	offers: 0,
	selfHosted: 0,
	hosts: 0,
	free: 0,
	legacy: 0,
	joined: 0,
	notChat: 0
};
const empty = {
	vendors: [],
	models: [],
	offers: [],
	edits: [],
	notes: [],
	favourites: [],
	aliases: []
};

/** A preview as the importer gives it, with only what the component reads filled in. */
function preview(over: Partial<Preview> = {}): Preview {
	return {
		ok: true,
		format: 'models-dev',
		data: empty,
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

describe('ImportPreview', () => {
	afterEach(() => locale.choose('en'));

	it('says what the file holds, focuses that line, and lists the skipped entries and notes', () => {
		const onimport = vi.fn();
		const oncancel = vi.fn();
		const notes = Array.from({ length: 60 }, (_, i) => dropped(i));
		render(ImportPreview, { preview: preview({ skipped: [noId], notes }), onimport, oncancel });
		const heading = screen.getByRole('heading', {
			name: '5,276 models found: 5,275 ready, 1 skipped'
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
		).toEqual(['data[7]: no id or name to know it by']);
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
			preview: preview({ format: 'model-chooser', found: 1 }),
			onimport: () => {},
			oncancel: () => {}
		});
		expect(screen.getByRole('heading', { name: '1 entry found: 1 ready' })).toBeTruthy();
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
			screen.getByRole('heading', { name: 'وُجد 5,276 نموذجًا: الجاهز منها 5,275، والمتروك 1' })
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
});

describe('what the preview and the import say', () => {
	/** A name isolated in an Arabic line, as the app writes it. */
	const fsi = (name: string) => isolated(name, 'ar');
	const cases = [
		{
			what: 'a public list, some skipped',
			preview: preview({
				format: 'openrouter',
				counts: { ...counts, models: 364, offers: 364 },
				skipped: [noId, noId, noId]
			}),
			en: 'Imported 364 models (364 ways to use them) from OpenRouter; 3 skipped.',
			ar: `استُورد 364 نموذجًا (364 طريقة استخدام) من ${fsi('OpenRouter')}، وتُركت 3 إدخالات.`
		},
		{
			what: 'one model, nothing skipped',
			preview: preview({ counts: { ...counts, models: 1, offers: 1 } }),
			en: 'Imported 1 model (1 way to use it) from models.dev.',
			ar: `استُورد نموذج واحد (طريقة استخدام واحدة) من ${fsi('models.dev')}.`
		},
		{
			what: 'two models, eleven ways, one skipped',
			preview: preview({ counts: { ...counts, models: 2, offers: 11 }, skipped: [noId] }),
			en: 'Imported 2 models (11 ways to use them) from models.dev; 1 skipped.',
			ar: `استُورد نموذجان (11 طريقة استخدام) من ${fsi('models.dev')}، وتُرك إدخال واحد.`
		},
		{
			what: 'an own export counts entries',
			preview: preview({ format: 'model-chooser', entries: 1200 }),
			en: 'Imported 1,200 entries from a Model Chooser export.',
			ar: `استُورد 1,200 إدخال من ${fsi('ملف تصدير من مختار النماذج')}.`
		}
	];
	for (const c of cases) {
		it(`${c.what}, in both languages`, () => {
			expect(importedText(c.preview, 'en')).toBe(c.en);
			expect(importedText(c.preview, 'ar')).toBe(c.ar);
		});
	}

	it('counts what was found with the plural forms of each language', () => {
		const found = (n: number, skipped = 0) =>
			preview({ found: n, skipped: Array.from({ length: skipped }, () => noId) });
		expect(summaryText(found(2), 'en')).toBe('2 models found: 2 ready');
		expect(summaryText(found(2), 'ar')).toBe('وُجد نموذجان: الجاهز منها 2');
		expect(summaryText(found(5, 2), 'ar')).toBe('وُجدت 5 نماذج: الجاهز منها 3، والمتروك 2');
		expect(summaryText(found(100), 'ar')).toBe('وُجد 100 نموذج: الجاهز منها 100');
	});
});
