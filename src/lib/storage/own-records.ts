/**
 * A small piece of the person's own data for storage tests: one model and one offer made from
 * shipped records under new ids. For tests only: nothing in the app imports it.
 */
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { OwnData } from '$lib/domain/import/types';
import { handOwn } from '$lib/domain/synthetic';

/** One own model `id` with one offer `<id>-api`: what a list or an added model brings, in small. */
export function ownRecords(id: string): OwnData {
	const model = { ...structuredClone(shippedCatalogue.models[1]!), id, name: { en: id, ar: id } };
	const offer = { ...structuredClone(shippedCatalogue.offers[3]!), id: `${id}-api`, models: [id] };
	return handOwn({ models: [model], offers: [offer] });
}
