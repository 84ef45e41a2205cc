/**
 * Ids made from outside text: a file of its own so that a page making one (adding a model) does
 * not load the list readers.
 */

/** A stable id the catalogue accepts, made from outside text (`prefix` + a slug). */
export function slug(text: string, prefix: string): string {
	const body = text
		.slice(0, 300)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9.]+/g, '-');
	let start = 0;
	let end = body.length;
	while (start < end && (body[start] === '-' || body[start] === '.')) start++;
	while (end > start && (body[end - 1] === '-' || body[end - 1] === '.')) end--;
	const whole = `${prefix}${body.slice(start, end) || 'x'}`.slice(0, 80);
	let cut = whole.length;
	while (cut > 1 && (whole[cut - 1] === '-' || whole[cut - 1] === '.')) cut--;
	return whole.slice(0, cut);
}

/** A short, stable hash of a text (FNV-1a over its UTF-16 code units, 32 bits), in base 36. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
