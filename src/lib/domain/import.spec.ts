import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { findUnsafe, readImport, slug, writeExport, type OwnData } from './import';
import { applyEdits } from './overlay';
import { recommend } from './recommend';
import { defaultInputs } from './inputs';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');
const known = new Set(shippedCatalogue.vendors.map((v) => v.id));

/** A small OpenRouter list written from its documentation, with the cases that matter. */
const openRouter = (entries: unknown[]) => JSON.stringify({ data: entries });
const orEntry = (over: Record<string, unknown> = {}) => ({
	id: 'acme/widget-7b',
	canonical_slug: 'acme/widget-7b-2026',
	name: 'Acme: Widget 7B',
	created: 1767225600,
	context_length: 32768,
	pricing: { prompt: '0.0000005', completion: '0.0000015' },
	hugging_face_id: 'acme/Widget-7B',
	...over
});

describe('readImport: OpenRouter', () => {
	it('reads the real sample: a model and a per-use API offer per entry', () => {
		const r = readImport(fixture('openrouter-models.sample.json'), known);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.format).toBe('openrouter');
		expect(r.data.models).toHaveLength(4);
		expect(r.data.offers).toHaveLength(4);
		const pro = r.data.offers.find((o) => o.id === 'or-openai-gpt-5.5-pro-api');
		expect(pro?.price).toEqual({ type: 'per-use', inputPerMTok: 30, outputPerMTok: 180 });
		expect(r.data.models.find((m) => m.id === 'or-openai-gpt-5.5-pro')?.vendor).toBe('openai');
		expect(r.data.vendors.map((v) => v.id)).not.toContain('openai');
	});

	const cases: {
		name: string;
		entry: Record<string, unknown>;
		check: (r: ReturnType<typeof readImport>) => void;
	}[] = [
		{
			name: 'a hugging_face_id means open weights',
			entry: {},
			check: (r) => expect(r.ok && r.data.models[0]?.openness).toBe('open-weights')
		},
		{
			name: 'no hugging_face_id means closed',
			entry: { hugging_face_id: '' },
			check: (r) => expect(r.ok && r.data.models[0]?.openness).toBe('closed')
		},
		{
			name: 'a :free suffix is a free variant',
			entry: {
				id: 'acme/widget-7b:free',
				pricing: { prompt: '0.0000005', completion: '0.0000015' }
			},
			check: (r) =>
				expect(r.ok && r.data.offers[0]?.price).toEqual({
					type: 'per-use',
					inputPerMTok: 0,
					outputPerMTok: 0
				})
		},
		{
			name: 'missing pricing means a price not announced',
			entry: { pricing: undefined },
			check: (r) => expect(r.ok && r.data.offers[0]?.price).toEqual({ type: 'unknown' })
		},
		{
			name: 'a variable price (-1) is not announced',
			entry: { pricing: { prompt: '-1', completion: '-1' } },
			check: (r) => expect(r.ok && r.data.offers[0]?.price).toEqual({ type: 'unknown' })
		},
		{
			name: 'the creation date becomes the release date',
			entry: {},
			check: (r) =>
				expect(r.ok && r.data.models[0]?.dates.released).toEqual({
					precision: 'day',
					value: '2026-01-01'
				})
		},
		{
			name: 'extra fields are fine',
			entry: { something_new: { deep: [1, 2, 3] } },
			check: (r) => expect(r.ok).toBe(true)
		}
	];
	for (const c of cases)
		it(c.name, () => c.check(readImport(openRouter([orEntry(c.entry)]), known)));

	it('names the row and field of a wrong type, even in row 900', () => {
		const entries = Array.from({ length: 1000 }, (_, i) => orEntry({ id: `acme/m-${i}` }));
		entries[899] = orEntry({ id: 'acme/m-899', pricing: { prompt: 'cheap', completion: '0.1' } });
		expect(readImport(openRouter(entries), known)).toEqual({
			ok: false,
			problem: { code: 'invalid', path: 'data[899].pricing.prompt', detail: 'not a price: "cheap"' }
		});
	});

	it('takes a whole list of thousands of entries with unique ids', () => {
		const entries = Array.from({ length: 5000 }, (_, i) =>
			orEntry({ id: `acme/m-${i % 2500}`, name: `M ${i}` })
		);
		const r = readImport(openRouter(entries), known);
		expect(r.ok && r.data.models.length).toBe(5000);
		expect(r.ok && new Set(r.data.offers.map((o) => o.id)).size).toBe(5000);
	});
});

describe('readImport: models.dev', () => {
	it('reads the real sample: providers become makers, costs per million tokens', () => {
		const r = readImport(fixture('models-dev-api.sample.json'), known);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.format).toBe('models-dev');
		const chat = r.data.offers.find((o) => o.id === 'md-deepseek-deepseek-chat-api');
		expect(chat?.price).toEqual({ type: 'per-use', inputPerMTok: 0.14, outputPerMTok: 0.28 });
		const model = r.data.models.find((m) => m.id === 'md-deepseek-deepseek-chat');
		expect(model?.openness).toBe('open-weights');
		expect(model?.dates.released).toEqual({ precision: 'day', value: '2025-12-01' });
		expect(model?.vendor).toBe('deepseek');
	});

	it('prices imported offers by the chooser’s usage like the shipped ones', () => {
		const r = readImport(fixture('models-dev-api.sample.json'), known);
		if (!r.ok) throw new Error('not read');
		const merged = {
			models: [...shippedCatalogue.models, ...r.data.models],
			offers: [...shippedCatalogue.offers, ...r.data.offers]
		};
		const answer = recommend(merged, { ...defaultInputs(), usage: 10 });
		const chat = answer.recommendations.find((o) => o.offer.id === 'md-deepseek-deepseek-chat-api');
		expect(chat?.monthlyCost).toBeCloseTo((10 * (0.14 + 0.28)) / 2, 6);
	});

	it('names a wrong cost', () => {
		const file = JSON.stringify({
			acme: {
				id: 'acme',
				name: 'Acme',
				models: { w: { id: 'w', name: 'W', cost: { input: 'free', output: 1 } } }
			}
		});
		expect(readImport(file)).toEqual({
			ok: false,
			problem: { code: 'invalid', path: 'acme.models.w.cost.input', detail: 'not a price: "free"' }
		});
	});
});

