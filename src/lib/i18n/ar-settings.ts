/**
 * The Arabic words of the Settings page (install, storage, the app’s version) alone; see
 * `en-settings.ts`.
 */
import type { SettingsWords } from './en-settings';

export const arSettings = {
	settings: {
		title: 'الإعدادات',
		intro: 'اختر اللغة، وثبّت التطبيق، واطّلع على طريقة حفظ بياناتك.',
		languageHelp: 'يُفتح التطبيق بهذه اللغة على هذا الجهاز. والرابط الذي يسمّي لغةً يُفتح بها.',
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
	}
} satisfies SettingsWords;
