import { describe, expect, it } from 'vitest';
import type { Model, Offer } from './catalogue';
import type { PublicList } from './catalogue-terms';
import { readImport, shippedContext, type ImportPreview, type OwnData } from './import';
import { deviceOfferId } from './import/build';
import { personHolds, replaceList } from './list-replace';
import { handModel, handOffer, handOwn } from './synthetic';

/** An API offer of one model from a list, as an import writes it. */
const listed = (id: string, model: string, list: PublicList, over: Partial<Offer> = {}): Offer =>
	handOffer(id, 'api', [model], { list: { name: list, asOf: '2026-11-01' }, ...over });
/** The "on your device" offer an import makes for an open model of known size. */
const onDevice = (model: string, list: PublicList, over: Partial<Offer> = {}): Offer =>
	handOffer(deviceOfferId(model), 'self-hosted', [model], {
		list: { name: list, asOf: '2026-11-01' },
		...over
	});
const edit = (key: string) => ({ key, patch: { status: 'released' as const }, at: '2026-11-02' });
const note = (modelId: string) => ({ modelId, text: 'mine', at: '2026-11-02' });

const statusIn = (data: OwnData, id: string) =>
	[...data.models, ...data.offers].filter((r) => r.id === id).map((r) => r.status);

describe('replaceList: a newer copy of a list replaces that list’s entries', () => {
	// The stored copy of OpenRouter: a, b and c; models.dev also serves b.
	const stored = handOwn({
		models: [handModel('a'), handModel('b'), handModel('c')],
		offers: [
			listed('or-a-api', 'a', 'openrouter'),
			listed('or-b-api', 'b', 'openrouter'),
			listed('or-c-api', 'c', 'openrouter'),
			listed('md-host-b-api', 'b', 'models-dev')
		]
	});
	// The new copy: a again (its price changed), b and c gone, d new.
	const incoming = handOwn({
		models: [handModel('a'), handModel('d')],
		offers: [
			listed('or-a-api', 'a', 'openrouter', {
				price: { type: 'per-use', inputPerMTok: 2, outputPerMTok: 4 },
				list: { name: 'openrouter', asOf: '2026-12-01' }
			}),
			listed('or-d-api', 'd', 'openrouter', { list: { name: 'openrouter', asOf: '2026-12-01' } })
		]
	});
	const r = replaceList('openrouter', stored, incoming);

	it('says which offers are updated, new and gone', () => {
		expect(r.offers).toEqual({
			updated: ['or-a-api'],
			added: ['or-d-api'],
			gone: [
				{ id: 'or-b-api', held: false },
				{ id: 'or-c-api', held: false }
			]
		});
	});

	it('says which models are updated, new and gone: one still served elsewhere is not gone', () => {
		expect(r.models).toEqual({
			updated: ['a'],
			added: ['d'],
			gone: [{ id: 'c', held: false }]
		});
	});

	it('writes the new copy, and the gone entries as legacy: nothing is deleted', () => {
		expect(r.data.offers.map((o) => o.id).sort()).toEqual([
			'or-a-api',
			'or-b-api',
			'or-c-api',
			'or-d-api'
		]);
		expect(statusIn(r.data, 'or-b-api')).toEqual(['legacy']);
		expect(statusIn(r.data, 'or-c-api')).toEqual(['legacy']);
		expect(statusIn(r.data, 'c')).toEqual(['legacy']);
		expect(statusIn(r.data, 'or-a-api')).toEqual(['released']);
		// The updated offer is the new copy's, price and date.
		expect(r.data.offers.find((o) => o.id === 'or-a-api')?.price).toEqual({
			type: 'per-use',
			inputPerMTok: 2,
			outputPerMTok: 4
		});
	});

	it('keeps a gone offer’s as-of day, the last copy that listed it, and the new copy’s', () => {
		// Its card says "Legacy · No longer in the OpenRouter list of December 1, 2026".
		expect(r.data.offers.find((o) => o.id === 'or-b-api')?.list).toEqual({
			name: 'openrouter',
			asOf: '2026-11-01',
			unlisted: '2026-12-01'
		});
	});

	it('leaves another list’s entries and the model it serves as they are', () => {
		expect(r.data.offers.some((o) => o.id === 'md-host-b-api')).toBe(false);
		expect(r.data.models.some((m) => m.id === 'b')).toBe(false);
	});

	it('changes nothing in what it was given', () => {
		expect(stored.offers.every((o) => o.status === 'released')).toBe(true);
		expect(stored.models.every((m) => m.status === 'released')).toBe(true);
		expect(incoming.offers).toHaveLength(2);
	});
});

