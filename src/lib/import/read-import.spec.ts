/**
 * The page's side of an import read off its thread, with a stand-in Worker: progress is passed
 * on, the result resolves once, Cancel terminates the worker at once, and a worker that cannot
 * start leaves the read to the page. The Trusted Types policy makes only the worker's address.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImport, shippedContext } from '$lib/domain/import';
import { listText, openRouterList } from '../../../tests/lists';
import type { ImportMessage, ImportRequest } from './protocol';
import { readImportOffThread, WARM_WORKER_MS, warmImportWorker } from './read-import';
import { importWorkerUrl } from './worker-url';

vi.mock('./import.worker?worker&url', () => ({ default: '/_app/immutable/workers/import.js' }));

/** A stand-in for `Worker`: records what it was sent and whether it was terminated. */
class FakeWorker {
	static made: FakeWorker[] = [];
	onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	sent: ImportRequest[] = [];
	terminated = false;
	constructor(
		readonly url: string | URL,
		readonly options: WorkerOptions
	) {
		FakeWorker.made.push(this);
	}
	postMessage(request: ImportRequest) {
		this.sent.push(request);
	}
	terminate() {
		this.terminated = true;
	}
	say(message: ImportMessage) {
		this.onmessage?.({ data: message } as MessageEvent<ImportMessage>);
	}
}

const context = shippedContext('2026-12-04');
const text = listText(openRouterList(300));
const worker = async () => {
	await vi.waitFor(() => expect(FakeWorker.made).toHaveLength(1));
	return FakeWorker.made[0]!;
};

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	FakeWorker.made = [];
});

describe('readImportOffThread', () => {
	it('starts a module worker, passes its progress on and resolves with its result', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
		const heard: unknown[] = [];
		const reading = readImportOffThread({ text, context }, { onProgress: (p) => heard.push(p) });
		const w = await worker();
		expect(String(w.url)).toBe('https://chooser.example/_app/immutable/workers/import.js');
		expect(w.options.type).toBe('module');
		expect(w.sent).toEqual([{ text, context }]);
		w.say({ type: 'progress', progress: { stage: 'parsing' } });
		w.say({ type: 'result', result: { ok: false, problem: { code: 'empty' } } });
		expect(await reading).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(heard).toEqual([{ stage: 'parsing' }]);
		expect(w.terminated).toBe(true);
	});

	it('puts a preview’s models and offers, sent in parts, back into its result', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
		const whole = readImport(text, context);
		if (!whole.ok) throw new Error('not a preview');
		const { models, offers } = whole.data;
		const reading = readImportOffThread({ text, context });
		const w = await worker();
		w.say({ type: 'models', records: models.slice(0, 100) });
		w.say({ type: 'models', records: models.slice(100) });
		w.say({ type: 'offers', records: offers });
		w.say({
			type: 'result',
			result: { ...whole, data: { ...whole.data, models: [], offers: [] } }
		});
		expect(await reading).toEqual(whole);
	});

	it('Cancel terminates the worker at once and rejects; later messages are not heard', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
		const stop = new AbortController();
		const heard: unknown[] = [];
		const reading = readImportOffThread(
			{ text, context },
			{ signal: stop.signal, onProgress: (p) => heard.push(p) }
		);
		const w = await worker();
		stop.abort();
		expect(w.terminated).toBe(true);
		await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
		w.say({ type: 'progress', progress: { stage: 'checking' } });
		expect(heard).toEqual([]);
	});

	it('reads on the page where there is no Worker, or the worker never started', async () => {
		vi.stubGlobal('Worker', undefined);
		const direct = await readImportOffThread({ text, context });
		expect(direct.ok && direct.found).toBe(300);

		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
		const reading = readImportOffThread({ text, context });
		const w = await worker();
		w.onerror?.({ message: 'refused', preventDefault() {} } as ErrorEvent);
		const fallen = await reading;
		expect(fallen.ok && fallen.found).toBe(300);
	});

	it('a worker that fails midway gives a refused read, not an error', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
		const reading = readImportOffThread({ text, context });
		const w = await worker();
		w.say({ type: 'progress', progress: { stage: 'parsing' } });
		w.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
		expect(await reading).toEqual({
			ok: false,
			problem: { code: 'unreadable', detail: 'out of memory' }
		});
	});
});

