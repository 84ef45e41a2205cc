import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteOwnData, OWN_DATA_KEY } from './own-data-mark';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the mark of the person’s own data', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		localStorage.clear();
	});

	it('is set while the catalogue differs from the shipped one, and taken off when it does not', () => {
		noteOwnData(true);
		expect(localStorage.getItem(OWN_DATA_KEY)).toBe('1');
		noteOwnData(false);
		expect(localStorage.getItem(OWN_DATA_KEY)).toBeNull();
	});

	it('leaves nothing, and throws nothing, where storage refuses', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('refused', 'SecurityError');
		});
		expect(() => noteOwnData(true)).not.toThrow();
		expect(localStorage.getItem(OWN_DATA_KEY)).toBeNull();
	});

	it('is read by app.html under the same key, and app.css dims the catalogue by it till storage answers', () => {
		const key = OWN_DATA_KEY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		expect(read('../../app.html')).toMatch(
			new RegExp(
				`if \\(localStorage\\.getItem\\('${key}'\\)\\)\\s*root\\.setAttribute\\('data-own-data', ''\\);`
			)
		);
		expect(read('../../app.css')).toMatch(
			/html\[data-own-data\]:not\(\[data-storage\]\) \[data-shows-catalogue\] \{\s*opacity: 0\.45;/
		);
	});
});
