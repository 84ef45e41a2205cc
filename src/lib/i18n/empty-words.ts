/**
 * The words of an answer with nothing in it, in both languages: that nothing fits, and each single
 * change of the inputs that would give results. Loaded by `EmptyState.svelte` when it shows, so a
 * visit whose answers have options does not carry them. Words only: a chunk that imports nothing.
 */

export const emptyWords = {
	en: {
		empty: 'Nothing fits all of your choices.',
		help: 'Changing one of them would give results:',
		nothing: 'No single change gives results; try starting again from the defaults.',
		relax: {
			device: 'Choose “{device}” as the device',
			vramGb: 'With {gb} of graphics card memory',
			ramGb: 'With {gb} of memory',
			localOnly: 'Turn off “Run on my device only”',
			purpose: 'Choose “Any” for “What for”',
			budget: 'Raise the budget to {budget}',
			budgetNone: 'Remove the budget limit',
			// Not "accept closed weights": what it lets in may be of openness not stated.
			openness: 'Choose “Any” for “Openness”',
			includePlanned: 'Turn on “Include planned models”',
			gives: '{count}, best {best}',
			givesOne: '{count}: {best}'
		}
	},
	ar: {
		empty: 'لا شيء يناسب كل اختياراتك.',
		help: 'تغيير واحد منها سيعطي نتائج:',
		nothing: 'لا يوجد تغيير واحد يعطي نتائج؛ جرّب البدء من جديد بالإعدادات الافتراضية.',
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
			gives: '{count}، أفضلها {best}',
			givesOne: '{count}: {best}'
		}
	}
};

/** One language's words of an empty answer. */
export type EmptyWords = (typeof emptyWords)['en'];
