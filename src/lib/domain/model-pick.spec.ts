import { describe, expect, it } from 'vitest';
import { modelsToPick, PICK_AT_MOST } from './model-pick';
import { loadSpelling } from './spelling-load';
import { handModel } from './synthetic';

const ids = (models: { id: string }[]) => models.map((x) => x.id);

describe('the models a picker lists', () => {
	const models = [
		handModel('gpt-4o', { name: { en: 'GPT-4o', ar: 'جي بي تي-4o' } }),
		handModel('llama-3.1-8b', { name: { en: 'Llama 3.1 8B', ar: 'لاما 3.1 8B' } }),
		handModel('codellama-7b', { name: { en: 'Code Llama 7B', ar: 'كود لاما 7B' } }),
		handModel('qwq-32b', { name: { en: 'QwQ 32B', ar: 'كيو دبليو كيو 32B' } }),
		handModel('mistral-saba', { name: { en: 'Mistral Saba', ar: 'ميسترال صَبا' } })
	];

	it('are all of them, in their order, for a blank search', () => {
		expect(modelsToPick(models, '')).toEqual({ shown: models, matched: 5 });
		expect(modelsToPick(models, '   ').matched).toBe(5);
	});

	it('hold what was typed in either language’s name or the id, any case, marks or spelling', () => {
		expect(ids(modelsToPick(models, 'LLAMA').shown)).toEqual(['llama-3.1-8b', 'codellama-7b']);
		expect(ids(modelsToPick(models, 'لاما').shown)).toEqual(['llama-3.1-8b', 'codellama-7b']);
		// The marks of the Arabic name are folded away, as the catalogue's search folds them.
		expect(ids(modelsToPick(models, 'صبا').shown)).toEqual(['mistral-saba']);
		expect(ids(modelsToPick(models, 'qwq-32').shown)).toEqual(['qwq-32b']);
		// Digits from an Arabic keyboard, in the query or the name, are the same digits.
		expect(ids(modelsToPick(models, 'لاما ٣٫١').shown)).toEqual(['llama-3.1-8b']);
		expect(ids(modelsToPick(models, 'gpt4o').shown)).toEqual(['gpt-4o']);
		const eastern = [handModel('yi-34b', { name: { en: 'Yi 34B', ar: 'يي ۳۴B' } })];
		expect(ids(modelsToPick(eastern, 'يي 34').shown)).toEqual(['yi-34b']);
		expect(modelsToPick(models, 'claude')).toEqual({ shown: [], matched: 0 });
	});

	it('put names that start with it (or a word in them) before names that only hold it', () => {
		// "Code Llama" holds "llama" as a word; "codellama-7b" only inside its id.
		const inside = [
			handModel('codellama-7b', { name: { en: 'CodeLlama 7B', ar: 'كودلاما 7B' } }),
			handModel('llama-3', { name: { en: 'Meta Llama 3', ar: 'ميتا لاما 3' } })
		];
		expect(ids(modelsToPick(inside, 'llama').shown)).toEqual(['llama-3', 'codellama-7b']);
	});

	it('find a model by its maker’s name, in either language, when given the makers', () => {
		const makers = [
			{ id: 'openai', name: { en: 'OpenAI', ar: 'أوبن إيه آي' } },
			{ id: 'meta', name: { en: 'Meta', ar: 'ميتا' } }
		];
		const byMaker = [
			handModel('gpt-4o', { vendor: 'openai', name: { en: 'GPT-4o', ar: 'GPT-4o' } }),
			handModel('o3-mini', { vendor: 'openai', name: { en: 'o3-mini', ar: 'o3-mini' } }),
			handModel('llama-3.1-8b', { vendor: 'meta', name: { en: 'Llama 3.1 8B', ar: 'لاما 3.1 8B' } })
		];
		for (const q of ['open ai', 'OpenAI', 'أوبن إيه آي']) {
			expect(ids(modelsToPick(byMaker, q, PICK_AT_MOST, makers).shown)).toEqual([
				'gpt-4o',
				'o3-mini'
			]);
		}
		// Without the makers, only names and ids.
		expect(modelsToPick(byMaker, 'openai').matched).toBe(0);
	});

	it('list a page at most, and say how many match in all', () => {
		const many = Array.from({ length: 1000 }, (_, i) => handModel(`m-${i}`));
		expect(PICK_AT_MOST).toBe(200);
		const all = modelsToPick(many, '');
		expect([all.shown.length, all.matched]).toEqual([200, 1000]);
		expect(ids(all.shown).slice(0, 2)).toEqual(['m-0', 'm-1']);
		const some = modelsToPick(many, 'm-1');
		// m-1, m-10…m-19, m-100…m-199: 111.
		expect([some.shown.length, some.matched]).toEqual([111, 111]);
		expect(modelsToPick(many, 'm-', 10).shown).toHaveLength(10);
	});
});

// Last in this file: the reading by sound, once loaded, stays for the module's life.
describe('a picker’s search in Arabic letters', () => {
	// Imported models keep their Latin names in both languages.
	const imported = (id: string, name: string) => handModel(id, { name: { en: name, ar: name } });
	const models = [
		imported('deepseek/deepseek-r1', 'DeepSeek: R1'),
		imported('google/gemini-2.0-flash-001', 'Google: Gemini 2.0 Flash'),
		imported('openai/gpt-4o', 'OpenAI: GPT-4o'),
		imported('mistralai/mistral-small', 'Mistral Small')
	];

	it('finds the Latin names it spells once the reading by sound has loaded', async () => {
		// Before it loads, the search matches as it always did: no name holds these letters.
		expect(modelsToPick(models, 'ديب سيك').matched).toBe(0);
		expect(await loadSpelling('ديب سيك')).toBe(true);
		expect(ids(modelsToPick(models, 'ديب سيك').shown)).toEqual(['deepseek/deepseek-r1']);
		expect(ids(modelsToPick(models, 'جيميني').shown)).toEqual(['google/gemini-2.0-flash-001']);
		expect(ids(modelsToPick(models, 'جي بي تي ٤').shown)).toEqual(['openai/gpt-4o']);
		expect(ids(modelsToPick(models, 'ميسترال').shown)).toEqual(['mistralai/mistral-small']);
		// A letter's name alone matches nothing by sound.
		expect(modelsToPick(models, 'جي').matched).toBe(0);
	});

	it('lists a name found by sound before one that only holds the typed letters', async () => {
		await loadSpelling('لاما');
		const mixed = [
			handModel('codellama-7b', { name: { en: 'CodeLlama 7B', ar: 'كودلاما 7B' } }),
			handModel('meta-llama/llama-3.3-70b', { name: { en: 'Llama 3.3 70B', ar: 'Llama 3.3 70B' } })
		];
		expect(ids(modelsToPick(mixed, 'لاما').shown)).toEqual([
			'meta-llama/llama-3.3-70b',
			'codellama-7b'
		]);
	});
});
