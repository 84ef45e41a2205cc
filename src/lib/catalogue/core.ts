/**
 * The shipped catalogue as a page that chooses needs it: every model, offer and vendor, without
 * the article's quotes (`citations`), the public record and the facts, which only the model,
 * Compare and About pages show (`records.ts` puts them back). Built from `catalogue.json` by the
 * `catalogue-parts` plugin (scripts/catalogue-parts.js).
 */
import core from 'virtual:catalogue-core';
import type { Catalogue } from '$lib/domain/catalogue';

const bare = <T extends object>(record: T) => ({ ...record, citations: [], publicRecord: [] });

/** The shipped catalogue without its records: `citations` and `publicRecord` empty, no facts. */
export const shippedCore: Catalogue = {
	...core,
	models: core.models.map(bare),
	offers: core.offers.map(bare),
	facts: []
};
