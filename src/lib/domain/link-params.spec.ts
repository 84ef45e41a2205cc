import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	oneOf,
	readOneDecimal,
	readParams,
	readWhole,
	type ReadParamsOptions
} from './link-params';
import { toLatinDigits } from './digits';

/** A grammar of two words: `a` takes `1` or `2` (its default `0` said out loud), `b` any text. */
const grammar = (
	extra: Partial<ReadParamsOptions> = {}
): ReadParamsOptions & { calls: [string, string][] } => {
	const calls: [string, string][] = [];
	return {
		calls,
		defaults: { a: '0' },
		handle(name, value) {
			calls.push([name, value]);
			return (name === 'a' && (value === '1' || value === '2')) || name === 'b';
		},
		...extra
	};
};

describe('readParams', () => {
	const cases: {
		query: string;
		ignored?: string[];
		read?: string[];
		calls?: [string, string][];
		silent?: string[];
	}[] = [
		{ query: '', read: [], calls: [] },
		{
			query: '?a=1&b=x',
			read: ['a', 'b'],
			calls: [
				['a', '1'],
				['b', 'x']
			]
		},
		{ query: 'a=1', read: ['a'] },
		{ query: '?a=0', read: ['a'], calls: [] },
		{ query: '?a=3', ignored: ['a'], read: [] },
		{ query: '?a=1&a=2', ignored: ['a'], read: ['a'], calls: [['a', '1']] },
		{ query: '?a=0&a=1', ignored: ['a'], read: ['a'], calls: [] },
		{ query: '?a=3&a=1', ignored: ['a'], read: [] },
		{ query: '?utm_source=x&utm_medium=y&fbclid=z&utm_source=again', read: [], calls: [] },
		{ query: '?UTM_source=x', ignored: ['UTM_source'] },
		{ query: '?lang=ar', ignored: ['lang'] },
		{ query: '?lang=ar&lang=en', silent: ['lang'], read: [], calls: [] },
		{ query: '?x=1&a=9&y=2&x=3', ignored: ['x', 'a', 'y'] },
		{
			query: '?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1',
			ignored: ['<img src=x onerror=alert(1)>']
		},
		{
			query: '?__proto__=1&constructor=2&toString=0',
			ignored: ['__proto__', 'constructor', 'toString']
		},
		{ query: '?\u202eevil=1&x%E2%80%AEy=2', ignored: ['\ufffdevil', 'x\ufffdy'] },
		{ query: '?a%00b=1&tab%09=1&%E2%81%A6iso=1', ignored: ['a\ufffdb', 'tab\ufffd', '\ufffdiso'] },
		{
			query: '?مرحبا=1&b=%D9%85',
			ignored: ['مرحبا'],
			read: ['b'],
			calls: [
				['مرحبا', '1'],
				['b', 'م']
			]
		},
		{ query: `?${'a'.repeat(10_000)}=1`, ignored: ['a'.repeat(40)] },
		{ query: `?${'😀'.repeat(50)}=1`, ignored: ['😀'.repeat(40)] },
		{ query: '?a=%E0%A4%A&b=%&%E0%A4%A=1', ignored: ['a', '\ufffd%A'], read: ['b'] },
		{ query: '?b=%zz%', read: ['b'], calls: [['b', '%zz%']] },
		{ query: '?b=a+b%2Bc', read: ['b'], calls: [['b', 'a b+c']] },
		{ query: '?&&=&a&b', ignored: ['', 'a'], read: ['b'] }
	];
	for (const c of cases) {
		it(`reads ${JSON.stringify(c.query.slice(0, 60))}`, () => {
			const options = grammar({ silent: c.silent });
			const result = readParams(c.query, options);
			expect(result.ignored).toEqual(c.ignored ?? []);
			if (c.read) expect(result.read).toEqual(c.read);
			if (c.calls) expect(options.calls).toEqual(c.calls);
		});
	}

	it('reads search params as it reads their string', () => {
		const params = new URLSearchParams('?a=1&x=2&utm_id=3');
		expect(readParams(params, grammar())).toEqual({ ignored: ['x'], read: ['a'] });
	});

	it('names at most ten, the first ten of the link', () => {
		const query = Array.from({ length: 50 }, (_, i) => `p${i}=1`).join('&');
		const { ignored } = readParams(query, grammar());
		expect(ignored).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}`));
	});

	it('counts a name once, however often it comes', () => {
		const query = Array.from({ length: 30 }, () => 'x=1').join('&') + '&y=1';
		expect(readParams(query, grammar()).ignored).toEqual(['x', 'y']);
	});

	it('handles `first` names first, and still names in the link’s order', () => {
		const order: string[] = [];
		const { ignored, read } = readParams('?b=1&x=1&a=1&a=2&b=2', {
			first: ['a'],
			handle(name) {
				order.push(name);
				return name !== 'x';
			}
		});
		expect(order).toEqual(['a', 'b', 'x']);
		expect(read).toEqual(['b', 'a']);
		expect(ignored).toEqual(['x', 'a', 'b']);
	});

	it('names what a handler names in the parameter’s place, cut and cleaned the same way', () => {
		const { ignored, read } = readParams(`?x=1&ids=a,${'b'.repeat(50)},\u202ec&y=1`, {
			handle(name, value, ignore) {
				if (name !== 'ids') return false;
				for (const id of value.split(',')) ignore(id);
				return true;
			}
		});
		expect(ignored).toEqual(['x', 'a', 'b'.repeat(40), '\ufffdc', 'y']);
		expect(read).toEqual(['ids']);
	});

	it('does not take inherited properties for explicit defaults', () => {
		const calls: string[] = [];
		readParams('?__proto__=[object Object]&toString=x&constructor=y', {
			defaults: {},
			handle(name) {
				calls.push(name);
				return false;
			}
		});
		expect(calls).toEqual(['__proto__', 'toString', 'constructor']);
	});

	it('never throws, for any string', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (q) => {
				const { ignored } = readParams(q, grammar({ first: ['b'], silent: ['lang'] }));
				expect(ignored.length).toBeLessThanOrEqual(10);
				expect(new Set(ignored).size).toBe(ignored.length);
				for (const name of ignored) expect([...name].length).toBeLessThanOrEqual(40);
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads a huge hostile query quickly', () => {
		const query = `?${'%E0%A4%A'.repeat(50_000)}=${'%'.repeat(50_000)}&${Array.from(
			{ length: 20_000 },
			(_, i) => `n${i}=1`
		).join('&')}`;
		const started = performance.now();
		const { ignored } = readParams(query, grammar());
		expect(ignored).toHaveLength(10);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('numbers', () => {
	const wholes: { value: string; expected: number | undefined }[] = [
		{ value: '20', expected: 20 },
		{ value: '0', expected: 0 },
		{ value: '10000', expected: 10_000 },
		{ value: '007', expected: 7 },
		{ value: '٢٠', expected: 20 },
		{ value: '٠', expected: 0 },
		{ value: '١٠٠٠٠', expected: 10_000 },
		{ value: '۲۰', expected: 20 },
		{ value: '۴۵۶', expected: 456 },
		{ value: '٢0', expected: 20 },
		{ value: '10001', expected: undefined },
		{ value: '', expected: undefined },
		{ value: '-1', expected: undefined },
		{ value: ' 1', expected: undefined },
		{ value: '1 ', expected: undefined },
		{ value: '1e3', expected: undefined },
		{ value: '0x10', expected: undefined },
		{ value: '20.5', expected: undefined },
		{ value: '20.0', expected: undefined },
		{ value: '٢٠٫٥', expected: undefined },
		{ value: '２０', expected: undefined },
		{ value: 'Infinity', expected: undefined },
		{ value: '1'.repeat(17), expected: undefined },
		{ value: '0'.repeat(15) + '1', expected: 1 }
	];
	for (const c of wholes) {
		it(`readWhole(${JSON.stringify(c.value.slice(0, 20))}, 0, 10000) is ${c.expected}`, () => {
			expect(readWhole(c.value, 0, 10_000)).toBe(c.expected);
		});
	}

	const decimals: { value: string; expected: number | undefined }[] = [
		{ value: '2.5', expected: 2.5 },
		{ value: '٢٫٥', expected: 2.5 },
		{ value: '۲٫۵', expected: 2.5 },
		{ value: '٢.٥', expected: 2.5 },
		{ value: '0.1', expected: 0.1 },
		{ value: '12', expected: 12 },
		{ value: '1000', expected: 1000 },
		{ value: '1000.0', expected: 1000 },
		{ value: '1000.1', expected: undefined },
		{ value: '0.05', expected: undefined },
		{ value: '0.15', expected: undefined },
		{ value: '0', expected: undefined },
		{ value: '.5', expected: undefined },
		{ value: '5.', expected: undefined },
		{ value: '2,5', expected: undefined },
		{ value: '٢٬٥', expected: undefined },
		{ value: '1..5', expected: undefined },
		{ value: 'NaN', expected: undefined },
		{ value: `1${'0'.repeat(20)}`, expected: undefined }
	];
	for (const c of decimals) {
		it(`readOneDecimal(${JSON.stringify(c.value)}, 0.1, 1000) is ${c.expected}`, () => {
			expect(readOneDecimal(c.value, 0.1, 1000)).toBe(c.expected);
		});
	}

	it('reads every whole number in range in each digit set', () => {
		const arabic = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x660 + +d));
		const persian = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + +d));
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
				for (const write of [
					String,
					(x: number) => arabic(String(x)),
					(x: number) => persian(String(x))
				]) {
					expect(readWhole(write(n), 0, 10_000)).toBe(n);
				}
				expect(readOneDecimal(arabic((n / 10).toFixed(1)).replace('.', '\u066b'), 0, 1000)).toBe(
					n / 10
				);
			})
		);
	});

	it('rejects very long input without trying a pattern on it', () => {
		const long = '1'.repeat(1_000_000);
		const started = performance.now();
		expect(readWhole(long, 0, Infinity)).toBeUndefined();
		expect(readOneDecimal(`${long}.`, 0, Infinity)).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(200);
	});

	it('writes other digits and the Arabic decimal separator as Latin', () => {
		expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٫ abc')).toBe('0123456789 0123456789 . abc');
	});
});

describe('oneOf', () => {
	it('takes only the list’s exact words', () => {
		const list = ['app', 'api'] as const;
		expect(oneOf(list, 'api')).toBe('api');
		expect(oneOf(list, 'API')).toBeUndefined();
		expect(oneOf(list, 'api ')).toBeUndefined();
		expect(oneOf(list, '__proto__')).toBeUndefined();
	});
});
