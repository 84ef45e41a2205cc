import { describe, expect, it } from 'vitest';
import { openRouterList } from '../../../scripts/bench-lists.js';
import { foldName } from './name-match';
import { latinSound, spellingMatcher } from './spelling';

/** Whether the query finds the record whose search text is `text`, as the catalogue folds it. */
const finds = (query: string, text: string) => {
	const folded = foldName(text);
	const test = spellingMatcher(query);
	if (!test) throw new Error(`no test for ${query}`);
	return test(folded, latinSound(folded));
};

describe('latinSound', () => {
	const cases: { name: string; sound: string }[] = [
		{ name: 'Gemini 1.5 Pro', sound: 'gemini 1.5 bro' },
		{ name: 'ChatGPT-4o', sound: 'catgbt 4 o' },
		{ name: 'Llama 3.1 8B', sound: 'lama 3.1 8 b' },
		{ name: 'Qwen2.5-72B', sound: 'kwen 2.5 72 b' },
		{ name: 'DeepSeek R1', sound: 'deebseek r 1' },
		{ name: 'Mistral Small 3', sound: 'mistral smal 3' },
		{ name: 'Claude Sonnet', sound: 'klaude sonet' },
		{ name: 'Mixtral 8x7B', sound: 'mikstral 8 ks 7 b' },
		{ name: 'Phi-3 Mythomax', sound: 'fi 3 mitomaks' },
		{ name: 'Cerebras Shisa', sound: 'serebras xisa' },
		{ name: 'Yi Lightning', sound: 'yi ligtning' },
		{ name: 'v1.0.', sound: 'v 1.0' },
		{ name: 'GPT-4o أوبن إيه آي', sound: 'gbt 4 o' },
		// A word read once: a record's text has its name in both languages and in its id.
		{ name: 'GPT-4o GPT-4o gpt-4o openai', sound: 'gbt 4 o obenai' },
		{ name: 'Llama 3 8B Llama 3 70B', sound: 'lama 3 8 b 70' },
		{ name: '', sound: '' }
	];
	for (const c of cases) {
		it(`${c.name || '(empty)'} → ${c.sound || '(empty)'}`, () => {
			expect(latinSound(foldName(c.name))).toBe(c.sound);
		});
	}
});

describe('spellingMatcher: Latin names found by their Arabic spelling', () => {
	const matches: { query: string; name: string }[] = [
		// As the seed article and Arabic speakers write the names.
		{ query: 'جيميني', name: 'Gemini 2.0 Flash' },
		{ query: 'شات جي بي تي', name: 'ChatGPT Plus' },
		{ query: 'لاما', name: 'Llama 3.1 8B Instruct' },
		{ query: 'كوين', name: 'Qwen2.5 72B' },
		{ query: 'ديب سيك آر 1', name: 'DeepSeek R1' },
		{ query: 'ديب سيك آر 1', name: 'deepseek-r1-distill-qwen-7b' },
		{ query: 'ميسترال سمول', name: 'Mistral Small 3' },
		{ query: 'جي بي تي 4', name: 'GPT-4' },
		{ query: 'جي بي تي 4', name: 'GPT-4o' },
		{ query: 'جيما', name: 'Gemma 3 12B' },
		{ query: 'كلود', name: 'Claude Sonnet 4' },
		{ query: 'أوبن إيه آي', name: 'OpenAI' },
		{ query: 'ميكسترال', name: 'Mixtral 8x7B' },
		{ query: 'غروك', name: 'Grok 3' },
		{ query: 'جروك', name: 'Grok 3' },
		{ query: 'هايكو', name: 'Claude Haiku' },
		{ query: 'فاي 3', name: 'Phi-3 Mini' },
		// A start of a word is enough, as the person types.
		{ query: 'جيمي', name: 'Gemini' },
		{ query: 'ميسترا', name: 'Mistral Large' },
		// Any order, and every word must match.
		{ query: 'سمول ميسترال', name: 'Mistral Small 3' },
		{ query: 'كلود سونيت', name: 'Claude Sonnet 4' },
		// Digits, Arabic-Indic, Persian or Latin, and the Arabic decimal point.
		{ query: 'جي بي تي ٤', name: 'GPT-4' },
		{ query: 'جي بي تي ۴', name: 'GPT-4' },
		{ query: 'كوين ٢٫٥', name: 'Qwen2.5 72B' },
		{ query: 'كوين2.5', name: 'Qwen2.5 72B' },
		{ query: 'لاما ٣٫١', name: 'Llama 3.1 8B' },
		// Arabic and Latin words in one query.
		{ query: 'جيميني flash', name: 'Gemini 2.0 Flash' },
		{ query: 'Gemini فلاش', name: 'Gemini 2.0 Flash' },
		{ query: 'gpt فور', name: 'GPT-4 for teams' },
		// Hamza forms, marks, ta marbuta and alef maqsura as the search folds them.
		{ query: 'اوبن ايه اي', name: 'OpenAI' },
		{ query: 'أوبن إيه آي', name: 'openai/gpt-4o' },
		{ query: 'إيه آي 21', name: 'AI21 Jamba' },
		{ query: 'إكس', name: 'xAI: Grok 3' },
		{ query: 'جِيمِينِي', name: 'Gemini' },
		{ query: 'جيمة', name: 'Gemma 3' },
		{ query: 'لامة', name: 'Llama 3' },
		{ query: 'هيرميس', name: 'Hermes 3' },
		// A word the record's text holds as typed (a maker's Arabic name) matches as it always did.
		{ query: 'جوجل جيما', name: 'Gemma 3 google جوجل' }
	];
	const misses: { query: string; name: string; why: string }[] = [
		{
			query: 'جيما',
			name: 'Gemini',
			why: 'the alef must meet a vowel it can be: Gemma, not Gemini'
		},
		{ query: 'جيمة', name: 'Gemini', why: 'a last ta marbuta is a vowel, not nothing' },
		{ query: 'لاما', name: 'Mistral Large', why: 'l and m in the name, but no word begins so' },
		{ query: 'لاما', name: 'Lumimaid', why: 'the alef is not a u' },
		{ query: 'جيميني', name: 'Gemma 3', why: 'the name stops short of the query' },
		{ query: 'كلود', name: 'Command R', why: 'the l is missing' },
		{ query: 'كوين', name: 'Kimi K2', why: 'no n after the k' },
		{ query: 'كيمي', name: 'Gemini', why: 'ك is not a g' },
		{ query: 'ديب سيك آر 1', name: 'DeepSeek V3', why: 'the R1 is missing' },
		{ query: 'جي بي تي 4', name: 'GPT-5', why: 'another number' },
		{ query: 'شات جي بي تي', name: 'Gemini', why: 'nothing of it' },
		{ query: 'سمول ميسترال', name: 'Mistral Large', why: 'every word must match' },
		{ query: 'ميسترال سمول', name: 'Devstral Small', why: 'Devstral is not Mistral' },
		{ query: 'فاي', name: 'Flux 1', why: 'اي is an i or an ai, not an l' },
		{ query: 'أولمو', name: 'Llama 3', why: 'the first alef and waw are a vowel the name lacks' },
		{
			query: 'أوبن إيه آي',
			name: 'Acme Alpha via OpenRouter',
			why: 'the names of A and I meet nothing in OpenRouter'
		},
		{ query: 'اوبن ايه اي', name: 'OpenRouter: Auto Router', why: 'OpenRouter has no "ai"' },
		// Too little to match by sound alone: one consonant, or a two-letter word.
		{ query: 'جي', name: 'GPT-4', why: 'one consonant' },
		{ query: 'بي', name: 'Pixtral', why: 'one consonant' },
		{ query: 'آر', name: 'R1', why: 'one consonant' },
		{ query: 'من', name: 'Mini', why: 'a two-letter word' },
		{ query: 'لا', name: 'Llama', why: 'a two-letter word' }
	];
	const cases = [
		...matches.map((c) => ({ ...c, found: true, why: '' })),
		...misses.map((c) => ({ ...c, found: false }))
	];
	for (const c of cases) {
		const says = `${c.found ? 'finds' : 'does not find'} ${c.name}${c.why && `: ${c.why}`}`;
		it(`«${c.query}» ${says}`, () => {
			expect(finds(c.query, c.name)).toBe(c.found);
		});
	}

	it('has nothing to add to a query without Arabic letters', () => {
		expect(spellingMatcher('gemini')).toBeUndefined();
		expect(spellingMatcher('gpt ٤')).toBeUndefined();
		expect(spellingMatcher('')).toBeUndefined();
	});
});

