/**
 * Runs when the pages are prerendered (the app has no server). SvelteKit writes the page's
 * Content-Security-Policy `<meta>` into `%sveltekit.head%`, after app.html's inline script, where
 * it would not cover that script: a `<meta>` policy governs only what follows it. The script must
 * stay before `%sveltekit.head%` (it titles and hides the page before the prerendered English
 * title is parsed), so the policy moves up instead, right after `<meta charset>`. And the app's
 * start waits for the first paint where the page is readable without it (`startAfterFirstPaint`).
 */
import type { Handle } from '@sveltejs/kit';
import { LANGS } from '$lib/domain/lang';
import { intlLocale } from '$lib/i18n';
import { sha256 } from '$lib/server/csp-source.js';

const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = '<meta charset="utf-8" />';

/** The page with its policy `<meta>` first in `<head>`; a page without one is left as it is. */
export function policyFirst(html: string): string {
	const policy = POLICY.exec(html)?.[0];
	if (!policy || !html.includes(CHARSET)) return html;
	// A function as the replacement: the policy's text is inserted as it is, never read for `$&`.
	return html.replace(policy, '').replace(CHARSET, () => `${CHARSET}\n\t\t${policy}`);
}

const MODULE_PRELOAD = /\n[\t ]*<link href="([^"]+)" rel="modulepreload">/g;
/** SvelteKit's boot script: it sets its globals, then imports its entry modules and starts. */
const BOOT_SCRIPT = /<script>(\s*\{\s*__sveltekit_\w+ = [^<]*?Promise\.all\(\[[^<]*)<\/script>/;
const BOOT_IMPORTS = 'Promise.all([';

/**
 * Where the page's content is already there to read, the app starts after the first paint, so on a
 * slow network the page's text is not kept waiting behind 90 KiB of script it does not need (the
 * scripts would share the connection with the rest of the page, and a browser may hold the paint
 * for them). The page's `<link rel="modulepreload">`s become one inline script in their place in
 * `<head>` (`PRELOADER`), which adds them at once where the content waits for the app (an Arabic
 * visit, whose English text app.html hides; a chooser link whose answer the app computes:
 * `data-lang-pending`, `data-pending`) or the page is not shown (a background tab); otherwise
 * SvelteKit's boot script adds them and imports its entry once a frame has been shown
 * (`STARTER`). The policy allows the new boot script and the preloader by their hashes, in place
 * of the old boot script's. A page without the boot script (none is prerendered so) is left as
 * it is.
 * @throws Error when the page has the boot script but its policy does not list its hash: the
 *   page would be built with a script its policy blocks.
 */
export function startAfterFirstPaint(html: string): string {
	const boot = BOOT_SCRIPT.exec(html);
	if (!boot) return html;
	const text = boot[1] ?? '';
	const before = sha256(text);
	if (!html.includes(`'${before}'`)) {
		throw new Error(`The page's policy does not list its boot script's hash (${before})`);
	}
	const modules = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
	const preloader = `${PRELOADER}(${[modules, INTL_LOCALES, INTL_WARM_UP, INTL_WARM_UP_POLICY].map((value) => JSON.stringify(value)).join(', ')});`;
	const end = text.lastIndexOf('}');
	const started =
		text.slice(0, end).replace(BOOT_IMPORTS, `const start = () => ${BOOT_IMPORTS}`) +
		`\n${STARTER}(start);\n` +
		text.slice(end);
	let placed = false;
	return html
		.replace(MODULE_PRELOAD, (link) => {
			if (placed) return '';
			placed = true;
			return `${link.slice(0, link.indexOf('<'))}<script>${preloader}</script>`;
		})
		.replace(boot[0], () => `<script>${started}</script>`)
		.replace(`'${before}'`, () => `'${sha256(started)}' '${sha256(preloader)}'`);
}

/** Each language's `Intl` locale, as the app's formatters use it (`intlLocale`). */
const INTL_LOCALES = Object.fromEntries(LANGS.map((lang) => [lang, intlLocale(lang)]));

/**
 * What the Intl warm-up worker runs, in the language its `name` gives: one formatter of each kind
 * the app uses, then it ends. In Chromium, the first formatter a page makes loads the locale data
 * for the whole renderer process, 40–110 ms of CPU (measured on the 2-core machine, whichever kind
 * comes first); made in a worker, the same process's later formatters on the page take under a
 * millisecond, so that load never blocks the page.
 */
export const INTL_WARM_UP =
	'var t=self.name;new Intl.NumberFormat(t).format(1);new Intl.PluralRules(t).select(1);' +
	"new Intl.DateTimeFormat(t,{timeZone:'UTC'}).format(0);new Intl.ListFormat(t).format(['1']);" +
	"new Intl.Collator(t).compare('a','b');close()";

/** The Trusted Types policy that gives the warm-up worker its address, and no other one. */
export const INTL_WARM_UP_POLICY = 'model-chooser-intl';

/**
 * How many `<link rel="modulepreload">`s the preloader adds in one task. Each costs the page's
 * thread about a millisecond as the browser asks for its file (Lighthouse's traces of `/`: 16–26 ms
 * for 21 at once, one task; under a 4× slower CPU, 13–160 ms), so the page's 20-odd modules come in
 * tasks of a few milliseconds, not one long one.
 */
export const PRELOADS_A_TASK = 4;

/**
 * In `<head>`, where the preloads were: keeps the page's modules as `window.__modelChooserStart`
 * (`preload(then)` adds their `<link rel="modulepreload">`s once, `PRELOADS_A_TASK` a task, and
 * calls `then` when all are in; `atOnce`: the app must not wait for a paint), and preloads them at
 * once when so. In the tasks after the one that reads the page, ahead of the app's start, it starts
 * a worker that readies the browser's number, plural, date, list and sorting data for the page's
 * language (`<html lang>`, set by app.html's script; `INTL_WARM_UP`) off the main thread, while
 * the scripts download. The worker's code is a `blob:` address (the policy's `worker-src`), made
 * by a Trusted Types policy that passes only that address. The address is made in one task and
 * the worker started in the next: together they cost the page's thread 8–16 ms (Lighthouse's
 * traces of `/`), which made a long task of whichever task held them under a 4× slower CPU. The
 * address is never revoked: revoking it, when the worker had done, cost the page's thread about
 * 7 ms in a task of its own (Lighthouse's trace of `/about`), for one short text that the page's
 * end frees.
 */
const PRELOADER = `(function (modules, locales, code, policyName) {
	var root = document.documentElement;
	var left, done = false, then = [];
	function run() {
		then.splice(0).forEach(function (f) { f(); });
	}
	function add() {
		left.splice(0, ${PRELOADS_A_TASK}).forEach(function (href) {
			var link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = href;
			document.head.appendChild(link);
		});
		if (left.length) return setTimeout(add, 0);
		done = true;
		run();
	}
	window.__modelChooserStart = {
		atOnce: document.visibilityState !== 'visible' || root.hasAttribute('data-pending') || root.hasAttribute('data-lang-pending'),
		preload: function (next) {
			if (next) then.push(next);
			if (!left) {
				left = modules.slice();
				add();
			} else if (done) run();
		}
	};
	if (window.__modelChooserStart.atOnce) window.__modelChooserStart.preload();
	function warmUp() {
		try {
			var address = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
		} catch (e) {
			return;
		}
		setTimeout(function () {
			try {
				var policy = window.trustedTypes && window.trustedTypes.createPolicy(policyName, {
					createScriptURL: function (url) {
						if (url !== address) throw new TypeError('Not the warm-up worker');
						return url;
					}
				});
				new Worker(policy ? policy.createScriptURL(address) : address, { name: locales[root.lang] || locales.en });
			} catch (e) {}
		}, 0);
	}
	setTimeout(warmUp, 0);
})`;

/**
 * At the end of SvelteKit's boot script: runs `start` at once, or after the first paint. The
 * paint is the browser's own report of it (a `paint` performance entry, the time the frame was
 * shown, which can come a frame or two after the frame was made); a browser without that report
 * starts a task after the first frame. Should no report ever come (nothing painted), the app
 * starts 2 s after the first frame all the same.
 */
const STARTER = `(function (start) {
	var when = window.__modelChooserStart || { atOnce: true, preload: function (next) { next(); } };
	var started = false;
	function go() {
		if (started) return;
		started = true;
		when.preload(start);
	}
	if (when.atOnce) return go();
	var told = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
	if (told) {
		new PerformanceObserver(function (list, observer) {
			observer.disconnect();
			setTimeout(go, 0);
		}).observe({ type: 'paint', buffered: true });
	}
	requestAnimationFrame(function () { setTimeout(go, told ? 2000 : 0); });
})`;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => policyFirst(startAfterFirstPaint(html)) });