describe('readImport: refusals', () => {
	const cases: { name: string; text: string; problem: Record<string, unknown> }[] = [
		{ name: 'broken JSON', text: '{"data": [', problem: { code: 'not-json' } },
		{ name: 'a wrong format', text: '{"hello": "world"}', problem: { code: 'unknown-format' } },
		{ name: 'an array', text: '[1,2,3]', problem: { code: 'unknown-format' } },
		{
			name: '__proto__ keys',
			text: '{"data": [{"id": "a/b", "__proto__": {"polluted": true}}]}',
			problem: { code: 'unsafe-key', key: '__proto__', path: '$.data[0]' }
		},
		{
			name: 'constructor keys',
			text: '{"x": {"models": {"constructor": {}}}}',
			problem: { code: 'unsafe-key', key: 'constructor' }
		},
		{
			name: 'javascript: links',
			text: openRouter([orEntry({ links: { details: 'javascript:alert(1)' } })]),
			problem: { code: 'unsafe-link', path: '$.data[0].links.details' }
		},
		{
			name: 'markup in a name',
			text: openRouter([orEntry({ name: '<img src=x onerror=alert(1)>' })]),
			problem: { code: 'markup', path: 'data[0].name' }
		},
		{ name: 'an empty list', text: '{"data": []}', problem: { code: 'empty' } }
	];
	for (const c of cases) {
		it(`refuses ${c.name}, saying what and where`, () => {
			const r = readImport(c.text, known);
			expect(r.ok).toBe(false);
			expect(r.ok ? undefined : r.problem).toMatchObject(c.problem);
		});
	}

	it('never throws and never pollutes prototypes, whatever the file', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((x) => JSON.stringify({ data: [x] }))
				),
				(text) => {
					expect(() => readImport(text, known)).not.toThrow();
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const poisoned = `{"data":[{"id":"a/b","nested":{"__proto__":${JSON.stringify(value)}}}]}`;
				const r = readImport(poisoned, known);
				expect(r.ok ? 'accepted' : r.problem.code).toBe('unsafe-key');
			}),
			{ numRuns: 200 }
		);
		expect(findUnsafe(JSON.parse('{"a":[{"b":{"prototype":1}}]}'))).toEqual({
			code: 'unsafe-key',
			key: 'prototype',
			path: '$.a[0].b'
		});
	});
});

describe('export', () => {
	it('round-trips everything the person made', () => {
		const r = readImport(fixture('models-dev-api.sample.json'), known);
		if (!r.ok) throw new Error('not read');
		const own: OwnData = {
			...r.data,
			edits: [
				{
					key: 'offer:chatgpt-plus',
					patch: { price: { type: 'monthly', usdPerMonth: 22 } },
					at: '2026-01-01T00:00:00.000Z'
				}
			],
			notes: [{ modelId: 'gpt-4', text: 'Use for long documents', at: '2026-01-01T00:00:00.000Z' }],
			favourites: ['model:gpt-4']
		};
		const back = readImport(writeExport(own, '2025-02-20.1'), known);
		expect(back).toEqual({
			ok: true,
			format: 'model-chooser',
			data: own,
			entries: expect.any(Number)
		});
	});
});

describe('slug', () => {
	it('makes ids the schema accepts', () => {
		expect(slug('OpenAI: GPT-5.5 Pro', 'or-')).toBe('or-openai-gpt-5.5-pro');
		expect(slug('__proto__', 'md-')).toBe('md-proto');
		expect(slug('<script>', '')).toBe('script');
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(slug(s, 'x-')).toMatch(/^[a-z0-9][a-z0-9.-]{0,79}$/);
			})
		);
	});
});

describe('applyEdits', () => {
	it('lays an edit over the shipped record and keeps the original beside it', () => {
		const { catalogue, applied } = applyEdits(shippedCatalogue, [
			{
				key: 'offer:chatgpt-plus',
				patch: { price: { type: 'monthly', usdPerMonth: 22 } },
				at: 'now'
			}
		]);
		expect(catalogue.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 22
		});
		expect(shippedCatalogue.offers.find((o) => o.id === 'chatgpt-plus')?.price).toEqual({
			type: 'monthly',
			usdPerMonth: 20
		});
		expect(applied.get('offer:chatgpt-plus')?.original).toEqual({
			price: { type: 'monthly', usdPerMonth: 20 }
		});
		const answer = recommend(catalogue, { ...defaultInputs(), budget: 20 });
		expect(answer.notAFit.map((o) => o.offer.id)).toContain('chatgpt-plus');
	});
});
