import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '$lib/domain/import';
import {
	FETCH_TIME_LIMIT_MS,
	fetchList,
	injectedTimeLimitMs,
	LIST_REQUEST,
	noAnswerFailure,
	PROBE_REQUEST,
	PROBE_TIME_LIMIT_MS,
	TIME_LIMIT_HOOK,
	suggestsFileImport,
	type FetchFailure,
	type FetchListOptions,
	type FetchProgress,
	type ProbeResult
} from './fetch-list';

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const encoder = new TextEncoder();

/** A body that arrives in the given pieces; `stall` leaves it open after them, as a slow source. */
function streamOf(
	pieces: (string | Uint8Array)[],
	{ stall = false }: { stall?: boolean } = {}
): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
	let cancelled = false;
	let i = 0;
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			const piece = pieces[i++];
			if (piece !== undefined) {
				controller.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece);
			} else if (!stall) controller.close();
			// A stalled stream enqueues nothing more: the read waits for ever.
			else return new Promise<void>(() => {});
		},
		cancel() {
			cancelled = true;
		}
	});
	return { stream, cancelled: () => cancelled };
}

/** A fetch that answers with `response`, and records what it was asked. */
function answering(response: Response | (() => Response)) {
	return vi.fn<typeof fetch>(async () => (typeof response === 'function' ? response() : response));
}

/** A fetch that never answers and ignores its signal: only the time limit or cancelling ends it. */
const neverAnswers = vi.fn<typeof fetch>(() => new Promise<Response>(() => {}));

/** Fetches with the test's clock, online, and collects the progress reported. */
async function run(list: 'openrouter' | 'models-dev', options: FetchListOptions) {
	const progress: FetchProgress[] = [];
	const result = await fetchList(list, {
		now: () => NOW,
		online: () => true,
		onProgress: (p) => progress.push(p),
		...options
	});
	return { result, progress };
}

const failureOf = (result: Awaited<ReturnType<typeof fetchList>>): FetchFailure | undefined =>
	result.ok ? undefined : result.failure;

const LIST = JSON.stringify({ data: [{ id: 'acme/widget-7b', name: 'Acme: Widget 7B' }] });

describe('fetchList: the request', () => {
	it('asks the list’s own address, with no credentials, headers, referrer or cache', async () => {
		const get = answering(new Response(LIST));
		await run('openrouter', { fetch: get });
		expect(get).toHaveBeenCalledTimes(1);
		const [url, init] = get.mock.calls[0]!;
		expect(url).toBe('https://openrouter.ai/api/v1/models');
		expect(init).toMatchObject({
			method: 'GET',
			mode: 'cors',
			credentials: 'omit',
			cache: 'no-store',
			referrerPolicy: 'no-referrer'
		});
		expect(init?.headers).toBeUndefined();
		expect(init?.body).toBeUndefined();
		expect(init?.signal).toBeInstanceOf(AbortSignal);
	});

	it('asks models.dev at its address', async () => {
		const get = answering(new Response('{}'));
		await run('models-dev', { fetch: get });
		expect(get.mock.calls[0]![0]).toBe('https://models.dev/api.json');
	});

	it('sends the same request every time: nothing in it varies with the person', () => {
		expect(Object.keys(LIST_REQUEST).sort()).toEqual(
			['cache', 'credentials', 'method', 'mode', 'redirect', 'referrerPolicy'].sort()
		);
	});

	it('waits 60 seconds and takes the import’s size limit unless told', () => {
		expect(FETCH_TIME_LIMIT_MS).toBe(60_000);
		expect(MAX_IMPORT_BYTES).toBe(64_000_000);
	});
});

