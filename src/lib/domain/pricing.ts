/** Prices in one unit: US$ a month for an offer at a usage (million tokens a month), §2. */
import type { Fee, Price } from './catalogue';

/**
 * US$ a month for an offer at a usage in million tokens a month; undefined if not announced. A
 * partly known price counts its tokens alone (see `feesOf`).
 */
export function monthlyCost(price: Price, usage: number): number | undefined {
	switch (price.type) {
		case 'monthly':
			return price.usdPerMonth;
		case 'per-use':
			return perUseCost(usage, perMillion(price));
		case 'unknown':
			return undefined;
	}
}

/** A per-use price's fees beyond its tokens; undefined when the price is fully known (or not per-use). */
export function feesOf(price: Price): Fee[] | undefined {
	return price.type === 'per-use' && price.fees && price.fees.length > 0 ? price.fees : undefined;
}

/** US$ a million tokens, half input and half output. */
export const perMillion = (price: { inputPerMTok: number; outputPerMTok: number }): number =>
	price.inputPerMTok / 2 + price.outputPerMTok / 2;

/** Rounded to a millionth of a dollar so float noise never decides a budget. */
export const perUseCost = (usage: number, usdPerMillion: number): number =>
	Math.round(usage * usdPerMillion * 1e6) / 1e6;
