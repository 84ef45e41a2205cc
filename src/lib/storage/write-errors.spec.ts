import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { handOwn } from '$lib/domain/synthetic';
import { classifyWriteError } from './write-errors';
import {
	openCatalogueStore,
	openTimeLimitMs,
	OPEN_TIME_LIMIT_HOOK,
	OPEN_TIME_LIMIT_MS,
	readOnlyStore,
	StorageWriteError,
	writing,
	type CatalogueStore
} from './catalogue-store';

const dom = (name: string, message = `${name} said`) => new DOMException(message, name);

describe('classifyWriteError', () => {
	const cases: { what: string; error: unknown; code: string; detail: RegExp }[] = [
		{
			what: 'storage full',
			error: dom('QuotaExceededError', 'The quota has been exceeded.'),
			code: 'quota',
			detail: /^QuotaExceededError: The quota has been exceeded\.$/
		},
		{
			what: "Dexie's own quota error",
			error: new Dexie.QuotaExceededError('full'),
			code: 'quota',
			detail: /^QuotaExceededError: full$/
		},
		{
			what: 'a transaction aborted by quota (Dexie: AbortError with inner)',
			error: new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError', 'full')),
			code: 'quota',
			detail: /^QuotaExceededError: full$/
		},
		{
			what: 'an abort whose cause is quota (the standard `cause`)',
			error: Object.assign(dom('AbortError'), { cause: dom('QuotaExceededError', 'full') }),
			code: 'quota',
			detail: /full/
		},
		{
			what: "Firefox's old quota name",
			error: { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'reached' },
			code: 'quota',
			detail: /reached/
		},
		{
			what: 'a closed database',
			error: new Dexie.DatabaseClosedError(),
			code: 'closed',
			detail: /Database has been closed/
		},
		{
			what: 'a connection closing (raw IndexedDB)',
			error: dom('InvalidStateError', 'The database connection is closing.'),
			code: 'closed',
			detail: /closing/
		},
		{
			what: 'a version change in the way',
			error: new Dexie.VersionChangeError('Database version changed by other connection'),
			code: 'blocked',
			detail: /version changed/
		},
		{
			what: 'a version error inside an open failure',
			error: new Dexie.OpenFailedError(dom('VersionError', 'lower version')),
			code: 'blocked',
			detail: /VersionError: lower version/
		},
		{
			what: 'a transaction aborted by another tab or the browser',
			error: new Dexie.AbortError('Transaction aborted'),
			code: 'aborted',
			detail: /Transaction aborted/
		},
		{
			what: 'a raw abort',
			error: dom('AbortError', 'The transaction was aborted.'),
			code: 'aborted',
			detail: /^AbortError: The transaction was aborted\.$/
		},
		{
			what: 'anything else, with the browser’s reason',
			error: dom('UnknownError', 'Internal error opening backing store'),
			code: 'failed',
			detail: /^UnknownError: Internal error opening backing store$/
		},
		{ what: 'a thrown string', error: 'odd', code: 'failed', detail: /^odd$/ },
		{ what: 'nothing at all', error: undefined, code: 'failed', detail: /^undefined$/ }
	];
	for (const c of cases) {
		it(`names ${c.what}: ${c.code}`, () => {
			const named = classifyWriteError(c.error);
			expect(named).toBeInstanceOf(StorageWriteError);
			expect(named.code).toBe(c.code);
			expect(named.message).toMatch(c.detail);
		});
	}

	it('gives a StorageWriteError back as it is', () => {
		const conflict = new StorageWriteError('conflict', 'gpt-4o');
		expect(classifyWriteError(conflict)).toBe(conflict);
	});

	it('does not loop on an error that wraps itself', () => {
		const odd = { name: 'AbortError', message: 'me', inner: undefined as unknown };
		odd.inner = odd;
		expect(classifyWriteError(odd).code).toBe('aborted');
	});

	it('turns what a write throws into its code (writing)', async () => {
		await expect(
			writing(async () => {
				throw new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError', 'full'));
			})
		).rejects.toMatchObject({ code: 'quota' });
		await expect(writing(async () => 7)).resolves.toBe(7);
	});
});