describe('spellingMatcher on an imported list of 5,000 names', () => {
	const names = (openRouterList(5000) as { data: { name: string }[] }).data.map((e) => e.name);
	const records = names.map((name) => {
		const text = foldName(name);
		return { name, text, sound: latinSound(text) };
	});
	const found = (query: string) => {
		const test = spellingMatcher(query)!;
		return records.filter((r) => test(r.text, r.sound)).map((r) => r.name);
	};

	const spelled: { query: string; only: RegExp }[] = [
		{ query: 'جيميني', only: /\bgemini/i },
		{ query: 'جيما', only: /\bgemma/i },
		{ query: 'لاما', only: /\bllama/i },
		{ query: 'كوين', only: /\bqwen/i },
		{ query: 'كلود', only: /\bclaude/i },
		{ query: 'ديب سيك آر 1', only: /\bdeepseek\b.+\br1\b/i },
		{ query: 'ميسترال سمول', only: /\bmistral\b.+\bsmall\b/i },
		{ query: 'جي بي تي 4', only: /\bgpt[- ]4/i },
		{ query: 'جروك', only: /\bgrok\b/i }
	];
	for (const c of spelled) {
		it(`«${c.query}» finds only names that say ${c.only.source}`, () => {
			const hits = found(c.query);
			expect(hits.length).toBeGreaterThan(0);
			expect(hits.filter((name) => !c.only.test(name))).toEqual([]);
			expect(hits.length).toBe(names.filter((name) => c.only.test(name)).length);
		});
	}

	// The line: by sound, a query needs two consonants or digits and three letters at least. Common
	// Arabic words and letters' names alone find nothing by sound, and a longer one stays far from
	// half the list.
	it('finds nothing by sound for a letter, a short word or common Arabic words', () => {
		const plain = [
			'جي',
			'بي',
			'تي',
			'آر',
			'لا',
			'من',
			'في',
			'ما',
			'نموذج',
			'مجاني',
			'كبير',
			'صغير'
		];
		for (const query of [...plain, 'محادثة', 'صور', 'نماذج', 'ترجمة', 'أكبر']) {
			expect(found(query), query).toEqual([]);
		}
	});

	it('keeps two consonants to a small share of the list', () => {
		for (const query of ['جيم', 'جي بي', 'ميني', 'فاي']) {
			const share = found(query).length / names.length;
			expect(share, query).toBeGreaterThan(0);
			expect(share, query).toBeLessThan(0.1);
		}
	});
});
