import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUBLIC_LISTS } from './catalogue-terms';
import {
	defaultInputs,
	DEVICES,
	isValidInputs,
	keepMemoryOfDevice,
	LIMITS,
	OPENNESS_CHOICES,
	PURPOSES,
	SORT_ORDERS,
	type ChooserInputs
} from './inputs';
import {
	decodeShareLink,
	encodeShareLink,
	INPUT_PARAMS,
	sameInputs,
	type ShareState
} from './share-link';
import type { Lang } from './lang';

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
						purpose: 'self',
						budget: 20,
						openness: 'required',
						includePlanned: true,
						usage: 5,
						sort: 'rated'
					},
					{ lang: 'ar', cat: { version: '2025-02-20.2', edited: false } }
				)
			)
		).toBe(
			'?device=gpu&vram=8&local=1&for=self&budget=20&open=required&planned=1&use=5&sort=rated&lang=ar&cat=2025-02-20.2'
		);
	});

	it('writes RAM after VRAM’s place, and only for a phone or a computer', () => {
		expect(encodeShareLink(state({ device: 'computer', ramGb: 16, localOnly: true }))).toBe(
			'?device=computer&ram=16&local=1'
		);
		expect(encodeShareLink(state({ device: 'phone', ramGb: 8, sort: 'new' }))).toBe(
			'?device=phone&ram=8&sort=new'
		);
		// A memory figure the device cannot have is never written.
		expect(encodeShareLink(state({ device: 'gpu', ramGb: 16 }))).toBe('?device=gpu');
		expect(encodeShareLink(state({ device: 'phone', vramGb: 8 }))).toBe('?device=phone');
		expect(encodeShareLink(state({ ramGb: 8, vramGb: 8 }))).toBe('');
	});

	it('leaves defaults out: the default state is the bare address', () => {
		expect(encodeShareLink(state({}))).toBe('');
		expect(encodeShareLink(state({ usage: 0.5, budget: 0 }))).toBe('?budget=0&use=0.5');
		expect(encodeShareLink(state({ sort: 'cheap', openness: 'any', usage: 1 }))).toBe('');
	});

	it('writes numbers with Latin digits and at most one decimal', () => {
		expect(encodeShareLink(state({ usage: 0.1 + 0.2, budget: 9999 }))).toBe('?budget=9999&use=0.3');
		expect(encodeShareLink(decodeShareLink('?budget=٢٠&use=٢٫٥').state)).toBe('?budget=20&use=2.5');
	});

	it('marks a catalogue with the sharer’s own edits', () => {
		expect(encodeShareLink(state({}, { cat: { version: '2025-02-20.1', edited: true } }))).toBe(
			'?cat=2025-02-20.1~edited'
		);
	});

	it('names the sharer’s lists and their days last, unescaped, and nothing for none', () => {
		const lists = [
			{ list: 'models-dev' as const, day: '2026-11-28' },
			{ list: 'openrouter' as const, day: '2026-11-30' }
		];
		expect(
			encodeShareLink(
				state({ budget: 20 }, { cat: { version: '2026-12-01.1', edited: true }, lists })
			)
		).toBe('?budget=20&cat=2026-12-01.1~edited&lists=openrouter.2026-11-30,models.dev.2026-11-28');
		expect(encodeShareLink(state({}, { lists: [] }))).toBe('');
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
		{ query: `?${'a'.repeat(10_000)}=1`, ignored: ['a'.repeat(40)] },
		// Links written before a parameter existed keep their meaning.
		{
			query: '?device=gpu&vram=8&open=required',
			inputs: { device: 'gpu', vramGb: 8, openness: 'required' },
			hasInputs: true
		},
		{ query: '?budget=20', inputs: { budget: 20 }, hasInputs: true },
		{
			query:
				'?device=gpu&vram=8&local=1&budget=20&open=required&planned=1&use=5&lang=ar&cat=2025-02-20.1',
			inputs: {
				device: 'gpu',
				vramGb: 8,
				localOnly: true,
				budget: 20,
				openness: 'required',
				includePlanned: true,
				usage: 5
			},
			lang: 'ar'
		},
		// The full grammar of PRODUCT.md §3.
		{
			query:
				'?device=gpu&vram=8&local=1&for=self&budget=20&open=required&planned=1&use=5&sort=rated&lang=ar&cat=2025-02-20.2',
			inputs: {
				device: 'gpu',
				vramGb: 8,
				localOnly: true,
				purpose: 'self',
				budget: 20,
				openness: 'required',
				includePlanned: true,
				usage: 5,
				sort: 'rated'
			},
			lang: 'ar',
			hasInputs: true
		},
		{ query: '?device=computer', inputs: { device: 'computer' } },
		{ query: '?device=GPU', ignored: ['device'] },
		{ query: '?device=', ignored: ['device'] },
		{ query: '?device=gpu&vram=1', inputs: { device: 'gpu', vramGb: 1 } },
		{ query: '?device=gpu&vram=256', inputs: { device: 'gpu', vramGb: 256 } },
		{ query: '?device=gpu&vram=٨', inputs: { device: 'gpu', vramGb: 8 } },
		{ query: '?device=gpu&vram=۱۶', inputs: { device: 'gpu', vramGb: 16 } },
		{
			query: '?device=gpu&vram=8&vram=16',
			inputs: { device: 'gpu', vramGb: 8 },
			ignored: ['vram']
		},
		{ query: '?device=computer&vram=8', inputs: { device: 'computer' }, ignored: ['vram'] },
		{ query: '?device=phone&ram=8', inputs: { device: 'phone', ramGb: 8 }, hasInputs: true },
		{ query: '?device=computer&ram=1024', inputs: { device: 'computer', ramGb: 1024 } },
		{ query: '?device=computer&ram=1', inputs: { device: 'computer', ramGb: 1 } },
		{ query: '?ram=32&device=computer', inputs: { device: 'computer', ramGb: 32 } },
		{ query: '?device=computer&ram=٣٢', inputs: { device: 'computer', ramGb: 32 } },
		{ query: '?device=computer&ram=1025', inputs: { device: 'computer' }, ignored: ['ram'] },
		{ query: '?device=computer&ram=0', inputs: { device: 'computer' }, ignored: ['ram'] },
		{ query: '?device=computer&ram=7.5', inputs: { device: 'computer' }, ignored: ['ram'] },
		{ query: '?device=gpu&ram=16', inputs: { device: 'gpu' }, ignored: ['ram'] },
		{ query: '?ram=16', ignored: ['ram'], hasInputs: false },
		{ query: '?ram=16&device=tablet', ignored: ['ram', 'device'], hasInputs: false },
		{
			query: '?device=gpu&vram=8&ram=16',
			inputs: { device: 'gpu', vramGb: 8 },
			ignored: ['ram']
		},
		{
			query: '?device=phone&vram=8&ram=6',
			inputs: { device: 'phone', ramGb: 6 },
			ignored: ['vram']
		},
		{ query: '?for=app', inputs: { purpose: 'app' }, hasInputs: true },
		{ query: '?for=api', inputs: { purpose: 'api' } },
		{ query: '?for=self', inputs: { purpose: 'self' } },
		{ query: '?for=any', hasInputs: true },
		{ query: '?for=chat', ignored: ['for'], hasInputs: false },
		{ query: '?for=Self', ignored: ['for'] },
		{ query: '?for=app&for=api', inputs: { purpose: 'app' }, ignored: ['for'] },
		{ query: '?for=any&for=api', ignored: ['for'] },
		{ query: '?sort=rated', inputs: { sort: 'rated' }, hasInputs: true },
		{ query: '?sort=new', inputs: { sort: 'new' } },
		{ query: '?sort=cheap', hasInputs: true },
		{ query: '?sort=price', ignored: ['sort'], hasInputs: false },
		{ query: '?sort=rated&sort=new', inputs: { sort: 'rated' }, ignored: ['sort'] },
		{ query: '?open=preferred', inputs: { openness: 'preferred' } },
		{ query: '?open=any&open=required', ignored: ['open'] },
		{ query: '?local=1&planned=1', inputs: { localOnly: true, includePlanned: true } },
		{ query: '?local=0&local=1', ignored: ['local'] },
		{ query: '?lang=en&lang=ar', lang: 'en', ignored: ['lang'], hasInputs: false },
		{ query: '?budget=٢٠', inputs: { budget: 20 } },
		{ query: '?budget=۲۰', inputs: { budget: 20 } },
		{ query: '?budget=٠', inputs: { budget: 0 } },
		{ query: '?budget=٢٠٫٥', ignored: ['budget'] },
		{ query: '?budget=20&budget=30', inputs: { budget: 20 }, ignored: ['budget'] },
		{ query: '?use=٢٫٥', inputs: { usage: 2.5 } },
		{ query: '?use=۰٫۵', inputs: { usage: 0.5 } },
		{ query: '?use=2.5', inputs: { usage: 2.5 } },
		{ query: '?use=1', hasInputs: true },
		{ query: '?use=1000.0', inputs: { usage: 1000 } },
		{ query: '?use=.5', ignored: ['use'] },
		{ query: '?use=2,5', ignored: ['use'] },
		{ query: `?use=${'1'.repeat(10_000)}`, ignored: ['use'] },
		{ query: '?cat=2025-02-20.1&cat=2025-02-21.1', ignored: ['cat'], hasInputs: false },
		{ query: `?cat=2025-02-20.1${'~edited'.repeat(2000)}`, ignored: ['cat'] },
		{
			query: '?utm_source=x&device=phone&utm_source=y&fbclid=1&fbclid=2',
			inputs: { device: 'phone' }
		},
		{ query: '?\u202edevice=gpu', ignored: ['\ufffddevice'], hasInputs: false },
		{ query: '?device=gpu\u202e', inputs: {}, ignored: ['device'] },
		{ query: '?%E2%80%AEevil=1&device=gpu', inputs: { device: 'gpu' }, ignored: ['\ufffdevil'] },
		{ query: '?__proto__=1&__proto__=2&toString=x', ignored: ['__proto__', 'toString'] },
		{ query: '?constructor=1&device=phone', inputs: { device: 'phone' }, ignored: ['constructor'] },
		{ query: '?%E0%A4%A=1&vram=%E0%A4%A', ignored: ['\ufffd%A', 'vram'] },
		{ query: `?${'🙂'.repeat(10_000)}=1`, ignored: ['🙂'.repeat(40)] },
		{ query: '?device+=gpu&device=phone', inputs: { device: 'phone' }, ignored: ['device '] }
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

	const listCases: { query: string; lists?: ShareState['lists']; ignored?: string[] }[] = [
		{
			query: '?lists=openrouter.2026-11-30,models.dev.2026-11-28',
			lists: [
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-11-28' }
			]
		},
		{
			query: '?lists=openrouter.2026-11-30%2Cmodels.dev.2026-11-28',
			lists: [
				{ list: 'openrouter', day: '2026-11-30' },
				{ list: 'models-dev', day: '2026-11-28' }
			]
		},
		{
			query: '?lists=acme.2026-11-30,models.dev.2026-02-30,litellm.2026-01-05',
			lists: [{ list: 'litellm', day: '2026-01-05' }],
			ignored: ['acme.2026-11-30', 'models.dev.2026-02-30']
		},
		// Each part is named in the parameter's place, among the others in the link's order.
		{
			query: '?x=1&lists=acme.2026-11-30&device=tablet',
			ignored: ['x', 'acme.2026-11-30', 'device']
		},
		{ query: '?lists=', ignored: ['lists'] },
		{ query: `?lists=${'openrouter.2026-11-30,'.repeat(20)}`, ignored: ['lists'] },
		{
			query: '?lists=openrouter.2026-11-30&lists=litellm.2026-01-05',
			lists: [{ list: 'openrouter', day: '2026-11-30' }],
			ignored: ['lists']
		},
		{ query: '?lists=%E2%80%AEopenrouter.2026-11-30', ignored: ['\ufffdopenrouter.2026-11-30'] }
	];
	for (const c of listCases) {
		it(`reads the lists of ${JSON.stringify(c.query.slice(0, 60))}`, () => {
			const decoded = decodeShareLink(c.query);
			expect(decoded.state.lists).toEqual(c.lists);
			expect(decoded.ignored).toEqual(c.ignored ?? []);
			// Lists are not inputs: a link with only lists opens the chooser as it is.
			expect(decoded.hasInputs).toBe(false);
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

	it('reads search params as it reads their string', () => {
		const query = '?device=computer&ram=16&for=api&sort=new&x=1';
		expect(decodeShareLink(new URLSearchParams(query))).toEqual(decodeShareLink(query));
	});
});

describe('sameInputs', () => {
	it('tells inputs apart by what the link says, order and memory included', () => {
		const base = defaultInputs();
		expect(sameInputs(base, { ...base, sort: 'cheap' })).toBe(true);
		expect(sameInputs(base, { ...base, sort: 'rated' })).toBe(false);
		expect(sameInputs(base, { ...base, purpose: 'api' })).toBe(false);
		const computer: ChooserInputs = { ...base, device: 'computer' };
		expect(sameInputs(computer, { ...computer, ramGb: 16 })).toBe(false);
		// VRAM a computer cannot have does not change the answer.
		expect(sameInputs(computer, { ...computer, vramGb: 16 })).toBe(true);
	});
});

/** Any valid set of inputs: every field, each optional one present or not. */
const arbitraryInputs: fc.Arbitrary<ChooserInputs> = fc
	.record(
		{
			device: fc.constantFrom(...DEVICES),
			vramGb: fc.integer(LIMITS.vram),
			ramGb: fc.integer(LIMITS.ram),
			localOnly: fc.boolean(),
			purpose: fc.constantFrom(...PURPOSES),
			budget: fc.integer(LIMITS.budget),
			openness: fc.constantFrom(...OPENNESS_CHOICES),
			includePlanned: fc.boolean(),
			usage: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10),
			sort: fc.constantFrom(...SORT_ORDERS)
		},
		{
			requiredKeys: ['localOnly', 'openness', 'includePlanned', 'usage', 'sort'],
			noNullPrototype: true
		}
	)
	// Memory belongs to the device: VRAM to a graphics card, RAM to a phone or computer.
	.map((inputs) => keepMemoryOfDevice({ ...inputs }));

const arbitraryState: fc.Arbitrary<ShareState> = fc.record(
	{
		inputs: arbitraryInputs,
		lang: fc.constantFrom('ar', 'en') as fc.Arbitrary<Lang>,
		cat: fc.record(
			{
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
			},
			{ noNullPrototype: true }
		),
		lists: fc.subarray([...PUBLIC_LISTS], { minLength: 1 }).chain((lists) =>
			fc.tuple(
				...lists.map((list) =>
					fc
						.date({
							min: new Date('2000-01-01'),
							// Up to today: a day still to come is no list's as-of.
							max: new Date(),
							noInvalidDate: true
						})
						.map((d) => ({ list, day: d.toISOString().slice(0, 10) }))
				)
			)
		)
	},
	{ requiredKeys: ['inputs'], noNullPrototype: true }
);

describe('the link codec, for any input', () => {
	it('generates only valid inputs', () => {
		fc.assert(
			fc.property(arbitraryInputs, (inputs) => {
				expect(isValidInputs(inputs), JSON.stringify(inputs)).toBe(true);
			})
		);
	});

	it('decode(encode(x)) is x for every valid state, with nothing ignored', () => {
		fc.assert(
			fc.property(arbitraryState, (s) => {
				const decoded = decodeShareLink(encodeShareLink(s));
				expect(decoded.state).toStrictEqual(s);
				expect(decoded.ignored).toEqual([]);
				expect(decoded.hasInputs).toBe(!sameInputs(s.inputs, defaultInputs()));
			}),
			{ numRuns: 2000 }
		);
	});

	it('writes only Latin digits, known names and no escapes', () => {
		fc.assert(
			fc.property(arbitraryState, (s) => {
				const link = encodeShareLink(s);
				expect(link).toMatch(/^(\?[a-z]+=[a-z0-9.,~-]+(&[a-z]+=[a-z0-9.,~-]+)*)?$/);
				const names = [...new URLSearchParams(link).keys()];
				const known: readonly string[] = [...INPUT_PARAMS, 'lang', 'cat', 'lists'];
				expect(names.every((name) => known.includes(name))).toBe(true);
			})
		);
	});

	it('reads a link written with Arabic-Indic digits as the one written with Latin digits', () => {
		const arabic = (text: string) =>
			text.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))).replace('.', '\u066b');
		fc.assert(
			fc.property(arbitraryInputs, (inputs) => {
				const link = encodeShareLink({ inputs });
				const written = link.replace(
					/\b(vram|ram|budget|use)=([0-9.]+)/g,
					(_, name: string, n: string) => `${name}=${arabic(n)}`
				);
				expect(decodeShareLink(written)).toEqual(decodeShareLink(link));
			})
		);
	});

	it('decoding any string never throws and always gives valid inputs', () => {
		const known = fc.constantFrom(
			...INPUT_PARAMS,
			'lang',
			'cat',
			'lists',
			'__proto__',
			'utm_x',
			'fbclid'
		);
		const pair = fc.tuple(
			fc.oneof(known, fc.string()),
			fc.oneof(
				fc.string(),
				fc.integer().map(String),
				fc.double().map(String),
				fc.constantFrom('gpu', 'phone', 'computer', 'app', 'any', 'rated', '1', '0', '٢٠', '٢٫٥'),
				fc.constantFrom(
					'openrouter.2026-11-30,models.dev.2026-11-28',
					'models.dev.2026-02-30,litellm.2026-01-05,litellm.2026-01-06',
					'openrouter.2026-11-30,,acme.2026-11-30'
				),
				fc.string({ unit: fc.constantFrom('٠', '٥', '۵', '٫', '.', '1', '%', 'E', '0') })
			)
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
				expect(decoded.ignored.every((name) => [...name].length <= 40)).toBe(true);
				// What was read writes back to a link that reads the same, with nothing ignored.
				const again = decodeShareLink(encodeShareLink(decoded.state));
				expect(again.state).toStrictEqual(decoded.state);
				expect(again.ignored).toEqual([]);
			}),
			{ numRuns: 3000 }
		);
	});
});
