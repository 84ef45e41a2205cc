import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import * as v from 'valibot';
import { ModelSchema, OfferSchema } from './catalogue';
import {
	findUnsafe,
	isPlainImportedModel,
	isPlainImportedOffer,
	readImport,
	slug,
	writeExport,
	type OwnData
} from './import';
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

	it('numbers repeated ids in order, around ids the file itself has taken', () => {
		const r = readImport(
			openRouter(['a/b', 'a/b', 'a/b-2', 'a/b', 'a/b-2', 'a/b'].map((id) => orEntry({ id }))),
			known
		);
		expect(r.ok && r.data.models.map((m) => m.id)).toEqual([
			'or-a-b',
			'or-a-b-2',
			'or-a-b-2-2',
			'or-a-b-3',
			'or-a-b-2-3',
			'or-a-b-4'
		]);
	});

	it('takes a list that repeats one id 30,000 times', () => {
		const entries = Array.from({ length: 30_000 }, () => orEntry());
		const r = readImport(openRouter(entries), known);
		expect(r.ok && r.data.models.at(-1)?.id).toBe('or-acme-widget-7b-30000');
		expect(r.ok && new Set(r.data.models.map((m) => m.id)).size).toBe(30_000);
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

describe('the shortcuts past the schema for imported records', () => {
	/** The schema's answer, when it accepts the value: its output, else undefined. */
	const schemaOutput = (schema: v.GenericSchema, x: unknown) => {
		const r = v.safeParse(schema, x);
		return r.success ? r.output : undefined;
	};
	/** Passes only when the schema accepts `x` and gives back the same keys, order and values. */
	const expectUnchanged = (schema: v.GenericSchema, x: unknown) => {
		const out = schemaOutput(schema, x);
		expect(out).toStrictEqual(x);
		expect(JSON.stringify(out)).toBe(JSON.stringify(x));
	};

	/** A record arbitrary of plain objects (fast-check also makes null-prototype ones). */
	const record = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
		fc.record(shape, { noNullPrototype: true });
	/** Mostly values the schema takes, sometimes one it does not (or takes but changes). */
	const mostly = <T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<unknown>[]) =>
		fc.oneof({ weight: 40, arbitrary: valid as fc.Arbitrary<unknown> }, ...others);
	const id = mostly(
		fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,79}$/),
		fc.stringMatching(/^[a-z0-9][a-z0-9.-]{80,84}$/),
		fc.constantFrom('', 'A', '-a', 'a b', 'x'.repeat(80), 'x'.repeat(81)),
		fc.string(),
		fc.integer()
	);
	const text = mostly(
		fc.stringMatching(/^\S(.{0,30}\S)?$/),
		fc.constantFrom('', ' ', ' a', 'a ', '\u00a0a', 'a\n', 'x'.repeat(2000), 'x'.repeat(2001)),
		fc.string(),
		fc.constant(7)
	);
	const localized = mostly(
		record({ en: text, ar: text }),
		record({ ar: text, en: text }),
		record({ en: text }),
		record({ en: text, ar: text, fr: text }),
		record({ en: text, ar: text }).map((r) => Object.assign(Object.create(null), r)),
		fc.constantFrom(null, 'text', [])
	);
	const day = mostly(
		fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
		fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-1', '+010000-01', ' 2026-01-01'),
		fc.string()
	);
	const dates = fc.oneof(
		fc.constant({}),
		day.map((value) => ({ released: { precision: 'day', value } })),
		day.map((value) => ({ released: { value, precision: 'day' } })),
		day.map((value) => ({ released: { precision: 'month', value } })),
		day.map((value) => ({ announced: { precision: 'day', value } })),
		fc.constant({ released: undefined }),
		fc.constant(null)
	);
	const list = mostly(fc.constant([]), fc.constant([1]), fc.constant({}));
	const oneOf = (valid: unknown[], ...invalid: unknown[]) =>
		mostly(fc.constantFrom(...valid), fc.constantFrom(...invalid));
	const model = record({
		id,
		name: localized,
		vendor: id,
		summary: localized,
		openness: oneOf(['open-weights', 'closed'], 'open', undefined),
		licence: localized,
		status: oneOf(['released', 'planned', 'legacy'], 'gone', undefined),
		dates,
		citations: list,
		publicRecord: list
	});
	const usd = mostly(
		fc.double({ min: 0, max: 1_000_000, noNaN: true }),
		fc.double(),
		fc.constantFrom(-0, 1_000_000, 1_000_000.0001, Infinity, NaN, '1')
	);
	const price = fc.oneof(
		{
			weight: 6,
			arbitrary: record({ type: fc.constant('per-use'), inputPerMTok: usd, outputPerMTok: usd })
		},
		record({ inputPerMTok: usd, type: fc.constant('per-use'), outputPerMTok: usd }),
		record({ type: fc.constantFrom('unknown', 'monthly', 'free') }),
		record({ type: fc.constant('monthly'), usdPerMonth: usd })
	);
	const offer = record({
		id,
		name: localized,
		kind: oneOf(['api', 'free-app', 'subscription', 'self-hosted'], 'other'),
		models: mostly(
			fc.array(id, { minLength: 1, maxLength: 3 }),
			fc.constant([]),
			fc.constant('m'),
			// A sparse list: a hole, then an id.
			fc.constant(new Array<string>(2).fill('a', 1))
		),
		price,
		runsOn: mostly(
			fc.constant({ place: 'cloud' }),
			fc.constant({ place: 'gpu' }),
			fc.constant({ place: 'cloud', minGb: 1 })
		),
		status: oneOf(['released', 'planned', 'legacy'], 'gone'),
		perks: list,
		claims: list,
		citations: list,
		publicRecord: list
	});
	/** A record with its keys in another order, one key more, or one key fewer. */
	const reshaped = (base: fc.Arbitrary<Record<string, unknown>>) =>
		fc.oneof(
			{ weight: 20, arbitrary: base },
			base.map((r) => Object.fromEntries(Object.entries(r).reverse())),
			base.map((r) => ({ ...r, extra: 1 })),
			base.map((r) => ({ ...r, licence: { en: 'Open', ar: 'Open' } })),
			base.map(({ id: _, ...rest }) => rest),
			base.map((r) => Object.assign(Object.create(null), r))
		);

	it('say yes only to records the schema accepts and returns unchanged', () => {
		let taken = 0;
		let refused = 0;
		fc.assert(
			fc.property(reshaped(model), reshaped(offer), (m, o) => {
				if (isPlainImportedModel(m)) {
					taken++;
					expectUnchanged(ModelSchema, m);
				} else refused++;
				if (isPlainImportedOffer(o)) {
					taken++;
					expectUnchanged(OfferSchema, o);
				} else refused++;
			}),
			{ numRuns: 3000 }
		);
		// The generators reach both sides often enough for the property to mean something.
		expect(taken).toBeGreaterThan(300);
		expect(refused).toBeGreaterThan(300);
	});

	it('are taken for every record of the real samples and the bench’s list', () => {
		const bench = openRouter(
			Array.from({ length: 300 }, (_, i) => ({
				id: `bench/model-${i}`,
				name: `Bench model ${i}`,
				created: 1767225600 + i,
				hugging_face_id: i % 3 === 0 ? `bench/Model-${i}` : '',
				pricing: { prompt: String((i % 97) / 1e7), completion: String((i % 89) / 5e6) }
			}))
		);
		for (const text of [
			fixture('openrouter-models.sample.json'),
			fixture('models-dev-api.sample.json'),
			bench
		]) {
			const r = readImport(text, known);
			if (!r.ok) throw new Error('not read');
			expect(r.data.models.filter((m) => !isPlainImportedModel(m))).toEqual([]);
			expect(r.data.offers.filter((o) => !isPlainImportedOffer(o))).toEqual([]);
		}
	});

	it('leave everything else to the schema, which trims, and names what is wrong', () => {
		const name = `${'A'.repeat(199)} B`;
		const trimmed = readImport(openRouter([orEntry({ name })]), known);
		expect(trimmed.ok && trimmed.data.models[0]?.name.en).toBe('A'.repeat(199));
		expect(trimmed.ok && trimmed.data.offers[0]?.name.en).toBe(`${'A'.repeat(199)} (API)`);
		expect(readImport(openRouter([orEntry({ created: 253402300800 })]), known)).toEqual({
			ok: false,
			problem: {
				code: 'invalid',
				path: 'data[0].dates.released.value',
				detail: 'Invalid date: Received "+010000-01"'
			}
		});
		expect(
			readImport(openRouter([orEntry({ pricing: { prompt: '2', completion: '0.1' } })]), known)
		).toEqual({
			ok: false,
			problem: {
				code: 'invalid',
				path: 'data[0].price.inputPerMTok',
				detail: 'Invalid value: Expected <=1000000 but received 2000000'
			}
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
