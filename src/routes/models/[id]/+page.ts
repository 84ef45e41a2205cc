import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per shipped model is prerendered; a model the person added opens through 200.html. */
export const entries: EntryGenerator = () => shippedCatalogue.models.map((m) => ({ id: m.id }));

export const load: PageLoad = ({ params }) => ({ id: params.id });
