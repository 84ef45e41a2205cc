/**
 * The Arabic words of the public lists (`lists-en.ts` has the shape); `satisfies` makes a missing
 * or extra key a type error. Counts take Arabic's six plural forms (`Intl.PluralRules`).
 */
import type { ListsWords } from './lists-en';

export const listsAr = {
	names: { openrouter: 'OpenRouter', 'models-dev': 'models.dev', litellm: 'LiteLLM' },
	fetch: {
		title: 'قوائم النماذج العامة',
		button: 'جلب أحدث القوائم',
		help: 'يجلب قوائم النماذج العامة من OpenRouter ‏({openrouter}) وmodels.dev ‏({modelsDev})، فقط حين تضغط هذا الزر. لا يُرسَل شيء عنك: لا ملفات تعريف ارتباط ولا معرّفات. ويبقى كل ما سوى ذلك على هذا الجهاز.',
		waiting: '{list}: جارٍ طلب القائمة…',
		progress: '{list}: {received} من {total}',
		progressUnknown: '{list}: وصل {received}',
		cancel: 'إلغاء',
		fileInstead: 'استورد ملفًا بدلًا من ذلك',
		readFailed: '{list}: {problem}',
		imported: '{list}: {imported}'
	},
	privacy:
		'لا يتصل التطبيق بـ{openrouter} ولا بـ{modelsDev}، ليجلب قوائم النماذج العامة منهما، إلا حين تضغط «جلب أحدث القوائم» في الإعدادات. ولا يُرسل شيئًا عنك: لا ملفات تعريف ارتباط ولا معرّفات. ويبقى كل ما سوى ذلك على هذا الجهاز.',
	seconds: {
		zero: '{count} ثانية',
		one: 'ثانية واحدة',
		two: 'ثانيتين',
		few: '{count} ثوانٍ',
		many: '{count} ثانية',
		other: '{count} ثانية'
	},
	asOf: {
		fetched: '{list}، جُلبت {age}',
		file: '{list}، من ملف بتاريخ {date}',
		prices: 'الأسعار من {list}، {age}',
		newest: 'أحدث قائمة نماذج: {list}، {age}',
		none: 'لا قائمة نماذج عامة بعد: تنقصك النماذج الأحدث من الفهرس المدمج.'
	},
	/** Said when the lists' own code could not load (offline): the one failure said without it. */
	listsReach: {
		offline: 'تعذّر الوصول إلى {list}: أنت غير متصل. لم يتغير شيء.'
	}
} satisfies ListsWords;
