/**
 * The page's Content-Security-Policy as the config builds it: the hash of app.html's own inline
 * script comes from the file itself, and the policy names exactly what the app reaches.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { templateHashes } from '../svelte.config.js';
import { LIST_URLS } from '$lib/domain/list-sources';
import { IMPORT_WORKER_POLICY } from '$lib/import/worker-url';
import { TRUSTED_TYPES_POLICY } from '$lib/pwa/register-sw';
import { policyFirst } from './hooks.server';

const html = readFileSync('src/app.html', 'utf8');
const directives = config.kit?.csp?.directives ?? {};
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the policy of every page', () => {
	it('allows app.html’s inline script by the hash of its text in the file', () => {
		const start = html.indexOf('<script>') + '<script>'.length;
		const text = html.slice(start, html.indexOf('</script>', start));
		expect(text).toContain('beforeinstallprompt');
		expect(html.split('<script').length - 1).toBe(1);
		expect(directives['script-src']).toEqual(['self', sha256(text)]);
	});

	it('follows an edit of the script: the hash is the edited text’s', () => {
		const edited = html.replace('<script>', '<script>\n// one more line');
		const start = edited.indexOf('<script>') + '<script>'.length;
		const text = edited.slice(start, edited.indexOf('</script>', start));
		expect(templateHashes(edited).scripts).toEqual([sha256(text)]);
		expect(templateHashes(edited).scripts).not.toEqual(templateHashes(html).scripts);
	});

	it('allows app.html’s and SvelteKit’s style attributes by their hashes, and no other', () => {
		const announcer =
			'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
		expect(directives['style-src-attr']).toEqual([
			'unsafe-hashes',
			sha256('display: contents'),
			sha256(announcer)
		]);
		expect(directives['style-src']).toEqual(['self']);
	});

	it('connects only to the app itself and the two public lists', () => {
		expect(directives['connect-src']).toEqual(['self', ...Object.values(LIST_URLS)]);
	});

	it('requires Trusted Types, naming Svelte’s policy and the app’s own', () => {
		expect(directives['require-trusted-types-for']).toEqual(['script']);
		expect(directives['trusted-types']).toEqual([
			'svelte-trusted-html',
			TRUSTED_TYPES_POLICY,
			IMPORT_WORKER_POLICY
		]);
	});

	it('forbids plugins, base URLs and form submissions', () => {
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['base-uri']).toEqual(['none']);
		expect(directives['form-action']).toEqual(['none']);
		expect(config.kit?.csp?.mode).toBe('hash');
	});
});

describe('the policy’s place in the page', () => {
	const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
	it('moves above app.html’s script, right after the charset', () => {
		const page = `<head>\n\t\t<meta charset="utf-8" />\n\t\t<script>x()</script>\n\t\t${meta}\n\t\t<title>T</title>`;
		const moved = policyFirst(page);
		expect(moved.indexOf(meta)).toBeLessThan(moved.indexOf('<script>'));
		expect(moved.indexOf('<meta charset="utf-8" />')).toBeLessThan(moved.indexOf(meta));
		expect(moved.split(meta)).toHaveLength(2);
		expect(moved.replace(meta, '').replace(/\s+/g, '')).toBe(
			page.replace(meta, '').replace(/\s+/g, '')
		);
	});

	it('leaves a page without a policy as it is', () => {
		const page = '<head><meta charset="utf-8" /><script>x()</script>';
		expect(policyFirst(page)).toBe(page);
	});
});
