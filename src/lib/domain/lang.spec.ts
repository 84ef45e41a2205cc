import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareLink } from './share-link';
import { chooseLang, LANGS, readLang, withLang, type Lang } from './lang';

describe('chooseLang', () => {
	const cases: {
		name: string;
		input: Parameters<typeof chooseLang>[0];
		expected: ReturnType<typeof chooseLang>;
	}[] = [
		{
			name: 'the link first',
			input: { query: '?lang=ar', saved: 'en', languages: ['en'] },
			expected: { lang: 'ar', source: 'link' }
		},
		{
			name: 'the link, English',
			input: { query: 'device=gpu&lang=en', saved: 'ar', languages: ['ar'] },
			expected: { lang: 'en', source: 'link' }
		},
		{
			name: 'a bad link value falls through to the saved choice',
			input: { query: '?lang=fr', saved: 'ar', languages: ['en'] },
			expected: { lang: 'ar', source: 'saved' }
		},
		{
			name: 'the browser: Arabic for ar-*',
			input: { query: '', saved: null, languages: ['ar-EG', 'en'] },
			expected: { lang: 'ar', source: 'browser' }
		},
		{
			name: 'the browser: first language the app speaks',
			input: { query: '', saved: null, languages: ['fr-FR', 'ar', 'en'] },
			expected: { lang: 'ar', source: 'browser' }
		},
		{
			name: 'the browser: English first',
			input: { query: '', saved: 'xx', languages: ['en-GB', 'ar'] },
			expected: { lang: 'en', source: 'browser' }
		},
		{
			name: 'nothing to go on',
			input: { query: '', saved: undefined, languages: ['fr', 'de'] },
			expected: { lang: 'en', source: 'default' }
		},
		{
			name: 'a hostile link',
			input: { query: '?lang=<script>', saved: null, languages: [] },
			expected: { lang: 'en', source: 'default' }
		}
	];
	for (const c of cases) {
		it(c.name, () => expect(chooseLang(c.input)).toEqual(c.expected));
	}
});

describe('readLang, the one parse of a language code', () => {
	for (const lang of LANGS) {
		it(`reads ${lang}`, () => expect(readLang(lang)).toBe(lang));
	}
	const refused = ['AR', 'En', 'ar-EG', ' ar', 'fr', '', null, undefined, 1, ['ar']];
	for (const value of refused) {
		it(`refuses ${JSON.stringify(value)}`, () => expect(readLang(value)).toBeUndefined());
	}

	it('is what a share link and the starting language both read', () => {
		for (const value of ['ar', 'en', 'AR', 'fr']) {
			const linked = decodeShareLink(`?lang=${encodeURIComponent(value)}`).state.lang;
			expect(linked).toBe(readLang(value));
			const started = chooseLang({ query: `?lang=${value}`, saved: null, languages: [] });
			expect(started.source === 'link' ? started.lang : undefined).toBe(readLang(value));
		}
	});

	it('names the same languages as the script that sets the language before first paint', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const pick = /var pick = function \(x\) \{([^}]*)\}/.exec(html)?.[1] ?? '';
		const codes = [...pick.matchAll(/x === '([a-z]+)'/g)].map((match) => match[1]);
		expect(codes.toSorted()).toEqual([...LANGS].toSorted());
	});
});

describe('withLang: an in-app link keeps the chosen language', () => {
	const cases: { address: string; lang: Lang; expected: string }[] = [
		{ address: '/models', lang: 'ar', expected: '/models?lang=ar' },
		{ address: '/', lang: 'ar', expected: '/?lang=ar' },
		{ address: '/?device=gpu&vram=8', lang: 'ar', expected: '/?device=gpu&vram=8&lang=ar' },
		{ address: '/?lang=en&budget=20', lang: 'ar', expected: '/?budget=20&lang=ar' },
		{ address: '/compare?ids=a,b', lang: 'en', expected: '/compare?ids=a,b&lang=en' },
		{ address: '/settings#lists-title', lang: 'ar', expected: '/settings?lang=ar#lists-title' },
		{ address: '/models?', lang: 'ar', expected: '/models?lang=ar' },
		{ address: '/?langs=1', lang: 'ar', expected: '/?langs=1&lang=ar' },
		{ address: '/x?a=1#b?c', lang: 'ar', expected: '/x?a=1&lang=ar#b?c' }
	];
	for (const c of cases) {
		it(`${c.address} → ${c.expected}`, () => {
			expect(withLang(c.address, c.lang)).toBe(c.expected);
		});
	}
});
