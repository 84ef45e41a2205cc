/** What the chooser works out once per catalogue: each offer's models, price, keys, neighbours. */
import type {
	ArenaEntry,
	DateValue,
	Fee,
	Model,
	Offer,
	OfferKind,
	Openness,
	Price,
	RunsOn,
	Status
} from './catalogue';
import type { DeviceFit, MemoryNeed } from './device-fit';
import { largestParamsB, offerNeed } from './memory';
import { UNJUDGED } from './offer-fit';
import { offerOpenness, offersNoChat, offerStatus } from './offer-traits';
import { feesOf, perMillion } from './pricing';
import { compareIds, STATUS_RANK } from './ranking';

/** A catalogue, or the part of one the chooser reads. */
export type CatalogueLike = { models: Model[]; offers: Offer[] };

/** A model's date as a number to compare: 2024-11 is 20241100; none is 0. */
function dateNumber(model: Model): number {
	const d = model.dates.released ?? model.dates.expected ?? model.dates.announced;
	if (!d) return 0;
	const [y = 0, m = 0, day = 0] = d.value.split('-').map(Number);
	return y * 10_000 + m * 100 + day;
}

/** The best-scored board entry of some models, if any is on the board. */
function bestEntry(models: readonly Model[]): ArenaEntry | undefined {
	let best: ArenaEntry | undefined;
	for (const m of models) {
		for (const e of m.arena ?? []) if (!best || e.score > best.score) best = e;
	}
	return best;
}

/**
 * What stays the same for one catalogue whatever the inputs: resolved models, fixed keys, and
 * the price and place in one shape for every offer. Offers come in many shapes (optional
 * fields, imports); reading them in the hot loop would make every property read a slow one.
 */
export type Prepared = {
	offer: Offer;
	kind: OfferKind;
	/** 'monthly', 'per-use' or 'unknown', with the numbers of each (0 where not used). */
	priceType: Price['type'];
	usdPerMonth: number;
	usdPerMillion: number;
	runsOn: RunsOn;
	need: MemoryNeed;
	models: Model[];
	openness: Openness;
	/** A partly known price's fees beyond its tokens; undefined when fully known. */
	fees: Fee[] | undefined;
	rating: ArenaEntry | undefined;
	/** The Arena score, -1 when unrated. */
	score: number;
	/** Billions of parameters of its largest model; 0 when not known. */
	paramsB: number;
	/** The offer's newest model, as a date number. */
	newest: number;
	/** Its status in the answer: the offer's own, or planned while one of its models is. */
	status: Status;
	statusRank: number;
	/** Every model it gives does not chat (embeddings, speech, images…): never a fit (§2). */
	noChat: boolean;
	/** The offer's place in the ranking's last keys (memory need, newest model, id). */
	tail: number;
	expected: DateValue | undefined;
	/** For a per-use offer: the cheapest paid subscription that gives one of its models. */
	subscription: { offer: Offer; usd: number } | undefined;
	/** For a tier of a service: the tier just below it, by rank. */
	lowerTier: Offer | undefined;
	/** The last device fit worked out, and the key of the device inputs it was for (`fitOf`). */
	fit: DeviceFit;
	fitKey: number;
};

/**
 * Each offer of a catalogue prepared for the chooser, in the catalogue's order; offers whose
 * models do not chat are marked (`noChat`), never a fit (§2). `tail` numbers the last keys of the
 * order (memory need, newest model, id); the fit is not yet worked out (`UNJUDGED`).
 */
export function prepareOffers(catalogue: CatalogueLike): Prepared[] {
	const modelsById = new Map(catalogue.models.map((m) => [m.id, m]));
	const subscriptions = new Map<string, { offer: Offer; usd: number }>();
	const tiers = new Map<string, Offer[]>();
	for (const offer of catalogue.offers) {
		if (offer.tier) {
			const list = tiers.get(offer.tier.service);
			if (list) list.push(offer);
			else tiers.set(offer.tier.service, [offer]);
		}
		if (offer.kind !== 'subscription' || offer.price.type !== 'monthly') continue;
		const usd = offer.price.usdPerMonth;
		if (usd <= 0) continue;
		for (const id of offer.models) {
			const best = subscriptions.get(id);
			if (!best || usd < best.usd) subscriptions.set(id, { offer, usd });
		}
	}
	const lowerTierOf = (offer: Offer): Offer | undefined => {
		const tier = offer.tier;
		if (!tier) return undefined;
		let lower: Offer | undefined;
		for (const o of tiers.get(tier.service) ?? []) {
			const rank = o.tier?.rank ?? 0;
			if (rank < tier.rank && (!lower || rank > (lower.tier?.rank ?? 0))) lower = o;
		}
		return lower;
	};
	const list = catalogue.offers.flatMap((offer): Prepared[] => {
		const models = offer.models.flatMap((id) => modelsById.get(id) ?? []);
		const expected = models.find((m) => m.dates.expected)?.dates.expected;
		const status = offerStatus(offer, models);
		const subscription =
			offer.price.type === 'per-use'
				? offer.models.flatMap((id) => subscriptions.get(id) ?? []).sort((a, b) => a.usd - b.usd)[0]
				: undefined;
		const { price, runsOn } = offer;
		const rating = offer.rating ?? bestEntry(models);
		const need = offerNeed(runsOn, models);
		const prepared: Prepared = {
			offer,
			kind: offer.kind,
			priceType: price.type,
			usdPerMonth: price.type === 'monthly' ? price.usdPerMonth : 0,
			usdPerMillion: price.type === 'per-use' ? perMillion(price) : 0,
			// One shape for every offer, so the hot loop's reads stay fast (see `Prepared`).
			runsOn: {
				place: runsOn.place,
				needGb: runsOn.place === 'device' ? runsOn.needGb : undefined,
				minGb: runsOn.place === 'gpu' ? runsOn.minGb : undefined,
				comfortableGb: runsOn.place === 'gpu' ? runsOn.comfortableGb : undefined
			} as RunsOn,
			need: { gb: need.gb, eightBitGb: need.eightBitGb },
			models,
			openness: offerOpenness(models),
			fees: feesOf(price),
			rating,
			score: rating?.score ?? -1,
			paramsB: largestParamsB(models) ?? 0,
			newest: models.reduce((max, m) => Math.max(max, dateNumber(m)), 0),
			status,
			statusRank: STATUS_RANK[status],
			noChat: offersNoChat(models),
			tail: 0,
			expected,
			subscription,
			lowerTier: lowerTierOf(offer),
			fit: UNJUDGED,
			fitKey: -1
		};
		return [prepared];
	});
	// The last keys never change with the inputs: one number says where they put each offer.
	[...list]
		.sort((p, q) => (p.need.gb ?? 0) - (q.need.gb ?? 0) || q.newest - p.newest || compareIds(p, q))
		.forEach((p, i) => (p.tail = i));
	return list;
}
