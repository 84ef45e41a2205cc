/** When nothing fits (§2): each single change of input that would give results. */
import type { InputChange, Relaxation } from './answer';
import { DEVICES, LIMITS, type ChooserInputs } from './inputs';
import { DEVICE, OVER_BUDGET, type Judged } from './judged';
import { memoryFor } from './offer-fit';
import { place } from './grouping';
import type { Prepared } from './prepared';
import { compare } from './ranking';

/** Sets one input to a new value, keeping the inputs valid (each memory only with its device). */
export function applyChange(inputs: ChooserInputs, change: InputChange): ChooserInputs {
	const next: ChooserInputs = { ...inputs, [change.input]: change.to };
	if (change.input === 'device') {
		delete next.vramGb;
		delete next.ramGb;
	}
	if (next.budget === undefined) delete next.budget;
	if (next.purpose === undefined) delete next.purpose;
	return next;
}

/** The single-input changes worth trying when nothing fits, in the form's order. */
function candidateChanges(inputs: ChooserInputs, notAFit: Judged[]): InputChange[] {
	const changes: InputChange[] = [];
	const { device } = inputs;
	if (device !== undefined) {
		for (const d of DEVICES) if (d !== device) changes.push({ input: 'device', to: d });
		const memory = device === 'gpu' ? inputs.vramGb : inputs.ramGb;
		if (memory !== undefined) {
			// The least memory that lets in an offer kept out by its memory need alone.
			let least: number | undefined;
			for (const j of notAFit) {
				if (j.broken !== DEVICE || j.fit.reason.code !== 'memory-short') continue;
				const gb = memoryFor(device, j.fit.reason.needGb);
				if (gb !== undefined && (least === undefined || gb < least)) least = gb;
			}
			if (least !== undefined) {
				changes.push({ input: device === 'gpu' ? 'vramGb' : 'ramGb', to: least });
			}
		}
	}
	if (inputs.localOnly) changes.push({ input: 'localOnly', to: false });
	if (inputs.purpose !== undefined) changes.push({ input: 'purpose', to: undefined });
	if (inputs.budget !== undefined) {
		// The lowest whole-dollar budget that lets in an offer blocked by its cost alone.
		const blocked = notAFit
			.filter((o) => o.broken === OVER_BUDGET)
			.map((o) => Math.ceil(o.monthlyCost ?? Infinity))
			.filter((cost) => cost <= LIMITS.budget.max);
		if (blocked.length > 0) changes.push({ input: 'budget', to: Math.min(...blocked) });
		changes.push({ input: 'budget', to: undefined });
	}
	if (inputs.openness === 'required') changes.push({ input: 'openness', to: 'any' });
	if (!inputs.includePlanned) changes.push({ input: 'includePlanned', to: true });
	return changes;
}

/**
 * The changes of one input that would give some recommendations, each with how many and the
 * best of them in the order of Recommendations; for an answer whose "Not a fit" is `notAFit`.
 */
export function relaxations(
	prepared: readonly Prepared[],
	inputs: ChooserInputs,
	notAFit: Judged[]
): Relaxation[] {
	const found: Relaxation[] = [];
	for (const change of candidateChanges(inputs, notAFit)) {
		const changed = place(prepared, applyChange(inputs, change), true).recommendations;
		// Only the count and the best are needed: one pass, no sort.
		const best = changed.reduce<Judged | undefined>(
			(top, j) => (top === undefined || compare(j, top) < 0 ? j : top),
			undefined
		);
		if (!best) continue;
		const previous = found.at(-1);
		// "No budget limit" says nothing new when raising the budget brings the same options.
		if (previous?.change.input === 'budget' && change.input === 'budget') {
			if (previous.count === changed.length) continue;
		}
		found.push({ change, count: changed.length, best });
	}
	return found;
}
