// The two parts of the shipped catalogue, served by the `catalogue-parts` Vite plugin
// (scripts/catalogue-parts.js).
declare module 'virtual:catalogue-core' {
	import type { Catalogue, Model, Offer } from '$lib/domain/catalogue';
	type Bare<T> = Omit<T, 'citations' | 'publicRecord'>;
	const core: Omit<Catalogue, 'models' | 'offers' | 'facts'> & {
		models: Bare<Model>[];
		offers: Bare<Offer>[];
	};
	export default core;
}

declare module 'virtual:catalogue-records' {
	import type { Fact, Model } from '$lib/domain/catalogue';
	type Records = Record<string, Pick<Model, 'citations' | 'publicRecord'>>;
	const records: { models: Records; offers: Records; facts: Fact[] };
	export default records;
}
