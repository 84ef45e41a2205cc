/** Why an offer is where it is (§2's reasons), as data: what its card does not already say. */
import type { Reason } from './answer';
import type { Judged } from './judged';

/**
 * Why an offer is where it is, in data, saying nothing its card's fields (cost, where it runs,
 * openness, status, rating) already say: how a per-use cost is worked out (and the fees it does
 * not count) and where it breaks even with a subscription, the budget, what a tier adds, open
 * weights run in a cloud, the device (a need to check, or the memory it needs against the
 * person's), an expected date.
 */
export function explain(j: Judged): Reason[] {
	const { prepared: p, inputs } = j;
	const { offer, fees } = p;
	const cost = j.monthlyCost;
	const reasons: Reason[] = [];
	if (cost !== undefined && offer.price.type === 'per-use') {
		reasons.push({
			code: 'per-use-price',
			costUsd: cost,
			usage: inputs.usage,
			inputPerMTok: offer.price.inputPerMTok,
			outputPerMTok: offer.price.outputPerMTok,
			...(fees && { fees })
		});
		// A break-even with a lower bound would be a guess: only for a fully known price.
		if (p.subscription && !fees) {
			reasons.push({
				code: 'versus-subscription',
				usage: inputs.usage,
				costUsd: cost,
				offer: offer.name,
				subscription: p.subscription.offer.name,
				subscriptionUsd: p.subscription.usd,
				breakEvenUsage: Math.round((p.subscription.usd / p.usdPerMillion) * 10) / 10
			});
		}
	}
	if (cost !== undefined && inputs.budget !== undefined && cost <= inputs.budget) {
		// Only a fully known price is within a budget; a partly known one may cost more.
		if (fees) reasons.push({ code: 'fees-not-counted', costUsd: cost, budgetUsd: inputs.budget });
		else if (cost > 0) {
			reasons.push({ code: 'within-budget', costUsd: cost, budgetUsd: inputs.budget });
		}
	}
	if (offer.tier?.adds && p.lowerTier) {
		reasons.push({ code: 'tier-adds', adds: offer.tier.adds, over: p.lowerTier.name });
	}
	if (p.openness === 'open-weights' && p.runsOn.place === 'cloud') {
		reasons.push({ code: 'open-weights-in-cloud', kind: p.kind });
	} else if (inputs.openness === 'preferred' && p.openness !== 'open-weights') {
		reasons.push({ code: p.openness === 'closed' ? 'closed-after-open' : 'unknown-after-open' });
	}
	const fitCode = j.fit.reason.code;
	if (j.fit.level !== 'no' && fitCode !== 'cloud' && fitCode !== 'on-device') {
		reasons.push(j.fit.reason);
	}
	if (p.status === 'planned' && p.expected) {
		reasons.push({ code: 'planned', expected: p.expected });
	}
	return reasons;
}
