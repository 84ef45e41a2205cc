/** The Arabic words of the About page and its charts alone; see `en-about.ts`. */
import type { AboutWords } from './en-about';

export const arAbout = {
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
	}
} satisfies AboutWords;
