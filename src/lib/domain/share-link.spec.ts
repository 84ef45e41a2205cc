import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs, isValidInputs, type ChooserInputs } from './inputs';
import { decodeShareLink, encodeShareLink, type ShareState } from './share-link';

const state = (
	inputs: Partial<ChooserInputs>,
	rest: Omit<ShareState, 'inputs'> = {}
): ShareState => ({
	inputs: { ...defaultInputs(), ...inputs },
	...rest
});

describe('encodeShareLink', () => {
	it('writes the example of PRODUCT.md §3 in its order', () => {
		expect(
			encodeShareLink(
				state(
					{
						device: 'gpu',
						vramGb: 8,
						localOnly: true,
						budget: 20,
						openness: 'required',
						includePlanned: true,
						usage: 5
					},
					{ lang: 'ar', cat: { version: '2025-02-20.1', edited: false } }
				)
			)
		).toBe(
			'?device=gpu&vram=8&local=1&budget=20&open=required&planned=1&use=5&lang=ar&cat=2025-02-20.1'
		);
	});

	it('leaves defaults out: the default state is the bare address', () => {
		expect(encodeShareLink(state({}))).toBe('');
		expect(encodeShareLink(state({ usage: 0.5, budget: 0 }))).toBe('?budget=0&use=0.5');
	});

	it('marks a catalogue with the sharer’s own edits', () => {
		expect(encodeShareLink(state({}, { cat: { version: '2025-02-20.1', edited: true } }))).toBe(
			'?cat=2025-02-20.1~edited'
		);
	});
});

describe('decodeShareLink', () => {
	const cases: {
		query: string;
		inputs?: Partial<ChooserInputs>;
		ignored?: string[];
		lang?: string;
		hasInputs?: boolean;
	}[] = [
		{ query: '', hasInputs: false },
		{ query: '?device=gpu&vram=8', inputs: { device: 'gpu', vramGb: 8 }, hasInputs: true },
		{ query: 'device=phone&local=1', inputs: { device: 'phone', localOnly: true } },
		{ query: '?open=any&local=0&planned=0', hasInputs: true },
		{ query: '?utm_source=x&utm_medium=y&fbclid=abc', hasInputs: false },
		{ query: '?lang=ar', lang: 'ar', hasInputs: false },
		{ query: '?budget=20&use=0.5', inputs: { budget: 20, usage: 0.5 } },
		{ query: '?use=1000', inputs: { usage: 1000 } },
		{ query: '?use=0.1', inputs: { usage: 0.1 } },
		{ query: '?budget=10000', inputs: { budget: 10000 } },
		{ query: '?budget=10001', ignored: ['budget'] },
		{ query: '?budget=20.5', ignored: ['budget'] },
		{ query: '?budget=-1', ignored: ['budget'] },
		{ query: '?budget=1e3', ignored: ['budget'] },
		{ query: '?use=0.05', ignored: ['use'] },
		{ query: '?use=0.15', ignored: ['use'] },
		{ query: '?use=0', ignored: ['use'] },
		{ query: '?use=1001', ignored: ['use'] },
		{ query: '?use=Infinity', ignored: ['use'] },
		{ query: '?vram=8', ignored: ['vram'] },
		{ query: '?device=phone&vram=8', inputs: { device: 'phone' }, ignored: ['vram'] },
		{ query: '?device=gpu&vram=0', inputs: { device: 'gpu' }, ignored: ['vram'] },
		{ query: '?device=gpu&vram=257', inputs: { device: 'gpu' }, ignored: ['vram'] },
		{ query: '?device=gpu&vram=7.5', inputs: { device: 'gpu' }, ignored: ['vram'] },
		{ query: '?vram=12&device=gpu', inputs: { device: 'gpu', vramGb: 12 } },
		{ query: '?device=tablet', ignored: ['device'], hasInputs: false },
		{ query: '?device=phone&device=gpu', inputs: { device: 'phone' }, ignored: ['device'] },
		{ query: '?open=REQUIRED', ignored: ['open'] },
		{ query: '?local=yes&planned=true', ignored: ['local', 'planned'] },
		{ query: '?lang=fr', ignored: ['lang'] },
		{ query: '?cat=latest', ignored: ['cat'] },
		{ query: '?x=1&<script>alert(1)</script>=2', ignored: ['x', '<script>alert(1)</script>'] },
		{ query: '?__proto__=1&constructor=2', ignored: ['__proto__', 'constructor'] },
		{ query: '?device=%E0%A4%A&budget=%', ignored: ['device', 'budget'] },
		{ query: `?${'a'.repeat(10_000)}=1`, ignored: ['a'.repeat(40)] }
	];
	for (const c of cases) {
		it(`reads ${JSON.stringify(c.query.slice(0, 60))}`, () => {
			const decoded = decodeShareLink(c.query);
			expect(decoded.state.inputs).toEqual({ ...defaultInputs(), ...c.inputs });
			expect(decoded.ignored).toEqual(c.ignored ?? []);
			if (c.lang) expect(decoded.state.lang).toBe(c.lang);
			if (c.hasInputs !== undefined) expect(decoded.hasInputs).toBe(c.hasInputs);
		});
	}

	it('reads the catalogue tag and whether it was edited', () => {
		expect(decodeShareLink('?cat=2025-02-20.1').state.cat).toEqual({
			version: '2025-02-20.1',
			edited: false
		});
		expect(decodeShareLink('?cat=2025-03-01.2~edited').state.cat).toEqual({
			version: '2025-03-01.2',
			edited: true
		});
	});

	it('names at most ten ignored parameters', () => {
		const query = Array.from({ length: 50 }, (_, i) => `p${i}=1`).join('&');
		expect(decodeShareLink(query).ignored).toHaveLength(10);
	});
});

