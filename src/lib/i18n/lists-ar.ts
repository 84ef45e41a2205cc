/**
 * The Arabic words of the public lists (`lists-en.ts` has the shape); `satisfies` makes a missing
 * or extra key a type error. Counts take Arabic's six plural forms (`Intl.PluralRules`).
 */
import type { ListsWords } from './lists-en';

export const listsAr = {
	names: { openrouter: 'OpenRouter', 'models-dev': 'models.dev', litellm: 'LiteLLM' },
	fetch: {
		title: 'قوائم النماذج العامة',
		button: 'احصل على أحدث القوائم',
		help: 'يجلب قوائم النماذج العامة من OpenRouter ‏({openrouter}) وmodels.dev ‏({modelsDev})، فقط حين تضغط هذا الزر. لا يُرسَل شيء عنك: لا ملفات تعريف ارتباط ولا معرّفات. ويبقى كل ما سوى ذلك على هذا الجهاز.',
		waiting: '{list}: جارٍ طلب القائمة…',
		progress: '{list}: {received} من {total}',
		progressUnknown: '{list}: وصل {received}',
		cancel: 'إلغاء',
		fileInstead: 'استورد ملفًا بدلًا من ذلك',
		readFailed: '{list}: {problem}',
		imported: '{list}: {imported}'
	},
	failed: {
		refused: 'رفض {list} الطلب: ردّ بالخطأ {status}. لم يتغير شيء.',
		timeout: 'لم يرسل {list} قائمته خلال {seconds}. لم يتغير شيء.',
		cancelled: '{list}: أُلغي الجلب. لم يتغير شيء.',
		'too-large': 'قائمة {list} أكبر من 64 ميغابايت، وهذا أكثر مما يقرؤه التطبيق. لم يتغير شيء.',
		'not-json': 'لم يرسل {list} قائمة نماذج (أرسل شيئًا آخر، كصفحة ويب). لم يتغير شيء.'
	},
	privacy:
		'لا يتصل التطبيق بـ{openrouter} ولا بـ{modelsDev}، ليجلب قوائم النماذج العامة منهما، إلا حين تضغط «احصل على أحدث القوائم» في الإعدادات. ولا يُرسل شيئًا عنك: لا ملفات تعريف ارتباط ولا معرّفات. ويبقى كل ما سوى ذلك على هذا الجهاز.',
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
		none: 'لا قائمة نماذج عامة بعد: تنقصك النماذج الأحدث من الفهرس المدمج.'
	},
	link: {
		older: 'أُنشئ هذا الرابط بقائمة {list} بتاريخ {linked}، وقائمتك أقدم ({mine}).',
		newer: 'أُنشئ هذا الرابط بقائمة {list} بتاريخ {linked}، وقائمتك أحدث ({mine}).',
		missing: 'أُنشئ هذا الرابط بقائمة {list} بتاريخ {linked}، وهي ليست لديك.',
		extra: 'لديك قائمة {list} بتاريخ {mine}، ولم يُنشأ هذا الرابط بها.',
		mayDiffer: 'لذا قد تختلف الإجابة عن التي شوركت.'
	},
	replaced: {
		summary: 'مقارنة بالقائمة التي كانت لديك: {updated}، و{added}، و{gone}.',
		updated: {
			zero: 'لم يُحدَّث أي إدخال',
			one: 'حُدِّث إدخال واحد',
			two: 'حُدِّث إدخالان',
			few: 'حُدِّثت {count} إدخالات',
			many: 'حُدِّث {count} إدخالًا',
			other: 'حُدِّث {count} إدخال'
		},
		added: {
			zero: 'لا إدخال جديد',
			one: 'إدخال واحد جديد',
			two: 'إدخالان جديدان',
			few: '{count} إدخالات جديدة',
			many: '{count} إدخالًا جديدًا',
			other: '{count} إدخال جديد'
		},
		gone: {
			zero: 'لم يختفِ أي إدخال',
			one: 'إدخال واحد لم يعد مدرجًا (أُبقي عليه، وعُلِّم قديمًا)',
			two: 'إدخالان لم يعودا مدرجين (أُبقي عليهما، وعُلِّما قديمين)',
			few: '{count} إدخالات لم تعد مدرجة (أُبقي عليها، وعُلِّمت قديمة)',
			many: '{count} إدخالًا لم يعد مدرجًا (أُبقي عليها، وعُلِّمت قديمة)',
			other: '{count} إدخال لم يعد مدرجًا (أُبقي عليها، وعُلِّمت قديمة)'
		},
		kept: 'تعديلاتك وملاحظاتك ونجومك عليها باقية.'
	},
	listsReach: {
		offline: 'تعذّر الوصول إلى {list}: أنت غير متصل. لم يتغير شيء.',
		unreachable:
			'تعذّر الوصول إلى {list}: تعطّلت الشبكة أو لم يُعثر على عنوانه. لم يتغير شيء. حاول مرة أخرى لاحقًا.',
		blocked:
			'ردّ {list} لكنه لم يسمح للتطبيق بقراءة قائمته. لم يتغير شيء. يمكنك حفظ القائمة في ملف واستيرادها بدلًا من ذلك.',
		'unreachable-or-blocked':
			'تعذّر الوصول إلى {list}، أو أنه لم يسمح للتطبيق بقراءة قائمته، والمتصفح لا يبيّن أيّهما حدث. لم يتغير شيء. حاول مرة أخرى لاحقًا، أو احفظ القائمة في ملف واستوردها بدلًا من ذلك.'
	}
} satisfies ListsWords;
