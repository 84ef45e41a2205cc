import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from './catalogue';
import { foldName, idForName, searchMatcher, searchText } from './name-match';

describe('foldName: the same name however it is written', () => {
	it.each([
		['مُحَمَّد', 'محمد'], // diacritics
		['نمـــوذج', 'نموذج'], // tatweel
		['أحمد', 'احمد'],
		['إسلام', 'اسلام'],
		['آلة', 'اله'], // alef madda, ta marbuta
		['مستشفى', 'مستشفي'], // alef maqsura
		['ٱلعربية', 'العربيه'],
		['Café  Noir', 'cafe noir'],
		['ＧＰＴ', 'gpt'], // full-width forms
		['  Qwen3   235B A22B ', 'qwen3 235b a22b'], // plain ASCII: case and spaces only
		['openrouter:meta-llama/Llama-3.1-8B', 'openrouter:meta-llama/llama-3.1-8b'],
		['Qwen\t3', 'qwen 3'], // a tab is not plain: the full fold, the same spaces
		['GPT-\u20604o', 'gpt-4o'], // a word joiner, as the app's pages keep "GPT-4o" whole
		['\u2068DeepSeek\u2069\u200f R1\u00ad', 'deepseek r1'], // isolates, marks, soft hyphen
		['gpt-٤o', 'gpt-4o'], // Arabic-Indic digits
		['GPT\u20114', 'gpt-4'], // a non-breaking hyphen, as a word processor writes it
		['Llama 3.1 \u2013 8B \u2014 Q4 \u2212 1', 'llama 3.1 - 8b - q4 - 1'], // en, em dash, minus
		['نموذج ۷ب', 'نموذج 7ب'] // Persian digits
	])('%s folds to %s', (text, folded) => {
		expect(foldName(text)).toBe(folded);
	});

	it('folds plain ASCII as the full fold does, every printable character', () => {
		const all = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join(
			''
		);
		const full = (text: string) =>
			text.normalize('NFKD').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
		for (const text of [all, ` ${all} `, 'Ab  C', 'MiXeD-Case_1.5 (beta)']) {
			expect(foldName(text)).toBe(full(text));
		}
	});
});

describe('idForName: unique ids for names in any script', () => {
	const none = () => false;

	it('keeps the plain slug for Latin names', () => {
		expect(idForName('My Llama 3', 'my-', none)).toBe('my-my-llama-3');
		expect(idForName('Acme Labs', '', none)).toBe('acme-labs');
	});

	it('gives Arabic, Chinese and emoji names ids of their own, never my-x', () => {
		const names = ['نموذج أ', 'نموذج ب', 'نموذجي', '模型', '模型二', '🦙🦙', '🐪'];
		const ids = names.map((n) => idForName(n, 'my-', none));
		expect(new Set(ids).size).toBe(names.length);
		for (const id of ids) {
			expect(id).toMatch(ID_PATTERN);
			expect(id).not.toBe('my-x');
			expect(id.startsWith('my-')).toBe(true);
		}
		// Makers have no prefix: the id still starts with a letter.
		expect(idForName('شركتي', '', none)).toMatch(/^n[a-z0-9]+$/);
	});

	it('is the same id for the same name written another way, and keeps Latin parts', () => {
		expect(idForName('أحمد', 'my-', none)).toBe(idForName('احمد', 'my-', none));
		expect(idForName('GPT عربي', 'my-', none)).toMatch(/^my-gpt-n[a-z0-9]+$/);
	});

	it('never returns a taken id: counts on', () => {
		const taken = new Set(['my-llama', 'my-llama-2']);
		expect(idForName('Llama', 'my-', (id) => taken.has(id))).toBe('my-llama-3');
		const arabic = idForName('نموذج', 'my-', none);
		expect(idForName('نموذج', 'my-', (id) => id === arabic)).toBe(`${arabic}-2`);
	});

	it('stays within the id pattern for very long names', () => {
		const id = idForName(`${'ن'.repeat(150)} ${'a'.repeat(150)}`, 'my-', none);
		expect(id).toMatch(ID_PATTERN);
	});
});

