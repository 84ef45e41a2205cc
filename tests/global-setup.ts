/**
 * Before the end-to-end tests: find a Chromium (never skip silently), check the app is
 * built, and serve `build/` as a static host would, for every test file; hand out the files'
 * turns (`tests/turns.ts`).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../scripts/serve.js';
import { chromiumPath } from './browser';
import { turnServer } from './turn-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	const chromium = chromiumPath();
	if (!existsSync(chromium)) {
		throw new Error(
			`No Chromium at ${chromium}. The end-to-end tests need one: install Debian's ` +
				`(sudo apt-get update && sudo apt-get install -y chromium), or set CHROMIUM_PATH ` +
				`to a Chromium or Chrome binary.`
		);
	}
	if (!existsSync('build/index.html')) {
		throw new Error('No built app in build/: run "npm run build" before the end-to-end tests.');
	}
	const { server, url } = await startStaticServer({ root: 'build' });
	project.provide('baseURL', url);
	const turns = await turnServer();
	project.provide('turnsURL', turns.url);
	return async () => {
		for (const s of [server, turns.server]) {
			s.closeAllConnections();
			await new Promise((done) => s.close(done));
		}
	};
}
