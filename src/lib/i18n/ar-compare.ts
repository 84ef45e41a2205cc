/** The Arabic words of the Compare page alone; see `en-compare.ts`. */
import type { CompareWords } from './en-compare';

export const arCompare = {
	compare: {
		title: 'قارن النماذج',
		intro: 'من نموذجين إلى أربعة جنبًا إلى جنب؛ وتُميَّز الصفوف المختلفة.',
		add: 'أضف نموذجًا',
		addButton: 'أضف',
		choose: 'اختر نموذجًا…',
		remove: 'أزل {name}',
		added: 'أُضيف {name} إلى المقارنة',
		removed: 'أُزيل {name} من المقارنة',
		needTwo: 'اختر نموذجين على الأقل للمقارنة.',
		full: 'لا تتسع المقارنة لأكثر من {count} نماذج: أزل واحدًا لتضيف غيره.',
		scrollHint: 'مرِّر الجدول جانبيًا لترى بقية النماذج.',
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
		aboutGb: 'نحو {gb}',
		offerStatus: '{offer} ({status})'
	}
} satisfies CompareWords;