describe('replaceList: the person’s marks', () => {
	const stored = handOwn({
		models: [handModel('a'), handModel('b'), handModel('c')],
		offers: [
			listed('or-a-api', 'a', 'openrouter'),
			listed('or-b-api', 'b', 'openrouter'),
			listed('or-c-api', 'c', 'openrouter')
		],
		// A star on a gone offer, a note on a gone model, an edit on an updated offer, and marks on
		// records that are not this list's.
		favourites: ['offer:or-b-api', 'model:shipped-x', 'offer:other'],
		notes: [note('c'), note('shipped-x')],
		edits: [edit('offer:or-a-api'), edit('model:shipped-x')]
	});
	const incoming = handOwn({
		models: [handModel('a')],
		offers: [listed('or-a-api', 'a', 'openrouter')]
	});
	const r = replaceList('openrouter', stored, incoming);

	it('marks gone entries the person holds on to', () => {
		expect(r.offers.gone).toEqual([
			{ id: 'or-b-api', held: true },
			{ id: 'or-c-api', held: false }
		]);
		expect(r.models.gone).toEqual([
			{ id: 'b', held: false },
			{ id: 'c', held: true }
		]);
	});

	it('writes none of the person’s edits, notes or stars: those stored stay, by id', () => {
		expect(r.data.edits).toEqual([]);
		expect(r.data.notes).toEqual([]);
		expect(r.data.favourites).toEqual([]);
	});

	it('counts the marks kept on this list’s entries, not on others', () => {
		expect(r.kept).toEqual({ edits: 1, notes: 1, favourites: 1 });
	});
});

describe('replaceList: what stays as it was', () => {
	it('does not count again an entry already legacy, nor rewrite it', () => {
		const stored = handOwn({
			models: [handModel('a'), handModel('old', { status: 'legacy' })],
			offers: [
				listed('or-a-api', 'a', 'openrouter'),
				listed('or-old-api', 'old', 'openrouter', { status: 'legacy' })
			]
		});
		const r = replaceList(
			'openrouter',
			stored,
			handOwn({ offers: [listed('or-a-api', 'a', 'openrouter')] })
		);
		expect(r.offers.gone).toEqual([]);
		expect(r.models.gone).toEqual([]);
		expect(r.data.offers.map((o) => o.id)).toEqual(['or-a-api']);
	});

	it('brings back an entry a copy had dropped when a newer one lists it again', () => {
		const stored = handOwn({
			models: [handModel('a', { status: 'legacy' })],
			offers: [listed('or-a-api', 'a', 'openrouter', { status: 'legacy' })]
		});
		const incoming = handOwn({
			models: [handModel('a')],
			offers: [listed('or-a-api', 'a', 'openrouter')]
		});
		const r = replaceList('openrouter', stored, incoming);
		expect(r.offers).toEqual({ updated: ['or-a-api'], added: [], gone: [] });
		expect(statusIn(r.data, 'or-a-api')).toEqual(['released']);
		expect(statusIn(r.data, 'a')).toEqual(['released']);
	});

	it('keeps a model released while the person’s own offer of it is', () => {
		const stored = handOwn({
			models: [handModel('a')],
			offers: [listed('or-a-api', 'a', 'openrouter'), handOffer('my-a-app', 'free-app', ['a'])]
		});
		const r = replaceList('openrouter', stored, handOwn());
		expect(r.offers.gone).toEqual([{ id: 'or-a-api', held: false }]);
		expect(r.models.gone).toEqual([]);
	});

	it('takes a model whose remaining offers are all legacy for gone', () => {
		const stored = handOwn({
			models: [handModel('a')],
			offers: [
				listed('or-a-api', 'a', 'openrouter'),
				listed('md-a-api', 'a', 'models-dev', { status: 'legacy' })
			]
		});
		expect(replaceList('openrouter', stored, handOwn()).models.gone).toEqual([
			{ id: 'a', held: false }
		]);
	});

	it('never touches a shipped model a list’s offer served', () => {
		// Shipped models are not the person's own data: `stored` does not hold them.
		const stored = handOwn({ offers: [listed('or-openai-gpt-4o-api', 'gpt-4o', 'openrouter')] });
		const r = replaceList('openrouter', stored, handOwn());
		expect(r.offers.gone).toEqual([{ id: 'or-openai-gpt-4o-api', held: false }]);
		expect(r.models.gone).toEqual([]);
		expect(r.data.models).toEqual([]);
	});

	it('does not take a model renamed by the new copy (an alias) for gone', () => {
		const stored = handOwn({
			models: [handModel('or-acme-widget')],
			offers: [listed('or-acme-widget-api', 'or-acme-widget', 'openrouter')]
		});
		const incoming = handOwn({
			models: [handModel('widget')],
			offers: [listed('or-acme-widget-api', 'widget', 'openrouter')],
			aliases: [{ from: 'or-acme-widget', to: 'widget' }]
		});
		const r = replaceList('openrouter', stored, incoming);
		expect(r.models).toEqual({ updated: [], added: ['widget'], gone: [] });
		expect(r.data.aliases).toEqual([{ from: 'or-acme-widget', to: 'widget' }]);
	});

	it('replaces only the entries of the list it is given', () => {
		const stored = handOwn({
			models: [handModel('a'), handModel('b')],
			offers: [listed('or-a-api', 'a', 'openrouter'), listed('md-b-api', 'b', 'models-dev')]
		});
		const r = replaceList('models-dev', stored, handOwn());
		expect(r.offers.gone).toEqual([{ id: 'md-b-api', held: false }]);
		expect(r.models.gone).toEqual([{ id: 'b', held: false }]);
		expect(r.data.offers.map((o) => o.id)).toEqual(['md-b-api']);
	});
});

