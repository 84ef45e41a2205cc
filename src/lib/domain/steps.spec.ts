import { describe, expect, it } from 'vitest';
import { sortSteps } from './steps';

describe('sortSteps: a stable sort in short steps', () => {
	// Records with many equal keys, so stability shows: the key, then where each stood.
	const items = Array.from({ length: 5000 }, (_, i) => ({ key: (i * 7919) % 97, at: i }));
	const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

	it('gives what a whole stable sort gives, and no step compares more than a few hundred times', () => {
		let compared = 0;
		let most = 0;
		const steps = sortSteps(items, (a, b) => {
			compared++;
			return byKey(a, b);
		});
		for (;;) {
			const next = steps.next();
			most = Math.max(most, compared);
			compared = 0;
			if (next.done) {
				expect(next.value).toEqual([...items].sort(byKey));
				break;
			}
		}
		// A comparison by name can take microseconds on a slow device: a step stays well within a
		// slice (`SLICE_MS`).
		expect(most).toBeGreaterThan(0);
		expect(most).toBeLessThanOrEqual(512);
	});
});
