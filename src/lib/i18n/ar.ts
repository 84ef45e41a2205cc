/** The Arabic words of the UI; `satisfies` makes a missing or extra key a type error. */
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
	langSwitch: { label: 'اللغة', other: 'English', otherLang: 'en' },
	skipToContent: 'انتقل إلى المحتوى',
	readOnlyBanner:
		'لا يسمح هذا المتصفح للتطبيق بحفظ أي شيء، لذا تعرض الصفحة الفهرس المدمج ولا يمكن حفظ التغييرات.',
	home: {
		aboutTitle: 'عن مختار النماذج'
	},
	models: {
		rating: 'درجة \u2066Chatbot Arena\u2069: {score}، {date}',
		billions: { few: '{count} مليارات', other: '{count} مليار' },
		parameters: '{total}',
		parametersMoe: '{total} (منها {active} نشطة)',
		parametersEffective: '{total} (عدد فعّال)'
	},
	status: { released: 'صادر', planned: 'مخطط له', legacy: 'قديم' },
	openness: { 'open-weights': 'أوزان مفتوحة', closed: 'مغلق', unknown: 'الانفتاح غير مذكور' },
	offerLabels: { preview: 'معاينة', retires: 'يتوقف العمل به في {date}' },
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
	saving: {
		otherTabs:
			'لم تُفتح بياناتك المحفوظة في الوقت المحدد، لذا تعرض الصفحة الفهرس المدمج ولا يمكن حفظ التغييرات الآن. ربما تُمسك علامة تبويب أخرى للتطبيق ببياناتك: أغلقها ثم أعد التحميل.'
	},
	/**
	 * The chooser's words that other pages speak too: the device fields (the catalogue's filters, a
	 * model's memory table), a link's notices, "Get it" and "Show more".
	 */
	chooserShared: {
		device: 'الجهاز',
		devicePhone: 'هاتف',
		deviceComputer: 'حاسوب بلا بطاقة رسوميات',
		deviceGpu: 'حاسوب ببطاقة رسوميات',
		vram: 'ذاكرة بطاقة الرسوميات (VRAM، غيغابايت)',
		vramHint: 'عدد صحيح من 1 إلى 256 غيغابايت. اتركه فارغًا إن كنت لا تعرف.',
		vramError: 'أدخل عددًا صحيحًا من 1 إلى 256.',
		ram: 'الذاكرة (RAM، غيغابايت)',
		ramHint:
			'عدد صحيح من 1 إلى 1,024. يستخدم النموذج نحو نصف ذاكرة الهاتف وثلثي ذاكرة الحاسوب. اتركه فارغًا إن كنت لا تعرف.',
		ramError: 'أدخل عددًا صحيحًا من 1 إلى 1,024.',
		getIt: 'احصل عليه',
		getItLabel: 'احصل عليه: {offer} (الصفحة الرسمية، تُفتح في علامة تبويب جديدة)',
		showMore: 'اعرض {count} أخرى ({left} غير معروضة)',
		ignored: 'لم تُفهم بعض أجزاء هذا الرابط فتُركت: {names}.',
		catOther:
			'أُنشئ هذا الرابط بالفهرس {theirs}، وفهرسك هو {ours}، لذا قد تختلف الإجابة عن التي شوركت.',
		catEdited:
			'كان لدى من شارك هذا الرابط إدخالات أضافها أو عدّلها في الفهرس، لذا قد تختلف إجابتك عن إجابته.'
	}
} satisfies CoreMessages;
