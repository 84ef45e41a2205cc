import type { Reroute } from '@sveltejs/kit';
import { readablePath } from '$lib/domain/readable-path';

/**
 * The path the router reads: a broken percent-escape is read literally (`readablePath`), so the
 * not-found page says so while the address bar keeps the address as the person typed it.
 */
export const reroute: Reroute = ({ url }) => readablePath(url.pathname);
