/**
 * The cheapest way to use a model, for the catalogue's tables and Compare: a module of its own, so
 * that the chooser's pages, which price offers one by one (`pricing.ts`), do not carry it.
 */
import type { Fee, Offer } from './catalogue';
import { feesOf, monthlyCost } from './pricing';

/**
 * The cheapest of some offers' prices as a month at 1 million tokens, with its fees when partly
 * known; of two at the same amount, a fully known one. Undefined when none is announced.
 */
export function cheapestPrice(offers: readonly Offer[]): { usd: number; fees?: Fee[] } | undefined {
	let best: { usd: number; fees?: Fee[] } | undefined;
	for (const offer of offers) {
		const usd = monthlyCost(offer.price, 1);
		if (usd === undefined) continue;
		const fees = feesOf(offer.price);
		if (!best || usd < best.usd || (usd === best.usd && best.fees && !fees)) {
			best = fees ? { usd, fees } : { usd };
		}
	}
	return best;
}
