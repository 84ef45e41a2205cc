/**
 * Fetching a public list from its source when the person asks (issue 15): the network side of
 * "Get the latest lists". The request is the plainest cross-origin read there is (a GET with no
 * credentials, no custom header, no referrer, never from the HTTP cache), so the two sources see
 * nothing about the person. The body is read as a stream, to say how much has arrived and to stop
 * at the import's size limit; it can be cancelled, and has a time limit. What comes back is the
 * list's text: the caller reads it with the same readers, preview and transaction as a file.
 *
 * Never throws: a failure is one of a few reasons the UI can put into words, with the list's name.
 */
import { MAX_IMPORT_BYTES } from '$lib/domain/import';
import { LIST_URLS, type FetchedList } from '$lib/domain/list-sources';

/** How long a fetch may take, headers and body, before it gives up: 60 s, in milliseconds. */
export const FETCH_TIME_LIMIT_MS = 60_000;

/**
 * Where a test of the built app may shorten the time limit: a global it sets before the app
 * loads (Playwright's `addInitScript`), so an end-to-end test of the time-out need not wait 60 s.
 * Nothing of the app sets it, and no address, setting or stored value does.
 */
export const TIME_LIMIT_HOOK = 'modelChooserListTimeLimitMs';

/**
 * The time limit a test set on `scope` (`TIME_LIMIT_HOOK`), in milliseconds: a whole number from
 * 1 to `FETCH_TIME_LIMIT_MS`. It can only shorten the limit, never lengthen or remove it; anything
 * else, and the usual case of nothing set, gives undefined. Never throws.
 */
export function injectedTimeLimitMs(scope: object = globalThis): number | undefined {
	const value: unknown = (scope as Record<string, unknown>)[TIME_LIMIT_HOOK];
	return typeof value === 'number' &&
		Number.isSafeInteger(value) &&
		value >= 1 &&
		value <= FETCH_TIME_LIMIT_MS
		? value
		: undefined;
}

/**
 * How much of a list has arrived, in bytes of the body as read (after the transfer's own
 * compression is undone). `total` is the size the source announced (`Content-Length`), while it
 * is credible: a compressed transfer announces its compressed size, which the body outgrows, and
 * from then on the total is not known.
 */
export type FetchProgress = { received: number; total?: number };

/**
 * Why a fetch failed, nothing changed:
 * - `offline`: the device is offline (before the request, or when the network failed);
 * - `unreachable`: nothing answered at the list's address (the name lookup or the network
 *   failed), told by a second, unreadable request (`probeAddress`) failing as the first did; or
 *   the network failed while the list was arriving;
 * - `blocked`: the source answered, but its answer may not be read by the app (a cross-origin
 *   refusal), told by that second request getting an answer;
 * - `unreachable-or-blocked`: the read failed with no answer, and the second request could not
 *   tell which of the two it was (it ran out of time): both are possible;
 * - `refused`: the source answered with an HTTP error, `status`;
 * - `timeout`: no complete answer within `limitMs` milliseconds;
 * - `cancelled`: the person cancelled;
 * - `too-large`: larger than `limitBytes`; `bytes` is what is known of its size (announced, or
 *   received before stopping: at least that);
 * - `not-json`: the answer is not a JSON list (empty, or a web page such as a network's sign-in
 *   page); `contentType` as the source said it, cut to 100 characters.
 */
export type FetchFailure =
	| { reason: 'offline' }
	| { reason: 'unreachable' }
	| { reason: 'blocked' }
	| { reason: 'unreachable-or-blocked' }
	| { reason: 'refused'; status: number }
	| { reason: 'timeout'; limitMs: number }
	| { reason: 'cancelled' }
	| { reason: 'too-large'; limitBytes: number; bytes?: number }
	| { reason: 'not-json'; contentType?: string };

/**
 * A list fetched: its text, its size in bytes as read, and when it arrived (`fetchedAt`, an ISO
 * date-time: the list's "as of" time).
 */
export type FetchedText = {
	ok: true;
	list: FetchedList;
	text: string;
	bytes: number;
	fetchedAt: string;
};

/** What a fetch gave: the list's text, or why not, with the list's name either way. */
export type FetchListResult = FetchedText | { ok: false; list: FetchedList; failure: FetchFailure };