describe('fetchList: a list that arrives', () => {
	it('gives its text, its size and the time it arrived', async () => {
		const { result } = await run('openrouter', { fetch: answering(new Response(LIST)) });
		expect(result).toEqual({
			ok: true,
			list: 'openrouter',
			text: LIST,
			bytes: encoder.encode(LIST).byteLength,
			fetchedAt: '2026-12-03T12:00:00.000Z'
		});
	});

	it('reports the bytes received of the announced total as the body arrives', async () => {
		const pieces = ['{"data":[', '{"id":"a"}', ',{"id":"b"}', ']}'];
		const total = pieces.join('').length;
		const { stream } = streamOf(pieces);
		const response = new Response(stream, { headers: { 'content-length': String(total) } });
		const { result, progress } = await run('openrouter', { fetch: answering(response) });
		expect(result.ok).toBe(true);
		expect(progress).toEqual([
			{ received: 0, total },
			{ received: 9, total },
			{ received: 19, total },
			{ received: 30, total },
			{ received: 32, total }
		]);
	});

	it('reports no total when none is announced', async () => {
		const { stream } = streamOf(['{"a":', '1}']);
		const { progress } = await run('models-dev', { fetch: answering(new Response(stream)) });
		expect(progress).toEqual([{ received: 0 }, { received: 5 }, { received: 7 }]);
	});

	it('drops the total once the body outgrows it (a compressed transfer’s size)', async () => {
		const { stream } = streamOf(['{"data":[', '{"id":"a"}', ']}']);
		const response = new Response(stream, { headers: { 'content-length': '12' } });
		const { result, progress } = await run('openrouter', { fetch: answering(response) });
		expect(result.ok).toBe(true);
		expect(progress).toEqual([
			{ received: 0, total: 12 },
			{ received: 9, total: 12 },
			{ received: 19 },
			{ received: 21 }
		]);
	});

	it('decodes UTF-8 split across pieces, and drops a byte-order mark', async () => {
		const bytes = encoder.encode('\ufeff{"name":"نموذج 🙂"}');
		const pieces = [bytes.slice(0, 2), bytes.slice(2, 13), bytes.slice(13, 24), bytes.slice(24)];
		const { stream } = streamOf(pieces);
		const { result } = await run('openrouter', { fetch: answering(new Response(stream)) });
		expect(result.ok && result.text).toBe('{"name":"نموذج 🙂"}');
		expect(result.ok && result.bytes).toBe(bytes.byteLength);
	});

	it('takes a list up to the size limit, exactly', async () => {
		const text = `[${' '.repeat(98)}]`;
		const { result } = await run('openrouter', {
			fetch: answering(new Response(text)),
			maxBytes: 100
		});
		expect(result.ok && result.bytes).toBe(100);
	});
});

