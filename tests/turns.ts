/**
 * Turns for the end-to-end files, which run two at a time (`maxWorkers` of the e2e project). A
 * file that measures time, or loads the machine enough to upset another's timing, calls
 * `runsAlone()` at its top and runs with no other file beside it; any other file may share the
 * machine with one more. The turns are handed out by `turnServer` (`tests/turn-server.ts`, started by the global setup)
 * and taken by this module, the e2e project's setup file, before each file's tests.
 */
import { get } from 'node:http';
import { afterAll, beforeAll, inject } from 'vitest';

declare module 'vitest' {
	export interface ProvidedContext {
		turnsURL: string;
	}
}

import type { Kind } from './turn-server';

let kind: Kind = 'shared';

/**
 * Says this file runs alone: no other end-to-end file runs while its tests do. Call at the top
 * of a file whose tests measure time (or load both cores).
 */
export function runsAlone(): void {
	kind = 'alone';
}

/** Asks the server of turns `url`, and resolves once it has answered in full. */
const ask = (url: string) =>
	new Promise<void>((done, fail) => {
		// node:http sets no time limit of its own on an answer, which may come many minutes later.
		get(url, (answer) => answer.resume().on('end', done).on('error', fail)).on('error', fail);
	});

// The file's turn: taken before its first test, and handed back after its last. Waiting for a
// turn is no part of any test's time: the limit is the longest a whole file could take.
const TURN_WAIT_LIMIT_MS = 30 * 60_000;
let taken: Kind | undefined;
beforeAll(async () => {
	const url = inject('turnsURL');
	const asked = kind;
	await ask(`${url}/take?kind=${asked}`);
	taken = asked;
}, TURN_WAIT_LIMIT_MS);
afterAll(async () => {
	if (!taken) return;
	const url = inject('turnsURL');
	await ask(`${url}/give?kind=${taken}`);
	taken = undefined;
});
