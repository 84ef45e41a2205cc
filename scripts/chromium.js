/** How the project starts the system's Chromium, for the end-to-end tests and the bench. */

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for a headless run on a closed network: without the background-networking ones
 * Chromium floods the network with connection attempts.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
