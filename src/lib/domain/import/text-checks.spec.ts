/**
 * Checks on imported text read each text once: the marks at a name's end are found from the end,
 * and a pathological text gets the same answer a short one does.
 */
import { describe, expect, it } from 'vitest';
import { withoutFreeMark } from './rules';
import { hasMarkup } from './safety';

describe('withoutFreeMark', () => {
	const cases = [
		{ input: 'Llama 3 (free)', expected: 'Llama 3' },
		{ input: 'Llama 3 (FREE)  ', expected: 'Llama 3' },
		{ input: 'Llama 3(free)', expected: 'Llama 3' },
		{ input: '(free)', expected: '' },
		{ input: 'Llama 3 (free) edition', expected: 'Llama 3 (free) edition' },
		{ input: 'Llama 3  ', expected: 'Llama 3  ' },
		{ input: `x${' '.repeat(200_000)}(free`, expected: `x${' '.repeat(200_000)}(free` }
	];
	for (const c of cases) {
		it(`reads ${JSON.stringify(c.input.slice(0, 20))}`, () => {
			expect(withoutFreeMark(c.input)).toBe(c.expected);
		});
	}
});

describe('hasMarkup on long texts', () => {
	const cases = [
		{ input: `<${' '.repeat(200_000)}`, expected: false },
		{ input: `<${' '.repeat(200_000)}>`, expected: false },
		{ input: `${'<a'.repeat(100_000)}`, expected: false },
		{ input: `${'<a'.repeat(100_000)}>`, expected: true },
		{ input: `${' '.repeat(200_000)}<img src=x onerror=alert(1)>`, expected: true },
		{ input: 'a < b > c', expected: false },
		{ input: 'أ <img src=x onerror=alert(1)>', expected: true }
	];
	for (const c of cases) {
		it(`is ${c.expected} for ${JSON.stringify(c.input.slice(0, 12))}… (${c.input.length} characters)`, () => {
			expect(hasMarkup(c.input)).toBe(c.expected);
		});
	}
});