describe('warmImportWorker', () => {
	const stubs = () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('location', { href: 'https://chooser.example/settings' });
	};

	it('starts the worker before its read, once however often asked; the read takes that one', async () => {
		stubs();
		warmImportWorker();
		warmImportWorker();
		expect(FakeWorker.made).toHaveLength(1);
		const w = FakeWorker.made[0]!;
		expect(w.options).toEqual({ type: 'module', name: 'import' });
		expect(w.sent).toEqual([]);
		const reading = readImportOffThread({ text, context });
		expect(FakeWorker.made).toHaveLength(1);
		expect(w.sent).toEqual([{ text, context }]);
		w.say({ type: 'result', result: { ok: false, problem: { code: 'empty' } } });
		expect(await reading).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(w.terminated).toBe(true);
		// Taken: the next read starts its own.
		const next = readImportOffThread({ text, context });
		expect(FakeWorker.made).toHaveLength(2);
		FakeWorker.made[1]!.say({ type: 'result', result: { ok: false, problem: { code: 'empty' } } });
		await next;
	});

	it('a warm worker whose script failed is dropped, and the read starts its own', async () => {
		stubs();
		warmImportWorker();
		const failed = FakeWorker.made[0]!;
		failed.onerror?.({ message: 'refused', preventDefault() {} } as ErrorEvent);
		expect(failed.terminated).toBe(true);
		const reading = readImportOffThread({ text, context });
		expect(FakeWorker.made).toHaveLength(2);
		expect(failed.sent).toEqual([]);
		FakeWorker.made[1]!.say({ type: 'result', result: { ok: false, problem: { code: 'empty' } } });
		expect(await reading).toEqual({ ok: false, problem: { code: 'empty' } });
	});

	it('a warm worker no read took is ended after two minutes', () => {
		vi.useFakeTimers();
		stubs();
		warmImportWorker();
		const w = FakeWorker.made[0]!;
		vi.advanceTimersByTime(WARM_WORKER_MS - 1);
		expect(w.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		expect(w.terminated).toBe(true);
		// Ended, so asking again starts another.
		warmImportWorker();
		expect(FakeWorker.made).toHaveLength(2);
		vi.advanceTimersByTime(WARM_WORKER_MS);
	});

	it('does nothing where no worker can start; the read reads on the page', async () => {
		vi.stubGlobal('Worker', undefined);
		warmImportWorker();
		const read = await readImportOffThread({ text, context });
		expect(read.ok && read.found).toBe(300);
	});
});

describe('importWorkerUrl', () => {
	it('makes its one address through a named policy, and refuses any other', () => {
		const made: { name: string; rules: { createScriptURL(url: string): string } }[] = [];
		vi.stubGlobal('trustedTypes', {
			createPolicy(name: string, rules: { createScriptURL(url: string): string }) {
				made.push({ name, rules });
				return { createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) };
			}
		});
		const base = 'https://chooser.example/settings';
		const url = importWorkerUrl('/_app/immutable/workers/import.js', base);
		expect(url).toEqual({ trusted: 'https://chooser.example/_app/immutable/workers/import.js' });
		expect(made.map((p) => p.name)).toEqual(['model-chooser-import-worker']);
		const { rules } = made[0]!;
		expect(() =>
			rules.createScriptURL('https://elsewhere.example/_app/immutable/workers/import.js')
		).toThrow(TypeError);
		expect(() => rules.createScriptURL('/_app/immutable/other.js')).toThrow(TypeError);
		expect(() => rules.createScriptURL('data:text/javascript,1')).toThrow(TypeError);
	});
});
