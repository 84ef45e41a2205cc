import { afterEach, describe, expect, it, vi } from 'vitest';
import appHtml from '../../app.html?raw';
import { LAST_INPUTS_KEY, readLastInputs, rememberLastInputs } from './last-inputs';

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
});

describe('the last inputs, kept on this device', () => {
	it('keeps a query string without its "?", and forgets on the defaults', () => {
		expect(readLastInputs()).toBeUndefined();
		expect(rememberLastInputs('?device=phone&budget=0')).toBe(true);
		expect(localStorage.getItem(LAST_INPUTS_KEY)).toBe('device=phone&budget=0');
		expect(readLastInputs()).toBe('device=phone&budget=0');
		expect(rememberLastInputs('')).toBe(true);
		expect(localStorage.getItem(LAST_INPUTS_KEY)).toBeNull();
		expect(readLastInputs()).toBeUndefined();
	});

	it('never throws where storage refuses (full, or out of reach)', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(rememberLastInputs('device=gpu')).toBe(false);
		expect(readLastInputs()).toBeUndefined();
	});

	it('is read by the page’s first script under the same key, to hide the default answer', () => {
		expect(appHtml).toContain(`localStorage.getItem('${LAST_INPUTS_KEY}')`);
	});
});
