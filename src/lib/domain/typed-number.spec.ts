import { describe, expect, it } from 'vitest';
import appHtml from '../../app.html?raw';
import { readTypedNumber, type TypedNumberRule } from './typed-number';

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

/**
 * app.html's own copy of the rule (`typedValue`: its inline script says which preset a field
 * holds before the app has started, and cannot import this module), run as the page runs it, on
 * a field carrying its rule as NumberField writes it (`data-rule="min max decimals[ required]"`).
 */
function appHtmlTypedValue(): (text: string, rule: TypedNumberRule, required: boolean) => unknown {
	const start = appHtml.indexOf('function typedValue(field)');
	const end = appHtml.indexOf('function pressPresets', start);
	expect(start, 'app.html has its typedValue').toBeGreaterThan(0);
	const typedValue = new Function(`${appHtml.slice(start, end)}; return typedValue;`)() as (
		field: unknown
	) => unknown;
	return (text, rule, required) =>
		typedValue({
			value: text,
			getAttribute: (name: string) =>
				name === 'data-rule'
					? `${rule.min} ${rule.max} ${rule.decimals}${required ? ' required' : ''}`
					: null
		});
}

describe("app.html's presets read a typed number as the app does", () => {
	const typedValue = appHtmlTypedValue();
	const rules: TypedNumberRule[] = [
		{ min: 0, max: 10_000, decimals: 0 }, // the budget
		{ min: 0, max: 1000, decimals: 1 }, // the usage
		{ min: 0, max: 1_000_000, decimals: 4 }, // a price
		{ min: 1, max: 100, decimals: 2 }
	];
	const texts = [
		...['0', '20', ' 20 ', '020', '٢٠', '۲۰', '١٬٥٠٠', '1,500', '10,000', '10,001', '10001'],
		...['2.5', '٢٫٥', '0,25', '1,5', '5,0', '٥٫٠', '1,234,567.5', '0.0001', '0.00010', '0.00001'],
		...['20.00', '٢٠٫٠', '5.10', '5.15', '20.05', '100.001', '0.5', '1', '99.99', '100.01'],
		...['1,5000', '1.500,5', '1,50,0', '12,34,567', ',5', '5.', '.5', '-1', '+1', '1e3', '1 000'],
		...['٢٠x', 'Infinity', 'NaN', '0x10', '9'.repeat(24), '9'.repeat(25), '\u00a020', '2\u200f0']
	];

	it.each(rules)('in a field of %o, as readTypedNumber', (rule) => {
		for (const text of texts) {
			const read = readTypedNumber(text, rule);
			expect(typedValue(text, rule, false), text).toBe(read === undefined ? null : String(read));
			expect(typedValue(text, rule, true), text).toBe(read === undefined ? null : String(read));
		}
	});

	it('an empty field is "none" unless the field is required', () => {
		for (const rule of rules)
			for (const text of ['', '  ']) {
				expect(typedValue(text, rule, false)).toBe('');
				expect(typedValue(text, rule, true)).toBeNull();
			}
	});
});
