/** The Arabic words of the pages other than the chooser; see `en-pages.ts`. */
import type { PageMessages } from './en-pages';

export const arPages = {
	explore: {
		filters: 'عوامل التصفية',
		moreFilters: 'عوامل تصفية أخرى',
		moreFiltersInUse: 'عوامل تصفية أخرى (المستخدم منها: {count})',
		search: 'بحث',
		searchHint: 'نموذج أو عرض أو شركة',
		any: 'الكل',
		status: 'الحالة',
		openness: 'الانفتاح',
		task: 'وظيفته',
		runs: 'مكان التشغيل',
		runsOnDevice: 'يعمل على',
		runsOnDeviceHint:
			'على الجهاز نفسه، بحسب الذاكرة التي يحتاجها النموذج؛ وتُستبعد الخدمات السحابية لأنها تعمل على أي جهاز.',
		kind: 'النوع',
		vendor: 'الشركة',
		maxPrice: 'أعلى سعر شهري (بالدولار)',
		maxPriceError: 'أدخل دولارات كاملة من 0 إلى 10,000، أو اتركه فارغًا.',
		favouritesOnly: 'المفضلة فقط',
		clear: 'مسح عوامل التصفية',
		results: '{models} و{offers}',
		modelsCount: {
			zero: 'لا نماذج',
			one: 'نموذج واحد',
			two: 'نموذجان',
			few: '{count} نماذج',
			many: '{count} نموذجًا',
			other: '{count} نموذج'
		},
		offersCount: {
			zero: 'لا طرق استخدام',
			one: 'طريقة استخدام واحدة',
			two: 'طريقتا استخدام',
			few: '{count} طرق استخدام',
			many: '{count} طريقة استخدام',
			other: '{count} طريقة استخدام'
		},
		nothing: 'لا شيء يطابق عوامل التصفية هذه.',
		sortBy: 'رتّب حسب {column}',
		released: 'التاريخ',
		priceFrom: 'ابتداءً من',
		priceNote: 'تُعرض أسعار الاستخدام حسب الطلب كتكلفة شهر عند مليون رمز.',
		favourite: 'مفضّل: {name}',
		details: 'تفاصيل {name}',
		compareWith: 'قارن مع…',
		compare: 'قارن',
		pick: {
			find: 'ابحث عن نموذج',
			first: 'المعروض: أول {shown} من {count}. اكتب جزءًا من الاسم لتجد غيرها.',
			matching: 'المطابقة: {matched}.',
			more: 'المطابقة: {matched}، والمعروض أولها {shown}. اكتب المزيد من الاسم لتضييقها.',
			none: 'لا يحمل اسمُ أيِّ نموذج أو معرّفُه ما كتبته.'
		}
	},
	linkNotices: {
		ignored: 'لم تُفهم بعض أجزاء هذا الرابط فتُركت: {names}.',
		catOther:
			'أُنشئ هذا الرابط بالفهرس {theirs}، وفهرسك هو {ours}، لذا قد تختلف الإجابة عن التي شوركت.',
		catEdited:
			'كان لدى من شارك هذا الرابط إدخالات أضافها أو عدّلها في الفهرس، لذا قد تختلف إجابتك عن إجابته.'
	},
	facts: {
		title: 'أرقام المقال',
		days: {
			zero: '{count} يوم',
			one: 'يوم واحد',
			two: 'يومان',
			few: '{count} أيام',
			many: '{count} يومًا',
			other: '{count} يوم'
		},
		months: {
			zero: '{count} شهر',
			one: 'شهر واحد',
			two: 'شهران',
			few: '{count} أشهر',
			many: '{count} شهرًا',
			other: '{count} شهر'
		},
		about: 'نحو {value}',
		under: 'أقل من {value}',
		million: '{value} مليون دولار',
		billion: '{value} مليار دولار',
		measure: {
			'time-to-100m-users': 'المدة حتى 100 مليون مستخدم',
			'api-subscription-change': 'التغير في اشتراكات الواجهة البرمجية',
			'api-price-cut': 'تخفيض سعر الواجهة البرمجية',
			'daily-downloads-change': 'التغير في التنزيلات اليومية',
			'next-day-retention': 'الاحتفاظ في اليوم التالي',
			'subscription-price': 'سعر الاشتراك',
			'paid-model-share': 'نسبة من يستخدمون النماذج المدفوعة الأكبر',
			'training-cost': 'تكلفة التدريب'
		}
	},
	data: {
		title: 'بياناتك',
		intro:
			'ما تضيفه وتعدّله وتميّزه بنجمة وتدوّنه يُحفظ على هذا الجهاز. صدّره لتحتفظ بنسخة أو لتنقله إلى جهاز آخر.',
		export: 'تصدير',
		exportWithCatalogue: 'تضمين الفهرس كاملًا',
		exported: 'صُدِّر {file}.',
		exportFailed: 'لم يُصدَّر شيء: تعذّرت قراءة بياناتك. لم يتغير شيء.',
		import: 'استيراد',
		importHint:
			'ملف مصدَّر من مختار النماذج، أو قائمة نماذج OpenRouter (GET /api/v1/models)، أو ملف api.json من models.dev.',
		reading: 'جارٍ قراءة الملف…',
		importing: 'جارٍ الاستيراد…',
		cancelled: 'أُلغي الاستيراد. لم يتغير شيء.',
		resetTitle: 'البدء من جديد بالفهرس المدمج',
		reset: 'إعادة الضبط…',
		resetConfirm:
			'يزيل هذا النماذج والعروض التي أضفتها أو استوردتها، وتعديلاتك. وتبقى المفضلة والملاحظات.',
		resetExportFirst: 'صدّر أولًا',
		resetDo: 'أعد الضبط',
		cancel: 'إلغاء',
		resetDone: 'عدت إلى الفهرس المدمج.',
		readOnly: 'لا يسمح هذا المتصفح للتطبيق بحفظ أي شيء، فلا مكان للاستيراد إليه.',
		addTitle: 'أضف نموذجًا',
		edited: 'عدّلته أنت (كان {original})',
		revert: 'تراجع',
		editPrice: 'غيّر السعر',
		editRuns: 'غيّر مكان التشغيل',
		priceType: 'السعر',
		priceMonthly: 'شهريًا (بالدولار)',
		pricePerUse: 'لكل مليون رمز (بالدولار، إدخال / إخراج)',
		priceUnknown: 'غير معلن',
		input: 'الإدخال (دولار لكل مليون رمز)',
		output: 'الإخراج (دولار لكل مليون رمز)',
		monthly: 'دولار شهريًا',
		save: 'احفظ',
		saved: 'حُفظ.',
		notes: 'ملاحظاتك',
		notesLabel: 'ملاحظات عن {name}',
		numberError: 'أدخل سعرًا من 0 إلى 1,000,000.'
	},
	add: {
		name: 'اسم النموذج',
		nameError: 'أعطِ النموذج اسمًا (حتى 200 حرف، دون وسوم).',
		vendor: 'الشركة',
		openness: 'الانفتاح',
		status: 'الحالة',
		released: 'تاريخ الإصدار',
		dateError: 'أدخل تاريخًا بالشكل YYYY-MM-DD، أو اتركه فارغًا.',
		kind: 'طريقة الاستخدام',
		runs: 'مكان التشغيل',
		needGb: 'الذاكرة التي يحتاجها (غيغابايت)',
		needGbHint: 'اتركه فارغًا لتقديرها من حجم النموذج.',
		gbError: 'أدخل من 0.1 إلى 4,096 غيغابايت، أو اتركه فارغًا.',
		size: 'الحجم (بمليارات المعاملات)',
		sizeHint: 'العدد الكلي بما فيه كل الخبراء؛ اتركه فارغًا إن لم يكن معروفًا.',
		sizeError: 'أدخل عددًا من 0.001 إلى 100,000 مليار، أو اتركه فارغًا.',
		save: 'أضف النموذج',
		added: 'أُضيف {name}.',
		open: 'افتح صفحته',
		duplicate: 'في فهرسك نموذج بهذا الاسم.'
	},
	model: {
		notFoundTitle: 'النموذج غير موجود',
		notFound: 'لا يوجد نموذج بهذا العنوان في فهرسك.',
		loading: 'جارٍ البحث عن هذا النموذج في فهرسك…',
		back: 'العودة إلى الفهرس',
		offers: 'طرق استخدامه',
		citations: 'ما يقوله المقال',
		line: 'السطر {line}',
		publicRecord: 'سجل عام',
		asOf: 'حتى {date}',
		source: 'المصدر',
		noOffers: 'لا توجد طريقة مدرجة لاستخدامه بعد.',
		parameters: 'عدد المعاملات',
		task: 'وظيفته',
		sizeUnknown: 'غير معروف',
		arenaTitle: 'Chatbot Arena (سجل عام)',
		arenaNote:
			'سجل عام، لا من كلام المقال: لوحة Chatbot Arena من LMSYS، حيث يصوّت الناس بين إجابتين دون أن يعرفوا أي نموذج كتب كلًّا منهما. الأعلى أفضل؛ وفارق 100 نقطة يعني أن صاحب الدرجة الأعلى يُفضَّل في نحو 64% من المرات.',
		arenaSource: 'Chatbot Arena (LMSYS)، فئة النص، {date}',
		notRated: 'لا يظهر على لوحة Chatbot Arena.',
		memoryTitle: 'الذاكرة التي يحتاجها',
		memoryNeed: 'نحو {q4} لملف 4 بت، أو {q8} لملف 8 بت (وهو أفضل قليلًا).',
		memoryTable: 'أي الأجهزة الشائعة تشغّله',
		memoryQ4: '4 بت، {gb}',
		memoryQ8: '8 بت، {gb}',
		memoryFit: { fits: 'يكفي', tight: 'يكفي بالكاد', no: 'لا يكفي' },
		memoryNote:
			'تمنح البطاقة النموذجَ ذاكرتها كلها، والحاسوب ثلثيها، والهاتف نصفها؛ و«يكفي» يُبقي 30% احتياطًا.',
		memoryClosed: 'أوزانه مغلقة: لا يمكن تشغيله على جهازك.',
		memoryUnknown: 'حجمه غير معروف ({why})، فلا تُعرف الذاكرة التي يحتاجها.',
		sizeWhy: {
			'not-published': 'لم يُنشر، ولا يذكره اسمه، مثل «7B»',
			'not-read': 'تعذّرت قراءته من معرّفه أو اسمه في القائمة',
			'not-given': 'لم تُدخله'
		}
	},
	writes: {
		notSaved: 'لم يُحفظ.',
		reason: 'قال المتصفح: {reason}',
		kept: 'ما كتبته باقٍ هنا.',
		starOn: 'لم تُحفظ نجمتك على {name}.',
		starOff: 'لم تُحفظ إزالة نجمتك عن {name}.',
		reverted: 'عادت القيمة إلى ما في الفهرس.',
		persistAsking: 'جارٍ سؤال المتصفح…',
		persistKept: 'سيحتفظ المتصفح ببياناتك: لن يمسحها لتوفير المساحة.',
		persistDeclined:
			'رفض المتصفح الآن. تحتفظ المتصفحات ببيانات المواقع التي يستخدمها أصحابها: ثبّت التطبيق أو أضفه إلى المفضلة، واستخدمه بين حين وآخر، ثم اطلب مرة أخرى لاحقًا. وإلى ذلك الحين، صدّر ما تضيفه لتحتفظ بنسخة منه.',
		persistCannot:
			'لا يستطيع هذا المتصفح أن يقول إن كان سيحتفظ ببياناتك. صدّر ما تضيفه لتحتفظ بنسخة منه.',
		modelUnreachable: 'تعذّر فتح بياناتك المحفوظة، لذا لا يمكن عرض نموذج أضفته الآن.'
	},
	pwaPages: {
		unsavedAsk: 'لم تُحفظ تعديلاتك. أتعيد التحميل؟',
		keepEditing: 'متابعة التعديل'
	},
	writeAlerts: {
		reasons: {
			quota:
				'امتلأت المساحة التي يمنحها هذا المتصفح للتطبيق. وفّر بعض المساحة (صدّر بياناتك ثم احذف ما لم تعد تحتاجه)، ثم أعد المحاولة.',
			closed:
				'أُغلق مخزن التطبيق، ربما لنسخة أحدث في علامة تبويب أخرى. أعد تحميل الصفحة، ثم أعد المحاولة.',
			blocked:
				'لم تُفتح بياناتك بعد، وقد تكون علامة تبويب أخرى من مختار النماذج ممسكة بها. أغلقها وأعد التحميل، ثم أعد المحاولة.',
			aborted:
				'أوقف المتصفح التغيير، ربما لأن علامة تبويب أخرى كانت تحفظ في الوقت نفسه. أعد المحاولة.',
			'read-only': 'لا يسمح هذا المتصفح للتطبيق بحفظ أي شيء.',
			conflict: 'المعرّف {id} مستخدم في الفهرس المدمج.',
			failed: 'رفض المتصفح التغيير.'
		},
		resetNotDone: 'لم يُعَد ضبط بياناتك: لم يتغيّر شيء.'
	},
	tableWindow: {
		earlier: 'اعرض {count} من الصفوف السابقة ({above} في الأعلى)'
	},
	unsavedLeave: {
		ask: 'لم تُحفظ تعديلاتك. أتغادر؟',
		leave: 'مغادرة'
	},
	dockQuestion: {
		offline: 'أنت غير متصل.',
		offlineNotSaved: 'غير متصل، ولم يُحفظ التطبيق للعمل دون اتصال بعد.'
	},
	// What a model or an offer is, and a model's dates: the catalogue's and a model's page's words.
	task: {
		chat: 'الدردشة',
		embedding: 'التضمينات',
		rerank: 'إعادة الترتيب',
		'speech-to-text': 'تحويل الكلام إلى نص',
		'text-to-speech': 'تحويل النص إلى كلام',
		image: 'الصور',
		video: 'الفيديو',
		music: 'الموسيقى',
		moderation: 'الإشراف على المحتوى'
	},
	kind: {
		'free-app': 'تطبيق مجاني',
		subscription: 'اشتراك',
		api: 'واجهة برمجية',
		'self-hosted': 'شغّله بنفسك'
	},
	date: { expected: 'متوقع {date}', announced: 'أُعلن {date}', listed: 'في قائمة عامة منذ {date}' },
	/** The catalogue's page: its title, where its data comes from, and its tables' columns. */
	modelsPage: {
		title: 'الفهرس',
		intro: 'كل نماذج الفهرس، وطرق استخدام كل منها.',
		modelsHeading: 'النماذج',
		offersHeading: 'طرق الاستخدام',
		fromDevice: 'مقروء من تخزين هذا الجهاز (الفهرس {version}).',
		fromBundle: 'يعرض الفهرس المدمج (الفهرس {version}).',
		columns: {
			name: 'الاسم',
			vendor: 'الشركة',
			status: 'الحالة',
			openness: 'الانفتاح',
			licence: 'الرخصة',
			kind: 'النوع',
			models: 'النماذج',
			runsOn: 'مكان التشغيل',
			price: 'السعر'
		}
	}
} satisfies PageMessages;
