/**
 * The built app served as `scripts/serve.js` serves it, on a port of its own, with a test's hand
 * on each request first: for a page that comes in parts, or a network that drops what the
 * service worker asks for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../scripts/serve.js';

/** A test's own server of the build: its address, and how to stop it. */
export type BuiltServer = {
	server: Server;
	/** `http://127.0.0.1:<port>`, no slash at the end. */
	url: string;
	/** Stops it if it still listens, cutting open connections (a held request never waits). */
	close(): Promise<void>;
	/** Answers a request as the build's server does: one `intercept` held back, later. */
	pass(req: IncomingMessage, res: ServerResponse): void;
};

/**
 * Serves `build/` on 127.0.0.1: `intercept` sees each request first and answers it itself
 * (returning true), or leaves it to the app's server (false).
 */
export async function builtServer(
	intercept: (req: IncomingMessage, res: ServerResponse) => boolean
): Promise<BuiltServer> {
	const site = createStaticServer({ root: 'build' });
	const pass = (req: IncomingMessage, res: ServerResponse) => void site.emit('request', req, res);
	const server = createServer((req, res) => {
		if (!intercept(req, res)) pass(req, res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		server,
		url: `http://127.0.0.1:${port}`,
		close: () => stopServer(server),
		pass
	};
}

/** Stops `server` if it still listens, cutting its open connections. */
export async function stopServer(server: Server): Promise<void> {
	if (!server.listening) return;
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
}