describe('fetchList: why a fetch failed', () => {
	it('says offline without asking the network when the device is offline', async () => {
		const get = answering(new Response(LIST));
		const { result } = await run('openrouter', { fetch: get, online: () => false });
		expect(result).toEqual({ ok: false, list: 'openrouter', failure: { reason: 'offline' } });
		expect(get).not.toHaveBeenCalled();
	});

	it('says offline when the network fails and the device has gone offline', async () => {
		let online = true;
		const get = vi.fn<typeof fetch>(async () => {
			online = false;
			throw new TypeError('Failed to fetch');
		});
		const { result } = await run('models-dev', { fetch: get, online: () => online });
		expect(failureOf(result)).toEqual({ reason: 'offline' });
	});

	/** A fetch whose read fails as a browser's does (no status), and whose probe does `probe`. */
	const readFails = (probe: 'answers' | 'fails' | 'hangs') =>
		vi.fn<typeof fetch>(async (_url, init) => {
			if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
			if (probe === 'answers') return new Response(null, { status: 404 });
			if (probe === 'fails') throw new TypeError('Failed to fetch');
			return new Promise<Response>(() => {});
		});

	it('says blocked when the read fails but the address answers the probe (CORS)', async () => {
		const get = readFails('answers');
		const { result } = await run('openrouter', { fetch: get });
		expect(result).toEqual({ ok: false, list: 'openrouter', failure: { reason: 'blocked' } });
		// The probe: the same address, asked as plainly, never read.
		expect(get).toHaveBeenCalledTimes(2);
		expect(get.mock.calls[1]).toEqual([
			'https://openrouter.ai/api/v1/models',
			expect.objectContaining({ ...PROBE_REQUEST })
		]);
	});

	it('says unreachable when the probe fails too (DNS, network)', async () => {
		expect(failureOf((await run('models-dev', { fetch: readFails('fails') })).result)).toEqual({
			reason: 'unreachable'
		});
	});

	it('says unreachable when the fetch itself throws at once, and so does the probe', async () => {
		const get = vi.fn<typeof fetch>(() => {
			throw new TypeError('Invalid URL');
		});
		expect(failureOf((await run('openrouter', { fetch: get })).result)).toEqual({
			reason: 'unreachable'
		});
	});

	it('says both are possible when the probe gets no answer within its limit', async () => {
		vi.useFakeTimers();
		try {
			const running = run('openrouter', { fetch: readFails('hangs') });
			await vi.advanceTimersByTimeAsync(PROBE_TIME_LIMIT_MS);
			expect(failureOf((await running).result)).toEqual({ reason: 'unreachable-or-blocked' });
		} finally {
			vi.useRealTimers();
		}
	});

	it('says cancelled when the person cancels while the probe runs', async () => {
		const stop = new AbortController();
		const get = vi.fn<typeof fetch>(async (_url, init) => {
			if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
			stop.abort();
			return new Promise<Response>(() => {});
		});
		const { result } = await run('openrouter', { fetch: get, signal: stop.signal });
		expect(failureOf(result)).toEqual({ reason: 'cancelled' });
	});

	it('says unreachable when the network fails while the list arrives, without a probe', async () => {
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(encoder.encode('{"data": ['));
				controller.error(new TypeError('network error'));
			}
		});
		const get = answering(new Response(stream));
		expect(failureOf((await run('openrouter', { fetch: get })).result)).toEqual({
			reason: 'unreachable'
		});
		expect(get).toHaveBeenCalledTimes(1);
	});

	for (const status of [400, 403, 404, 429, 500, 503]) {
		it(`says refused with the status the source gave: ${status}`, async () => {
			const { stream, cancelled } = streamOf(['<html>']);
			const response = new Response(stream, { status });
			const { result, progress } = await run('openrouter', { fetch: answering(response) });
			expect(failureOf(result)).toEqual({ reason: 'refused', status });
			expect(progress).toEqual([]);
			expect(cancelled()).toBe(true);
		});
	}

	it('says too large from the announced size, without reading the body', async () => {
		const { stream, cancelled } = streamOf(['{}']);
		const response = new Response(stream, { headers: { 'content-length': '101' } });
		const { result, progress } = await run('openrouter', {
			fetch: answering(response),
			maxBytes: 100
		});
		expect(failureOf(result)).toEqual({ reason: 'too-large', limitBytes: 100, bytes: 101 });
		expect(progress).toEqual([]);
		expect(cancelled()).toBe(true);
	});

	it('says too large when the body outgrows the limit, and stops reading it', async () => {
		const { stream, cancelled } = streamOf(['[', ' '.repeat(60), ' '.repeat(60), ']'], {
			stall: true
		});
		const { result, progress } = await run('openrouter', {
			fetch: answering(new Response(stream)),
			maxBytes: 100
		});
		expect(failureOf(result)).toEqual({ reason: 'too-large', limitBytes: 100, bytes: 121 });
		expect(progress.at(-1)).toEqual({ received: 61 });
		expect(cancelled()).toBe(true);
	});

	// A text body without a type is `text/plain;charset=UTF-8` to the Response it makes.
	const plain = 'text/plain;charset=UTF-8';
	const notJson: { what: string; body: string | null; type?: string; said?: string }[] = [
		{
			what: 'a web page (a network’s sign-in page)',
			body: '<!doctype html><p>Sign in',
			type: 'text/html; charset=utf-8',
			said: 'text/html; charset=utf-8'
		},
		{
			what: 'a message in text',
			body: 'Rate limit exceeded',
			type: 'text/plain',
			said: 'text/plain'
		},
		{ what: 'an empty body', body: '', said: plain },
		{ what: 'no body at all', body: null },
		{ what: 'white space only', body: ' \n\t ', said: plain },
		{
			what: 'a JSON string, not a list',
			body: '"models"',
			type: 'application/json',
			said: 'application/json'
		},
		{
			what: 'a long type, cut',
			body: 'x',
			type: `text/${'x'.repeat(200)}`,
			said: `text/${'x'.repeat(95)}`
		}
	];
	for (const c of notJson) {
		it(`says not JSON for ${c.what}`, async () => {
			const headers = c.type ? { 'content-type': c.type } : undefined;
			const { result } = await run('models-dev', {
				fetch: answering(new Response(c.body, { headers }))
			});
			expect(failureOf(result)).toEqual({
				reason: 'not-json',
				...(c.said && { contentType: c.said })
			});
		});
	}

	it('leaves a list cut short or broken to the reader, which says where', async () => {
		const { result } = await run('openrouter', {
			fetch: answering(new Response('{"data":[{"id"'))
		});
		expect(result.ok).toBe(true);
	});
});

