/**
 * What a newer copy of a public list does to the catalogue (issue 15): it replaces that list's
 * entries. Entries it lists again are updated, entries new to the catalogue are added, and
 * entries it no longer lists become legacy, never deleted: the person may have notes, stars or
 * edits on them, and links name them. The person's edits, notes and favourites are kept apart
 * from the records, by id (`model:<id>`, `offer:<id>`), and ids are stable across imports
 * (`import/join.ts`), so they stay on the updated entries as they are.
 *
 * Pure: the caller reads the stored own data, reads the new list into a preview as for a file,
 * and writes `data` of the result in the import's one transaction.
 */
import type { Model, Offer } from './catalogue';
import type { PublicList } from './catalogue-terms';
import { deviceOfferId } from './import/build';
import type { OwnData } from './import/types';

/** What the person has put on records: notes (on models), favourites and edits (by key). */
export type PersonMarks = Pick<OwnData, 'notes' | 'favourites' | 'edits'>;

/** Whether the person has a note, a star or an edit on a model or an offer. */
export type Holds = { model(id: string): boolean; offer(id: string): boolean };

/**
 * What the person holds on: a model with a note, a star or an edit; an offer with a star or an
 * edit. Such a record is never deleted, whatever a list says of it.
 */
export function personHolds(marks: PersonMarks): Holds {
	const keys = new Set([...marks.favourites, ...marks.edits.map((e) => e.key)]);
	const noted = new Set(marks.notes.map((n) => n.modelId));
	return {
		model: (id) => noted.has(id) || keys.has(`model:${id}`),
		offer: (id) => keys.has(`offer:${id}`)
	};
}

/** An entry the new list no longer has, made legacy: `held` when the person holds on to it. */
export type GoneEntry = { id: string; held: boolean };

/** One kind of record's fate: ids updated, ids added, and entries gone (made legacy). */
export type Fates = { updated: string[]; added: string[]; gone: GoneEntry[] };

/**
 * A list's replacement: the fates of its offers and models; `data`, what to write (the new
 * list's records, and the gone ones made legacy: one transaction writes it all, or nothing); and
 * how many of the person's edits, notes and favourites are on this list's entries, all kept.
 */
export type ListReplacement = {
	list: PublicList;
	offers: Fates;
	models: Fates;
	data: OwnData;
	kept: { edits: number; notes: number; favourites: number };
};

/**
 * Replaces the entries of `list` in the person's own data (`stored`: every own record with the
 * person's notes, favourites and edits, as an export reads them) by those of a newer copy
 * (`incoming`: a preview's data, read from a fetch or a file).
 *
 * - Offers of this list (`offer.list.name`) are updated where the new list has their id, added
 *   where it is new; the others are gone: made legacy, keeping the as-of day of the copy that
 *   last listed them, with the new copy's as `unlisted` (their cards say so). One already legacy
 *   stays as it is and is not counted again.
 * - A model is updated or added as the new list has it. A model the old copy gave ways to use
 *   and the new one does not (nor renames, by an alias) is gone when no way to use it is left:
 *   it becomes legacy unless another list or the person still offers it, released.
 * - An "on your device" offer (`deviceOfferId`) follows its model: legacy only with it.
 * - Nothing is deleted, and nothing of the person's is touched: edits, notes and favourites are
 *   kept by id, on updated and gone entries alike.
 *
 * Records of other lists, shipped records and the person's own additions are never changed.
 */
