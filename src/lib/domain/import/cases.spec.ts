/**
 * The import cases found by trying the app as its users would (shared/cases/README.md,
 * "Imports"; copied to tests/fixtures/cases): each file with the value that is right for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { applyEdits } from '../overlay';
import { defaultInputs } from '../inputs';
import { recommend } from '../recommend';
import type { Catalogue } from '../catalogue';
import { readImport, shippedContext, type ImportPreview, type OwnData } from './index';

const TODAY = '2026-12-03';
const text = (name: string) =>
	readFileSync(new URL(`../../../../tests/fixtures/cases/${name}`, import.meta.url), 'utf8');

/** Reads a case file into the shipped catalogue, failing the test when it is refused. */
function preview(name: string): ImportPreview {
	const r = readImport(text(name), shippedContext(TODAY));
	if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.problem)}`);
	return r;
}

/** The shipped catalogue with some own data in it, as the app merges them. */
function withOwn(own: OwnData): Catalogue {
	const c = shippedCatalogue;
	return applyEdits(
		{
			...c,
			vendors: [...c.vendors, ...own.vendors],
			models: [...c.models, ...own.models],
			offers: [...c.offers, ...own.offers]
		},
		own.edits
	).catalogue;
}

describe('import cases', () => {
	it('models-dev-impossible-date: the entry imports without its date, and the preview says so', () => {
		const r = preview('models-dev-impossible-date.json');
		expect(r.found).toBe(2);
		expect(r.skipped).toEqual([]);
		const model = r.data.models.find((m) => m.id === 'qwen3-embedding-8b');
		expect(model?.dates).toEqual({});
		expect(r.notes).toEqual([
			{
				entry: 'scaleway › qwen3-embedding-8b',
				code: 'date-dropped',
				field: 'release_date',
				value: '"2025-25-11"'
			}
		]);
		expect(r.data.models.find((m) => m.id === 'claude-sonnet-4-0')?.dates.released).toEqual({
			precision: 'day',
			value: '2025-05-22'
		});
	});

	it('models-dev-negative-price: a "varies" marker is not announced; the rest imports', () => {
		const r = preview('models-dev-negative-price.json');
		const auto = r.data.offers.find((o) => o.id === 'md-openrouter-openrouter-auto-api');
		expect(auto?.price).toEqual({ type: 'unknown' });
		const v31 = r.data.offers.find((o) => o.id === 'md-openrouter-deepseek-deepseek-chat-v3.1-api');
		expect(v31?.price).toEqual({ type: 'per-use', inputPerMTok: 0.2, outputPerMTok: 0.8 });
		expect(r.counts.offers).toBe(2);
	});

	it('models-dev-plan-priced-zero: a plan listed at 0/0 is not announced, never a Free pick', () => {
		const r = preview('models-dev-plan-priced-zero.json');
		expect(r.data.offers.map((o) => o.price)).toEqual([{ type: 'unknown' }, { type: 'unknown' }]);
		expect(r.counts.free).toBe(0);
		const answer = recommend(withOwn(r.data), { ...defaultInputs(), budget: 0 });
		const own = new Set(r.data.offers.map((o) => o.id));
		const picked = answer.picks.map((p) => p.option.offer.id);
		expect(picked.some((id) => own.has(id))).toBe(false);
	});

	it('models-dev-one-model-three-hosts: one model by its maker, one offer per host', () => {
		const r = preview('models-dev-one-model-three-hosts.json');
		expect(r.data.models.map((m) => [m.id, m.vendor, m.openness])).toEqual([
			['kimi-k2.6', 'moonshotai', 'open-weights']
		]);
		expect(r.data.vendors).toEqual([
			{ id: 'moonshotai', name: { en: 'Moonshot AI', ar: 'مونشوت إيه آي' } }
		]);
		expect(r.data.offers.map((o) => o.name.en)).toEqual([
			'Kimi K2.6 via routing.run',
			'Kimi K2.6 via Ambient',
			'Kimi K2.6 via AIHubMix'
		]);
		expect(r.data.offers.every((o) => o.models.join() === 'kimi-k2.6')).toBe(true);
		expect(r.counts).toMatchObject({ models: 1, offers: 3, hosts: 3 });
	});

	it('models-dev-deprecated: deprecated is legacy', () => {
		const r = preview('models-dev-deprecated.json');
		expect(r.data.offers[0]?.status).toBe('legacy');
		expect(r.data.models[0]).toMatchObject({
			id: 'devstral-2512',
			vendor: 'mistral',
			status: 'legacy'
		});
		expect(r.counts.legacy).toBe(1);
	});

	it('openrouter-gpt-4o: joins the shipped gpt-4o, and the break-even line shows', () => {
		const r = preview('openrouter-gpt-4o.json');
		expect(r.data.models).toEqual([]);
		expect(r.data.offers).toHaveLength(1);
		const offer = r.data.offers[0]!;
		expect(offer).toMatchObject({
			id: 'or-openai-gpt-4o-api',
			models: ['gpt-4o'],
			name: { en: 'GPT-4o via OpenRouter' },
			host: 'OpenRouter',
			url: 'https://openrouter.ai/openai/gpt-4o',
			price: { type: 'per-use', inputPerMTok: 2.5, outputPerMTok: 10 }
		});
		expect(r.counts.joined).toBe(1);
		const answer = recommend(withOwn(r.data), { ...defaultInputs(), usage: 20 });
		const line = answer.recommendations
			.find((x) => x.offer.id === offer.id)
			?.reasons.find((x) => x.code === 'versus-subscription');
		expect(line).toMatchObject({ subscription: { en: 'ChatGPT Plus' } });
	});

	it('openrouter-zero-token-price-music: not a chat model, never recommended, price not announced', () => {
		const r = preview('openrouter-zero-token-price-music.json');
		expect(r.data.models[0]).toMatchObject({
			id: 'lyria-3-pro-preview',
			task: 'music',
			vendor: 'google'
		});
		expect(r.data.offers[0]?.price).toEqual({ type: 'unknown' });
		const answer = recommend(withOwn(r.data), { ...defaultInputs(), budget: 0 });
		const id = r.data.offers[0]!.id;
		const chosen = [
			...answer.picks.map((p) => p.option.offer.id),
			...answer.recommendations.map((x) => x.offer.id),
			...answer.comingLater.map((x) => x.offer.id),
			...answer.folded.map((x) => x.offer.id)
		];
		expect(chosen).not.toContain(id);
		// "Not a fit", saying first that it does not chat (§2), and that its price is not announced.
		const lyria = answer.notAFit.find((x) => x.offer.id === id);
		expect(lyria?.failures.map((reason) => reason.code)).toEqual(['no-chat', 'price-unknown']);
	});

	it('openrouter-fees-beyond-tokens: the per-search fee is kept: the price is partly known', () => {
		const r = preview('openrouter-fees-beyond-tokens.json');
		expect(r.data.offers[0]?.price).toEqual({
			type: 'per-use',
			inputPerMTok: 2,
			outputPerMTok: 8,
			fees: [
				{ kind: 'search', usd: 0.005, unit: 'each' },
				{ kind: 'reasoning', usd: 3, unit: 'mtok' }
			]
		});
		expect(r.data.models[0]).toMatchObject({ vendor: 'perplexity', openness: 'unknown' });
	});

	it('openrouter-maker-names: display names, and mistralai is the shipped Mistral', () => {
		const r = preview('openrouter-maker-names.json');
		expect(r.data.vendors).toEqual([
			{ id: 'moonshotai', name: { en: 'Moonshot AI', ar: 'مونشوت إيه آي' } }
		]);
		expect(r.data.models.map((m) => [m.id, m.vendor, m.name.en])).toEqual([
			['kimi-latest', 'moonshotai', 'MoonshotAI Kimi Latest'],
			['kimi-k2.6', 'moonshotai', 'Kimi K2.6']
		]);
		// Mistral Large 2411 is the shipped Mistral Large, by its alias.
		const large = r.data.offers.find((o) => o.id === 'or-mistralai-mistral-large-2411-api');
		expect(large?.models).toEqual(['mistral-large']);
		expect(r.data.models.find((m) => m.id === 'kimi-k2.6')?.openness).toBe('open-weights');
		expect(r.data.models.find((m) => m.id === 'kimi-latest')?.openness).toBe('unknown');
	});

	it('openrouter-text-starting-data-colon: only link fields are checked for link schemes', () => {
		const r = preview('openrouter-text-starting-data-colon.json');
		expect(r.data.models.map((m) => m.id)).toEqual(['gpt-4o-mini']);
	});

	it('openrouter-name-with-angle-brackets: "a < b > c" is a name', () => {
		const r = preview('openrouter-name-with-angle-brackets.json');
		expect(r.data.models[0]?.name.en).toBe('a < b > c');
	});

	it('export-negative-zero-price: -0 is 0', () => {
		const r = preview('export-negative-zero-price.json');
		const price = r.data.offers[0]?.price;
		expect(price?.type === 'per-use' && Object.is(price.inputPerMTok, 0)).toBe(true);
		expect(price?.type === 'per-use' && Object.is(price.outputPerMTok, 0)).toBe(true);
	});

	it('export-impossible-dates: an impossible date refuses its entry, never shifted', () => {
		const r = preview('export-impossible-dates.json');
		expect(r.data.models).toEqual([]);
		expect(r.skipped).toEqual([
			{
				entry: 'models[0] acme-date-a',
				code: 'field-not-a-day',
				field: 'dates.released.value',
				value: '"2025-02-31"'
			},
			// A day that exists, in a year the app does not take: refused for its year, not as a day
			// that does not exist.
			{
				entry: 'models[1] acme-date-b',
				code: 'field-date-out-of-range',
				field: 'dates.released.value',
				value: '"0001-01-01"'
			},
			// Its models refused, the maker would be a maker of nothing: it is not written either,
			// and the preview's ready entries are what the import writes.
			{ entry: 'vendors[0] acme', code: 'no-models' }
		]);
		expect(r.data.vendors).toEqual([]);
		expect(r.found - r.skipped.length).toBe(r.entries);
	});

	it('an id of "<" and 200,000 spaces: skipped with its reason, the rest imports', () => {
		const id = `<${' '.repeat(200_000)}`;
		const file = JSON.stringify({
			data: [
				{ id, name: id, pricing: { prompt: '0.000001', completion: '0.000002' } },
				{ id: 'acme/ok', pricing: { prompt: '0.000001', completion: '0.000002' } }
			]
		});
		// Its time is a figure of the bench ("import check of a 200,000-character id").
		const r = readImport(file, shippedContext(TODAY));
		// Its id has nothing to know it by; the reason says so, naming the value as written.
		expect(r.ok && r.skipped.map((s) => [s.entry, s.code, s.field])).toEqual([
			['data[0] <', 'unusable-id', 'id']
		]);
		expect(r.ok && r.skipped[0]?.value).toBe(`"<${' '.repeat(36)}…"`);
		expect(r.ok && r.data.models.map((m) => m.id)).toEqual(['ok']);
	});

	it('texts of pathological shapes are read for what they are', () => {
		const long = 200_000;
		const shapes = [
			'<a'.repeat(long / 2),
			`${'-'.repeat(long)}x`,
			`a${'.-'.repeat(long / 2)}b`,
			`x${' '.repeat(long)}<`,
			`${'<'.repeat(long)}`
		];
		// Their times are figures of the bench; here, that each is judged as its shape says.
		const refused = shapes.map((shape) => {
			const file = JSON.stringify({ data: [{ id: `acme/${shape}`, name: shape }] });
			const r = readImport(file, shippedContext(TODAY));
			return r.ok ? r.found : r.problem.code;
		});
		// `<a<a…` is no tag (each `<a` is followed by `<`): no shape refuses the file as markup.
		expect(refused).toEqual([1, 1, 1, 1, 1]);
	});

	it('an own offer of a planned model, released and free, is planned: never a released Free pick', () => {
		const file = JSON.stringify({
			format: 'model-chooser-export',
			version: 1,
			vendors: [],
			models: [],
			offers: [
				{
					id: 'mine-gpt-5-free',
					name: { en: 'GPT-5 free', ar: 'GPT-5 مجانًا' },
					kind: 'free-app',
					models: ['gpt-5'],
					price: { type: 'monthly', usdPerMonth: 0 },
					runsOn: { place: 'cloud' },
					status: 'released',
					perks: [],
					claims: [],
					citations: [],
					publicRecord: []
				}
			]
		});
		const r = readImport(file, shippedContext(TODAY));
		if (!r.ok) throw new Error(JSON.stringify(r.problem));
		expect(r.skipped).toEqual([]);
		expect(r.data.offers.map((o) => o.id)).toEqual(['mine-gpt-5-free']);
		const catalogue = withOwn(r.data);
		const options = (planned: boolean) => {
			const answer = recommend(catalogue, {
				...defaultInputs(),
				budget: 0,
				includePlanned: planned
			});
			return [
				...answer.picks.map((p) => p.option),
				...answer.recommendations,
				...answer.notAFit,
				...answer.folded
			].filter((o) => o.offer.id === 'mine-gpt-5-free');
		};
		// Not released: no pick, no recommendation while planned models are left out.
		const answer = recommend(catalogue, { ...defaultInputs(), budget: 0 });
		expect(answer.picks.some((p) => p.option.offer.id === 'mine-gpt-5-free')).toBe(false);
		expect(answer.recommendations.some((o) => o.offer.id === 'mine-gpt-5-free')).toBe(false);
		// With planned models included, it is there as what it is: planned.
		expect(options(true).length).toBeGreaterThan(0);
		expect(options(true).every((o) => o.status === 'planned')).toBe(true);
		// The person who marks the model released makes its offers released too.
		const released = applyEdits(catalogue, [
			{ key: 'model:gpt-5', patch: { status: 'released' }, at: '2026-01-01T00:00:00Z' }
		]).catalogue;
		const after = recommend(released, { ...defaultInputs(), budget: 0 });
		const mine = [...after.picks.map((p) => p.option), ...after.recommendations].find(
			(o) => o.offer.id === 'mine-gpt-5-free'
		);
		expect(mine?.status).toBe('released');
	});
});