describe('replaceList: an "on your device" offer follows its model', () => {
	it('becomes legacy with its model', () => {
		const stored = handOwn({
			models: [handModel('a')],
			offers: [listed('or-a-api', 'a', 'openrouter'), onDevice('a', 'openrouter')]
		});
		const r = replaceList('openrouter', stored, handOwn());
		expect(r.offers.gone.map((g) => g.id).sort()).toEqual(['a-local', 'or-a-api']);
		expect(statusIn(r.data, 'a-local')).toEqual(['legacy']);
	});

	it('stays released while another list still serves its model', () => {
		const stored = handOwn({
			models: [handModel('a')],
			offers: [
				listed('or-a-api', 'a', 'openrouter'),
				listed('md-a-api', 'a', 'models-dev'),
				onDevice('a', 'openrouter')
			]
		});
		const r = replaceList('openrouter', stored, handOwn());
		expect(r.offers.gone).toEqual([{ id: 'or-a-api', held: false }]);
		expect(r.data.offers.some((o) => o.id === 'a-local')).toBe(false);
	});

	it('does not keep a model released by itself', () => {
		const stored = handOwn({ models: [handModel('a')], offers: [onDevice('a', 'openrouter')] });
		const r = replaceList('openrouter', stored, handOwn());
		expect(r.models.gone).toEqual([{ id: 'a', held: false }]);
		expect(statusIn(r.data, 'a-local')).toEqual(['legacy']);
	});

	it('is updated when the new copy makes it again, whichever list made it before', () => {
		const stored = handOwn({ models: [handModel('a')], offers: [onDevice('a', 'models-dev')] });
		const incoming = handOwn({ models: [handModel('a')], offers: [onDevice('a', 'openrouter')] });
		expect(replaceList('openrouter', stored, incoming).offers).toEqual({
			updated: ['a-local'],
			added: [],
			gone: []
		});
	});
});

