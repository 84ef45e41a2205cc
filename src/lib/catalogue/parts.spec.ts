import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueParts } from '../../../scripts/catalogue-parts.js';
import { shippedCore } from './core';
import { shippedWithRecords } from './records';
import { shippedCatalogue } from './shipped';

const file = readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8');

describe('the shipped catalogue in two parts', () => {
	it('puts the two parts back together into the whole file', () => {
		expect(shippedWithRecords).toEqual(shippedCatalogue);
		expect(shippedWithRecords).toEqual(JSON.parse(file));
	});

	it('leaves the quotes, the public record and the facts out of the part every page loads', () => {
		const core = JSON.stringify(catalogueParts(JSON.parse(file)).core);
		const quote = shippedCatalogue.models.find((m) => m.citations.length > 0)!.citations[0]!;
		const record = shippedCatalogue.models.find((m) => m.publicRecord.length > 0)!;
		expect(file).toContain(JSON.stringify(quote.quote));
		expect(core).not.toContain(JSON.stringify(quote.quote));
		expect(core).not.toContain(JSON.stringify(record.publicRecord[0]!.url));
		expect(core).not.toContain('"facts"');
		expect(core.length).toBeLessThan(file.length * 0.6);
		// Every model and offer is there, with empty records until they load.
		expect(shippedCore.models.map((m) => m.id)).toEqual(shippedCatalogue.models.map((m) => m.id));
		expect(shippedCore.offers.map((o) => o.id)).toEqual(shippedCatalogue.offers.map((o) => o.id));
		expect(shippedCore.models.every((m) => m.citations.length === 0)).toBe(true);
		expect(shippedCore.facts).toEqual([]);
	});
});
