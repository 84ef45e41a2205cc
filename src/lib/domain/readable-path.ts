/**
 * The path the router reads for an address's `pathname`: undefined (the path itself) when it
 * decodes; else, for a broken percent-escape (`/models/%E0%A4%A`), which cannot be decoded and
 * would stop the router, the path with every "%" escaped (`%25`), read literally, so the page
 * that has no such model or page says so. `decode` is the decoding tried (`decodeURI`). Never
 * throws.
 */
export function readablePath(pathname: string, decode = decodeURI): string | undefined {
	try {
		// Called through a parameter: a minifier that takes `decodeURI` for pure would drop it.
		decode(pathname);
		return undefined;
	} catch {
		return pathname.replace(/%/g, '%25');
	}
}
