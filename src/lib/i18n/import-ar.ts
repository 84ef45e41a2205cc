/**
 * The Arabic words of importing a file (`import-en.ts` has the shape); `satisfies` makes a
 * missing or extra key a type error. Counts take Arabic's six plural forms (`Intl.PluralRules`).
 */
import type { ImportWords } from './import-en';

export const importAr = {
	formats: {
		'model-chooser': 'ملف تصدير من مختار النماذج',
		openrouter: 'OpenRouter',
		'models-dev': 'models.dev',
		litellm: 'LiteLLM'
	},
	preview: {
		found: {
			zero: 'لم يوجد أي إدخال',
			one: 'وُجد إدخال واحد',
			two: 'وُجد إدخالان',
			few: 'وُجدت {count} إدخالات',
			many: 'وُجد {count} إدخالًا',
			other: 'وُجد {count} إدخال'
		},
		allReady: {
			zero: 'لم يوجد أي إدخال',
			one: 'وُجد إدخال واحد جاهز',
			two: 'وُجد إدخالان، كلاهما جاهز',
			few: 'وُجدت {count} إدخالات، كلها جاهزة',
			many: 'وُجد {count} إدخالًا، كلها جاهزة',
			other: 'وُجد {count} إدخال، كلها جاهزة'
		},
		summarySkipped: '{found}: الجاهز منها {ready}، والمتروك {skipped}',
		makes: '{summary} — ينتج عنها {models} و{offers}',
		makesKnown: '{summary} — ينتج عنها {models} ({known}) و{offers}',
		makesOne: '{summary} — ينتج عنه {models} و{offers}',
		makesKnownOne: '{summary} — ينتج عنه {models} ({known}) و{offers}',
		known: {
			zero: '{count} منها في الفهرس من قبل',
			one: 'واحد منها في الفهرس من قبل',
			two: 'اثنان منها في الفهرس من قبل',
			few: '{count} منها في الفهرس من قبل',
			many: '{count} منها في الفهرس من قبل',
			other: '{count} منها في الفهرس من قبل'
		},
		allKnown: {
			zero: 'وكلها في الفهرس من قبل',
			one: 'وهو في الفهرس من قبل',
			two: 'وكلاهما في الفهرس من قبل',
			few: 'وكلها في الفهرس من قبل',
			many: 'وكلها في الفهرس من قبل',
			other: 'وكلها في الفهرس من قبل'
		},
		from: 'من {format}. لا يُحفظ شيء حتى تختار «استيراد».',
		nothingReady: 'لا يمكن استيراد شيء: لا إدخال جاهز. وسبب ترك كل إدخال مذكور أدناه.',
		import: 'استيراد',
		cancel: 'إلغاء',
		close: 'إغلاق',
		skipped: 'ما تُرك ({count})',
		notes: 'ما استُورد مع ترك شيء منه ({count})',
		more: 'و{count} غيرها',
		noField: 'حقل',
		noValue: 'فارغ'
	},
	issues: {
		'not-an-object': '{entry}: ليس إدخالًا يستطيع التطبيق قراءته',
		'no-id': '{entry}: لا معرّف له يُعرف به',
		'unusable-id': '{entry}: معرّفه {value} ليس فيه حرف ولا رقم يُعرف به',
		'field-missing': '{entry}: الحقل {field} مفقود',
		'field-unknown': '{entry}: الحقل {field} ليس حقلًا يعرفه التطبيق',
		'field-not-a-number': '{entry}: القيمة {value} في الحقل {field} ليست رقمًا',
		'field-not-text': '{entry}: القيمة {value} في الحقل {field} ليست نصًا',
		'field-not-a-list': '{entry}: القيمة {value} في الحقل {field} ليست قائمة',
		'field-not-an-object': '{entry}: القيمة {value} في الحقل {field} ليست مجموعة حقول',
		'field-not-a-choice':
			'{entry}: القيمة {value} في الحقل {field} ليست من القيم التي يعرفها التطبيق',
		'field-wrong-form': '{entry}: القيمة {value} في الحقل {field} ليست بالشكل الذي يقرؤه التطبيق',
		'field-out-of-range': '{entry}: القيمة {value} في الحقل {field} خارج المدى الذي يقبله التطبيق',
		'field-too-long': '{entry}: الحقل {field} أطول مما يقبله التطبيق',
		'field-too-short': '{entry}: الحقل {field} أقصر مما يقبله التطبيق',
		'field-not-whole': '{entry}: القيمة {value} في الحقل {field} ليست عددًا صحيحًا',
		'field-not-a-day': '{entry}: القيمة {value} في الحقل {field} ليست يومًا موجودًا',
		'field-mismatch': '{entry}: الحقل {field} لا يتفق مع بقية حقول الإدخال',
		'unknown-maker': '{entry}: صانعه {value} ليس في الملف ولا في الفهرس',
		'unknown-model': '{entry}: نموذجه {value} ليس في الملف ولا في الفهرس',
		'no-models': '{entry}: لا نموذج لهذا الصانع في الملف ولا في الفهرس',
		'duplicate-id': '{entry}: لمُدخَل سابق في الملف المعرِّف نفسه، فلا يُحفَظ إلا الأول',
		'date-dropped': '{entry}: القيمة {value} في الحقل {field} ليست تاريخًا موجودًا؛ استُورد من دونها',
		'price-not-a-number': '{entry}: القيمة {value} في الحقل {field} ليست رقمًا؛ فسعره «غير معلن»'
	},
	said: {
		imported: 'استُورد {models} ({offers}) من {format}.',
		importedSkipped: 'استُورد {models} ({offers}) من {format}، و{skipped}.',
		importedAdded: 'استُورد {models} ({offers}) من {format}، وأُضيفت {added}.',
		importedAddedSkipped: 'استُورد {models} ({offers}) من {format}، وأُضيفت {added}، و{skipped}.',
		added: 'أُضيفت {added}، من {format}.',
		addedSkipped: 'أُضيفت {added}، من {format}، و{skipped}.',
		importedEntries: 'استُورد {entries} من {format}.',
		importedEntriesSkipped: 'استُورد {entries} من {format}، و{skipped}.',
		models: {
			zero: '{count} نموذج',
			one: 'نموذج واحد',
			two: 'نموذجان',
			few: '{count} نماذج',
			many: '{count} نموذجًا',
			other: '{count} نموذج'
		},
		offers: {
			zero: '{count} طريقة استخدام',
			one: 'طريقة استخدام واحدة',
			two: 'طريقتا استخدام',
			few: '{count} طرق استخدام',
			many: '{count} طريقة استخدام',
			other: '{count} طريقة استخدام'
		},
		entries: {
			zero: '{count} إدخال',
			one: 'إدخال واحد',
			two: 'إدخالان',
			few: '{count} إدخالات',
			many: '{count} إدخالًا',
			other: '{count} إدخال'
		},
		skipped: {
			zero: 'لم يُترك أي إدخال',
			one: 'تُرك إدخال واحد',
			two: 'تُرك إدخالان',
			few: 'تُركت {count} إدخالات',
			many: 'تُرك {count} إدخالًا',
			other: 'تُرك {count} إدخال'
		},
		// After "أُضيفت": the ways are its subject; the models follow "لاستخدام", in the genitive.
		addedWays: {
			zero: '{count} طريقة لاستخدام {models}',
			one: 'طريقة واحدة لاستخدام {models}',
			two: 'طريقتان لاستخدام {models}',
			few: '{count} طرق لاستخدام {models}',
			many: '{count} طريقةً لاستخدام {models}',
			other: '{count} طريقة لاستخدام {models}'
		},
		knownModels: {
			zero: '{count} نموذج موجود في الفهرس',
			one: 'نموذج واحد موجود في الفهرس',
			two: 'نموذجين موجودين في الفهرس',
			few: '{count} نماذج موجودة في الفهرس',
			many: '{count} نموذجًا موجودًا في الفهرس',
			other: '{count} نموذج موجود في الفهرس'
		}
	},
	problems: {
		'too-large': 'حجم هذا الملف {size}؛ وتُرفض الملفات التي تزيد على {limit}. لم يتغير شيء.',
		'empty-file': 'الملف فارغ. لم يتغير شيء.',
		'web-page':
			'هذا الملف صفحة ويب، لا قائمة نماذج: احفظ القائمة نفسها (بصيغة JSON). لم يتغير شيء.',
		'cut-off': 'ينتهي هذا الملف قبل أن تكتمل صيغة JSON فيه: ربما انقطع تنزيله. لم يتغير شيء.',
		'not-json': 'هذا الملف ليس بصيغة JSON. لم يتغير شيء.',
		'not-json-at':
			'هذا الملف ليس بصيغة JSON: يخرج عنها عند السطر {line}، العمود {column}. لم يتغير شيء.',
		'unknown-format': 'هذا الملف ليس بأي صيغة يقرؤها التطبيق. لم يتغير شيء.',
		'unsafe-key': 'في هذا الملف مفتاح غير آمن «{key}» عند {path}. لم يتغير شيء.',
		'unsafe-link': 'في هذا الملف رابط برمجي عند {path}. لم يتغير شيء.',
		markup: 'في هذا الملف وسوم داخل اسم عند {path}. لم يتغير شيء.',
		'not-a-list': 'في هذا الملف، ينبغي أن يكون {path} قائمة. لم يتغير شيء.',
		version:
			'هذا ملف تصدير من مختار النماذج بالإصدار {version}، وهذا التطبيق يقرأ الإصدار 1. لم يتغير شيء.',
		empty: 'لا شيء في هذا الملف للاستيراد. لم يتغير شيء.',
		unreadable: 'تعذّر على التطبيق قراءة هذا الملف. لم يتغير شيء.',
		quota: 'لا توجد مساحة تخزين كافية لهذا الاستيراد. لم يتغير شيء.',
		conflict: 'هذا الملف سيستبدل إدخالًا مدمجًا ({detail}). لم يتغير شيء.',
		failed: 'تعذّر على المتصفح حفظ هذا الاستيراد. لم يتغير شيء.',
		'no-version':
			'لا يذكر ملف التصدير هذا من مختار النماذج إصداره، وهذا التطبيق يقرأ الإصدار 1. لم يتغير شيء.',
		technical: 'التفاصيل التقنية: {detail}'
	},
	importProgress: {
		label: 'تقدّم الاستيراد',
		reading: 'جارٍ قراءة الملف: {read} من {total}…',
		parsing: 'جارٍ تحليل بنية JSON في الملف…',
		checking: 'جارٍ فحص الإدخالات…',
		checkingCount: 'جارٍ فحص الإدخالات: {done} من {total}…'
	},
	importDates: {
		'field-date-out-of-range':
			'{entry}: القيمة {value} في الحقل {field} خارج السنوات التي يقبلها التطبيق، من 1900 إلى 2999',
		'date-out-of-range':
			'{entry}: القيمة {value} في الحقل {field} خارج السنوات التي يقبلها التطبيق، من 1900 إلى 2999؛ استُورد من دونها'
	}
} satisfies ImportWords;
