import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './typed-number';

const price = { min: 0, max: 1_000_000, decimals: 4 };
const whole = { min: 0, max: 10_000, decimals: 0 };

describe('readTypedNumber: numbers as people type them, on any keyboard', () => {
	it.each([
		['20', whole, 20],
		[' 20 ', whole, 20],
		['٢٠', whole, 20], // Arabic-Indic, from an Arabic keyboard
		['۲۰', whole, 20], // Eastern Arabic-Indic (Persian, Urdu)
		['٨', whole, 8],
		['1,500', whole, 1500], // a thousands comma: never US$1.50
		['١٬٥٠٠', whole, 1500], // the Arabic thousands separator
		['10,000', whole, 10_000],
		['2.5', price, 2.5],
		['٢٫٥', price, 2.5], // the Arabic decimal separator
		['0,25', price, 0.25], // a decimal comma with one or two digits
		['1,5', price, 1.5],
		['1,234,567.5', { ...price, max: 2e6 }, 1_234_567.5],
		['0.0001', price, 0.0001],
		['20.00', whole, 20], // zeros at the end are no decimals: money typed as money
		['٢٠٫٠', whole, 20],
		['5.10', { ...whole, decimals: 1 }, 5.1],
		['0.00010', price, 0.0001]
	])('%s is %s', (text, rule, value) => {
		expect(readTypedNumber(text, rule)).toBe(value);
	});

	it.each([
		['10001', whole], // over the field's limit: never cut to 1000
		['1,5000', price], // neither grouping nor a decimal comma
		['1.500,5', price], // two conventions mixed
		['1,50,0', price],
		['12,34,567', price],
		[',5', price],
		['5.', price],
		['2.5', whole], // a whole-number field takes no decimals
		['0.00001', price], // more decimals than a price has
		['20.05', whole],
		['5.15', { ...whole, decimals: 1 }],
		['-1', price],
		['1e3', price],
		['1 000', price],
		['', price],
		['٢٠x', whole],
		['9'.repeat(25), price] // longer than any field's number
	])('%s is refused', (text, rule) => {
		expect(readTypedNumber(text, rule)).toBeUndefined();
	});
});
