/**
 * The server of turns for the end-to-end files (`tests/turns.ts`), started by the global setup.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file's kind of turn: alone, or beside one more file. */
export type Kind = 'alone' | 'shared';

/**
 * A server of turns on 127.0.0.1: `GET /take?kind=alone|shared` answers (`200`, body empty) once
 * the turn is this file's, `GET /give` hands back one turn of the kind named by `kind`. A file
 * that waits to run alone goes before any file that asks after it to share, so it never waits
 * for ever. Resolves with the server and its address.
 */
export async function turnServer(): Promise<{ server: Server; url: string }> {
	let alone = false;
	let sharing = 0;
	const waiting: { kind: Kind; go: () => void }[] = [];
	const next = () => {
		while (waiting.length > 0) {
			const first = waiting[0]!;
			if (first.kind === 'alone' ? alone || sharing > 0 : alone) return;
			waiting.shift();
			if (first.kind === 'alone') alone = true;
			else sharing++;
			first.go();
		}
	};
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://turns');
		const asked = url.searchParams.get('kind') === 'alone' ? 'alone' : 'shared';
		if (url.pathname === '/take') {
			waiting.push({ kind: asked, go: () => response.end() });
			next();
		} else {
			if (asked === 'alone') alone = false;
			else sharing = Math.max(0, sharing - 1);
			response.end();
			next();
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { server, url: `http://127.0.0.1:${port}` };
}
