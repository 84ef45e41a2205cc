/** The Arabic words of the UI; `satisfies` makes a missing or extra key a type error. */
import type { Messages } from './en';

export const ar = {
	appName: 'مختار النماذج',
	appNameOther: 'Model Chooser',
	tagline: 'اختر نموذج ذكاء اصطناعي حسب التكلفة والانفتاح والجهاز.',
	purpose:
		'يحفظ مختار النماذج على جهازك فهرسًا لنماذج الذكاء الاصطناعي وطرق استخدامها — تطبيقات مجانية واشتراكات وواجهات برمجية وأوزان مفتوحة تشغّلها بنفسك — ويساعدك على اختيار أحدها حسب تكلفته ومدى انفتاحه والجهاز الذي يعمل عليه. يعمل دون اتصال، ولا يغادر جهازك شيء مما تفعله.',
	sourceLine: 'الفهرس مأخوذ من تحليل إخباري باللغة العربية منسوب إلى {credit}، {date}.',
	nav: { label: 'الرئيسية', chooser: 'المختار', catalogue: 'الفهرس' },
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
		}
	},
	status: { released: 'صادر', planned: 'مخطط له', legacy: 'قديم' },
	openness: { 'open-weights': 'أوزان مفتوحة', closed: 'مغلق' },
	kind: {
		'free-app': 'تطبيق مجاني',
		subscription: 'اشتراك',
		api: 'واجهة برمجية',
		'self-hosted': 'شغّله بنفسك'
	},
	runsOn: {
		cloud: 'السحابة',
		computer: 'حاسوب (المعالج المركزي)',
		phone: 'هاتف',
		gpu: 'معالج رسوميات',
		gpuRange: 'معالج رسوميات، {min}–{max} GB',
		gpuMin: 'معالج رسوميات، {min} GB على الأقل',
		gpuUnknown: 'معالج رسوميات، الذاكرة غير معروفة'
	},
	price: {
		usd: '{amount} دولار',
		free: 'مجاني',
		monthly: '{amount} شهريًا',
		perUse: '{input} للإدخال / {output} للإخراج لكل مليون رمز',
		unknown: 'السعر غير معلن'
	},
	date: { expected: 'متوقع {date}', announced: 'أُعلن {date}' },
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
		noOffers: 'لا توجد طريقة مدرجة لاستخدامه بعد.'
	},
	chooser: {
		intro: 'أخبره بما لديك وبما يمكنك إنفاقه؛ فيرتّب طرق استخدام كل نموذج، ويذكر السبب.',
		formLabel: 'وضعك',
		device: 'الجهاز',
		deviceNone: 'لم يُحدَّد',
		devicePhone: 'هاتف',
		deviceComputer: 'حاسوب (بلا معالج رسوميات صالح)',
		deviceGpu: 'حاسوب بمعالج رسوميات',
		vram: 'ذاكرة معالج الرسوميات (GB)',
		vramHint: 'عدد صحيح من 1 إلى 256 غيغابايت. اتركه فارغًا إن كنت لا تعرف.',
		vramError: 'أدخل عددًا صحيحًا من 1 إلى 256.',
		localOnly: 'التشغيل على جهازي فقط',
		localOnlyHint: 'لا يغادر جهازك شيء مما تكتبه؛ وتُستبعد الخدمات السحابية.',
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
			'يُسعَّر به الاستخدام حسب الطلب (الواجهات البرمجية). نحو 1 استخدام خفيف، و5 متوسط، و20 كثيف.',
		usageError: 'أدخل عددًا من 0.1 إلى 1,000، بمنزلة عشرية واحدة على الأكثر.',
		usagePresets: 'مستويات الاستخدام',
		usageLight: 'خفيف (1)',
		usageMedium: 'متوسط (5)',
		usageHeavy: 'كثيف (20)',
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
		pending: 'جارٍ تحميل إجابة هذا الرابط…',
		empty: 'لا شيء يناسب كل اختياراتك.',
		emptyHelp: 'تغيير واحد منها سيعطي نتائج:',
		emptyNothing: 'لا يوجد تغيير واحد يعطي نتائج؛ جرّب البدء من جديد بالإعدادات الافتراضية.',
		reset: 'ابدأ من جديد',
		monthlyCost: 'التكلفة الشهرية',
		runsOn: 'يعمل على',
		status: 'الحالة',
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
		suggestion: 'يبدو أن هذا الجهاز {device}.',
		suggestionBasis: 'بناءً على: {basis}.',
		suggestionUse: 'استخدم «{device}»',
		suggestionDismiss: 'لا، شكرًا',
		basis: {
			'client-hint-mobile': 'متصفحك يذكر أنه على جهاز محمول',
			'user-agent-mobile': 'متصفحك يسمّي هاتفًا',
			'touch-small-screen': 'شاشة لمس صغيرة',
			'webgpu-adapter': 'وجد متصفحك معالج رسوميات (WebGPU)',
			'no-phone-signals': 'لا علامة على هاتف أو معالج رسوميات صالح'
		},
		relax: {
			device: 'اختر «{device}» جهازًا',
			vramGb: 'بذاكرة معالج رسوميات قدرها {gb} GB',
			localOnly: 'أوقف «التشغيل على جهازي فقط»',
			budget: 'ارفع الميزانية إلى {budget}',
			budgetNone: 'أزل حد الميزانية',
			openness: 'اقبل الأوزان المغلقة',
			includePlanned: 'فعّل «تضمين النماذج المخطط لها»',
			gives: '{count}، أفضلها {best}'
		}
	},
	reasons: {
		cloud: 'يعمل في السحابة: على أي جهاز متصل بالإنترنت',
		'runs-in-cloud': 'يعمل في السحابة، لا على جهازك',
		'on-device': 'يعمل على جهازك',
		'needs-phone': 'يحتاج إلى هاتف',
		'needs-computer': 'يحتاج إلى حاسوب',
		'needs-gpu': 'يحتاج إلى معالج رسوميات',
		'needs-gpu-gb': 'يحتاج إلى معالج رسوميات بذاكرة {min} GB',
		'gpu-fits': 'يناسب معالج الرسوميات لديك: {have} GB، ويعمل براحة مع {comfortable} GB',
		'gpu-tight':
			'بالكاد يناسب معالج الرسوميات لديك: {have} GB؛ يحتاج إلى {min} GB ويعمل براحة مع {comfortable} GB',
		'gpu-too-small': 'لدى معالج الرسوميات لديك {have} GB؛ ويحتاج إلى {min} GB على الأقل',
		'gpu-memory-not-given': 'يحتاج إلى {min} GB من ذاكرة معالج الرسوميات؛ أدخل ذاكرتك للتحقق',
		'gpu-need-unknown': 'لم تُعرف بعد ذاكرة معالج الرسوميات التي يحتاجها',
		'closed-weights': 'أوزانه مغلقة، وقد طلبت أوزانًا مفتوحة',
		'open-weights': 'أوزان مفتوحة: يمكنك تنزيله وتشغيله بنفسك',
		closed: 'أوزان مغلقة: يُستخدم عبر الشركة المطوِّرة فقط',
		free: 'مجاني',
		'monthly-price': '{cost} شهريًا',
		'per-use-price':
			'نحو {cost} شهريًا عند {usage} مليون رمز ({input} للإدخال، {output} للإخراج لكل مليون)',
		'within-budget': 'ضمن ميزانيتك البالغة {budget}',
		'over-budget': 'يكلّف {cost} شهريًا، أكثر من ميزانيتك البالغة {budget}',
		'price-unknown': 'السعر غير معلن',
		planned: 'مخطط له؛ لم يُعلن موعد',
		'planned-expected': 'مخطط له، متوقع {date}',
		legacy: 'قديم: تجاوزته نماذج أحدث'
	}
} satisfies Messages;
