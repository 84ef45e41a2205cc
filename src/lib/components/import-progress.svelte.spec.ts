/**
 * A file being read says where it is (bytes read, parsing, entries checked) in the language on
 * screen, with a bar and a Cancel that stops the read at once and says nothing was changed.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '$lib/domain/import/types';
import type { ReadOptions } from '$lib/import/read-import';
import { locale } from '$lib/i18n/locale.svelte';
import { catalogueState } from '$lib/state/catalogue.svelte';
import DataPanel from './DataPanel.svelte';

/** A read that reports what it is told to and ends only when cancelled. */
function slowRead() {
	let options: ReadOptions = {};
	const spy = vi.spyOn(catalogueState, 'readFile').mockImplementation((_file, given = {}) => {
		options = given;
		return new Promise<ImportResult>((_done, fail) =>
			given.signal?.addEventListener('abort', () => fail(given.signal!.reason))
		);
	});
	return {
		spy,
		report: (p: Parameters<NonNullable<ReadOptions['onProgress']>>[0]) => options.onProgress?.(p)
	};
}

async function pick(label: string) {
	const input = screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;
	const file = new File(['{}'], 'models.json', { type: 'application/json' });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
	return input;
}

afterEach(async () => {
	vi.restoreAllMocks();
	await locale.choose('en');
});

const cases = [
	{
		lang: 'en' as const,
		import: 'Import',
		cancel: 'Cancel',
		bar: 'Progress of the import',
		reading: 'Reading the file: 2.5 MB of 10 MB…',
		checking: 'Checking the entries: 250 of 1,000…',
		cancelled: 'Import cancelled. Nothing was changed.'
	},
	{
		lang: 'ar' as const,
		import: 'استيراد',
		cancel: 'إلغاء',
		bar: 'تقدّم الاستيراد',
		reading: 'جارٍ قراءة الملف: 2.5 ميغابايت من 10 ميغابايت…',
		checking: 'جارٍ فحص الإدخالات: 250 من 1,000…',
		cancelled: 'أُلغي الاستيراد. لم يتغير شيء.'
	}
];

describe('DataPanel: the progress of a file being read', () => {
	for (const c of cases) {
		it(`says each stage and cancels at once (${c.lang})`, async () => {
			await locale.choose(c.lang);
			const { spy, report } = slowRead();
			render(DataPanel);
			const input = await pick(c.import);
			await expect.poll(() => spy.mock.calls.length).toBe(1);
			expect(spy.mock.calls[0]![1]?.signal?.aborted).toBe(false);
			expect(input).toBeDisabled();

			report({ stage: 'reading', read: 2_500_000, total: 10_000_000 });
			const status = await screen.findByText(c.reading);
			expect(status).toHaveAttribute('role', 'status');
			const bar = screen.getByRole('progressbar', { name: c.bar });
			expect(bar).toHaveAttribute('value', '2500000');
			expect(bar).toHaveAttribute('max', '10000000');
			report({ stage: 'checking', done: 250, total: 1000 });
			await screen.findByText(c.checking);

			await fireEvent.click(screen.getByRole('button', { name: c.cancel }));
			expect(spy.mock.calls[0]![1]?.signal?.aborted).toBe(true);
			// The same live region as the progress, under the file control.
			await expect.poll(() => status.textContent).toBe(c.cancelled);
			expect(screen.queryByRole('progressbar')).toBeNull();
			expect(input).toBeEnabled();
			expect(input).toHaveFocus();
		});
	}
});