describe('personHolds', () => {
	const holds = personHolds({
		favourites: ['model:a', 'offer:x'],
		notes: [note('b')],
		edits: [edit('model:c'), edit('offer:y')]
	});
	const cases: { kind: 'model' | 'offer'; id: string; held: boolean }[] = [
		{ kind: 'model', id: 'a', held: true },
		{ kind: 'model', id: 'b', held: true },
		{ kind: 'model', id: 'c', held: true },
		{ kind: 'model', id: 'x', held: false },
		{ kind: 'offer', id: 'x', held: true },
		{ kind: 'offer', id: 'y', held: true },
		// A note is on a model, never on an offer of the same id.
		{ kind: 'offer', id: 'b', held: false },
		{ kind: 'offer', id: 'a', held: false }
	];
	for (const c of cases) {
		it(`${c.kind} ${c.id}: ${c.held ? 'held' : 'not held'}`, () => {
			expect(holds[c.kind](c.id)).toBe(c.held);
		});
	}
});

describe('replaceList with the real readers: two copies of OpenRouter’s list', () => {
	const entry = (id: string, name: string, prompt = '0.0000005') => ({
		id,
		name,
		created: 1767225600,
		pricing: { prompt, completion: '0.0000015' },
		hugging_face_id: `${id.replace(/\/.*/, '')}/${name}`,
		architecture: { input_modalities: ['text'], output_modalities: ['text'] }
	});
	const list = (...entries: unknown[]) => JSON.stringify({ data: entries });
	const read = (text: string, data: OwnData, today: string): ImportPreview => {
		const base = shippedContext(today);
		const r = readImport(text, {
			...base,
			vendors: [...base.vendors, ...data.vendors],
			models: [...base.models, ...data.models],
			offers: data.offers,
			today
		});
		if (!r.ok) throw new Error(JSON.stringify(r.problem));
		return r;
	};
	const first = read(
		list(
			entry('acme/widget-7b', 'Widget-7B'),
			entry('acme/gadget-8b', 'Gadget-8B'),
			entry('openai/gpt-4o', 'GPT-4o')
		),
		handOwn(),
		'2026-11-01'
	).data;
	const stored: OwnData = {
		...first,
		favourites: ['model:gadget-8b'],
		edits: [{ key: 'offer:or-acme-widget-7b-api', patch: { status: 'legacy' }, at: '2026-11-02' }],
		notes: [note('widget-7b')]
	};
	const second = read(
		list(
			entry('acme/widget-7b', 'Widget-7B', '0.000001'),
			entry('acme/sprocket-3b', 'Sprocket-3B')
		),
		stored,
		'2026-12-01'
	);
	const r = replaceList('openrouter', stored, second.data);
	const ids = (entries: { id: string }[]) => entries.map((e) => e.id).sort();

	it('finds the same ids in both copies: updated, new and gone', () => {
		expect(r.offers.updated).toContain('or-acme-widget-7b-api');
		expect(r.offers.added).toContain('or-acme-sprocket-3b-api');
		expect(ids(r.offers.gone)).toEqual(
			['gadget-8b-local', 'or-acme-gadget-8b-api', 'or-openai-gpt-4o-api'].sort()
		);
		expect(r.models.updated).toEqual(['widget-7b']);
		expect(r.models.added).toEqual(['sprocket-3b']);
		expect(r.models.gone).toEqual([{ id: 'gadget-8b', held: true }]);
	});

	it('keeps the shipped GPT-4o as it ships, and the person’s marks by id', () => {
		expect(r.data.models.some((m) => m.id === 'gpt-4o')).toBe(false);
		expect(r.kept).toEqual({ edits: 1, notes: 1, favourites: 1 });
	});

	it('writes every entry of either copy once, the new copy’s date on those it lists', () => {
		const offers = r.data.offers.map((o) => o.id);
		expect(new Set(offers).size).toBe(offers.length);
		expect(offers.sort()).toEqual(ids([...first.offers, ...second.data.offers].filter(unique())));
		for (const o of second.data.offers) expect(o.list?.asOf).toBe('2026-12-01');
	});

	it('writes records the catalogue’s schema accepts', async () => {
		const v = await import('valibot');
		const { ModelSchema, OfferSchema } = await import('./catalogue');
		for (const m of r.data.models) expect(v.safeParse(ModelSchema, m).success, m.id).toBe(true);
		for (const o of r.data.offers) expect(v.safeParse(OfferSchema, o).success, o.id).toBe(true);
	});
});

/** A filter keeping the first record of each id. */
function unique() {
	const seen = new Set<string>();
	return (r: Model | Offer) => !seen.has(r.id) && Boolean(seen.add(r.id));
}