describe('fetchList: the time limit', () => {
	it('gives up on a source that never answers', async () => {
		const started = Date.now();
		const { result } = await run('openrouter', { fetch: neverAnswers, timeLimitMs: 20 });
		expect(failureOf(result)).toEqual({ reason: 'timeout', limitMs: 20 });
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('gives up on a body that stops arriving, and lets it go', async () => {
		const { stream, cancelled } = streamOf(['{"data":['], { stall: true });
		const { result, progress } = await run('openrouter', {
			fetch: answering(new Response(stream)),
			timeLimitMs: 30
		});
		expect(failureOf(result)).toEqual({ reason: 'timeout', limitMs: 30 });
		expect(progress).toEqual([{ received: 0 }, { received: 9 }]);
		expect(cancelled()).toBe(true);
	});

	it('tells the fetch to stop', async () => {
		let signal: AbortSignal | undefined;
		const get = vi.fn<typeof fetch>((_url, init) => {
			signal = init?.signal ?? undefined;
			return new Promise<Response>(() => {});
		});
		await run('openrouter', { fetch: get, timeLimitMs: 10 });
		expect(signal?.aborted).toBe(true);
	});

	it('leaves no timer behind once done', async () => {
		vi.useFakeTimers();
		try {
			await fetchList('openrouter', { fetch: answering(new Response(LIST)), online: () => true });
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('fetchList: the time limit a test of the built app sets', () => {
	it('reads a whole number of milliseconds, up to the real limit, from the global', () => {
		expect(injectedTimeLimitMs({ [TIME_LIMIT_HOOK]: 1500 })).toBe(1500);
		expect(injectedTimeLimitMs({ [TIME_LIMIT_HOOK]: FETCH_TIME_LIMIT_MS })).toBe(60_000);
		expect(injectedTimeLimitMs({})).toBeUndefined();
	});

	const refused: unknown[] = [0, -5, 1.5, FETCH_TIME_LIMIT_MS + 1, Infinity, NaN, '100', null];
	for (const value of refused) {
		it(`never lengthens nor removes the limit: ${String(value)} reads as none`, () => {
			expect(injectedTimeLimitMs({ [TIME_LIMIT_HOOK]: value })).toBeUndefined();
		});
	}

	it('gives up at the global’s limit when the caller says none', async () => {
		vi.stubGlobal(TIME_LIMIT_HOOK, 25);
		try {
			const { result } = await run('openrouter', { fetch: neverAnswers });
			expect(failureOf(result)).toEqual({ reason: 'timeout', limitMs: 25 });
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('fetchList: cancelling', () => {
	it('does not start when already cancelled', async () => {
		const get = answering(new Response(LIST));
		const { result } = await run('openrouter', { fetch: get, signal: AbortSignal.abort() });
		expect(result).toEqual({ ok: false, list: 'openrouter', failure: { reason: 'cancelled' } });
		expect(get).not.toHaveBeenCalled();
	});

	it('stops waiting for an answer', async () => {
		const person = new AbortController();
		const pending = run('models-dev', { fetch: neverAnswers, signal: person.signal });
		setTimeout(() => person.abort(), 5);
		expect(failureOf((await pending).result)).toEqual({ reason: 'cancelled' });
	});

	it('stops reading the body, and lets it go', async () => {
		const person = new AbortController();
		const { stream, cancelled } = streamOf(['{"data":[', '{"id":"a"}'], { stall: true });
		const { result } = await run('openrouter', {
			fetch: answering(new Response(stream)),
			signal: person.signal,
			onProgress: (p) => {
				if (p.received > 0) person.abort();
			}
		});
		expect(failureOf(result)).toEqual({ reason: 'cancelled' });
		expect(cancelled()).toBe(true);
	});

	it('is cancelled, not timed out, when the person cancels first', async () => {
		const person = new AbortController();
		person.abort();
		const { result } = await run('openrouter', {
			fetch: neverAnswers,
			signal: person.signal,
			timeLimitMs: 0
		});
		expect(failureOf(result)).toEqual({ reason: 'cancelled' });
	});
});

describe('fetchList: one list at a time, the other unaffected', () => {
	it('fetches both lists side by side, one failing, one arriving', async () => {
		const get = vi.fn<typeof fetch>(async (url) => {
			if (String(url).includes('openrouter')) return new Response('busy', { status: 503 });
			return new Response('{"acme":{}}');
		});
		const [openRouter, modelsDev] = await Promise.all([
			fetchList('openrouter', { fetch: get, online: () => true }),
			fetchList('models-dev', { fetch: get, online: () => true })
		]);
		expect(openRouter).toEqual({
			ok: false,
			list: 'openrouter',
			failure: { reason: 'refused', status: 503 }
		});
		expect(modelsDev.ok && modelsDev.text).toBe('{"acme":{}}');
	});
});

describe('fetchList: a progress callback that throws', () => {
	it('does not stop the fetch; the error is reported apart', async () => {
		const reported: unknown[] = [];
		const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
			try {
				task();
			} catch (error) {
				reported.push(error);
			}
		});
		try {
			const result = await fetchList('openrouter', {
				fetch: answering(new Response(LIST)),
				online: () => true,
				onProgress: () => {
					throw new Error('UI fault');
				}
			});
			expect(result.ok).toBe(true);
			expect(reported.length).toBeGreaterThan(0);
		} finally {
			spy.mockRestore();
		}
	});
});

describe('noAnswerFailure: a read with no answer, told apart by the probe', () => {
	const cases: { online: boolean; probe: ProbeResult; expected: FetchFailure['reason'] }[] = [
		{ online: false, probe: 'answered', expected: 'offline' },
		{ online: false, probe: 'failed', expected: 'offline' },
		{ online: false, probe: 'unknown', expected: 'offline' },
		{ online: true, probe: 'answered', expected: 'blocked' },
		{ online: true, probe: 'failed', expected: 'unreachable' },
		{ online: true, probe: 'unknown', expected: 'unreachable-or-blocked' }
	];
	for (const c of cases) {
		it(`${c.online ? 'online' : 'offline'}, probe ${c.probe}: ${c.expected}`, () => {
			expect(noAnswerFailure(c.online, c.probe)).toEqual({ reason: c.expected });
		});
	}
});

describe('suggestsFileImport', () => {
	const cases: { failure: FetchFailure; file: boolean }[] = [
		{ failure: { reason: 'blocked' }, file: true },
		{ failure: { reason: 'unreachable-or-blocked' }, file: true },
		{ failure: { reason: 'unreachable' }, file: false },
		{ failure: { reason: 'refused', status: 403 }, file: true },
		{ failure: { reason: 'not-json' }, file: true },
		{ failure: { reason: 'offline' }, file: false },
		{ failure: { reason: 'timeout', limitMs: 60_000 }, file: false },
		{ failure: { reason: 'cancelled' }, file: false },
		{ failure: { reason: 'too-large', limitBytes: 1 }, file: false }
	];
	for (const c of cases) {
		it(`${JSON.stringify(c.failure)}: ${c.file ? 'offers' : 'does not offer'} a file`, () => {
			expect(suggestsFileImport(c.failure)).toBe(c.file);
		});
	}
});
