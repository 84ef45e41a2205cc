/**
 * The local server (`npm start`, the end-to-end tests) answers as a static host would: files by
 * name, the app's pages through 200.html, anything else not found, and nothing outside its
 * folder, whatever escapes the address holds (broken ones included).
 */
import { request, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPath, startStaticServer } from './serve.js';

let folder: string;
let server: Server;
let port: number;

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'serve-spec-'));
	const root = join(folder, 'build');
	await mkdir(join(root, 'models'), { recursive: true });
	await writeFile(join(root, 'index.html'), 'home');
	await writeFile(join(root, '200.html'), 'fallback');
	await writeFile(join(root, 'models', 'gpt-5.html'), 'gpt-5');
	await writeFile(join(root, 'robots.txt'), 'robots');
	// Beside the served folder: never to be served.
	await writeFile(join(folder, 'secret.txt'), 'secret');
	await writeFile(join(folder, 'secret.html'), 'secret');
	let url: string;
	({ server, url } = await startStaticServer({ root, gzip: false }));
	port = Number(new URL(url).port);
});

afterAll(async () => {
	if (server) await new Promise((done) => server.close(done));
	if (folder) await rm(folder, { recursive: true, force: true });
});

/** Sends `path` exactly as written (no client reads or tidies it): the status and the body. */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('scripts/serve.js', () => {
	const cases = [
		{ path: '/', status: 200, body: 'home' },
		{ path: '/models/gpt-5', status: 200, body: 'gpt-5' },
		{ path: '/robots.txt', status: 200, body: 'robots' },
		{ path: '/models/unknown', status: 200, body: 'fallback' },
		// A broken percent-escape: the app's page (which says there is no such model), not a 400.
		{ path: '/models/%E0%A4%A', status: 200, body: 'fallback' },
		{ path: '/models/%E0%A4%A?lang=ar', status: 200, body: 'fallback' },
		{ path: '/models/%E0%A4%A/', status: 200, body: 'fallback' },
		{ path: '/%zz', status: 200, body: 'fallback' },
		{ path: '/settings%', status: 200, body: 'fallback' },
		// A file's address with a broken escape names no file: not found.
		{ path: '/icon%E0%A4%A.png', status: 404, body: 'Not found' },
		{ path: '/.well-known/%E0%A4%A', status: 404, body: 'Not found' },
		// Out of the folder, by any spelling: never.
		{ path: '/../secret.txt', status: 404, body: 'Not found' },
		{ path: '/%2e%2e/secret.txt', status: 404, body: 'Not found' },
		{ path: '/..%2Fsecret.txt', status: 404, body: 'Not found' },
		{ path: '/..%2Fsecret', status: 200, body: 'fallback' },
		{ path: '/..%5Csecret.txt', status: 404, body: 'Not found' },
		{ path: '/..%2F..%2Fsecret.txt%E0%A4%A', status: 404, body: 'Not found' },
		{ path: '/..%2Fsecret%E0%A4%A', status: 404, body: 'Not found' },
		{ path: '/%2E%2E%2Fsecret.html', status: 404, body: 'Not found' }
	];
	for (const c of cases) {
		it(`answers ${c.path} with ${c.status} (${c.body})`, async () => {
			expect(await get(c.path)).toEqual({ status: c.status, body: c.body });
		});
	}
});

describe('readPath', () => {
	const cases = [
		{ target: '/models/gpt-5', expected: { address: '/models/gpt-5', pathname: '/models/gpt-5' } },
		{ target: '/models/%C3%A9', expected: { address: '/models/%C3%A9', pathname: '/models/é' } },
		{ target: '/models/%E0%A4%A', expected: { address: '/models/%E0%A4%A', pathname: undefined } },
		{ target: '/a%?b', expected: { address: '/a%', pathname: undefined } },
		{ target: undefined, expected: { address: '/', pathname: '/' } },
		{ target: 'http://a b/', expected: null }
	];
	for (const c of cases) {
		it(`reads ${String(c.target)}, never throwing`, () => {
			expect(readPath(c.target)).toEqual(c.expected);
		});
	}
});
