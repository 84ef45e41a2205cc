import { afterEach, describe, expect, it, vi } from 'vitest';
import appHtml from '../../app.html?raw';
import {
	LISTS_LINE_KEY,
	LISTS_OFFER_KEY,
	readListsOfferDismissal,
	rememberListsLineHeight,
	rememberListsOfferDismissal
} from './lists-offer';

afterEach(() => {
	vi.unstubAllGlobals();
	localStorage.clear();
});

describe('the remembered dismissal of the lists offer', () => {
	it('is none until the offer is dismissed, then the time it was, as an ISO date-time', () => {
		expect(readListsOfferDismissal()).toBeUndefined();
		const at = Date.UTC(2026, 11, 4, 9, 15);
		expect(rememberListsOfferDismissal(at)).toBe('2026-12-04T09:15:00.000Z');
		expect(localStorage.getItem(LISTS_OFFER_KEY)).toBe('2026-12-04T09:15:00.000Z');
		expect(readListsOfferDismissal()).toBe('2026-12-04T09:15:00.000Z');
	});

	it('takes a clock that is not a time as now', () => {
		const before = Date.now();
		const stored = rememberListsOfferDismissal(Number.NaN);
		expect(Date.parse(stored!)).toBeGreaterThanOrEqual(before);
	});

	it('never throws where storage is out of reach (a private mode): nothing is remembered', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		vi.stubGlobal('localStorage', refusing);
		expect(readListsOfferDismissal()).toBeUndefined();
		expect(rememberListsOfferDismissal(Date.UTC(2026, 11, 4))).toBeUndefined();
	});
});

describe('the height the line took, for the next first paint', () => {
	it('is stored in whole pixels, never below 0 nor above 4 digits, under the key app.html reads', () => {
		expect(rememberListsLineHeight(37.6)).toBe(true);
		expect(localStorage.getItem(LISTS_LINE_KEY)).toBe('38');
		rememberListsLineHeight(-3);
		expect(localStorage.getItem(LISTS_LINE_KEY)).toBe('0');
		rememberListsLineHeight(123456);
		expect(localStorage.getItem(LISTS_LINE_KEY)).toBe('9999');
		expect(appHtml).toContain(`localStorage.getItem('${LISTS_LINE_KEY}')`);
	});

	it('never throws where storage is out of reach', () => {
		vi.stubGlobal('localStorage', {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		expect(rememberListsLineHeight(40)).toBe(false);
	});
});
