/**
 * The shipped catalogue's records, loaded by the pages that show them (a model's page, Compare,
 * About): each model's and offer's quotes from the article (`citations`) and public record, and
 * the article's facts, put back into `shippedCore`.
 */
import records from 'virtual:catalogue-records';
import type { Catalogue } from '$lib/domain/catalogue';
import { shippedCore } from './core';

/** The whole shipped catalogue, equal to `catalogue.json` (a unit test checks it). */
export const shippedWithRecords: Catalogue = {
	...shippedCore,
	models: shippedCore.models.map((m) => ({ ...m, ...records.models[m.id] })),
	offers: shippedCore.offers.map((o) => ({ ...o, ...records.offers[o.id] })),
	facts: records.facts
};
