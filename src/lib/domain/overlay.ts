/**
 * The merged view: the shipped catalogue, the person's own records, and their edits to
 * shipped records laid over it. Edits never overwrite the shipped record: the original stays,
 * so the UI can show "edited by you" with the value it replaced, and revert it.
 */
import type { Catalogue, Model, Offer } from './catalogue';
import type { Edit, EditPatch } from './import';

/** One edit as the UI shows it: what the person set, and what it replaced. */
export type AppliedEdit = { key: string; patch: EditPatch; original: EditPatch };

/**
 * Lays edits over the catalogue. Edits of records that no longer exist are left aside, and so
 * are fields a record of that kind does not have (a price in a model's edit, from a file): the
 * records stay true to their schema. `applied` holds, by key, each edit laid, with the fields laid
 * and the values they replaced; no edit gives the catalogue itself back.
 */
export function applyEdits(
	catalogue: Catalogue,
	edits: readonly Edit[]
): { catalogue: Catalogue; applied: Map<string, AppliedEdit> } {
	if (edits.length === 0) return { catalogue, applied: new Map() };
	const byKey = new Map(edits.map((e) => [e.key, e]));
	const applied = new Map<string, AppliedEdit>();
	const lay = <T extends Model | Offer>(kind: 'model' | 'offer', record: T): T => {
		const edit = byKey.get(`${kind}:${record.id}`);
		if (!edit) return record;
		const patch: EditPatch = {};
		const original: EditPatch = {};
		for (const field of Object.keys(edit.patch) as (keyof EditPatch)[]) {
			if (!(field in record) || edit.patch[field] === undefined) continue;
			Object.assign(patch, { [field]: edit.patch[field] });
			Object.assign(original, { [field]: record[field as keyof T] });
		}
		if (Object.keys(patch).length === 0) return record;
		applied.set(edit.key, { key: edit.key, patch, original });
		return { ...record, ...patch };
	};
	return {
		catalogue: {
			...catalogue,
			models: catalogue.models.map((m) => lay('model', m)),
			offers: catalogue.offers.map((o) => lay('offer', o))
		},
		applied
	};
}