/** What a fetch may be given; each has a default for the browser. */
export type FetchListOptions = {
	/** Cancels the fetch (the person's "Cancel"). */
	signal?: AbortSignal;
	/** Called when the answer's headers arrive (received 0) and after each piece of the body. */
	onProgress?: (progress: FetchProgress) => void;
	/**
	 * Milliseconds before the fetch gives up: `FETCH_TIME_LIMIT_MS` unless a test says less, here
	 * or by the global `injectedTimeLimitMs` reads.
	 */
	timeLimitMs?: number;
	/** Bytes a list may have at most: the file import's limit (`MAX_IMPORT_BYTES`, 64 MB). */
	maxBytes?: number;
	/** The fetch to use: the browser's, or a test's. */
	fetch?: typeof globalThis.fetch;
	/** Whether the device is online: `navigator.onLine` unless a test says. */
	online?: () => boolean;
	/** The time now, in milliseconds since 1970: `Date.now` unless a test says. */
	now?: () => number;
};

/**
 * The request: nothing about the person (no cookies or other credentials, no referrer, no header
 * of the app's own, so no preflight either), and never an answer kept by the browser's cache.
 */
export const LIST_REQUEST: Readonly<RequestInit> = {
	method: 'GET',
	mode: 'cors',
	credentials: 'omit',
	cache: 'no-store',
	referrerPolicy: 'no-referrer',
	redirect: 'follow'
};

/**
 * The second request made when the read failed with no answer, to tell an address that cannot be
 * reached from a source that answered but may not be read: the same address, asked as plainly
 * (nothing about the person), for its headers only, in a mode whose answer the page never reads.
 * A source that answers anything (even an error) resolves it; a failed lookup or network rejects.
 */
export const PROBE_REQUEST: Readonly<RequestInit> = {
	method: 'HEAD',
	mode: 'no-cors',
	credentials: 'omit',
	cache: 'no-store',
	referrerPolicy: 'no-referrer',
	redirect: 'follow'
};

/** How long the second request may take before the app says both reasons are possible: 10 s. */
export const PROBE_TIME_LIMIT_MS = 10_000;

/** What the second request said: an answer came, no answer could come, or it ran out of time. */
export type ProbeResult = 'answered' | 'failed' | 'unknown';

/**
 * Why a read that got no answer failed, from whether the device is online and what the second
 * request (`PROBE_REQUEST`) said: offline, could not be reached, did not let the app read, or
 * (the second request timed out) either of the last two. A pure rule, never throws.
 */
export function noAnswerFailure(online: boolean, probe: ProbeResult): FetchFailure {
	if (!online) return { reason: 'offline' };
	if (probe === 'answered') return { reason: 'blocked' };
	if (probe === 'failed') return { reason: 'unreachable' };
	return { reason: 'unreachable-or-blocked' };
}

/**
 * Asks `url` once more with `PROBE_REQUEST`, within `PROBE_TIME_LIMIT_MS` or until `signal`
 * aborts: `answered` if anything came back, `failed` if the request failed, `unknown` if it was
 * stopped first. Never throws.
 */
export async function probeAddress(
	url: string,
	get: typeof globalThis.fetch,
	signal?: AbortSignal
): Promise<ProbeResult> {
	const stop = new AbortController();
	const timer = setTimeout(() => stop.abort(), PROBE_TIME_LIMIT_MS);
	const abort = () => stop.abort();
	signal?.addEventListener('abort', abort, { once: true });
	try {
		const response = await stoppable(
			Promise.resolve().then(() => get(url, { ...PROBE_REQUEST, signal: stop.signal })),
			stop.signal
		);
		void response.body?.cancel().catch(() => {});
		return 'answered';
	} catch {
		return stop.signal.aborted ? 'unknown' : 'failed';
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', abort);
	}
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Stands for "the fetch was stopped" inside `fetchList`: by its time limit or by the person. */
class Stopped extends Error {}

/** Rejects with `Stopped` once `signal` aborts: a fetch or a stream that ignores it still ends. */
function stoppable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		if (signal.aborted) return reject(new Stopped());
		const stop = () => reject(new Stopped());
		signal.addEventListener('abort', stop, { once: true });
		work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
	});
}

/** The announced size in bytes, when it is a whole number. */
function announcedSize(headers: Headers): number | undefined {
	const value = headers.get('content-length');
	return value !== null && /^\d{1,15}$/.test(value.trim()) ? Number(value) : undefined;
}

/** Whether a text begins as a JSON list does (`{` or `[`, after any white space). */
function looksLikeJson(text: string): boolean {
	const first = /\S/.exec(text.slice(0, 1024))?.[0];
	return first === '{' || first === '[';
}

