/**
 * Side-by-side comparison: the `/compare?ids=a,b,c` grammar (two to four known models, in
 * the order given) and the rows to show, each marked when its values differ.
 */
import type {
	ArenaEntry,
	Catalogue,
	DateValue,
	Fee,
	Model,
	Offer,
	Openness,
	Parameters,
	Place,
	Status
} from './catalogue';
import type { Lang } from './lang';
import { readParams } from './link-params';
import { memoryNeedGb, offerNeed, roundGb } from './memory';
import { cheapestPrice } from './cheapest';

export const MAX_COMPARED = 4;

/**
 * Reads `ids` from a query string with the shared link rules (`link-params.ts`; `lang` is the
 * locale's, so it passes silently); never throws. Unknown or extra ids are dropped and named,
 * and so are other parameters; a repeat of an id taken is dropped alone (a trial read "not
 * understood: «gpt-4o»" for a model the table showed).
 */
export function decodeCompareIds(
	search: string,
	known: readonly string[]
): { ids: string[]; ignored: string[] } {
	const ids: string[] = [];
	const { ignored } = readParams(search, {
		silent: ['lang'],
		handle(name, value, ignore) {
			if (name !== 'ids') return false;
			for (const id of value.split(',')) {
				const trimmed = id.trim();
				// A model named again is in the table already: nothing of the link is left out.
				if (!trimmed || ids.includes(trimmed)) continue;
				if (known.includes(trimmed) && ids.length < MAX_COMPARED) {
					ids.push(trimmed);
				} else ignore(trimmed);
			}
			return true;
		}
	});
	return { ids, ignored };
}

/** Writes the compared ids as a query string. */
export function encodeCompareIds(ids: readonly string[], lang?: Lang): string {
	const params = new URLSearchParams();
	if (ids.length) params.set('ids', ids.join(','));
	if (lang) params.set('lang', lang);
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

/** One model's column: what the rows show of it. */
export type CompareColumn = {
	model: Model;
	vendor: string;
	status: Status;
	date: DateValue | undefined;
	openness: Openness;
	/** Its size, when known. */
	parameters: Parameters | undefined;
	/** Its best entry on the Chatbot Arena board: the highest score, then the newest snapshot. */
	arena: ArenaEntry | undefined;
	offers: Offer[];
	/** Cheapest monthly price of its offers at 1 million tokens; undefined when none is known. */
	cheapest: number | undefined;
	/** That offer's fees beyond its tokens, when its price is partly known. */
	cheapestFees?: Fee[];
	places: Place[];
	/**
	 * The least memory (GB) it needs on the person's own device (§9): the least any of its offers
	 * there needs (`offerNeed`); else, for an open-weights model of known size, the need of its
	 * 4-bit file (DeepSeek R1, 671B: about 432 GB, though no offer of it runs on a device).
	 * Undefined when no need is known.
	 */
	deviceGb: number | undefined;
	/**
	 * Whether it can run on the person's own device at all: an offer of it runs there, or its
	 * weights are open. With no `deviceGb`, its need there is "not known", not "no way".
	 */
	onDevice: boolean;
	citations: number;
	facts: number;
};

export const COMPARE_ROWS = [
	'vendor',
	'status',
	'date',
	'openness',
	'parameters',
	'arena',
	'offers',
	'cheapest',
	'places',
	'deviceGb',
	'citations',
	'facts'
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** A model's best Arena entry: the highest score, then the newest snapshot. */
function bestArenaEntry(entries: readonly ArenaEntry[]): ArenaEntry | undefined {
	let best: ArenaEntry | undefined;
	for (const e of entries) {
		if (!best || e.score > best.score || (e.score === best.score && e.asOf > best.asOf)) best = e;
	}
	return best;
}

/** The columns for the chosen models, and which rows differ between them. */
export function compareModels(
	catalogue: Pick<Catalogue, 'models' | 'offers' | 'facts'>,
	ids: readonly string[]
): { columns: CompareColumn[]; differs: Record<CompareRow, boolean> } {
	const modelsById = new Map(catalogue.models.map((m) => [m.id, m]));
	const columns = ids.flatMap((id): CompareColumn[] => {
		const model = modelsById.get(id);
		if (!model) return [];
		const offers = catalogue.offers.filter((o) => o.models.includes(id));
		const cheapest = cheapestPrice(offers);
		const needs = offers.flatMap((o) => {
			const { gb } = offerNeed(
				o.runsOn,
				o.models.flatMap((x) => modelsById.get(x) ?? [])
			);
			return gb === undefined ? [] : [gb];
		});
		const openWeights = model.openness === 'open-weights';
		if (needs.length === 0 && openWeights && model.parameters)
			needs.push(memoryNeedGb(model.parameters.totalB));
		return [
			{
				model,
				vendor: model.vendor,
				status: model.status,
				date: model.dates.released ?? model.dates.expected ?? model.dates.announced,
				openness: model.openness,
				parameters: model.parameters,
				arena: bestArenaEntry(model.arena ?? []),
				offers,
				cheapest: cheapest?.usd,
				...(cheapest?.fees && { cheapestFees: cheapest.fees }),
				places: [...new Set(offers.map((o) => o.runsOn.place))].sort(),
				deviceGb: needs.length ? Math.min(...needs) : undefined,
				onDevice: openWeights || offers.some((o) => o.runsOn.place !== 'cloud'),
				citations: model.citations.length,
				facts: catalogue.facts.filter((f) => f.models.includes(id)).length
			}
		];
	});
	// Rows differ by what is shown: offers by id, memory as rounded, a price with its fees.
	const key = (c: CompareColumn, row: CompareRow): string =>
		row === 'offers'
			? c.offers.map((o) => o.id).join()
			: row === 'deviceGb'
				? String(c.deviceGb === undefined ? c.onDevice : roundGb(c.deviceGb))
				: row === 'cheapest'
					? JSON.stringify([c.cheapest ?? null, c.cheapestFees ?? null])
					: JSON.stringify(c[row] ?? null);
	const differs = Object.fromEntries(
		COMPARE_ROWS.map((row) => [row, new Set(columns.map((c) => key(c, row))).size > 1])
	) as Record<CompareRow, boolean>;
	return { columns, differs };
}
