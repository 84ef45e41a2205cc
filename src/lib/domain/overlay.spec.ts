import { describe, expect, it } from 'vitest';
import { shippedCatalogue as shipped } from '$lib/catalogue/shipped';
import type { Catalogue, Model, Offer } from './catalogue';
import type { Edit, EditPatch } from './import';
import { applyEdits } from './overlay';

const AT = '2026-12-03T10:00:00.000Z';
const edit = (key: string, patch: EditPatch): Edit => ({ key, patch, at: AT });
const offer = (c: Catalogue, id: string): Offer => c.offers.find((o) => o.id === id)!;
const model = (c: Catalogue, id: string): Model => c.models.find((m) => m.id === id)!;

/** The shipped catalogue as it was read, to prove an edit never writes into it. */
const pristine = structuredClone(shipped);

describe('applyEdits', () => {
	it('gives the catalogue itself, and no edit, when the person has edited nothing', () => {
		// The same object: the app keeps the answer on screen instead of working it out again.
		const { catalogue, applied } = applyEdits(shipped, []);
		expect(catalogue).toBe(shipped);
		expect(applied).toEqual(new Map());
	});

	it('lays each edit over its shipped record, with the value it replaced', () => {
		const edits = [
			// A subscription's price went up.
			edit('offer:chatgpt-plus', { price: { type: 'monthly', usdPerMonth: 22 } }),
			// A per-use price the person pays as a plan instead.
			edit('offer:deepseek-api', { price: { type: 'monthly', usdPerMonth: 5 } }),
			// A local model the person runs on their graphics card, with the memory it needs.
			edit('offer:deepseek-local', { runsOn: { place: 'gpu', minGb: 8 } }),
			edit('offer:gpt-2-local', { status: 'released' }),
			// A planned model released, and a maker who opened a model's weights.
			edit('model:gpt-5', { status: 'released' }),
			edit('model:mistral-large', { openness: 'open-weights' })
		];
		const { catalogue, applied } = applyEdits(shipped, edits);

		expect(offer(catalogue, 'chatgpt-plus').price).toEqual({ type: 'monthly', usdPerMonth: 22 });
		expect(offer(catalogue, 'deepseek-api').price).toEqual({ type: 'monthly', usdPerMonth: 5 });
		expect(offer(catalogue, 'deepseek-local').runsOn).toEqual({ place: 'gpu', minGb: 8 });
		expect(offer(catalogue, 'gpt-2-local').status).toBe('released');
		expect(model(catalogue, 'gpt-5').status).toBe('released');
		expect(model(catalogue, 'mistral-large').openness).toBe('open-weights');

		expect([...applied.keys()].sort()).toEqual(edits.map((e) => e.key).sort());
		expect(Object.fromEntries([...applied].map(([key, a]) => [key, a.original]))).toEqual({
			'offer:chatgpt-plus': { price: { type: 'monthly', usdPerMonth: 20 } },
			'offer:deepseek-api': { price: { type: 'per-use', inputPerMTok: 0.27, outputPerMTok: 1.1 } },
			'offer:deepseek-local': { runsOn: { place: 'device' } },
			'offer:gpt-2-local': { status: 'legacy' },
			'model:gpt-5': { status: 'planned' },
			'model:mistral-large': { openness: 'closed' }
		});
		for (const e of edits) expect(applied.get(e.key)).toMatchObject({ key: e.key, patch: e.patch });
	});

	it('changes only the fields edited, and only the records edited', () => {
		const { catalogue } = applyEdits(shipped, [
			edit('offer:chatgpt-plus', { price: { type: 'monthly', usdPerMonth: 22 } })
		]);
		const { price: _edited, ...rest } = offer(catalogue, 'chatgpt-plus');
		const { price: _shipped, ...shippedRest } = offer(shipped, 'chatgpt-plus');
		expect(rest).toEqual(shippedRest);
		// Every other record is the shipped one itself; the catalogue's other parts are too.
		expect(catalogue.offers.filter((o) => o.id !== 'chatgpt-plus')).toEqual(
			shipped.offers.filter((o) => o.id !== 'chatgpt-plus')
		);
		for (const [i, o] of catalogue.offers.entries()) {
			if (o.id !== 'chatgpt-plus') expect(o).toBe(shipped.offers[i]);
		}
		for (const [i, m] of catalogue.models.entries()) expect(m).toBe(shipped.models[i]);
		expect(catalogue.vendors).toBe(shipped.vendors);
		expect(catalogue.facts).toBe(shipped.facts);
		expect(catalogue.catalogueVersion).toBe(shipped.catalogueVersion);
	});

	it('keeps each value an edit of two fields replaced (a price, and the memory it needs)', () => {
		const { catalogue, applied } = applyEdits(shipped, [
			edit('offer:mistral-small-local', {
				price: { type: 'monthly', usdPerMonth: 3 },
				runsOn: { place: 'device', needGb: 20 }
			})
		]);
		expect(offer(catalogue, 'mistral-small-local')).toMatchObject({
			price: { type: 'monthly', usdPerMonth: 3 },
			runsOn: { place: 'device', needGb: 20 }
		});
		expect(applied.get('offer:mistral-small-local')?.original).toEqual({
			price: { type: 'monthly', usdPerMonth: 0 },
			runsOn: { place: 'device' }
		});
	});

	it('never writes into the shipped catalogue: a reverted edit gives the shipped record back', () => {
		const price = edit('offer:chatgpt-pro', { price: { type: 'monthly', usdPerMonth: 180 } });
		const open = edit('model:gemini', { openness: 'open-weights' });
		const both = applyEdits(shipped, [price, open]);
		expect(offer(both.catalogue, 'chatgpt-pro').price).toEqual({
			type: 'monthly',
			usdPerMonth: 180
		});
		expect(shipped).toEqual(pristine);

		// Reverting removes the stored edit: the catalogue is laid again from the shipped one.
		const reverted = applyEdits(shipped, [open]);
		expect(offer(reverted.catalogue, 'chatgpt-pro')).toBe(offer(shipped, 'chatgpt-pro'));
		expect(offer(reverted.catalogue, 'chatgpt-pro').price).toEqual({
			type: 'monthly',
			usdPerMonth: 200
		});
		expect([...reverted.applied.keys()]).toEqual(['model:gemini']);
		expect(model(reverted.catalogue, 'gemini').openness).toBe('open-weights');

		const none = applyEdits(shipped, []);
		expect(none.catalogue).toEqual(pristine);
	});

	it('leaves aside edits of records the catalogue does not hold, and applies them when it does', () => {
		const edits = [
			// A record a newer catalogue dropped (the person's edit is kept for it).
			edit('offer:gemini-app', { price: { type: 'monthly', usdPerMonth: 1 } }),
			// Ids no record has, and ids of the other kind of record.
			edit('offer:no-such-offer', { status: 'legacy' }),
			edit('model:no-such-model', { openness: 'closed' }),
			edit('model:chatgpt-plus', { status: 'legacy' }),
			edit('offer:gpt-4', { status: 'legacy' }),
			// A key that names no kind.
			edit('deepseek-app', { status: 'legacy' })
		];
		const later: Catalogue = {
			...shipped,
			catalogueVersion: '2999-01-01.1',
			offers: shipped.offers.filter((o) => o.id !== 'gemini-app')
		};
		const { catalogue, applied } = applyEdits(later, edits);
		expect(applied).toEqual(new Map());
		expect(catalogue).toEqual(later);
		expect(catalogue.offers.map((o) => o.id)).not.toContain('gemini-app');
		expect(catalogue.models.map((m) => m.id)).not.toContain('no-such-model');

		// The record is back (an older catalogue, another tab): the kept edit applies to it again.
		const back = applyEdits(shipped, edits);
		expect([...back.applied.keys()]).toEqual(['offer:gemini-app']);
		expect(back.applied.get('offer:gemini-app')?.original).toEqual({
			price: { type: 'monthly', usdPerMonth: 0 }
		});
		expect(offer(back.catalogue, 'gemini-app').price).toEqual({ type: 'monthly', usdPerMonth: 1 });
	});

	it('lays edits over the person’s own records as over shipped ones', () => {
		const own: Offer = {
			...offer(shipped, 'deepseek-local'),
			id: 'my-llama',
			name: { en: 'Mine', ar: 'Mine' }
		};
		const { catalogue, applied } = applyEdits({ ...shipped, offers: [...shipped.offers, own] }, [
			edit('offer:my-llama', { runsOn: { place: 'phone' } })
		]);
		expect(offer(catalogue, 'my-llama').runsOn).toEqual({ place: 'phone' });
		expect(applied.get('offer:my-llama')?.original).toEqual({ runsOn: { place: 'device' } });
	});

	it('lays only the fields a record of its kind has (a file may bring a price for a model)', () => {
		const { catalogue, applied } = applyEdits(shipped, [
			edit('model:gpt-4', { price: { type: 'monthly', usdPerMonth: 1 }, status: 'legacy' }),
			edit('offer:deepseek-app', { openness: 'open-weights' }),
			edit('offer:chatgpt-free', { price: undefined, status: 'legacy' })
		]);
		expect(model(catalogue, 'gpt-4')).toEqual({ ...model(shipped, 'gpt-4'), status: 'legacy' });
		expect(applied.get('model:gpt-4')).toEqual({
			key: 'model:gpt-4',
			patch: { status: 'legacy' },
			original: { status: 'released' }
		});
		// Nothing of the edit fits an offer: the shipped record, and no "edited by you".
		expect(offer(catalogue, 'deepseek-app')).toBe(offer(shipped, 'deepseek-app'));
		expect(applied.has('offer:deepseek-app')).toBe(false);
		// A field set to nothing keeps the record's value: an offer always has a price.
		expect(offer(catalogue, 'chatgpt-free')).toEqual({
			...offer(shipped, 'chatgpt-free'),
			status: 'legacy'
		});
		expect(applied.get('offer:chatgpt-free')?.original).toEqual({ status: 'released' });
	});
});
