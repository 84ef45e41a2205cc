#!/usr/bin/env node
/**
 * Serves the built app (`build/`) the way a static host does: `/x` from `x.html`, a
 * trailing slash tolerated, pages that were not prerendered through `200.html`, gzip for
 * text, long-lived caching only for the content-hashed files under `/_app/immutable/`, and the
 * security headers a host should send.
 * Usage: node scripts/serve.js [--port 4173] [--host 127.0.0.1] [--root build]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What a page's own policy (a <meta> tag) cannot say, sent by the host with every file: README,
 * "Deployment". HSTS is ignored over plain http (a local test), and kept for a real host.
 * @type {Record<string, string>}
 */
export const SECURITY_HEADERS = {
	'content-security-policy': "frame-ancestors 'none'",
	'strict-transport-security': 'max-age=63072000; includeSubDomains',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin',
	'referrer-policy': 'no-referrer',
	'x-content-type-options': 'nosniff'
};

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt',
	'.xml'
]);

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Finds the file a path names, as a static host would; null when there is none.
 * @param {string} root
 * @param {string} pathname
 */
async function locate(root, pathname) {
	const clean = normalize(pathname).replace(/^([/\\])+/, '');
	const base = resolve(root, clean);
	if (base !== root && !base.startsWith(root + sep)) return null;
	const trimmed = base.replace(/(?<![/\\])[/\\]+$/, '');
	const candidates = pathname.endsWith('/')
		? [join(trimmed, 'index.html'), `${trimmed}.html`]
		: [base, `${base}.html`, join(base, 'index.html')];
	for (const candidate of candidates) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

/**
 * Whether an address that names no file is one of the app's pages (which 200.html renders),
 * by the service worker's rule (src/lib/pwa/navigation.ts): not a file's address (an extension,
 * except in a model's id, which may hold dots), nor `/.well-known/…`.
 * @param {string} pathname
 */
function isAppPage(pathname) {
	if (/^\/\.well-known(?:\/|$)/.test(pathname)) return false;
	return !extname(pathname) || /^\/models\/[^/]+\/?$/.test(pathname);
}

/**
 * A request's path: `address` as sent (its escapes kept), and `pathname` decoded, or undefined
 * when a broken percent-escape (`/models/%E0%A4%A`) cannot be decoded. Such a path names no file
 * (no built file's name holds a "%"), so it is one of the app's pages or not found, as on a static
 * host; not a bad request. Null when the target is no address at all. Never throws.
 * @param {string | undefined} target the request's target (`req.url`)
 * @returns {{ address: string, pathname: string | undefined } | null}
 */
export function readPath(target) {
	let address;
	try {
		address = new URL(target ?? '/', 'http://host').pathname;
	} catch {
		return null;
	}
	try {
		return { address, pathname: decodeURIComponent(address) };
	} catch {
		return { address, pathname: undefined };
	}
}

/** Creates the server (not yet listening) for a built app folder. */
export function createStaticServer({ root = 'build', gzip = true } = {}) {
	const folder = resolve(root);
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();
	return createServer(async (req, res) => {
		const path = readPath(req.url);
		if (!path) {
			res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
			return;
		}
		const { address, pathname } = path;
		let file = pathname === undefined ? null : await locate(folder, pathname);
		if (!file) {
			// Like a host configured for a single-page fallback: unknown pages get 200.html.
			const fallback = join(folder, '200.html');
			if (isAppPage(pathname ?? address) && (await isFile(fallback))) file = fallback;
			else {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
				return;
			}
		}
		const ext = extname(file);
		/** @type {Record<string, string | number>} */
		const headers = {
			...SECURITY_HEADERS,
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': address.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding'
		};
		/** @type {Buffer} */
		let body = await readFile(file);
		if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const key = `${file}:${body.length}:${(await stat(file)).mtimeMs}`;
			if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
			body = gzipped.get(key) ?? body;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = body.length;
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
}

/**
 * Starts serving and resolves with the server and its base URL.
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function startStaticServer({
	root = 'build',
	port = 0,
	host = '127.0.0.1',
	gzip = true
} = {}) {
	const server = createStaticServer({ root, gzip });
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({ server, url: `http://${host}:${actual}` });
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	/** @type {(name: string, fallback: string) => string} */
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return (i > 0 && process.argv[i + 1]) || fallback;
	};
	const root = arg('root', 'build');
	if (!(await isFile(join(resolve(root), 'index.html')))) {
		console.error(`No built app in ${root}/: run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await startStaticServer({
		root,
		port: Number(arg('port', process.env.PORT ?? '4173')),
		host: arg('host', '127.0.0.1')
	});
	console.log(`Model Chooser is served at ${url}/ (Ctrl+C stops it)`);
	// Stop with the process that started us, so a test run never leaves a server behind.
	process.on('disconnect', () => process.exit(0));
}
