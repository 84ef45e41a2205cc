/**
 * Seeded synthetic catalogues for benchmarks and scale tests: the same seed always gives the
 * same catalogue, shaped like the real one (catalogue 2025-02-20.2): all kinds, places, prices
 * and statuses; models with sizes and Chatbot Arena entries; offers with ratings, official pages
 * and, now and then, a service's tiers (a free one, then two paid ones, as ChatGPT has). With
 * `imported`, some records also take the shapes public lists bring (§10): openness not
 * stated, models that do not chat, partly known prices, previews and retirement dates.
 *
 * `handModel` and `handOffer` make the small catalogues tests build by hand, `handOwn` the
 * person's own data.
 */
import type { ArenaEntry, Fee, Model, Offer, OfferKind, Task } from './catalogue';
import { TASKS } from './catalogue-terms';
import type { OwnData } from './import/types';

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

/** The tasks of models that do not chat, in turn. */
const NON_CHAT: readonly Task[] = TASKS.filter((task) => task !== 'chat');
/** Fees of partly known prices, in turn, as public lists give them. */
const FEES: readonly Fee[][] = [
	[{ kind: 'search', usd: 0.005, unit: 'each' }],
	[{ kind: 'request', usd: 0.01, unit: 'each' }],
	[{ kind: 'reasoning', usd: 3, unit: 'mtok' }],
	[
		{ kind: 'long-context-input', usd: 6, unit: 'mtok', aboveTokens: 200_000 },
		{ kind: 'long-context-output', usd: 22.5, unit: 'mtok', aboveTokens: 200_000 }
	],
	[{ kind: 'image-output', usd: 0.04, unit: 'each' }]
];

/**
 * A catalogue of `offers` offers over about a third as many models; with `imported`, some with
 * the shapes of public lists. The extra shapes take no random draws, so the rest is the same.
 */
export function syntheticCatalogue(
	offers: number,
	seed = 1,
	{ imported = false }: { imported?: boolean } = {}
): { models: Model[]; offers: Offer[] } {
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
						// Most run on any device, their need from their model's size (§9).
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
	if (!imported) return { models, offers: list };
	return {
		models: models.map((m, i) => ({
			...m,
			...(i % 7 === 3 && { openness: 'unknown' as const }),
			...(i % 11 === 5 && { task: NON_CHAT[i % NON_CHAT.length]! })
		})),
		offers: list.map((o, i) => ({
			...o,
			...(o.price.type === 'per-use' &&
				i % 4 === 1 && { price: { ...o.price, fees: FEES[i % FEES.length]! } }),
			...(i % 13 === 2 && { preview: true as const }),
			...(i % 17 === 4 && { retires: { precision: 'month' as const, value: '2031-06' } }),
			...(o.kind === 'api' && { host: 'Synthetic host' })
		}))
	};
}

/** A released, open-weights chat model for a catalogue made by hand, with `over` applied. */
export function handModel(id: string, over: Partial<Model> = {}): Model {
	return {
		id,
		name: { en: id, ar: id },
		vendor: 'v',
		summary: { en: 'A model', ar: 'نموذج' },
		openness: 'open-weights',
		licence: { en: 'Open', ar: 'مفتوح' },
		status: 'released',
		dates: { released: { precision: 'day', value: '2025-01-01' } },
		citations: [],
		publicRecord: [],
		...over
	};
}

/**
 * A released offer of some models for a catalogue made by hand: an API at US$1 in and out per
 * million tokens, a subscription at US$20 a month, else free; in the cloud, or on the person's
 * own device when self-hosted; with `over` applied.
 */
export function handOffer(
	id: string,
	kind: OfferKind,
	models: string[],
	over: Partial<Offer> = {}
): Offer {
	return {
		id,
		name: { en: `Offer ${id}`, ar: `العرض ${id}` },
		kind,
		models,
		price:
			kind === 'api'
				? { type: 'per-use', inputPerMTok: 1, outputPerMTok: 1 }
				: { type: 'monthly', usdPerMonth: kind === 'subscription' ? 20 : 0 },
		runsOn: kind === 'self-hosted' ? { place: 'device' } : { place: 'cloud' },
		status: 'released',
		perks: [],
		claims: [],
		citations: [],
		publicRecord: [],
		...over
	};
}

/** The person's own data for a test: nothing (no makers, models, offers, edits, notes, favourites or aliases) but `over`. */
export function handOwn(over: Partial<OwnData> = {}): OwnData {
	return {
		vendors: [],
		models: [],
		offers: [],
		edits: [],
		notes: [],
		favourites: [],
		aliases: [],
		...over
	};
}
