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
