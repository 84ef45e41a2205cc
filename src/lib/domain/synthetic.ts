/**
 * Seeded synthetic catalogues for benchmarks and scale tests: the same seed always gives the
 * same catalogue, shaped like the real one (catalogue 2025-02-20.2): all kinds, places, prices
 * and statuses; models with sizes and Chatbot Arena entries; offers with ratings, official pages
 * and, now and then, a service's tiers (a free one, then two paid ones, as ChatGPT has).
 */
import type { ArenaEntry, Model, Offer } from './catalogue';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ARENA_URL = 'https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard';
/** Billions of parameters, as real open models come (a mixture of experts gives its active part). */
const SIZES: readonly { totalB: number; activeB?: number }[] = [
	{ totalB: 0.5 },
	{ totalB: 1.5 },
	{ totalB: 3 },
	{ totalB: 7.6 },
	{ totalB: 8 },
	{ totalB: 14 },
	{ totalB: 23.6 },
	{ totalB: 32 },
	{ totalB: 46.7, activeB: 12.9 },
	{ totalB: 70 },
	{ totalB: 123 },
	{ totalB: 235, activeB: 22 },
	{ totalB: 671, activeB: 37 }
];
/** One service in this many offers is a tier ladder of three offers (free, then two paid). */
const TIER_EVERY = 150;

/** A catalogue of `offers` offers over about a third as many models. */
export function syntheticCatalogue(offers: number, seed = 1): { models: Model[]; offers: Offer[] } {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const entry = (name: string): ArenaEntry => ({
		entry: name,
		score: 1000 + Math.floor(random() * 400),
		asOf: '2025-02-17',
		url: ARENA_URL
	});
	const modelCount = Math.max(1, Math.ceil(offers / 3));
	const models: Model[] = Array.from({ length: modelCount }, (_, i) => {
		const year = 2019 + Math.floor(random() * 7);
		const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
		const status = random() < 0.8 ? 'released' : random() < 0.5 ? 'planned' : 'legacy';
		const openness = random() < 0.4 ? 'open-weights' : 'closed';
		// Most open models say their size; some closed ones do too; a few open ones do not.
		const sized = random() < (openness === 'open-weights' ? 0.85 : 0.2);
		const parameters = sized ? { ...pick(SIZES) } : undefined;
		const rated = status !== 'planned' && random() < 0.5;
		const arena = rated
			? random() < 0.3
				? [entry(`Model-${i}`), entry(`Model-${i}-latest`)]
				: [entry(`Model-${i}`)]
			: undefined;
		return {
			id: `model-${i}`,
			name: { en: `Model ${i}`, ar: `النموذج ${i}` },
			vendor: `vendor-${i % 40}`,
			summary: { en: 'Synthetic', ar: 'اصطناعي' },
			openness,
			licence: { en: 'Synthetic', ar: 'اصطناعي' },
			status,
			dates:
				status === 'planned'
					? { expected: { precision: 'month', value: `${year}-${month}` } }
					: { released: { precision: 'month', value: `${year}-${month}` } },
			...(parameters && { parameters }),
			...(arena && { arena }),
			citations: [],
			publicRecord: []
		};
	});
	const list: Offer[] = Array.from({ length: offers }, (_, i) => {
		// A ladder of tiers: three offers in a row of one service, each giving the same model.
		const ladder = i % TIER_EVERY;
		const tierRank = ladder < 3 && i - ladder + 2 < offers ? ladder : undefined;
		const model = models[(tierRank === undefined ? i : i - ladder) % modelCount]!;
		const kind =
			tierRank === undefined
				? pick(['free-app', 'subscription', 'api', 'api', 'self-hosted'] as const)
				: tierRank === 0
					? 'free-app'
					: 'subscription';
		const price: Offer['price'] =
			kind === 'free-app' || kind === 'self-hosted'
				? { type: 'monthly', usdPerMonth: 0 }
				: tierRank !== undefined
					? { type: 'monthly', usdPerMonth: tierRank === 1 ? 20 : 200 }
					: kind === 'subscription'
						? random() < 0.1
							? { type: 'unknown' }
							: { type: 'monthly', usdPerMonth: pick([8, 10, 20, 25, 30, 60, 200]) }
						: {
								type: 'per-use',
								inputPerMTok: Math.round(random() * 3000) / 100,
								outputPerMTok: Math.round(random() * 6000) / 100
							};
		const minGb = pick([4, 6, 8, 12, 16, 24, 48, 80]);
		const runsOn: Offer['runsOn'] =
			kind !== 'self-hosted'
				? { place: 'cloud' }
				: pick([
						// Most run on any device, their need from their model's size (PRODUCT.md §9).
						{ place: 'device' },
						{ place: 'device' },
						{ place: 'device' },
						{ place: 'device' },
						{ place: 'device', needGb: minGb },
						{ place: 'gpu', minGb, comfortableGb: Math.round(minGb * 1.5) },
						{ place: 'gpu' },
						{ place: 'phone' }
					] as const);
		const service = `service-${Math.floor(i / TIER_EVERY)}`;
		const tier: Offer['tier'] =
			tierRank === undefined
				? undefined
				: tierRank === 0
					? { service, rank: 0 }
					: {
							service,
							rank: tierRank,
							adds:
								tierRank === 1
									? { en: 'a larger model and higher limits', ar: 'نموذج أكبر وحدود أعلى' }
									: { en: 'the same models without limits', ar: 'النماذج نفسها دون حدود' }
						};
		// What an offer serves on the board: its own rating for some, else its model's best.
		const rating = model.arena && random() < 0.5 ? { ...model.arena[0]! } : undefined;
		return {
			id: `offer-${i}`,
			name: { en: `Offer ${i}`, ar: `العرض ${i}` },
			kind,
			models: [model.id],
			price,
			runsOn,
			status: model.status,
			...(rating && { rating }),
			url: `https://example.com/offers/${i}`,
			...(tier && { tier }),
			perks: [],
			claims: [],
			citations: [],
			publicRecord: []
		};
	});
	return { models, offers: list };
}