const arbitraryState: fc.Arbitrary<ShareState> = fc
	.record({
		device: fc.option(
			fc.constantFrom('phone', 'computer', 'gpu') as fc.Arbitrary<'phone' | 'computer' | 'gpu'>,
			{ nil: undefined }
		),
		vramGb: fc.option(fc.integer({ min: 1, max: 256 }), { nil: undefined }),
		localOnly: fc.boolean(),
		budget: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
		openness: fc.constantFrom('any', 'preferred', 'required') as fc.Arbitrary<
			ChooserInputs['openness']
		>,
		includePlanned: fc.boolean(),
		usage: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10),
		lang: fc.option(fc.constantFrom('ar', 'en') as fc.Arbitrary<'ar' | 'en'>, { nil: undefined }),
		cat: fc.option(
			fc.record({
				version: fc
					.tuple(
						fc.date({
							min: new Date('2020-01-01'),
							max: new Date('2099-12-31'),
							noInvalidDate: true
						}),
						fc.integer({ min: 1, max: 9999 })
					)
					.map(([d, n]) => `${d.toISOString().slice(0, 10)}.${n}`),
				edited: fc.boolean()
			}),
			{ nil: undefined }
		)
	})
	.map(({ lang, cat, ...raw }) => {
		const inputs: ChooserInputs = {
			localOnly: raw.localOnly,
			openness: raw.openness,
			includePlanned: raw.includePlanned,
			usage: raw.usage
		};
		if (raw.device) inputs.device = raw.device;
		if (raw.device === 'gpu' && raw.vramGb !== undefined) inputs.vramGb = raw.vramGb;
		if (raw.budget !== undefined) inputs.budget = raw.budget;
		const s: ShareState = { inputs };
		if (lang) s.lang = lang;
		if (cat) s.cat = cat;
		return s;
	});

describe('the link codec, for any input', () => {
	it('decode(encode(x)) is x for every valid state, with nothing ignored', () => {
		fc.assert(
			fc.property(arbitraryState, (s) => {
				const decoded = decodeShareLink(encodeShareLink(s));
				expect(decoded.state).toEqual(s);
				expect(decoded.ignored).toEqual([]);
			}),
			{ numRuns: 2000 }
		);
	});

	it('decoding any string never throws and always gives valid inputs', () => {
		const known = fc.constantFrom(
			'device',
			'vram',
			'local',
			'budget',
			'open',
			'planned',
			'use',
			'lang',
			'cat',
			'__proto__',
			'utm_x'
		);
		const pair = fc.tuple(
			fc.oneof(known, fc.string()),
			fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String))
		);
		const query = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc
				.array(pair, { maxLength: 12 })
				.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
			fc
				.array(pair, { maxLength: 12 })
				.map((pairs) =>
					pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
				)
		);
		fc.assert(
			fc.property(query, (q) => {
				const decoded = decodeShareLink(q);
				expect(isValidInputs(decoded.state.inputs)).toBe(true);
				expect(decoded.ignored.length).toBeLessThanOrEqual(10);
				expect(decoded.ignored.every((name) => name.length <= 40)).toBe(true);
				// What was read writes back to a link that reads the same, with nothing ignored.
				const again = decodeShareLink(encodeShareLink(decoded.state));
				expect(again.state).toEqual(decoded.state);
				expect(again.ignored).toEqual([]);
			}),
			{ numRuns: 3000 }
		);
	});
});