describe('openTimeLimitMs', () => {
	const cases: { what: string; asked?: number; hook?: unknown; expected: number }[] = [
		{ what: 'nothing set', expected: OPEN_TIME_LIMIT_MS },
		{ what: 'an option', asked: 50, expected: 50 },
		{ what: 'a shorter hook', hook: 300, expected: 300 },
		{ what: 'a longer hook', hook: OPEN_TIME_LIMIT_MS + 1, expected: OPEN_TIME_LIMIT_MS },
		{ what: 'a hook of 0', hook: 0, expected: OPEN_TIME_LIMIT_MS },
		{ what: 'a fraction', hook: 2.5, expected: OPEN_TIME_LIMIT_MS },
		{ what: 'a string', hook: '300', expected: OPEN_TIME_LIMIT_MS }
	];
	for (const c of cases) {
		it(`is ${c.expected} ms with ${c.what}`, () => {
			const scope = c.hook === undefined ? {} : { [OPEN_TIME_LIMIT_HOOK]: c.hook };
			expect(openTimeLimitMs(c.asked, scope)).toBe(c.expected);
		});
	}
});

/** An IndexedDB whose `open` gives a request that never answers (a known WebKit hang). */
function hangingIdb() {
	const real = new IDBFactory();
	return {
		indexedDB: new Proxy(real, {
			get(target, key) {
				if (key === 'open') return () => ({}) as IDBOpenDBRequest;
				const value = Reflect.get(target, key) as unknown;
				return typeof value === 'function' ? value.bind(target) : value;
			}
		}),
		IDBKeyRange
	};
}

describe('openCatalogueStore’s time limit', () => {
	it('goes on read-only, stuck, when opening never answers, and refuses writes clearly', async () => {
		const started = Date.now();
		const store = await openCatalogueStore(shippedCatalogue, {
			dexie: hangingIdb(),
			timeLimitMs: 60
		});
		expect(Date.now() - started).toBeLessThan(2000);
		expect(store.mode).toBe('read-only');
		expect(store.stuck).toBe(true);
		await expect(store.setNote('gpt-4o', 'x')).rejects.toMatchObject({ code: 'blocked' });
		await expect(store.addOwn(handOwn())).rejects.toMatchObject({ code: 'blocked' });
		await expect(store.setFavourite('model:gpt-4o', true)).rejects.toMatchObject({
			code: 'blocked'
		});
		store.close();
	});

	it('goes on read-only at once when this tab’s upgrade is blocked, and writable when it is free', async () => {
		const indexedDB = new IDBFactory();
		// Another tab holds the database at an older version and ignores the version change.
		const holder = await new Promise<IDBDatabase>((done, fail) => {
			const request = indexedDB.open('model-chooser', 1);
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
		holder.onversionchange = () => {};
		let late: CatalogueStore | undefined;
		const started = Date.now();
		const store = await openCatalogueStore(shippedCatalogue, {
			dexie: { indexedDB, IDBKeyRange },
			timeLimitMs: 30_000,
			onLateOpen: (opened) => (late = opened)
		});
		// The blocked event, not the time limit, ended the wait.
		expect(Date.now() - started).toBeLessThan(5000);
		expect(store.mode).toBe('read-only');
		expect(store.stuck).toBe(true);
		holder.close();
		await expect.poll(() => late?.mode).toBe('indexeddb');
		await late!.setNote('gpt-4o', 'kept');
		const notes = await new Promise<Map<string, string>>((done) => {
			const sub = late!.observeNotes().subscribe({
				next: (value) => {
					queueMicrotask(() => sub.unsubscribe());
					done(value);
				}
			});
		});
		expect(notes.get('gpt-4o')).toBe('kept');
		late!.close();
	});

	it('refuses writes of a store that cannot save with its own code', async () => {
		const store = readOnlyStore(shippedCatalogue, 'SecurityError: no');
		expect(store.stuck).toBe(false);
		await expect(store.resetOwn()).rejects.toMatchObject({ code: 'read-only' });
	});
});
