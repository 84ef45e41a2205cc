/**
 * Runs when the pages are prerendered (the app has no server). SvelteKit writes the page's
 * Content-Security-Policy `<meta>` into `%sveltekit.head%`, after app.html's inline script, where
 * it would not cover that script: a `<meta>` policy governs only what follows it. The script must
 * stay before `%sveltekit.head%` (it titles and hides the page before the prerendered English
 * title is parsed), so the policy moves up instead, right after `<meta charset>`.
 */
import type { Handle } from '@sveltejs/kit';

const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = '<meta charset="utf-8" />';

/** The page with its policy `<meta>` first in `<head>`; a page without one is left as it is. */
export function policyFirst(html: string): string {
	const policy = POLICY.exec(html)?.[0];
	if (!policy || !html.includes(CHARSET)) return html;
	// A function as the replacement: the policy's text is inserted as it is, never read for `$&`.
	return html.replace(policy, '').replace(CHARSET, () => `${CHARSET}\n\t\t${policy}`);
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => policyFirst(html) });
