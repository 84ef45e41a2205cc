/** The Arabic words of the UI; `satisfies` makes a missing or extra key a type error. */
import { LANGUAGE_NAMES } from '$lib/domain/lang';
import type { CoreMessages } from './en';

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
	langSwitch: { label: 'اللغة', other: LANGUAGE_NAMES.en, otherLang: 'en' },
	skipToContent: 'انتقل إلى المحتوى',
	home: {
		aboutTitle: 'عن مختار النماذج'
	},
	models: {
		rating: 'درجة \u2066Chatbot Arena\u2069: {score}، {date}',
		billions: { few: '{count} مليارات', other: '{count} مليار' },
		millions: { few: '{count} ملايين', other: '{count} مليون' },
		parameters: '{total}',
		parametersMoe: '{total} (منها {active} نشطة)',
		parametersEffective: '{total} (عدد فعّال)'
	},
	status: { released: 'صادر', planned: 'مخطط له', legacy: 'قديم' },
	openness: { 'open-weights': 'أوزان مفتوحة', closed: 'مغلق', unknown: 'الانفتاح غير مذكور' },
	offerLabels: {
		preview: 'معاينة',
		retires: 'يتوقف العمل به في {date}',
		unlisted: 'لم يعد في قائمة {list} بتاريخ {date}'
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
		// The figure and its word never part at a line's end: a no-break space between them.
		usd: {
			zero: '{amount}\u00a0دولار',
			one: '{amount}\u00a0دولار',
			two: '{amount}\u00a0دولار',
			few: '{amount}\u00a0دولارات',
			many: '{amount}\u00a0دولارًا',
			other: '{amount}\u00a0دولار'
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
	pwa: {
		offlineReady: 'جاهز للعمل دون اتصال.',
		updateAvailable: 'يتوفر تحديث.',
		reload: 'إعادة التحميل',
		dismiss: 'تجاهل',
		close: 'إغلاق',
		offline: 'أنت غير متصل. كل شيء ما زال يعمل من هذا الجهاز.',
		outdated: 'نسخة أحدث من التطبيق مفتوحة في علامة تبويب أخرى. أعد التحميل لمواصلة استخدامه.',
		offlineNotSaved: 'لم يُحفظ التطبيق للعمل دون اتصال بعد: أبقِ العلامة مفتوحة وأعد الاتصال.'
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
		summary: {
			label: 'اختياراتك',
			anyDevice: 'أي جهاز',
			device: { phone: 'هاتف', computer: 'حاسوب', gpu: 'بطاقة رسوميات' },
			withMemory: '{device} بذاكرة {gb}',
			purpose: { app: 'في تطبيق', api: 'واجهة برمجية', self: 'أشغّله بنفسي' },
			localOnly: 'على جهازي فقط',
			budget: 'الميزانية {budget}',
			openness: { preferred: 'الأوزان المفتوحة مفضّلة', required: 'أوزان مفتوحة' },
			planned: 'مع النماذج المخطط لها',
			usage: '{usage} رمز شهريًا',
			change: 'تغيير',
			seeAnswer: 'اعرض الإجابة: {count}'
		},
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
		officialPage: 'الصفحة الرسمية',
		officialPageLabel: 'الصفحة الرسمية: {offer}، لم يصدر بعد (تُفتح في علامة تبويب جديدة)',
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
			'no-chat': 'ليس نموذج محادثة: تضمينات أو صور أو كلام أو موسيقى أو ما شابهها',
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
		pending: 'جارٍ تحميل الإجابة…',
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
		suggestion: {
			phone: 'يبدو أن جهازك هاتف.',
			computer: 'يبدو أن جهازك حاسوب بلا بطاقة رسوميات.',
			gpu: 'يبدو أن جهازك حاسوب ببطاقة رسوميات.'
		},
		suggestionBasis: 'بناءً على: {basis}.',
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
		'cheapest-api': 'أرخص واجهة برمجية عند {usage} رمز شهريًا',
		'cheapest-api-fees':
			'أرخص رموز عند {usage} رمز شهريًا، إذ لا تناسبك واجهة برمجية سعرها معروف كاملًا؛ ويتقاضى أيضًا {fees}',
		'heavier-tier': 'للاستخدام الكثيف: {offer}، {cost} شهريًا',
		'lighter-tier': '{offer}: النماذج نفسها بحدود أقل، {cost} شهريًا',
		'lighter-tier-fewer': '{offer}: نماذج أقل، {cost} شهريًا',
		'highest-rated-api': 'الأعلى تقييمًا: {offer}، {cost} شهريًا ({score})',
		'more-open': 'اختير من الخيارات الأكثر انفتاحًا كما تفضّل'
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
			phone: '{need}، وحتى الهاتف ذو {memory} لا يترك للنموذج إلا نحو {usable}',
			computer: '{need}، وحتى الحاسوب ذو {memory} لا يترك للنموذج إلا نحو {usable}',
			gpu: '{need}: لا توجد بطاقة رسوميات بهذه الذاكرة'
		},
		'closed-weights': 'أوزان مغلقة، وقد طلبت أوزانًا مفتوحة',
		'no-chat': 'ليس نموذج محادثة: يُنتج تضمينات أو صورًا أو كلامًا أو موسيقى أو ما شابهها',
		'openness-unknown': 'لم يُذكر إن كانت أوزانه مفتوحة، وقد طلبت أوزانًا مفتوحة',
		'other-purpose': 'ليس لغرض «{purpose}»',
		'open-weights-in-cloud': {
			app: 'أوزانه مفتوحة، لكن هذا التطبيق يشغّلها في سحابة الشركة المطوِّرة: ما تكتبه يذهب إليها',
			api: 'أوزانه مفتوحة، لكن هذه الواجهة البرمجية تشغّلها على خوادم مزوّدها: ما ترسله يذهب إليها'
		},
		'closed-after-open': 'أوزان مغلقة: رُتّب بعد المفتوحة كما تفضّل',
		'unknown-after-open': 'الانفتاح غير مذكور: رُتّب بعد المفتوحة كما تفضّل',
		'per-use-price-free': 'مجاني مهما كان الاستخدام: لا شيء للإدخال ولا للإخراج لكل مليون رمز',
		'per-use-price-free-fees': 'رموزه مجانية مهما كان الاستخدام، لكنه يتقاضى {fees}',
		'per-use-price':
			'نحو {cost} شهريًا عند {usage} رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون',
		'per-use-price-under-cent':
			'أقل من {cost} شهريًا عند {usage} رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون',
		'per-use-price-fees-under-cent':
			'أقل من {cost} شهريًا للرموز عند {usage} رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون، إضافة إلى {fees}',
		'per-use-price-fees':
			'{cost} شهريًا على الأقل عند {usage} رمز: النصف إدخالًا بسعر {input} والنصف إخراجًا بسعر {output} لكل مليون، إضافة إلى {fees}',
		'versus-subscription':
			'عند {usage} رمز شهريًا يكلّف {offer} {cost} مقابل {subscription} بسعر {subscriptionCost}؛ ويكون الأرخص تحت {breakEven} رمز شهريًا',
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
	},
	/** The chooser's group of offers of another kind than "What for" asks, by what it asks. */
	chooserKinds: {
		otherKinds: {
			app: 'ليست تطبيقات: طرق أخرى لاستخدام النماذج',
			api: 'ليست واجهات برمجية: طرق أخرى لاستخدام النماذج',
			self: 'ليست للتشغيل بنفسك: طرق أخرى لاستخدام النماذج'
		}
	},
	/**
	 * The device suggestion's one line: its button, the memory the click brings (at the browser's
	 * cap, a lower bound), and what opens the reasons under it.
	 */
	suggestionLine: {
		use: 'استخدم «{device}»',
		memory: 'ذاكرة {gb}',
		atLeast: 'ذاكرة ≥{gb}',
		asked: '{memory}؟',
		why: 'لماذا؟'
	}
} satisfies CoreMessages;
