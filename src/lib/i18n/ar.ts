/** The Arabic words of the UI; `satisfies` makes a missing or extra key a type error. */
import type { Messages } from './en';

export const ar = {
	appName: 'مختار النماذج',
	appNameOther: 'Model Chooser',
	tagline: 'اختر نموذج ذكاء اصطناعي حسب التكلفة والانفتاح والجهاز.',
	purpose:
		'يحفظ مختار النماذج على جهازك فهرسًا لنماذج الذكاء الاصطناعي وطرق استخدامها — تطبيقات مجانية واشتراكات وواجهات برمجية وأوزان مفتوحة تشغّلها بنفسك — ويساعدك على اختيار أحدها حسب تكلفته ومدى انفتاحه والجهاز الذي يعمل عليه. يعمل دون اتصال، ولا يغادر جهازك شيء مما تفعله.',
	sourceLine: 'الفهرس مأخوذ من تحليل إخباري باللغة العربية منسوب إلى {credit}، {date}.',
	nav: {
		label: 'الرئيسية',
		chooser: 'المختار',
		catalogue: 'الفهرس',
		compare: 'قارن',
		about: 'حول',
		settings: 'الإعدادات'
	},
	langSwitch: { label: 'اللغة', other: 'English', otherLang: 'en' },
	skipToContent: 'انتقل إلى المحتوى',
	readOnlyBanner:
		'لا يسمح هذا المتصفح للتطبيق بحفظ أي شيء، لذا تعرض الصفحة الفهرس المدمج ولا يمكن حفظ التغييرات.',
	home: {
		aboutTitle: 'عن مختار النماذج'
	},
	models: {
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
		},
		rating: 'درجة \u2066Chatbot Arena\u2069: {score}، {date}',
		billions: { few: '{count} مليارات', other: '{count} مليار' },
		parameters: '{total}',
		parametersMoe: '{total} (منها {active} نشطة)',
		parametersEffective: '{total} (عدد فعّال)'
	},
	status: { released: 'صادر', planned: 'مخطط له', legacy: 'قديم' },
	openness: { 'open-weights': 'أوزان مفتوحة', closed: 'مغلق', unknown: 'الانفتاح غير مذكور' },
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
	offerLabels: { preview: 'معاينة', retires: 'يتوقف العمل به في {date}' },
	kind: {
		'free-app': 'تطبيق مجاني',
		subscription: 'اشتراك',
		api: 'واجهة برمجية',
		'self-hosted': 'شغّله بنفسك'
	},
	runsOn: {
		cloud: 'السحابة',
		device: 'جهازك',
		deviceNeed: 'جهازك، بنحو {gb} من الذاكرة',
		computer: 'حاسوب (المعالج المركزي)',
		phone: 'هاتف',
		gpu: 'بطاقة رسوميات',
		gpuRange: 'بطاقة رسوميات، {range}',
		gpuMin: 'بطاقة رسوميات، {min} على الأقل',
		gpuUnknown: 'بطاقة رسوميات، الذاكرة غير معروفة'
	},
	// One way to write a unit in Arabic: the word, never an abbreviation.
	units: { gb: 'غيغابايت' },
	price: {
		usd: {
			zero: '{amount} دولار',
			one: '{amount} دولار',
			two: '{amount} دولار',
			few: '{amount} دولارات',
			many: '{amount} دولارًا',
			other: '{amount} دولار'
		},
		free: 'مجاني',
		monthly: '{amount} شهريًا',
		perUse: '{input} للإدخال / {output} للإخراج لكل مليون رمز',
		unknown: 'السعر غير معلن',
		underCent: 'أقل من {amount}',
		plusFees: '{price}، إضافة إلى {fees} — معروف جزئيًا',
		atLeast: '{amount} شهريًا على الأقل، إضافة إلى {fees}',
		tokensOnly: '{amount} شهريًا للرموز، إضافة إلى {fees}',
		feesKept: 'إضافة إلى {fees}: تبقى كما هي',
		above: 'الطلبات التي تتجاوز {tokens} رمز',
		longContext: 'الطلبات الطويلة',
		fees: {
			request: { each: '{usd} لكل طلب', mtok: 'الطلبات {usd} لكل مليون رمز' },
			search: { each: '{usd} لكل بحث', mtok: 'عمليات البحث {usd} لكل مليون رمز' },
			'image-output': { each: '{usd} لكل صورة', mtok: '{usd} لكل مليون رمز من رموز الصور' },
			'audio-output': { each: '{usd} لكل مقطع صوتي', mtok: '{usd} لكل مليون رمز صوتي' },
			reasoning: { each: 'التفكير {usd} للمرة', mtok: 'رموز التفكير {usd} لكل مليون' },
			'long-context-input': {
				each: '{above}: {usd} لكل طلب للإدخال بدل السعر المعتاد',
				mtok: '{above}: {usd} للإدخال لكل مليون بدل السعر المعتاد'
			},
			'long-context-output': {
				each: '{above}: {usd} لكل طلب للإخراج بدل السعر المعتاد',
				mtok: '{above}: {usd} للإخراج لكل مليون بدل السعر المعتاد'
			}
		}
	},
	date: { expected: 'متوقع {date}', announced: 'أُعلن {date}', listed: 'في قائمة عامة منذ {date}' },
	pwa: {
		offlineReady: 'جاهز للعمل دون اتصال.',
		updateAvailable: 'يتوفر تحديث.',
		reload: 'إعادة التحميل',
		dismiss: 'تجاهل',
		close: 'إغلاق',
		offline: 'أنت غير متصل. كل شيء ما زال يعمل من هذا الجهاز.',
		outdated: 'نسخة أحدث من التطبيق مفتوحة في علامة تبويب أخرى. أعد التحميل لمواصلة استخدامه.'
	},
	settings: {
		title: 'الإعدادات',
		intro: 'ثبّت التطبيق، واطّلع على طريقة حفظ بياناتك.',
		installTitle: 'التثبيت',
		installButton: 'تثبيت التطبيق',
		installIntro: 'ثبّت مختار النماذج لتفتحه من الشاشة الرئيسية، دون اتصال.',
		installed: 'مختار النماذج مثبّت على هذا الجهاز.',
		installIos: 'على iPhone أو iPad: اضغط «مشاركة» ثم «إضافة إلى الشاشة الرئيسية».',
		installUnavailable:
			'لم يعرض هذا المتصفح تثبيت التطبيق. في Chrome أو Edge استخدم «تثبيت التطبيق» من القائمة؛ وعلى iPhone استخدم في Safari «مشاركة» ثم «إضافة إلى الشاشة الرئيسية».',
		storageTitle: 'التخزين',
		persistent: 'بياناتك محفوظة: لن يمسحها المتصفح لتوفير المساحة.',
		notPersistent: 'قد يمسح المتصفح بيانات هذا الموقع عند نفاد المساحة. صدّر ما تضيفه لتحتفظ بنسخة.',
		persistUnknown: 'لا يذكر هذا المتصفح إن كان يحتفظ ببيانات هذا الموقع.',
		persistButton: 'اطلب من المتصفح الاحتفاظ ببياناتي',
		used: 'المستخدم {used} من نحو {quota}.',
		appTitle: 'التطبيق',
		version: 'الإصدار {version}، الفهرس {catalogue}.',
		checkUpdate: 'ابحث عن تحديث',
		checked: 'تم البحث. إن وُجد تحديث فسيُعرض أعلى الصفحة.'
	},
	explore: {
		filters: 'عوامل التصفية',
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
		ignored: 'لم تُفهم بعض أجزاء هذا الرابط فتُركت: {names}.'
	},
	compare: {
		title: 'قارن النماذج',
		intro: 'من نموذجين إلى أربعة جنبًا إلى جنب؛ وتُميَّز الصفوف المختلفة.',
		add: 'أضف نموذجًا',
		addButton: 'أضف',
		remove: 'أزل {name}',
		needTwo: 'اختر نموذجين على الأقل للمقارنة.',
		differs: 'مختلف',
		same: 'متماثل',
		rows: {
			vendor: 'الشركة',
			status: 'الحالة',
			date: 'التاريخ',
			openness: 'الانفتاح',
			parameters: 'عدد المعاملات',
			arena: 'درجة Chatbot Arena (الأعلى)',
			offers: 'طرق استخدامه',
			cheapest: 'الأرخص شهريًا',
			places: 'يعمل على',
			deviceGb: 'الذاكرة اللازمة لتشغيله على جهازك',
			citations: 'اقتباسات المقال',
			facts: 'أرقام المقال'
		},
		none: 'لا شيء',
		noDeviceOffer: 'لا طريقة لتشغيله على جهازك',
		unknown: 'غير معروف',
		notRated: 'ليس على اللوحة',
		arenaCell: '{score} ({entry}، {date})',
		aboutGb: 'نحو {gb}'
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
	about: {
		title: 'حول التطبيق',
		intro: 'من أين يأتي الفهرس، وما يفعله التطبيق ببياناتك، وأرقام المقال.',
		sourceTitle: 'المصدر',
		source:
			'الفهرس مأخوذ من تحليل إخباري باللغة العربية منسوب إلى {credit}، كُتب {date}، عن OpenAI وDeepSeek والتحول إلى النماذج المفتوحة. وهو يصف العالم كما كان في {asOf}؛ ويستشهد كل ادعاء بجملة المقال نفسها، وتُوسم الحقائق الأخرى بأنها «سجل عام» مع مصدرها وتاريخها.',
		privacyTitle: 'بياناتك',
		privacy:
			'لا يغادر جهازك شيء. ليس للتطبيق خادم ولا حساب ولا تحليلات: يُحفظ الفهرس وكل ما تغيّره في تخزين هذا المتصفح، ويعمل دون اتصال.',
		usersTitle: 'المدة حتى 100 مليون مستخدم',
		usersNote: 'على مقياس يُبقي 7 أيام ظاهرة بجانب 14 شهرًا (لوغاريتمي).',
		pricesTitle: 'مستويات أسعار ChatGPT',
		pricesNote: 'شهر من الاستخدام، كما يذكره المقال.',
		timelineTitle: 'الخط الزمني',
		chartTable: 'بيانات الرسم',
		product: 'المنتج',
		time: 'المدة',
		tier: 'المستوى',
		price: 'السعر الشهري',
		when: 'متى',
		event: 'الحدث',
		events: {
			'gpt-2': 'GPT-2، آخر نموذج كبير مفتوح من OpenAI',
			'gpt-4': 'صدور GPT-4',
			'gpt-4o': 'صدور GPT-4o',
			hints: 'تلميح إلى نموذجين مفتوحين من OpenAI',
			'gpt-5': 'موعد GPT-5 المتوقع'
		}
	},
	data: {
		title: 'بياناتك',
		intro:
			'ما تضيفه وتعدّله وتميّزه بنجمة وتدوّنه يُحفظ على هذا الجهاز. صدّره لتحتفظ بنسخة أو لتنقله إلى جهاز آخر.',
		export: 'تصدير',
		exportWithCatalogue: 'تضمين الفهرس كاملًا',
		exported: 'صُدِّر {file}.',
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
	numberField: {
		kept: 'وإلى أن يصحّ، تبقى القيمة {value} مستعملة.',
		leftOut: 'وإلى أن يصحّ، لا يُؤخذ هذا الحقل في الحساب.'
	},
	chooser: {
		intro:
			'أخبره بما لديك وبالغرض وبما يمكنك إنفاقه؛ فيختار طريقة واحدة من كل نوع، ويرتّب البقية، ويذكر السبب.',
		formLabel: 'وضعك',
		device: 'الجهاز',
		deviceNone: 'لم يُحدَّد',
		devicePhone: 'هاتف',
		deviceComputer: 'حاسوب بلا بطاقة رسوميات',
		deviceGpu: 'حاسوب ببطاقة رسوميات',
		deviceHint:
			'حاسوب Mac بمعالج Apple، أو برسوميات مدمجة، يُعدّ بلا بطاقة رسوميات: رسومياته تتشارك ذاكرته.',
		vram: 'ذاكرة بطاقة الرسوميات (VRAM، غيغابايت)',
		vramHint: 'عدد صحيح من 1 إلى 256 غيغابايت. اتركه فارغًا إن كنت لا تعرف.',
		vramError: 'أدخل عددًا صحيحًا من 1 إلى 256.',
		ram: 'الذاكرة (RAM، غيغابايت)',
		ramHint:
			'عدد صحيح من 1 إلى 1,024. يستخدم النموذج نحو نصف ذاكرة الهاتف وثلثي ذاكرة الحاسوب. اتركه فارغًا إن كنت لا تعرف.',
		ramError: 'أدخل عددًا صحيحًا من 1 إلى 1,024.',
		localOnly: 'التشغيل على جهازي فقط',
		localOnlyHint: 'لا يغادر جهازك شيء مما تكتبه؛ وتُستبعد الخدمات السحابية.',
		purpose: 'الغرض',
		purposeAny: 'أيٌّ منها',
		purposeApp: 'الدردشة في تطبيق أو موقع',
		purposeApi: 'البناء بواجهة برمجية، والدفع حسب الاستخدام',
		purposeSelf: 'تشغيل أوزان مفتوحة بنفسي',
		budget: 'الميزانية الشهرية',
		budgetHint: 'بالدولار الأمريكي شهريًا، دولارات كاملة. اتركها فارغة لعدم وضع حد.',
		budgetError: 'أدخل دولارات كاملة من 0 إلى 10,000، أو اتركها فارغة.',
		budgetPresets: 'ميزانيات سريعة',
		budgetFree: 'المجاني فقط',
		budgetNone: 'بلا حد',
		openness: 'الانفتاح',
		opennessAny: 'أيٌّ منها',
		opennessPreferred: 'الأوزان المفتوحة مفضّلة',
		opennessRequired: 'الأوزان المفتوحة مطلوبة',
		planned: 'تضمين النماذج المخطط لها',
		usage: 'الاستخدام (مليون رمز شهريًا)',
		usageHint:
			'يُسعَّر به الاستخدام حسب الطلب (الواجهات البرمجية)، نصف الرموز إدخالًا ونصفها إخراجًا. نحو 1 استخدام خفيف، و5 متوسط، و20 كثيف.',
		usageError: 'أدخل عددًا من 0.1 إلى 1,000، بمنزلة عشرية واحدة على الأكثر.',
		usagePresets: 'مستويات الاستخدام',
		usageLight: 'خفيف (1)',
		usageMedium: 'متوسط (5)',
		usageHeavy: 'كثيف (20)',
		answer: 'إجابتك',
		pickKinds: {
			'free-app': 'تطبيق مجاني',
			subscription: 'اشتراك',
			'self-hosted': 'على جهازك',
			api: 'واجهة برمجية حسب استخدامك'
		},
		noPick: {
			'no-device': 'اختر جهازك لترى ما يعمل عليه.',
			'only-legacy': 'لا يناسب جهازك إلا نموذج قديم تجاوزته نماذج أحدث: {offer}.',
			'memory-not-given': {
				phone: 'أدخل ذاكرة هاتفك لترى ما يعمل عليه.',
				computer: 'أدخل ذاكرة حاسوبك لترى ما يعمل عليه.',
				gpu: 'أدخل ذاكرة بطاقة الرسوميات لديك لترى ما يعمل عليها.'
			},
			none: 'لا شيء من هذا النوع يناسب اختياراتك.'
		},
		seeCard: 'اعرض بطاقته',
		seeCardLabel: 'اعرض بطاقته: {offer}',
		getIt: 'احصل عليه',
		getItLabel: 'احصل عليه: {offer} (الصفحة الرسمية، تُفتح في علامة تبويب جديدة)',
		sort: 'الترتيب',
		sortCheap: 'الأرخص أولًا',
		sortRated: 'الأعلى تقييمًا أولًا',
		sortNew: 'الأحدث أولًا',
		recommendations: 'التوصيات',
		notAFit: 'غير مناسب',
		comingLater: 'قادم لاحقًا',
		count: {
			zero: 'لا خيارات',
			one: 'خيار واحد',
			two: 'خياران',
			few: '{count} خيارات',
			many: '{count} خيارًا',
			other: '{count} خيار'
		},
		folded: {
			one: 'شغّله بنفسك: نموذج مفتوح واحد — اختر جهازك لترى إن كان يناسبه',
			two: 'شغّله بنفسك: نموذجان مفتوحان — اختر جهازك لترى ما يناسبه منهما',
			few: 'شغّله بنفسك: {count} نماذج مفتوحة — اختر جهازك لترى ما يناسبه منها',
			many: 'شغّله بنفسك: {count} نموذجًا مفتوحًا — اختر جهازك لترى ما يناسبه منها',
			other: 'شغّله بنفسك: {count} نموذج مفتوح — اختر جهازك لترى ما يناسبه منها'
		},
		showMore: 'اعرض {count} أخرى ({left} غير معروضة)',
		groupedNote:
			'مجمّعة حسب سبب عدم المناسبة؛ والخيار الذي لا يناسب لأكثر من سبب يظهر في كل مجموعة منها.',
		failureGroups: {
			'runs-in-cloud': 'يعمل في السحابة فقط، وأنت تريده على جهازك',
			'needs-phone': 'يعمل على الهاتف فقط',
			'needs-computer': 'يحتاج إلى حاسوب',
			'needs-gpu': 'يحتاج إلى بطاقة رسوميات',
			'memory-short': 'يحتاج إلى ذاكرة أكبر مما يستطيع جهازك منحه للنموذج',
			'beyond-any-device': 'يحتاج إلى ذاكرة أكبر مما لدى أي جهاز من هذا النوع',
			'closed-weights': 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة',
			'openness-unknown': 'انفتاحه غير مذكور، وقد طلبت أوزانًا مفتوحة',
			'other-purpose': 'ليس للغرض الذي تريده',
			'over-budget': 'يتجاوز ميزانيتك',
			'price-unknown': 'سعره غير معلن، وقد حددت ميزانية'
		},
		pending: 'جارٍ تحميل إجابة هذا الرابط…',
		empty: 'لا شيء يناسب كل اختياراتك.',
		emptyHelp: 'تغيير واحد منها سيعطي نتائج:',
		emptyNothing: 'لا يوجد تغيير واحد يعطي نتائج؛ جرّب البدء من جديد بالإعدادات الافتراضية.',
		reset: 'ابدأ من جديد',
		monthlyCost: 'التكلفة الشهرية',
		runsOn: 'يعمل على',
		status: 'الحالة',
		rating: 'التقييم',
		unrated: 'ليس على لوحة Chatbot Arena',
		howTo:
			'الطريقة: ملف بدقة 4 بت حجمه نحو {gb}، يُفتح في برنامج تشغيل محلي (LM Studio أو Ollama أو llama.cpp)',
		howToPhone:
			'الطريقة: ملف بدقة 4 بت حجمه نحو {gb}، يُفتح في تطبيق هاتف يشغّل النماذج على الهاتف نفسه (مثل \u2066PocketPal AI\u2069)',
		why: 'السبب',
		modelPage: 'عن {model}',
		costUnknown: 'غير معلنة',
		share: 'مشاركة',
		shareTitle: 'مختار النماذج: خياراتي',
		shareCopied: 'نُسخ الرابط. الصقه في أي مكان لمشاركة هذه الإجابة.',
		shareShared: 'تمت المشاركة.',
		shareManual: 'انسخ هذا الرابط لمشاركة الإجابة:',
		ignored: 'لم تُفهم بعض أجزاء هذا الرابط فتُركت: {names}.',
		catOther:
			'أُنشئ هذا الرابط بالفهرس {theirs}، وفهرسك هو {ours}، لذا قد تختلف الإجابة عن التي شوركت.',
		catEdited:
			'كان لدى من شارك هذا الرابط إدخالات أضافها أو عدّلها في الفهرس، لذا قد تختلف إجابتك عن إجابته.',
		suggestion: 'يبدو أن جهازك {device}.',
		suggestionBasis: 'بناءً على: {basis}.',
		suggestionUse: 'استخدم «{device}»',
		suggestionUseMemory: 'استخدم «{device}» بذاكرة {gb}',
		suggestionDismiss: 'لا، شكرًا',
		basis: {
			'client-hint-mobile': 'متصفحك يذكر أنه على جهاز محمول',
			'user-agent-mobile': 'متصفحك يسمّي هاتفًا',
			'touch-small-screen': 'شاشة لمس صغيرة',
			'webgpu-adapter': 'وجد متصفحك معالج رسوميات (WebGPU)',
			'shared-memory-graphics': 'رسومياتك تتشارك ذاكرة الحاسوب (معالج Apple أو رسوميات مدمجة)',
			'no-phone-signals': 'لا علامة على هاتف أو معالج رسوميات صالح',
			'device-memory': 'متصفحك يُبلغ عن نحو {gb} من الذاكرة، وهو رقم مقرَّب',
			'device-memory-capped':
				'متصفحك يُبلغ عن {gb} من الذاكرة أو أكثر (لا تُبلغ المتصفحات عن أكثر من {gb}: أدخل ذاكرتك الفعلية)'
		},
		relax: {
			device: 'اختر «{device}» جهازًا',
			vramGb: 'بذاكرة بطاقة رسوميات قدرها {gb}',
			ramGb: 'بذاكرة قدرها {gb}',
			localOnly: 'أوقف «التشغيل على جهازي فقط»',
			purpose: 'اختر «أيٌّ منها» في «الغرض»',
			budget: 'ارفع الميزانية إلى {budget}',
			budgetNone: 'أزل حد الميزانية',
			openness: 'اختر «أيٌّ منها» في «الانفتاح»',
			includePlanned: 'فعّل «تضمين النماذج المخطط لها»',
			gives: '{count}، أفضلها {best}'
		}
	},
	picks: {
		'best-rated-free-app': 'التطبيق المجاني الأعلى تقييمًا ({score})',
		'only-free-app': 'التطبيق المجاني الذي يناسب اختياراتك',
		'best-rated-subscription': 'الاشتراك الأعلى تقييمًا ({score})',
		'best-rated-subscription-budget': 'الاشتراك الأعلى تقييمًا ضمن ميزانيتك ({score})',
		'lower-tier-enough': 'الفئة الأدنى تكفي لمعظم الاستخدام',
		'subscription-fits': 'الاشتراك الذي يناسب اختياراتك',
		'largest-that-fits': 'أكبر نموذج يناسب جهازك ({params} معامل)',
		'largest-that-fits-effective': 'أكبر نموذج يناسب جهازك ({params} معامل فعّال)',
		'fits-your-device': 'يعمل على جهازك',
		'only-fit': 'النموذج المفتوح الوحيد الذي يناسب جهازك',
		planned: 'مخطط له: لم يصدر بعد',
		'cheapest-api': 'أرخص واجهة برمجية عند {usage} مليون رمز شهريًا',
		'cheapest-api-fees':
			'أرخص رموز عند {usage} مليون رمز شهريًا، إذ لا تناسبك واجهة برمجية سعرها معروف كاملًا؛ ويتقاضى أيضًا {fees}',
		'heavier-tier': 'للاستخدام الكثيف: {offer}، {cost} شهريًا',
		'lighter-tier': '{offer}: النماذج نفسها بحدود أقل، {cost} شهريًا',
		'lighter-tier-fewer': '{offer}: نماذج أقل، {cost} شهريًا',
		'highest-rated-api': 'الأعلى تقييمًا: {offer}، {cost} شهريًا ({score})'
	},
	reasons: {
		cloud: 'يعمل في السحابة: على أي جهاز متصل بالإنترنت',
		'runs-in-cloud': 'يعمل في السحابة، لا على جهازك',
		'on-device': 'يعمل على جهازك',
		'needs-phone': 'يحتاج إلى هاتف',
		'needs-computer': 'يحتاج إلى حاسوب',
		'needs-gpu': 'يحتاج إلى بطاقة رسوميات',
		'needs-gpu-gb': 'يحتاج إلى بطاقة رسوميات بذاكرة نحو {need}',
		'needs-memory': 'يحتاج إلى ذاكرة نحو {need} — اختر جهازك للتحقق',
		'size-unknown': 'حجمه غير معروف، فلا تُعرف الذاكرة التي يحتاجها',
		need: 'يحتاج إلى نحو {need}',
		have: {
			phone: 'والهاتف ذو {memory} يترك للنموذج نحو {usable}',
			computer: 'والحاسوب ذو {memory} يترك للنموذج نحو {usable}',
			gpu: 'وبطاقة رسومياتك ذات {memory}'
		},
		'memory-fits': '{need}، {have}، وهذا يكفي',
		'memory-tight': '{need}، {have}، وهذا يكفي بالكاد',
		'memory-short': '{need}، {have}، وهذا لا يكفي',
		sep: '؛ ',
		slower: 'أبطأ منه على بطاقة رسوميات',
		eightBit: 'وتتسع لملف 8 بت، وهو أفضل قليلًا',
		'memory-not-given': {
			phone: '{need}؛ أدخل ذاكرة هاتفك للتحقق',
			computer: '{need}؛ أدخل ذاكرة حاسوبك للتحقق',
			gpu: '{need}؛ أدخل ذاكرة بطاقة الرسوميات لديك للتحقق'
		},
		'beyond-any-device': {
			phone: '{need}: لا يوجد هاتف بهذه الذاكرة',
			computer: '{need}: لا يوجد حاسوب بهذه الذاكرة',
			gpu: '{need}: لا توجد بطاقة رسوميات بهذه الذاكرة'
		},
		'closed-weights': 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة',
		'openness-unknown': 'لم يُذكر إن كانت أوزانه مفتوحة، وقد طلبت أوزانًا مفتوحة',
		'other-purpose': 'ليس لغرض «{purpose}»',
		'open-weights-in-cloud': {
			app: 'أوزانه مفتوحة، لكن هذا التطبيق يشغّلها في سحابة الشركة المطوِّرة: ما تكتبه يذهب إليها',
			api: 'أوزانه مفتوحة، لكن هذه الواجهة البرمجية تشغّلها على خوادم مزوّدها: ما ترسله يذهب إليها'
		},
		'closed-after-open': 'أوزان مغلقة: رُتّب بعد المفتوحة كما تفضّل',
		'unknown-after-open': 'الانفتاح غير مذكور: رُتّب بعد المفتوحة كما تفضّل',
		'per-use-price':
			'نحو {cost} شهريًا عند {usage} مليون رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون',
		'per-use-price-under-cent':
			'أقل من {cost} شهريًا عند {usage} مليون رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون',
		'per-use-price-fees-under-cent':
			'أقل من {cost} شهريًا للرموز عند {usage} مليون رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون، إضافة إلى {fees}',
		'per-use-price-fees':
			'{cost} شهريًا على الأقل عند {usage} مليون رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون، إضافة إلى {fees}',
		'versus-subscription':
			'عند {usage} مليون رمز شهريًا يكلّف {offer} {cost} مقابل {subscription} بسعر {subscriptionCost}؛ ويكون الأرخص تحت {breakEven} مليون رمز شهريًا',
		'tier-adds': 'مقارنةً مع {over}: {adds}',
		'within-budget': 'ضمن ميزانيتك البالغة {budget}',
		'fees-not-counted':
			'تبلغ رموزه {cost} من ميزانيتك البالغة {budget}؛ ولا تُحسب رسومه الأخرى، فقد يكلّف أكثر',
		'over-budget': 'يكلّف {cost} شهريًا، أكثر من ميزانيتك البالغة {budget}',
		'over-budget-fees':
			'يكلّف {cost} شهريًا على الأقل، مع رسوم أخرى، أكثر من ميزانيتك البالغة {budget}',
		'price-unknown': 'السعر غير معلن',
		planned: 'مخطط له؛ لم يُعلن موعد',
		'planned-expected': 'مخطط له، متوقع {date}'
	}
} satisfies Messages;
