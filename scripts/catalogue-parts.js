/**
 * A Vite plugin that serves the shipped catalogue (`src/lib/catalogue/catalogue.json`) in two
 * parts, so a page that only chooses need not carry the article's quotes and the public record:
 * - `virtual:catalogue-core`: the catalogue with every model's and offer's `citations` and
 *   `publicRecord` left out, and no `facts`;
 * - `virtual:catalogue-records`: those left out: `{ models, offers }` as id → `{ citations,
 *   publicRecord }`, and `facts`.
 * `src/lib/catalogue/records.ts` puts them back together; a unit test checks that the two parts
 * make the whole file again. The file stays the one source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../src/lib/catalogue/catalogue.json', import.meta.url));
/** @type {Record<string, 'core' | 'records'>} */
const PARTS = { 'virtual:catalogue-core': 'core', 'virtual:catalogue-records': 'records' };

/**
 * The two parts of a catalogue.
 * @param {{ models: { id: string, citations: unknown[], publicRecord: unknown[] }[], offers: { id: string, citations: unknown[], publicRecord: unknown[] }[], facts: unknown[] }} catalogue
 */
export function catalogueParts(catalogue) {
	/** @param {{ id: string, citations: unknown[], publicRecord: unknown[] }[]} list */
	const split = (list) => ({
		rest: list.map(({ citations: _c, publicRecord: _p, ...rest }) => rest),
		records: Object.fromEntries(
			list.map(({ id, citations, publicRecord }) => [id, { citations, publicRecord }])
		)
	});
	const models = split(catalogue.models);
	const offers = split(catalogue.offers);
	const { facts, ...rest } = catalogue;
	return {
		core: { ...rest, models: models.rest, offers: offers.rest },
		records: { models: models.records, offers: offers.records, facts }
	};
}

/** @returns {import('vite').Plugin} */
export function catalogueSplit() {
	return {
		name: 'catalogue-parts',
		resolveId(id) {
			return id in PARTS ? `\0${id}` : undefined;
		},
		load(id) {
			const which = id.startsWith('\0') ? PARTS[id.slice(1)] : undefined;
			if (!which) return undefined;
			this.addWatchFile(FILE);
			const part = catalogueParts(JSON.parse(readFileSync(FILE, 'utf8')))[which];
			// JSON.parse of a string is read faster than the same object as a literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
		}
	};
}
