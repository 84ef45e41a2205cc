import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { catalogueState } from '$lib/state/catalogue.svelte';
import DataPanel from './DataPanel.svelte';

/** OpenRouter's list of four entries, as its source sends it. */
const version1 = JSON.parse(readFileSync('tests/fixtures/openrouter-models.sample.json', 'utf8'));
type Entry = { id: string; pricing: { prompt: string; completion: string } };

/** Picks a file in the import's file input, as the person does. */
async function pick(text: string, name: string, lastModified: number, label = 'Import') {
	const input = screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;
	const file = new File([text], name, { type: 'application/json', lastModified });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

/** Presses Import in the preview, and waits for what the import says. */
async function importPreview(said: RegExp) {
	const button = await screen.findByRole('button', { name: 'Import' }, { timeout: 10_000 });
	await fireEvent.click(button);
	return screen.findByText(said, undefined, { timeout: 10_000 });
}

/** Presses Import (استيراد) in an Arabic preview, and waits for what the import says. */
async function arabicImport(said: RegExp) {
	const button = await screen.findByRole('button', { name: 'استيراد' }, { timeout: 10_000 });
	await fireEvent.click(button);
	return screen.findByText(said, { selector: '[role="status"]' }, { timeout: 10_000 });
}

/** The person's data as stored, read through the state's export. */
const exported = async () => JSON.parse(await catalogueState.exportText(false));

let stop = () => {};
beforeAll(() => void (stop = catalogueState.start()));
afterAll(() => stop());

describe('DataPanel: a public list imported from a file', () => {
	it('replaces the list stored, keeping edits, notes and stars, dated by the file', async () => {
		await expect.poll(() => catalogueState.loaded, { timeout: 10_000 }).toBe(true);
		render(DataPanel);
		const november = Date.parse('2026-11-01T08:00:00.000Z');
		await pick(JSON.stringify(version1), 'models.json', november);
		// The first copy: nothing to compare with.
		await importPreview(/^Imported 4 models \(5 ways to use them\) from OpenRouter\.$/);
		await expect
			.poll(() => catalogueState.lists)
			.toEqual([
				{ source: 'openrouter', asOf: '2026-11-01T08:00:00.000Z', how: 'file', entries: 4 }
			]);

		// The person stars and notes the entry the next copy drops, and edits another's price.
		const first = await exported();
		const offerOf = (entry: string) =>
			first.offers.find((o: { name?: { en?: string }; id: string }) => o.id.includes(entry))!;
		const gone = offerOf('mistral-small-2603');
		const edited = offerOf('gpt-5.4-mini');
		const goneModel = gone.models[0];
		await catalogueState.toggleFavourite('model', goneModel);
		await catalogueState.setNote(goneModel, 'Fast enough for drafts');
		const price = { type: 'per-use' as const, inputPerMTok: 0.5, outputPerMTok: 3 };
		await catalogueState.setEdit(`offer:${edited.id}`, { price });

		// A newer file of the same list: one entry gone, one price changed.
		const version2 = structuredClone(version1) as { data: Entry[] };
		version2.data = version2.data.filter((e) => e.id !== 'mistralai/mistral-small-2603');
		version2.data.find((e) => e.id === 'openai/gpt-5.4-mini')!.pricing.prompt = '0.000001';
		const december = Date.parse('2026-12-01T08:00:00.000Z');
		await pick(JSON.stringify(version2), 'models (1).json', december);
		// Before Import, the preview says what it would make legacy, and names them; nothing is
		// written yet.
		const retiring = await screen.findByText(
			'This list no longer has 2 entries of the copy you have: Import will mark them legacy (kept, not deleted).',
			undefined,
			{ timeout: 10_000 }
		);
		expect(screen.getByRole('button', { name: 'Import' }).getAttribute('aria-describedby')).toBe(
			retiring.parentElement!.id
		);
		expect(retiring.nextElementSibling?.textContent).toMatch(/^They are: .*Mistral.* and .*\.$/);
		expect(
			(await exported()).offers.find((o: { id: string }) => o.id === gone.id)?.status
		).not.toBe('legacy');
		await importPreview(
			/from OpenRouter\. Compared with the list you had: 3 entries updated, 0 new and 2 no longer listed \(kept, marked legacy\)\. Your edits, notes and stars on them are kept\.$/
		);

		const after = await exported();
		expect(after.offers.find((o: { id: string }) => o.id === gone.id)?.status).toBe('legacy');
		expect(after.favourites).toContain(`model:${goneModel}`);
		expect(after.notes).toMatchObject([{ modelId: goneModel, text: 'Fast enough for drafts' }]);
		expect(after.edits).toMatchObject([{ key: `offer:${edited.id}`, patch: { price } }]);
		await expect
			.poll(() => catalogueState.lists)
			.toEqual([
				{ source: 'openrouter', asOf: '2026-12-01T08:00:00.000Z', how: 'file', entries: 3 }
			]);

		// The app's own export is added as it is: no list replaced, its own records carried.
		const text = await catalogueState.exportText(false);
		await pick(text, 'model-chooser.json', Date.now());
		// Its words say what it added, and nothing of a list replaced.
		await importPreview(/^Imported \d+ entries from a Model Chooser export\.$/);
		await expect
			.poll(() => catalogueState.lists)
			.toEqual([
				{ source: 'openrouter', asOf: '2026-12-01T08:00:00.000Z', how: 'file', entries: 3 }
			]);
		expect((await exported()).notes).toMatchObject([{ modelId: goneModel }]);
	}, 60_000);

	it('in Arabic, says how many entries Import would make legacy and names a few, then what it did', async () => {
		await catalogueState.resetOwn();
		await locale.choose('ar');
		try {
			render(DataPanel);
			const november = Date.parse('2026-11-01T08:00:00.000Z');
			await pick(JSON.stringify(version1), 'models.json', november, 'استيراد');
			await arabicImport(/OpenRouter\u2069\./);
			// A newer copy keeping only one entry of four: the other three's offers (four) go.
			const version2 = structuredClone(version1) as { data: Entry[] };
			version2.data = version2.data.filter((e) => e.id === 'openai/gpt-5.4-mini');
			const december = Date.parse('2026-12-01T08:00:00.000Z');
			await pick(JSON.stringify(version2), 'models (1).json', december, 'استيراد');
			const summary = await screen.findByText(
				/^لم تعد في هذه القائمة 4 إدخالات من نسختك: سيعلّمها الاستيراد قديمة \(يُبقى عليها ولا تُحذف\)\.$/,
				undefined,
				{ timeout: 10_000 }
			);
			// Three named, in Arabic's own list ("a و b و c"), each isolated.
			const names = summary.nextElementSibling?.textContent ?? '';
			const name = '[\u2067\u2068][^\u2069]+\u2069';
			expect(names).toMatch(new RegExp(`^منها: ${name} و${name} و${name}\\.$`));
			expect(names).not.toMatch(/[;,]/);
			await arabicImport(/4 إدخالات لم تعد مدرجة \(أُبقي عليها، وعُلِّمت قديمة\)/);
		} finally {
			await locale.choose('en');
		}
	}, 60_000);
});

describe('DataPanel: export and reset', () => {
	it('says what each did beside its own button, and keeps the focus there', async () => {
		await expect.poll(() => catalogueState.loaded, { timeout: 10_000 }).toBe(true);
		const made = URL.createObjectURL;
		URL.createObjectURL = () => 'blob:export';
		try {
			render(DataPanel);
			// Export: said right under its row, not under Import, two sections further down.
			await fireEvent.click(screen.getByRole('button', { name: 'Export' }));
			const exportedSaid = await screen.findByText(/^Exported model-chooser-[\d-]+\.json\.$/);
			expect(exportedSaid.getAttribute('role')).toBe('status');
			expect(exportedSaid.previousElementSibling?.textContent).toContain('Export');
			// Reset…: the confirmation takes the focus; Cancel gives it back to Reset….
			await fireEvent.click(screen.getByRole('button', { name: 'Reset…' }));
			const confirm = screen.getByRole('group', {
				name: 'Start again from the built-in catalogue'
			});
			await expect.poll(() => document.activeElement).toBe(confirm);
			await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
			await expect
				.poll(() => document.activeElement)
				.toBe(screen.getByRole('button', { name: 'Reset…' }));
			// Done: said under Reset…, which has the focus again.
			await fireEvent.click(screen.getByRole('button', { name: 'Reset…' }));
			await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
			const done = await screen.findByText('Back to the built-in catalogue.');
			expect(done.getAttribute('role')).toBe('status');
			const again = screen.getByRole('button', { name: 'Reset…' });
			expect(again.nextElementSibling).toBe(done);
			await expect.poll(() => document.activeElement).toBe(again);
		} finally {
			URL.createObjectURL = made;
		}
	}, 30_000);
});
