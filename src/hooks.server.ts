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
	const preloader = `${PRELOADER}(${JSON.stringify(modules)}, ${JSON.stringify(INTL_LOCALES)});`;
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
 * In `<head>`, where the preloads were: keeps the page's modules as `window.__modelChooserStart`
 * (`preload()` adds their `<link rel="modulepreload">`s once; `atOnce`: the app must not wait for
 * a paint), and preloads them at once when so. Its `warm()` readies the browser's number, plural,
 * date and list formatting for the page's language (`<html lang>`, set by app.html's script)
 * while the scripts download: the first formatter of a kind loads its locale's data, ≈20 ms of
 * CPU for numbers on a fast computer, which would otherwise lengthen the app's start. One kind
 * per task, so none blocks the page for long.
 */
const PRELOADER = `(function (modules, locales) {
	var root = document.documentElement;
	var added = false;
	var start = (window.__modelChooserStart = {
		atOnce: document.visibilityState !== 'visible' || root.hasAttribute('data-pending') || root.hasAttribute('data-lang-pending'),
		preload: function () {
			if (added) return;
			added = true;
			modules.forEach(function (href) {
				var link = document.createElement('link');
				link.rel = 'modulepreload';
				link.href = href;
				document.head.appendChild(link);
			});
		},
		warm: function () {
			var tag = locales[root.lang] || locales.en;
			var kinds = [
				function () { new Intl.NumberFormat(tag).format(1); },
				function () { new Intl.PluralRules(tag).select(1); },
				function () { new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).format(0); },
				function () { new Intl.ListFormat(tag).format(['1']); }
			];
			function next() {
				var kind = kinds.shift();
				if (!kind) return;
				try {
					kind();
				} catch (e) {}
				setTimeout(next, 0);
			}
			setTimeout(next, 0);
		}
	});
	if (start.atOnce) start.preload();
})`;

/**
 * At the end of SvelteKit's boot script: runs `start` at once, or after the first paint. The
 * paint is the browser's own report of it (a `paint` performance entry, the time the frame was
 * shown, which can come a frame or two after the frame was made); a browser without that report
 * starts a task after the first frame. Should no report ever come (nothing painted), the app
 * starts 2 s after the first frame all the same.
 */
const STARTER = `(function (start) {
	var when = window.__modelChooserStart || { atOnce: true, preload: function () {}, warm: function () {} };
	var started = false;
	function go() {
		if (started) return;
		started = true;
		when.preload();
		start();
		when.warm();
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
