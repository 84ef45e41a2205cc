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
		browse: 'تصفح الفهرس',
		counts: '{models} نماذج و{offers} طريقة لاستخدامها، حتى {date}.'
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
	date: { expected: 'متوقع {date}', announced: 'أُعلن {date}' }
} satisfies Messages;
