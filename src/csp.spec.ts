/**
 * The page's Content-Security-Policy as the config builds it: the hash of app.html's own inline
 * script comes from the file itself, and the policy names exactly what the app reaches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { templateHashes } from '../svelte.config.js';
import { LIST_URLS } from '$lib/domain/list-sources';
import { IMPORT_WORKER_POLICY } from '$lib/import/worker-url';
import { TRUSTED_TYPES_POLICY } from '$lib/pwa/register-sw';
import { sha256 } from '$lib/server/csp-source.js';
import {
	INTL_WARM_UP,
	INTL_WARM_UP_POLICY,
	policyFirst,
	PRELOADS_A_TASK,
	startAfterFirstPaint
} from './hooks.server';

const html = readFileSync('src/app.html', 'utf8');
const directives = config.kit?.csp?.directives ?? {};

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
			IMPORT_WORKER_POLICY,
			INTL_WARM_UP_POLICY
		]);
		// Workers from the app's own files, and the Intl warm-up's, which only that policy names.
		expect(directives['worker-src']).toEqual(['self', 'blob:']);
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

describe('the app’s start on a prerendered page', () => {
	const boot = `
				{
					__sveltekit_abc = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element);
					});
				}
			`;
	const MODULES = ['/_app/immutable/entry/start.A.js', '/_app/immutable/chunks/C.js'];
	const page = (script: string, hash = sha256(script), modules = MODULES) =>
		`<head>\n\t\t<meta http-equiv="content-security-policy" content="script-src 'self' '${hash}'">` +
		modules.map((href) => `\n\t\t<link href="${href}" rel="modulepreload">`).join('') +
		`\n\t</head>` +
		`<body><div style="display: contents"><main>Text</main><script>${script}</script></div></body>`;
	const scripts = (html: string) =>
		[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

	type Link = { rel?: string; href?: string };
	/**
	 * Runs the page's two scripts, head first, in a stand-in document; gives the links added to
	 * <head>, the modules imported and whether a frame was waited for.
	 */
	function run(
		html: string,
		root: { attrs: string[]; visibility?: string; lang?: string },
		browser: { reportsPaint?: boolean; trustedTypes?: false; workers?: false } = {}
	) {
		const [preloader = '', started = ''] = scripts(html);
		const head: Link[] = [];
		const imported: string[] = [];
		let frames = 0;
		const timers: (() => void)[] = [];
		const delays: number[] = [];
		/** The browser's report of its first paint, once the page observes paints. */
		let paint: (() => void) | undefined;
		class PaintObserver {
			static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
			constructor(private told: (list: unknown, observer: PaintObserver) => void) {}
			observe(options: { type: string; buffered: boolean }) {
				expect(options).toEqual({ type: 'paint', buffered: true });
				paint = () => this.told({}, this);
			}
			disconnect() {
				paint = undefined;
			}
		}
		/** The warm-up workers started: their address, as given, and their name. */
		const workers: { address: unknown; name?: string }[] = [];
		/** What the page started, in order: the worker, and each module imported. */
		const order: string[] = [];
		const blobs: string[] = [];
		const policies: { name: string; createScriptURL(url: string): unknown }[] = [];
		class StandInWorker {
			constructor(address: unknown, options: { name?: string }) {
				if (browser.workers === false) throw new Error('No workers here');
				workers.push({ address, name: options.name });
				order.push('worker');
			}
		}
		const window: Record<string, unknown> = {};
		if (browser.trustedTypes !== false) {
			window.trustedTypes = {
				createPolicy: (name: string, rules: { createScriptURL(url: string): string }) => {
					const policy = {
						name,
						createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) })
					};
					policies.push(policy);
					return policy;
				}
			};
		}
		const document = {
			visibilityState: root.visibility ?? 'visible',
			documentElement: {
				lang: root.lang ?? 'en',
				hasAttribute: (name: string) => root.attrs.includes(name)
			},
			currentScript: { parentElement: {} },
			createElement: () => ({}),
			head: { appendChild: (link: Link) => head.push(link) }
		};
		const env = {
			window,
			document,
			requestAnimationFrame: (frame: () => void) => {
				frames++;
				frame();
			},
			setTimeout: (next: () => void, delay: number) => {
				delays.push(delay);
				timers.push(next);
			},
			PerformanceObserver: browser.reportsPaint ? PaintObserver : undefined,
			Blob: class {
				constructor(parts: string[]) {
					blobs.push(parts.join(''));
				}
			},
			URL: { createObjectURL: () => 'blob:page/1', revokeObjectURL: () => undefined },
			Worker: StandInWorker,
			importing: (url: string) => {
				order.push(url);
				imported.push(url);
			},
			Promise: { all: () => ({ then: () => undefined }) }
		};
		const names = Object.keys(env);
		const body = (code: string) =>
			code.replace(/import\(("[^"]+")\)/g, 'importing($1)').replace('__sveltekit_abc =', '');
		new Function(...names, body(preloader))(...Object.values(env));
		const preloadedInHead = head.length;
		new Function(...names, body(started))(...Object.values(env));
		const importedBeforeTasks = imported.length;
		/** Runs the tasks queued so far; gives how many ran. */
		const tasks = () => {
			const ran = timers.splice(0);
			for (const task of ran) task();
			return { ran: ran.length };
		};
		return {
			preloadedInHead,
			head,
			imported,
			importedBeforeTasks,
			frames,
			tasks,
			delays,
			workers,
			order,
			blobs,
			policies,
			paint: () => paint?.()
		};
	}

	it('takes the preloads out of <head>, putting one small script in their place', () => {
		const started = startAfterFirstPaint(page(boot));
		expect(started).not.toMatch(/<link[^>]*modulepreload/);
		const [preloader = ''] = scripts(started);
		expect(started.indexOf(preloader)).toBeLessThan(started.indexOf('</head>'));
		expect(preloader).toContain(JSON.stringify(MODULES));
		expect(started).toContain('<main>Text</main>');
	});

	it('starts after a frame has been shown where the page is readable as it came', () => {
		const { preloadedInHead, head, imported, frames, tasks } = run(
			startAfterFirstPaint(page(boot)),
			{ attrs: [] }
		);
		expect(preloadedInHead).toBe(0);
		expect(frames).toBe(1);
		expect(imported).toEqual([]);
		tasks();
		expect(head.map((link) => [link.rel, link.href])).toEqual(
			MODULES.map((href) => ['modulepreload', href])
		);
		expect(imported).toEqual([
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/entry/app.B.js'
		]);
	});

	it('starts after the browser reports the first paint, where it does; at a frame else', () => {
		const { imported, frames, tasks, delays, paint } = run(
			startAfterFirstPaint(page(boot)),
			{
				attrs: []
			},
			{ reportsPaint: true }
		);
		// The frame was made, but not yet shown: the warm-up's task, and the fallback 2 s on, wait.
		expect(frames).toBe(1);
		expect(delays).toEqual([0, 2000]);
		expect(imported).toEqual([]);
		paint();
		expect(delays).toEqual([0, 2000, 0]);
		tasks();
		expect(imported).toEqual([
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/entry/app.B.js'
		]);
		// The fallback, when its time comes, starts nothing a second time.
		tasks();
		expect(imported).toHaveLength(2);
	});

	it('starts 2 s after the first frame where the paint is never reported', () => {
		const { imported, tasks, delays } = run(
			startAfterFirstPaint(page(boot)),
			{ attrs: [] },
			{
				reportsPaint: true
			}
		);
		expect(delays).toEqual([0, 2000]);
		tasks();
		expect(imported).toHaveLength(2);
	});

	it.each([
		['an Arabic visit', { attrs: ['data-lang-pending'] }],
		['a chooser link whose answer the app computes', { attrs: ['data-pending'] }],
		['a page in a background tab', { attrs: [], visibility: 'hidden' }]
	])('preloads from <head> and starts at once for %s', (_, root) => {
		const { preloadedInHead, head, imported, frames } = run(startAfterFirstPaint(page(boot)), root);
		expect(preloadedInHead).toBe(MODULES.length);
		expect(head).toHaveLength(MODULES.length);
		expect(frames).toBe(0);
		expect(imported).toHaveLength(2);
	});

	it('adds many preloads a few a task, and starts the app once all are in', () => {
		const many = Array.from({ length: 10 }, (_, i) => `/_app/immutable/chunks/M${i}.js`);
		const entries = ['/_app/immutable/entry/start.A.js', '/_app/immutable/entry/app.B.js'];
		const later = run(startAfterFirstPaint(page(boot, sha256(boot), many)), { attrs: [] });
		const added: number[] = [];
		while (later.imported.length === 0 && added.length < many.length) {
			const before = later.head.length;
			later.tasks();
			added.push(later.head.length - before);
			if (later.head.length < many.length) expect(later.imported).toEqual([]);
		}
		expect(later.head.map((link) => link.href)).toEqual(many);
		// A task each for the first few, the next few, … (10 at 4 a task: 4, 4, 2).
		const sizes = many.map((_, i) => i).filter((i) => i % PRELOADS_A_TASK === 0);
		expect(added).toEqual(sizes.map((i) => Math.min(PRELOADS_A_TASK, many.length - i)));
		expect(later.imported).toEqual(entries);

		// From <head> at once: the first few there, the rest a few a task, then the app.
		const atOnce = run(startAfterFirstPaint(page(boot, sha256(boot), many)), {
			attrs: ['data-pending']
		});
		expect(atOnce.preloadedInHead).toBe(PRELOADS_A_TASK);
		expect(atOnce.imported).toEqual([]);
		while (atOnce.tasks().ran > 0 && atOnce.imported.length === 0);
		expect(atOnce.head).toHaveLength(many.length);
		expect(atOnce.imported).toEqual(entries);
		// Nothing is added or started twice.
		atOnce.tasks();
		expect(atOnce.head).toHaveLength(many.length);
		expect(atOnce.imported).toEqual(entries);
	});

	it('readies the formatting of the page’s language in a worker, in tasks after <head>', () => {
		const many = Array.from({ length: 20 }, (_, i) => `/_app/immutable/chunks/M${i}.js`);
		const { workers, blobs, policies, frames, importedBeforeTasks, tasks, order } = run(
			startAfterFirstPaint(page(boot, sha256(boot), many)),
			{ attrs: [], lang: 'ar' }
		);
		expect(frames).toBe(1);
		expect(importedBeforeTasks).toBe(0);
		// Not in the task that reads the page, nor all in one task: each part made a long task.
		expect(blobs).toEqual([]);
		tasks();
		expect(blobs).toEqual([INTL_WARM_UP]);
		expect(workers).toEqual([]);
		while (tasks().ran) {
			/* every task the page queues, till the app has started */
		}
		// One worker, in the page's language, before any of the app's modules are asked for.
		expect(workers).toEqual([{ address: { trusted: 'blob:page/1' }, name: 'ar-u-nu-latn' }]);
		expect(order[0]).toBe('worker');
		expect(order).toHaveLength(3);
		// Its address comes from the policy the page allows, which passes that address alone.
		expect(policies.map((policy) => policy.name)).toEqual([INTL_WARM_UP_POLICY]);
		expect(() => policies[0]?.createScriptURL('https://elsewhere.example/x.js')).toThrow(TypeError);
		const english = run(startAfterFirstPaint(page(boot)), { attrs: [] });
		english.tasks();
		english.tasks();
		expect(english.workers[0]?.name).toBe('en');
	});

	it('starts the warm-up in tasks of its own when the app starts at once', () => {
		const atOnce = run(startAfterFirstPaint(page(boot)), { attrs: ['data-pending'] });
		expect(atOnce.imported).toHaveLength(2);
		expect(atOnce.blobs).toEqual([]);
		atOnce.tasks();
		expect(atOnce.workers).toEqual([]);
		atOnce.tasks();
		expect(atOnce.workers).toHaveLength(1);
	});

	it('gives the worker its plain address where there is no Trusted Types, and starts without workers', () => {
		const plain = run(startAfterFirstPaint(page(boot)), { attrs: [] }, { trustedTypes: false });
		plain.tasks();
		plain.tasks();
		expect(plain.workers).toEqual([{ address: 'blob:page/1', name: 'en' }]);
		const none = run(startAfterFirstPaint(page(boot)), { attrs: [] }, { workers: false });
		none.tasks();
		none.tasks();
		expect(none.workers).toEqual([]);
		expect(none.imported).toHaveLength(2);
	});

	it('the worker makes one formatter of each kind in its language, then ends', () => {
		const made: string[] = [];
		const kind = (name: string) =>
			function (tag: string) {
				made.push(`${name} ${tag}`);
				return { format: () => '', select: () => '', compare: () => 0 };
			};
		const Intl = Object.fromEntries(
			['NumberFormat', 'PluralRules', 'DateTimeFormat', 'ListFormat', 'Collator'].map((name) => [
				name,
				kind(name)
			])
		);
		const ended: string[] = [];
		new Function('self', 'Intl', 'postMessage', 'close', INTL_WARM_UP)(
			{ name: 'ar-u-nu-latn' },
			Intl,
			() => ended.push('told the page'),
			() => ended.push('closed')
		);
		// It tells the page nothing: the page has nothing to do when it ends.
		expect(made).toEqual(
			['NumberFormat', 'PluralRules', 'DateTimeFormat', 'ListFormat', 'Collator'].map(
				(name) => `${name} ar-u-nu-latn`
			)
		);
		expect(ended).toEqual(['closed']);
	});

	it('allows the new scripts by their hashes, in place of the old one’s', () => {
		const started = startAfterFirstPaint(page(boot));
		for (const script of scripts(started)) expect(started).toContain(`'${sha256(script)}'`);
		expect(started).not.toContain(`'${sha256(boot)}'`);
	});

	it('refuses a page whose policy does not allow its boot script', () => {
		expect(() => startAfterFirstPaint(page(boot, 'sha256-other'))).toThrow(/hash/);
	});

	it('leaves a page without SvelteKit’s boot script as it is', () => {
		const plain = '<head><meta charset="utf-8" /></head><body><script>x()</script></body>';
		expect(startAfterFirstPaint(plain)).toBe(plain);
	});
});
