/**
 * The words that say the app cannot save, in both languages: the banner over every page when the
 * browser allows no storage, or when storage did not answer in time (`ReadOnlyBanner.svelte`).
 * Loaded only with the banner, so a visit that can save does not carry them.
 */
export const storageWords = {
	en: {
		readOnly:
			"This browser won't let the app save anything, so you are seeing the built-in catalogue and changes can't be saved.",
		otherTabs:
			"Your saved data did not open in time, so you are seeing the built-in catalogue and changes can't be saved for now. Another tab of Model Chooser may be holding it: close that tab and reload."
	},
	ar: {
		readOnly:
			'لا يسمح هذا المتصفح للتطبيق بحفظ أي شيء، لذا تعرض الصفحة الفهرس المدمج ولا يمكن حفظ التغييرات.',
		otherTabs:
			'لم تُفتح بياناتك المحفوظة في الوقت المحدد، لذا تعرض الصفحة الفهرس المدمج ولا يمكن حفظ التغييرات الآن. ربما تُمسك علامة تبويب أخرى للتطبيق ببياناتك: أغلقها ثم أعد التحميل.'
	}
} as const;
