import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source that allows one inline script or style by its text:
 * `sha256-` and the text's SHA-256 digest (UTF-8) in base64. One definition for the page
 * template's hashes (svelte.config.js) and the rewritten boot scripts' (src/hooks.server.ts), so
 * the two can never hash differently.
 * @param {string} text the script's or style's text, exactly as it stands in the page
 * @returns {`sha256-${string}`}
 */
export const sha256 = (text) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
	);
