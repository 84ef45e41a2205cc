import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { NOTE_MAX_LENGTH } from '$lib/domain/notes';
import { WRITE_ERROR_CODES } from '$lib/domain/write-error-codes';
import {
	openCatalogueStore,
	readOnlyStore,
	StorageWriteError,
	type CatalogueStore
} from '$lib/storage/catalogue-store';
import { CatalogueState } from './catalogue.svelte';
import { writeFailure } from './write-failure';

describe('writeFailure', () => {
	const cases = [
		{ error: new StorageWriteError('quota', 'full'), expected: { code: 'quota', detail: 'full' } },
		{ error: new StorageWriteError('closed', 'x'), expected: { code: 'closed', detail: 'x' } },
		{
			error: { code: 'aborted', message: 'm' },
			expected: { code: 'aborted', detail: 'm' }
		},
		{ error: new TypeError('boom'), expected: { code: 'failed', detail: 'boom' } },
		{ error: { code: 'strange' }, expected: { code: 'failed', detail: '[object Object]' } },
		{ error: undefined, expected: { code: 'failed', detail: 'undefined' } }
	];
	for (const c of cases) {
		it(`reads ${String((c.error as { code?: unknown })?.code ?? c.error)}`, () => {
			expect(writeFailure(c.error)).toEqual(c.expected);
		});
	}
	it('keeps every code storage can give, from the one list', () => {
		for (const code of WRITE_ERROR_CODES) {
			expect(writeFailure(new StorageWriteError(code, 'why'))).toEqual({ code, detail: 'why' });
		}
	});
});

describe('CatalogueState when storage is stuck', () => {
	it('is read-only and stuck, refuses writes with their code, and is writable once the database answers', async () => {
		let late: ((store: CatalogueStore) => void) | undefined;
		const state = new CatalogueState(async (_onVersionChange, onLateOpen) => {
			late = onLateOpen;
			return readOnlyStore(shippedCatalogue, undefined, true);
		});
		const stop = state.start();
		await expect.poll(() => state.source).toBe('read-only');
		expect(state.stuck).toBe(true);
		await expect(state.setNote('gpt-4o', 'x')).rejects.toMatchObject({ code: 'blocked' });
		await expect(state.toggleFavourite('model', 'gpt-4o')).rejects.toMatchObject({
			code: 'blocked'
		});
		expect(state.isFavourite('model', 'gpt-4o')).toBe(false);

		late!(await openCatalogueStore(shippedCatalogue, { name: `late-${Math.random()}` }));
		await expect.poll(() => state.source).toBe('indexeddb');
		expect(state.stuck).toBe(false);
		expect(state.problem).toBeUndefined();
		await state.toggleFavourite('model', 'gpt-4o');
		await expect.poll(() => state.isFavourite('model', 'gpt-4o')).toBe(true);
		stop();
	});

	it('never lets a read-only store replace a writable one that came first', async () => {
		const writable = await openCatalogueStore(shippedCatalogue, { name: `first-${Math.random()}` });
		// What the state did with the read-only store that came second: closed it, or followed it.
		const fate: string[] = [];
		const readOnly = readOnlyStore(shippedCatalogue, undefined, true);
		const second: CatalogueStore = {
			...readOnly,
			observeFavourites: () => (fate.push('followed'), readOnly.observeFavourites()),
			close: () => (fate.push('closed'), readOnly.close())
		};
		const state = new CatalogueState(async (_onVersionChange, onLateOpen) => {
			onLateOpen(writable);
			return second;
		});
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		// Settled once the state has dealt with the second store, either way.
		await expect.poll(() => fate.length).toBeGreaterThan(0);
		expect(fate).toEqual(['closed']);
		expect(state.source).toBe('indexeddb');
		expect(state.stuck).toBe(false);
		stop();
	});
});

describe('CatalogueState.setNote', () => {
	it('has the saved note at once, before it is read back', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `note-${Math.random()}` });
		const state = new CatalogueState(async () => store);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		await state.setNote('gpt-4o', 'mine');
		expect(state.notes.get('gpt-4o')).toBe('mine');
		await state.setNote('gpt-4o', '  ');
		expect(state.notes.has('gpt-4o')).toBe(false);
		stop();
	});

	it('has at once the note the store keeps: cut to its longest, removed when blank', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `long-${Math.random()}` });
		const state = new CatalogueState(async () => store);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		// What the store holds: the first value of a fresh live query, which reads IndexedDB.
		const stored = () =>
			new Promise<Map<string, string>>((done) => {
				const sub = store.observeNotes().subscribe({
					next: (notes) => {
						done(notes);
						queueMicrotask(() => sub.unsubscribe());
					}
				});
			});
		await state.setNote('gpt-4o', 'n'.repeat(NOTE_MAX_LENGTH + 1));
		expect(state.notes.get('gpt-4o')).toBe('n'.repeat(NOTE_MAX_LENGTH));
		expect((await stored()).get('gpt-4o')).toBe(state.notes.get('gpt-4o'));
		await state.setNote('gpt-4o', ' '.repeat(NOTE_MAX_LENGTH) + 'n');
		expect(state.notes.has('gpt-4o')).toBe(false);
		expect((await stored()).has('gpt-4o')).toBe(false);
		stop();
	});

	it('leaves the notes as they were when storage refuses', async () => {
		const store = await openCatalogueStore(shippedCatalogue, { name: `refused-${Math.random()}` });
		const refusing: CatalogueStore = {
			...store,
			setNote: async () => {
				throw new StorageWriteError('quota', 'QuotaExceededError: full');
			}
		};
		const state = new CatalogueState(async () => refusing);
		const stop = state.start();
		await expect.poll(() => state.source).toBe('indexeddb');
		await expect(state.setNote('gpt-4o', 'mine')).rejects.toMatchObject({ code: 'quota' });
		expect(state.notes.has('gpt-4o')).toBe(false);
		stop();
	});
});
