/**
 * Turns the entries of any public list (as listings: one host's offer of one model) into the
 * person's own data: one model per join key, by its maker, joined to a model already in the
 * catalogue where a key or an alias matches (the catalogue's facts win), and one offer per host
 * and variant, named "… via <host>".
 */
import type { DateValue, Model, Offer, Price, Vendor } from '../catalogue';
import type { Openness, PublicList, Task } from '../catalogue-terms';
import { makeId, UNKNOWN_MAKER, type Maker } from './join';
import { mergeOpenness } from './rules';
import type { Alias, ImportContext, ImportCounts, OwnData } from './types';

/** One entry of a list, read: a host's offer of one model, with what the list says of both. */
export type Listing = {
	/** The model's join key (`kimi-k2.6`) and the host's variant (`free`). */
	key: string;
	variant?: string;
	/** The model's name without its maker's prefix ("Kimi K2.6"). */
	name: string;
	maker?: Maker;
	host: string;
	offerId: string;
	/** Ids earlier versions gave this entry's model (`or-moonshotai-kimi-k2.6`). */
	legacyModelIds: string[];
	price: Price;
	/** Free by the source's word, or a local runner's. */
	free: boolean;
	local: boolean;
	status: 'released' | 'legacy';
	preview?: true;
	retires?: DateValue;
	released?: DateValue;
	task: Task;
	openness: Openness;
	url?: string;
};

const words = (en: string, ar = en) => ({ en, ar });

const LIST_NAMES: Record<PublicList, string> = {
	openrouter: 'OpenRouter',
	'models-dev': 'models.dev',
	litellm: 'LiteLLM'
};

/** The earlier of two dates, comparing their first days; either when the other is missing. */
function earlier(a: DateValue | undefined, b: DateValue | undefined): DateValue | undefined {
	if (!a || !b) return a ?? b;
	return b.value < a.value ? b : a;
}

/** Finds models by id and by the aliases they list (join keys, ids of earlier imports). */
function modelIndex(models: readonly Model[]): Map<string, Model> {
	const index = new Map<string, Model>();
	for (const model of models) {
		for (const alias of model.aliases ?? []) if (!index.has(alias)) index.set(alias, model);
	}
	// Ids win over aliases.
	for (const model of models) index.set(model.id, model);
	return index;
}

function variantWords(variant: string | undefined): { en: string; ar: string } {
	if (!variant) return words('');
	if (variant === 'free') return words(' (free)', ' (مجاني)');
	return words(` (${variant})`);
}

/**
 * Builds the person's own data from listings. Models already in the catalogue (`context`) are
 * joined, never overwritten when shipped (`shippedIds`); models of earlier imports are updated
 * with what this list adds. Offers keep their ids, so a newer list updates them and the person's
 * edits (kept apart, by id) still apply.
 */
export function buildOwnData(
	listings: readonly Listing[],
	list: PublicList,
	context: ImportContext,
	shippedIds: ReadonlySet<string>
): { data: OwnData; counts: ImportCounts } {
	const index = modelIndex(context.models);
	const vendorIds = new Set(context.vendors.map((v) => v.id));
	const vendors = new Map<string, Vendor>();
	const models = new Map<string, Model>();
	const offers = new Map<string, Offer>();
	const aliases = new Map<string, string>();
	const asOf = context.today;
	const source = LIST_NAMES[list];
	let joined = 0;

	const vendorOf = (maker: Maker | undefined): string => {
		const { id, name } = maker ?? { id: UNKNOWN_MAKER.id, name: UNKNOWN_MAKER.name.en };
		if (!vendorIds.has(id) && !vendors.has(id)) {
			vendors.set(id, { id, name: maker ? words(name) : { ...UNKNOWN_MAKER.name } });
		}
		return id;
	};

	for (const listing of listings) {
		const existing = index.get(listing.key);
		const modelId = existing?.id ?? makeId(listing.key);
		if (!modelId) continue;
		let model = models.get(modelId);
		if (existing && shippedIds.has(existing.id)) {
			joined++;
		} else {
			const base: Model = model ??
				existing ?? {
					id: modelId,
					name: words(listing.name),
					vendor: vendorOf(listing.maker),
					summary: words(`Imported from ${source}.`, `مستورد من ${source}.`),
					openness: 'unknown',
					licence: words('Not stated', 'غير مذكورة'),
					status: listing.status,
					dates: {},
					citations: [],
					publicRecord: []
				};
			if (existing) joined++;
			const openness = mergeOpenness(base.openness, listing.openness);
			const released = earlier(base.dates.released, listing.released);
			const task = base.task ?? (listing.task === 'chat' ? undefined : listing.task);
			model = {
				...base,
				// A model made by an unknown maker learns its maker from a list that knows it.
				vendor:
					base.vendor === UNKNOWN_MAKER.id && listing.maker ? vendorOf(listing.maker) : base.vendor,
				openness,
				licence:
					openness === base.openness
						? base.licence
						: openness === 'open-weights'
							? words('Open weights (licence as published)', 'أوزان مفتوحة (بالرخصة المنشورة)')
							: words('Closed weights', 'أوزان مغلقة'),
				// Released as soon as one host still serves it.
				status: base.status === 'released' || listing.status === 'released' ? 'released' : 'legacy',
				dates: released ? { ...base.dates, released } : base.dates,
				...(task ? { task } : {})
			};
			models.set(modelId, model);
		}
		for (const old of listing.legacyModelIds) {
			if (old !== modelId && index.has(old) && index.get(old)!.id === old)
				aliases.set(old, modelId);
		}
		const modelName = existing?.name ?? model?.name ?? words(listing.name);
		const variant = variantWords(listing.variant);
		const offer: Offer = {
			id: listing.offerId,
			name: words(
				`${modelName.en}${variant.en} via ${listing.host}`,
				`${modelName.ar}${variant.ar} عبر ${listing.host}`
			),
			kind: listing.local ? 'self-hosted' : 'api',
			models: [modelId],
			price: listing.local ? { type: 'monthly', usdPerMonth: 0 } : listing.price,
			runsOn: listing.local ? { place: 'device' } : { place: 'cloud' },
			status: listing.status,
			host: listing.host,
			...(listing.preview ? { preview: true as const } : {}),
			...(listing.retires ? { retires: listing.retires } : {}),
			list: { name: list, asOf },
			...(listing.url ? { url: listing.url } : {}),
			perks: [],
			claims: [],
			citations: [],
			publicRecord: []
		};
		offers.set(offer.id, offer);
	}

	const offerList = [...offers.values()];
	const isFree = (o: Offer) =>
		(o.price.type === 'per-use' && o.price.inputPerMTok === 0 && o.price.outputPerMTok === 0) ||
		(o.price.type === 'monthly' && o.price.usdPerMonth === 0);
	const modelList = [...models.values()];
	const alias: Alias[] = [...aliases].map(([from, to]) => ({ from, to }));
	return {
		data: {
			vendors: [...vendors.values()],
			models: modelList,
			offers: offerList,
			edits: [],
			notes: [],
			favourites: [],
			aliases: alias
		},
		counts: {
			models: modelList.length,
			offers: offerList.length,
			hosts: new Set(offerList.map((o) => o.host)).size,
			free: offerList.filter(isFree).length,
			legacy: offerList.filter((o) => o.status === 'legacy').length,
			joined,
			notChat: modelList.filter((m) => m.task !== undefined && m.task !== 'chat').length
		}
	};
}
