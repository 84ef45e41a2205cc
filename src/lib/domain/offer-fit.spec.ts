import { describe, expect, it } from 'vitest';
import { LIMITS } from './inputs';
import { usableGb } from './memory';
import { memoryFor } from './offer-fit';

describe('memoryFor: the least whole GB of memory whose usable part holds a need', () => {
	it('counts up from the need to the first memory that holds it', () => {
		expect(memoryFor('gpu', 7.2)).toBe(8);
		expect(memoryFor('computer', 10)).toBe(15);
		expect(memoryFor('phone', 3.1)).toBe(7);
		expect(usableGb('computer', 15)).toBeGreaterThanOrEqual(10);
		expect(usableGb('computer', 14)).toBeLessThan(10);
	});

	it('gives the largest memory the form takes, and no answer past it', () => {
		expect(memoryFor('gpu', LIMITS.vram.max)).toBe(LIMITS.vram.max);
		expect(memoryFor('gpu', LIMITS.vram.max + 0.5)).toBeUndefined();
		expect(memoryFor('computer', usableGb('computer', LIMITS.ram.max) + 1)).toBeUndefined();
	});

	it('answers at once for a need no memory holds, or no number at all (no count up to it)', () => {
		expect(memoryFor('computer', 1e15)).toBeUndefined();
		expect(memoryFor('phone', Infinity)).toBeUndefined();
		expect(memoryFor('gpu', Number.NaN)).toBeUndefined();
	});
});
