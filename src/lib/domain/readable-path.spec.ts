import { describe, expect, it } from 'vitest';
import { readablePath } from './readable-path';

describe('readablePath: the path the router reads', () => {
	const cases: { pathname: string; expected: string | undefined }[] = [
		{ pathname: '/models/gpt-4o', expected: undefined },
		{ pathname: '/models/%D8%B9', expected: undefined },
		{ pathname: '/models/%E0%A4%A', expected: '/models/%25E0%25A4%25A' },
		{ pathname: '/models/%', expected: '/models/%25' },
		{ pathname: '/%zz/x', expected: '/%25zz/x' }
	];
	for (const c of cases) {
		it(`${c.pathname} → ${String(c.expected)}`, () => {
			expect(readablePath(c.pathname)).toBe(c.expected);
		});
	}
});
