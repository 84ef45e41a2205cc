/** The catalogue that ships with the app: the world as of the article (2025-02-20). */
import type { Catalogue } from '$lib/domain/catalogue';
import data from './catalogue.json';

/**
 * The bundled catalogue. The JSON is checked against the schema by the tests
 * (`catalogue.spec.ts`), so the browser does not pay for validating it at every start.
 */
export const shippedCatalogue = data as Catalogue;