/**
 * Fetches one public list from its source (`LIST_URLS`) and gives its text, or why it could not.
 * Stops at `maxBytes`, after `timeLimitMs`, or when `signal` aborts; reports progress as the body
 * arrives. Never throws; a progress callback that throws is reported apart and does not stop it.
 */
export async function fetchList(
	list: FetchedList,
	options: FetchListOptions = {}
): Promise<FetchListResult> {
	const {
		signal,
		onProgress,
		timeLimitMs = injectedTimeLimitMs() ?? FETCH_TIME_LIMIT_MS,
		maxBytes = MAX_IMPORT_BYTES,
		fetch: get = globalThis.fetch,
		online = browserOnline,
		now = Date.now
	} = options;
	const fail = (failure: FetchFailure): FetchListResult => ({ ok: false, list, failure });
	if (signal?.aborted) return fail({ reason: 'cancelled' });
	if (!online()) return fail({ reason: 'offline' });

	const stop = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		stop.abort();
	}, timeLimitMs);
	const cancel = () => stop.abort();
	signal?.addEventListener('abort', cancel, { once: true });
	/**
	 * Why a request or a read failed: the time limit, the person, or (asking the address once more
	 * when the request got no answer) the network or the source.
	 */
	const failed = async (answered: boolean): Promise<FetchListResult> => {
		if (timedOut) return fail({ reason: 'timeout', limitMs: timeLimitMs });
		if (signal?.aborted) return fail({ reason: 'cancelled' });
		if (!online()) return fail({ reason: 'offline' });
		// A body cut off after an answer: the source let the app read, and then the network failed.
		if (answered) return fail({ reason: 'unreachable' });
		const probe = await probeAddress(LIST_URLS[list], get, signal);
		if (signal?.aborted) return fail({ reason: 'cancelled' });
		return fail(noAnswerFailure(online(), probe));
	};
	const report = (progress: FetchProgress) => {
		try {
			onProgress?.(progress);
		} catch (error) {
			// The UI's fault, not the list's: reported as any uncaught error, the fetch goes on.
			queueMicrotask(() => {
				throw error;
			});
		}
	};

	let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
	let answered = false;
	try {
		const response = await stoppable(
			Promise.resolve().then(() => get(LIST_URLS[list], { ...LIST_REQUEST, signal: stop.signal })),
			stop.signal
		);
		answered = true;
		if (!response.ok) {
			void response.body?.cancel().catch(() => {});
			return fail({ reason: 'refused', status: response.status });
		}
		const announced = announcedSize(response.headers);
		if (announced !== undefined && announced > maxBytes) {
			void response.body?.cancel().catch(() => {});
			return fail({ reason: 'too-large', limitBytes: maxBytes, bytes: announced });
		}
		report({ received: 0, ...(announced !== undefined && { total: announced }) });

		const decoder = new TextDecoder('utf-8');
		const parts: string[] = [];
		let received = 0;
		reader = response.body?.getReader();
		while (reader) {
			const { done, value } = await stoppable(reader.read(), stop.signal);
			if (done) break;
			received += value.byteLength;
			if (received > maxBytes) {
				return fail({ reason: 'too-large', limitBytes: maxBytes, bytes: received });
			}
			parts.push(decoder.decode(value, { stream: true }));
			const credible = announced !== undefined && received <= announced;
			report({ received, ...(credible && { total: announced }) });
		}
		reader = undefined;
		parts.push(decoder.decode());
		const text = parts.join('');
		if (!looksLikeJson(text)) {
			const type = response.headers.get('content-type') ?? undefined;
			return fail({ reason: 'not-json', ...(type && { contentType: type.slice(0, 100) }) });
		}
		return { ok: true, list, text, bytes: received, fetchedAt: new Date(now()).toISOString() };
	} catch {
		clearTimeout(timer);
		return await failed(answered);
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', cancel);
		// A body left unread (stopped, too large) is cancelled, so the connection is let go.
		void reader?.cancel().catch(() => {});
	}
}

/**
 * Whether to offer the file import instead (issue 15): the source would not let the app read its
 * list (or may not have), refused it, or sent something else; the person can still save the list
 * in a browser tab and pick it. Not for an address that cannot be reached: a tab cannot either.
 */
export const suggestsFileImport = (failure: FetchFailure): boolean =>
	failure.reason === 'blocked' ||
	failure.reason === 'unreachable-or-blocked' ||
	failure.reason === 'refused' ||
	failure.reason === 'not-json';
