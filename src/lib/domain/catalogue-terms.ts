/**
 * The catalogue's fixed words (statuses, openness, kinds of offer, places, units) and the order
 * of catalogue versions: plain values, with no schema library behind them.
 */
export const STATUSES = ['released', 'planned', 'legacy'] as const;
export type Status = (typeof STATUSES)[number];

export const OPENNESS = ['open-weights', 'closed'] as const;
export type Openness = (typeof OPENNESS)[number];

export const OFFER_KINDS = ['free-app', 'subscription', 'api', 'self-hosted'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/**
 * Where an offer runs: in the cloud; as a phone app; on a graphics card only; on the person's own
 * device of any kind (`device`: its memory need from its model's size, PRODUCT.md §9); or, in
 * records made before catalogue 2025-02-20.2, on a computer.
 */
export const PLACES = ['cloud', 'device', 'computer', 'gpu', 'phone'] as const;
export type Place = (typeof PLACES)[number];

export const FACT_UNITS = ['days', 'months', 'percent', 'usd', 'usd-per-month'] as const;

/** Compares two catalogue versions: negative when a is older than b. */
export function compareCatalogueVersions(a: string, b: string): number {
	const [dayA = '', editionA = '0'] = a.split('.');
	const [dayB = '', editionB = '0'] = b.split('.');
	if (dayA !== dayB) return dayA < dayB ? -1 : 1;
	return Number(editionA) - Number(editionB);
}
