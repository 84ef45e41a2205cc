/**
 * Side-by-side comparison: the `/compare?ids=a,b,c` grammar (two to four known models, in
 * the order given) and the rows to show, each marked when its values differ.
 */
import type { Catalogue, DateValue, Model, Offer, Openness, Place, Status } from './catalogue';
import { monthlyCost } from './recommend';

export const MAX_COMPARED = 4;

/** Reads `ids` from a query string; unknown, repeated or extra ids are dropped and named. */
export function decodeCompareIds(
	search: string,
	known: readonly string[]
): { ids: string[]; ignored: string[] } {
	const params = new URLSearchParams(search);
	const ids: string[] = [];
	const ignored: string[] = [];
	const skip = (name: string) => ignored.length < 10 && ignored.push(name.slice(0, 40));
	for (const [name, value] of params) {
		if (name === 'lang' || name === 'fbclid' || name.startsWith('utm_')) continue;
		if (name !== 'ids' || ids.length > 0) {
			skip(name);
			continue;
		}
		for (const id of value
			.split(',')
			.map((x) => x.trim())
			.filter(Boolean)) {
			if (known.includes(id) && !ids.includes(id) && ids.length < MAX_COMPARED) ids.push(id);
			else skip(id);
		}
	}
	return { ids, ignored };
}

/** Writes the compared ids as a query string. */
export function encodeCompareIds(ids: readonly string[], lang?: 'ar' | 'en'): string {
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
	offers: Offer[];
	/** Cheapest monthly price of its offers at 1 million tokens; undefined when none is known. */
	cheapest: number | undefined;
	places: Place[];
	/** Least GPU memory any of its offers needs on your own machine. */
	minGpuGb: number | undefined;
	citations: number;
	facts: number;
};

export const COMPARE_ROWS = [
	'vendor',
	'status',
	'date',
	'openness',
	'offers',
	'cheapest',
	'places',
	'minGpuGb',
	'citations',
	'facts'
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** The columns for the chosen models, and which rows differ between them. */
export function compareModels(
	catalogue: Pick<Catalogue, 'models' | 'offers' | 'facts'>,
	ids: readonly string[]
): { columns: CompareColumn[]; differs: Record<CompareRow, boolean> } {
	const columns = ids.flatMap((id): CompareColumn[] => {
		const model = catalogue.models.find((m) => m.id === id);
		if (!model) return [];
		const offers = catalogue.offers.filter((o) => o.models.includes(id));
		const prices = offers.map((o) => monthlyCost(o.price, 1)).filter((p) => p !== undefined);
		const gpu = offers.flatMap((o) =>
			o.runsOn.place === 'gpu' && o.runsOn.minGb !== undefined ? [o.runsOn.minGb] : []
		);
		return [
			{
				model,
				vendor: model.vendor,
				status: model.status,
				date: model.dates.released ?? model.dates.expected ?? model.dates.announced,
				openness: model.openness,
				offers,
				cheapest: prices.length ? Math.min(...prices) : undefined,
				places: [...new Set(offers.map((o) => o.runsOn.place))].sort(),
				minGpuGb: gpu.length ? Math.min(...gpu) : undefined,
				citations: model.citations.length,
				facts: catalogue.facts.filter((f) => f.models.includes(id)).length
			}
		];
	});
	const key = (c: CompareColumn, row: CompareRow): string =>
		row === 'offers' ? c.offers.map((o) => o.id).join() : JSON.stringify(c[row] ?? null);
	const differs = Object.fromEntries(
		COMPARE_ROWS.map((row) => [row, new Set(columns.map((c) => key(c, row))).size > 1])
	) as Record<CompareRow, boolean>;
	return { columns, differs };
}
