import { describe, expect, it } from 'vitest';
import { shippedCatalogue as catalogue } from '$lib/catalogue/shipped';
import { decodeShareLink } from './share-link';
import { recommend, type Pick, type PickKind } from './recommend';

const answer = (query: string) => recommend(catalogue, decodeShareLink(query).state.inputs);
const pickOf = (picks: Pick[], kind: PickKind) => picks.find((p) => p.kind === kind);

describe('debug', () => {
	it('prints', () => {
		for (const q of [
			'',
			'budget=20',
			'budget=200',
			'device=gpu&vram=8&open=required',
			'use=20&budget=50&for=api',
			'device=phone&local=1&planned=1'
		]) {
			const r = answer(q);
			console.log(
				q,
				JSON.stringify(
					r.picks.map((p) => [p.kind, p.option.offer.id, p.option.monthlyCost, p.lines])
				),
				JSON.stringify(r.noPicks),
				r.recommendations.map((o) => o.offer.id).join(' '),
				'| folded',
				r.folded.map((o) => o.offer.id).join(' ')
			);
		}
		expect(pickOf(answer('').picks, 'free-app')?.option.offer.id).toBe('chatgpt-free');
	});
});