describe('searchMatcher: what a search keeps', () => {
	const keeps = (query: string, name: string) =>
		searchMatcher(query)?.(searchText([foldName(name)])) ?? true;

	it.each([
		['DeepSeek R1', 'DeepSeek (R1 / V3)'],
		['deepseek r1', 'DeepSeek-R1-Distill-Qwen-7B'],
		['r1 deepseek', 'DeepSeek (R1 / V3)'], // in any order
		['gpt 4o', 'GPT-4o'],
		['gpt_4o', 'gpt-4o'],
		['gpt-4', 'GPT-4o'], // as typed, within a word
		['seek', 'DeepSeek'],
		['mistral small 3', 'Mistral Small 3 (24B)'],
		['claude 3.5', 'Claude 3.5 Sonnet'],
		['ديب سيك', 'ديب سيك (R1 / V3)'],
		['GPT4o', 'GPT-4o'], // typed without the dash
		['gpt4o', 'openai/gpt-4o-mini'],
		['gpt3.5', 'gpt-3.5-turbo'],
		['o3mini', 'o3-mini (high)'],
		['deepseekr1', 'deepseek-r1-distill-qwen-7b'],
		['deepseekr1', 'DeepSeek (R1 / V3)'], // its words apart
		['kimik2.6', 'Kimi K2.6'],
		['GPT-\u20604o', 'GPT-4o'], // copied from a page of the app
		['gpt-٤o', 'GPT-4o'],
		['GPT\u20114', 'GPT-4'], // a non-breaking hyphen
		['gpt\u20134o', 'openai/gpt-4o'], // an en dash
		['deep seek', 'DeepSeek (R1 / V3)'], // one word of the name typed as two
		['deep seek r1', 'deepseek/deepseek-r1'],
		['r1 deep seek', 'DeepSeek: R1'],
		['open ai', 'OpenAI: GPT-4o'],
		['chat gpt', 'ChatGPT Plus'],
		['  ', 'anything'] // blank keeps everything
	])('%s keeps %s', (query, name) => {
		expect(keeps(query, name)).toBe(true);
	});

	it.each([
		['gpt-4', 'gpt-3.5-turbo-0314'], // its 4 is inside a word
		['m-1', 'm-21'],
		['deepseek r2', 'DeepSeek (R1 / V3)'],
		['gpt 4o', 'GPT-4 Turbo (2024-04-09) o'],
		['claude 5', 'Claude 3.5 Sonnet'],
		['gpt4o', 'GPT-4 Turbo (2024-04-09) o'], // not one word
		['3.5', 'qwen3-235b-a22b'], // its 35 is inside a word
		['3.5', 'Widget 35B'], // 3.5 is not 35
		['gpt35', 'gpt-3.5-turbo'], // the dot stays
		['gpt5', 'gpt-4-0125-preview'],
		['3 5', 'Widget 35B'], // digits apart stay apart
		['deep seek', 'sleepdeepseek'], // joined, still at a word's start only
		['open ai', 'reopenai labs']
	])('%s does not keep %s', (query, name) => {
		expect(keeps(query, name)).toBe(false);
	});

	it('writes each name once more without its spaces, dashes and brackets, its dots kept', () => {
		expect(searchText(['deepseek (r1 / v3)', 'ديب سيك', 'deepseek'], 'deepseek')).toBe(
			'deepseek (r1 / v3) ديب سيك deepseek deepseek deepseekr1v3 ديبسيك'
		);
		// Each joined form once, and none that is already a name.
		expect(searchText(['gpt-3.5 turbo', 'gpt-3.5-turbo'], '', '\n')).toBe(
			'gpt-3.5 turbo\ngpt-3.5-turbo\ngpt3.5turbo'
		);
		expect(searchText(['openai: gpt-4o', 'gpt4o', 'openai/gpt-4o'])).toBe(
			'openai: gpt-4o gpt4o openai/gpt-4o openaigpt4o'
		);
		expect(searchText(['gpt'], 'openai')).toBe('gpt openai');
	});

	it('is no test at all for a blank query', () => {
		expect(searchMatcher('')).toBeUndefined();
		expect(searchMatcher(' \t ')).toBeUndefined();
	});
});