export function replaceList(list: PublicList, stored: OwnData, incoming: OwnData): ListReplacement {
	const holds = personHolds(stored);
	const storedOffers = new Map(stored.offers.map((o) => [o.id, o]));
	const storedModels = new Map(stored.models.map((m) => [m.id, m]));
	const newOffers = new Set(incoming.offers.map((o) => o.id));
	const newModels = new Map(incoming.models.map((m) => [m.id, m]));
	const renamed = new Set(incoming.aliases.map((a) => a.from));
	const ofList = stored.offers.filter((o) => o.list?.name === list);

	const offers = fates(
		incoming.offers.map((o) => o.id),
		storedOffers
	);
	const models = fates(
		incoming.models.map((m) => m.id),
		storedModels
	);

	// Offers the new list no longer has; "on your device" offers wait for their model's fate.
	const isDeviceOffer = (o: Offer) => o.models.length === 1 && o.id === deviceOfferId(o.models[0]!);
	const missing = ofList.filter((o) => !newOffers.has(o.id));
	const goneOffers = new Set(missing.filter((o) => !isDeviceOffer(o)).map((o) => o.id));

	// Models with a released way to use them left: the new list's, other lists', the person's own.
	const served = new Set<string>();
	const serve = (o: Offer) => {
		if (o.status === 'released' && !isDeviceOffer(o)) for (const id of o.models) served.add(id);
	};
	incoming.offers.forEach(serve);
	for (const o of stored.offers) if (!goneOffers.has(o.id) && !newOffers.has(o.id)) serve(o);

	const goneModels: Model[] = [];
	const candidates = new Set(ofList.flatMap((o) => o.models));
	for (const id of candidates) {
		const model = storedModels.get(id);
		if (!model || newModels.has(id) || renamed.has(id) || served.has(id)) continue;
		if (model.status !== 'legacy') goneModels.push({ ...model, status: 'legacy' });
	}
	const legacyModels = new Set(goneModels.map((m) => m.id));
	const statusOf = (id: string): Model['status'] | undefined =>
		legacyModels.has(id) ? 'legacy' : (newModels.get(id) ?? storedModels.get(id))?.status;

	// The new copy's date, which the offers it no longer lists keep as the day they left it.
	const unlisted = incoming.offers.find((o) => o.list?.name === list)?.list?.asOf;
	const madeLegacy: Offer[] = [];
	for (const offer of missing) {
		const legacy = isDeviceOffer(offer) ? statusOf(offer.models[0]!) === 'legacy' : true;
		if (!legacy || offer.status === 'legacy') continue;
		madeLegacy.push({
			...offer,
			status: 'legacy',
			...(offer.list && unlisted && { list: { ...offer.list, unlisted } })
		});
	}
	offers.gone = madeLegacy.map((o) => ({ id: o.id, held: holds.offer(o.id) }));
	models.gone = goneModels.map((m) => ({ id: m.id, held: holds.model(m.id) }));

	// The person's marks on this list's entries: those it updates, and those it makes legacy.
	const touchedModels = new Set([
		...newModels.keys(),
		...[...candidates].filter((id) => storedModels.has(id))
	]);
	const touchedOffers = new Set([...newOffers, ...ofList.map((o) => o.id)]);
	const marked = (key: string) => {
		const [kind, id = ''] = splitKey(key);
		return kind === 'model' ? touchedModels.has(id) : kind === 'offer' && touchedOffers.has(id);
	};
	return {
		list,
		offers,
		models,
		data: {
			...incoming,
			models: [...incoming.models, ...goneModels],
			offers: [...incoming.offers, ...madeLegacy]
		},
		kept: {
			edits: stored.edits.filter((e) => marked(e.key)).length,
			notes: stored.notes.filter((n) => touchedModels.has(n.modelId)).length,
			favourites: stored.favourites.filter(marked).length
		}
	};
}

/** Ids the new copy has, split into those already stored (updated) and those not (added). */
function fates(ids: readonly string[], stored: ReadonlyMap<string, unknown>): Fates {
	const updated: string[] = [];
	const added: string[] = [];
	for (const id of new Set(ids)) (stored.has(id) ? updated : added).push(id);
	return { updated, added, gone: [] };
}

/** `model:gpt-4o` → `['model', 'gpt-4o']`; ids never hold a colon, so the first one splits. */
function splitKey(key: string): [string, string?] {
	const at = key.indexOf(':');
	return at < 0 ? [key] : [key.slice(0, at), key.slice(at + 1)];
}
