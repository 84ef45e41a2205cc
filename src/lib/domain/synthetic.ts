/**
 * Seeded synthetic catalogues for benchmarks and scale tests: the same seed always gives the
 * same catalogue, shaped like the real one (all kinds, places, prices and statuses).
 */
import type { Model, Offer } from './catalogue';

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

/** A catalogue of `offers` offers over about a third as many models. */
export function syntheticCatalogue(offers: number, seed = 1): { models: Model[]; offers: Offer[] } {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const modelCount = Math.max(1, Math.ceil(offers / 3));
	const models: Model[] = Array.from({ length: modelCount }, (_, i) => {
		const year = 2019 + Math.floor(random() * 7);
		const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
		const status = random() < 0.8 ? 'released' : random() < 0.5 ? 'planned' : 'legacy';
		return {
			id: `model-${i}`,
			name: { en: `Model ${i}`, ar: `النموذج ${i}` },
			vendor: `vendor-${i % 40}`,
			summary: { en: 'Synthetic', ar: 'اصطناعي' },
			openness: random() < 0.4 ? 'open-weights' : 'closed',
			licence: { en: 'Synthetic', ar: 'اصطناعي' },
			status,
			dates:
				status === 'planned'
					? { expected: { precision: 'month', value: `${year}-${month}` } }
					: { released: { precision: 'month', value: `${year}-${month}` } },
			citations: [],
			publicRecord: []
		};
	});
	const list: Offer[] = Array.from({ length: offers }, (_, i) => {
		const model = models[i % modelCount]!;
		const kind = pick(['free-app', 'subscription', 'api', 'api', 'self-hosted'] as const);
		const price: Offer['price'] =
			kind === 'free-app' || kind === 'self-hosted'
				? { type: 'monthly', usdPerMonth: 0 }
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
						{ place: 'gpu', minGb, comfortableGb: Math.round(minGb * 1.5) },
						{ place: 'gpu' },
						{ place: 'computer' },
						{ place: 'phone' }
					] as const);
		return {
			id: `offer-${i}`,
			name: { en: `Offer ${i}`, ar: `العرض ${i}` },
			kind,
			models: [model.id],
			price,
			runsOn,
			status: model.status,
			perks: [],
			claims: [],
			citations: [],
			publicRecord: []
		};
	});
	return { models, offers: list };
}
