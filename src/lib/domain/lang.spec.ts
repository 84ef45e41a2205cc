import { describe, expect, it } from 'vitest';
import { chooseLang } from './lang';

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
