import { describe, expect, it } from 'vitest';
import { authored, formatGbRange, isolated, nameDir, nameText, unbroken } from './format';
import { reasonText } from './reasons';

const GPT5_IN_CHATGPT = { en: 'GPT-5 in ChatGPT', ar: 'GPT-5 في ChatGPT' };
const CHATGPT_PLUS = { en: 'ChatGPT Plus', ar: 'ChatGPT Plus' };
const TYPED_ARABIC = { en: 'نموذجي', ar: 'نموذجي' };

describe('a name’s direction', () => {
	it('lays an authored name out in the page’s direction, any other in its own', () => {
		expect(authored(GPT5_IN_CHATGPT)).toBe(true);
		expect(authored(CHATGPT_PLUS)).toBe(false);
		expect(nameDir(GPT5_IN_CHATGPT, 'ar')).toBe('rtl');
		expect(nameDir(GPT5_IN_CHATGPT, 'en')).toBe('ltr');
		expect(nameDir(CHATGPT_PLUS, 'ar')).toBe('auto');
		expect(nameDir(TYPED_ARABIC, 'en')).toBe('auto');
	});

	it('isolates an authored name right to left in an Arabic sentence, others by their first letter', () => {
		expect(isolated(GPT5_IN_CHATGPT, 'ar')).toBe('\u2067GPT-\u20605 في ChatGPT\u2069');
		expect(isolated(CHATGPT_PLUS, 'ar')).toBe('\u2068ChatGPT Plus\u2069');
		expect(isolated('models.dev', 'ar')).toBe('\u2068models.dev\u2069');
		expect(isolated(GPT5_IN_CHATGPT, 'en')).toBe('GPT-5 in ChatGPT');
	});

	it('puts an authored offer into a reason right to left', () => {
		const text = reasonText(
			{
				code: 'tier-adds',
				adds: { en: 'more use', ar: 'استخدامًا أكثر' },
				over: GPT5_IN_CHATGPT
			},
			'ar'
		);
		expect(text).toContain('\u2067GPT-\u20605 في ChatGPT\u2069');
	});
});

describe('Latin words whole in Arabic text', () => {
	const O3_CLASS = {
		en: 'OpenAI open model (o3-mini class)',
		ar: 'نموذج OpenAI المفتوح (بمستوى o3-mini)'
	};
	it('joins the hyphens of an authored text’s Latin words, and only in Arabic', () => {
		expect(nameText(O3_CLASS, 'ar')).toBe('نموذج OpenAI المفتوح (بمستوى o3-\u2060mini)');
		expect(nameText(GPT5_IN_CHATGPT, 'ar')).toBe('GPT-\u20605 في ChatGPT');
		expect(nameText(O3_CLASS, 'en')).toBe(O3_CLASS.en);
	});

	it('leaves a hyphen between digits, one beside Arabic, and a name the same in both languages', () => {
		const text = { en: 'x', ar: 'من 3-5 أيام، نموذج-ب و Llama-3' };
		expect(nameText(text, 'ar')).toBe('من 3-5 أيام، نموذج-ب و Llama-\u20603');
		const imported = { en: 'Llama-3.1-8B', ar: 'Llama-3.1-8B' };
		expect(nameText(imported, 'ar')).toBe('Llama-3.1-8B');
	});
});

describe('versions, dates and ranges kept whole', () => {
	it('never reorders nor parts a version', () => {
		expect(unbroken('2025-02-20.1', 'ar')).toBe('\u20662025\u201102\u201120.1\u2069');
		// English keeps its hyphens, so a copied version is the version.
		expect(unbroken('2025-02-20.1', 'en')).toBe('2025-02-20.1');
	});

	it('keeps a range of GB in one left-to-right piece with its unit', () => {
		expect(formatGbRange(6, 8, 'en')).toBe('6\u2060–\u20608\u00a0GB');
		expect(formatGbRange(6, 8, 'ar')).toBe('\u20666\u2060–\u20608\u2069\u00a0غيغابايت');
	});
});
