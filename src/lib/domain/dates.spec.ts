import { describe, expect, it } from 'vitest';
import { DATE_YEARS, isOutOfYears, isRealDay } from './dates';

describe('isRealDay and isOutOfYears: a day that does not exist is not a day out of range', () => {
	const cases: { value: string; real: boolean; outOfYears: boolean }[] = [
		{ value: '2025-02-20', real: true, outOfYears: false },
		{ value: '1900-01-01', real: true, outOfYears: false },
		{ value: '2999-12-31', real: true, outOfYears: false },
		{ value: '2024-02-29', real: true, outOfYears: false },
		{ value: '2000-02-29', real: true, outOfYears: false },
		// Impossible days: in no year.
		{ value: '2025-02-31', real: false, outOfYears: false },
		{ value: '2025-02-29', real: false, outOfYears: false },
		{ value: '1900-02-29', real: false, outOfYears: false },
		{ value: '2025-13-01', real: false, outOfYears: false },
		{ value: '2025-00-10', real: false, outOfYears: false },
		{ value: '2025-04-31', real: false, outOfYears: false },
		{ value: '0099-02-29', real: false, outOfYears: false },
		{ value: 'soon', real: false, outOfYears: false },
		{ value: '2025-1-5', real: false, outOfYears: false },
		// Days that exist, in years the app does not take.
		{ value: '0001-01-01', real: false, outOfYears: true },
		{ value: '0099-01-01', real: false, outOfYears: true },
		{ value: '1899-12-31', real: false, outOfYears: true },
		{ value: '3000-01-01', real: false, outOfYears: true },
		{ value: '9999-12-31', real: false, outOfYears: true },
		{ value: '0004-02-29', real: false, outOfYears: true },
		// Months and years, for isOutOfYears.
		{ value: '1899-12', real: false, outOfYears: true },
		{ value: '0001', real: false, outOfYears: true },
		{ value: '2025-07', real: false, outOfYears: false },
		{ value: '0001-13', real: false, outOfYears: false }
	];
	for (const c of cases) {
		it(`${c.value}: ${c.real ? 'a day the app takes' : c.outOfYears ? 'out of the years' : 'no date'}`, () => {
			expect(isRealDay(c.value)).toBe(c.real);
			expect(isOutOfYears(c.value)).toBe(c.outOfYears);
		});
	}

	it('say the years the catalogue schema and the import messages say', () => {
		expect(DATE_YEARS).toEqual({ first: 1900, last: 2999 });
	});
});
