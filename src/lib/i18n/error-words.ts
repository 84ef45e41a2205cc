/**
 * The words of the page for an address with no page, in both languages: loaded only when that
 * page shows, so no other page carries them.
 */
export const errorWords = {
	en: {
		notFoundTitle: 'Page not found',
		notFound: 'There is no page at this address. The link may be cut short or mistyped.',
		failedTitle: 'This page could not be shown',
		failed: 'Something went wrong while showing it. Your data is safe on this device.',
		toChooser: 'Go to the chooser',
		toCatalogue: 'Browse the catalogue'
	},
	ar: {
		notFoundTitle: 'الصفحة غير موجودة',
		notFound: 'لا توجد صفحة بهذا العنوان. ربما قُطع الرابط أو كُتب خطأً.',
		failedTitle: 'تعذّر عرض هذه الصفحة',
		failed: 'حدث خطأ أثناء عرضها. بياناتك محفوظة على هذا الجهاز.',
		toChooser: 'اذهب إلى المختار',
		toCatalogue: 'تصفّح الفهرس'
	}
} as const;
