/**
 * The English words of the Settings page (install, storage, the app’s version) alone: a chunk of
 * their own, loaded by that page's `load` (`loadWordsOf('settings')`), so no other page carries
 * them. `own-words.ts` merges them into the dictionary.
 */
export const enSettings = {
	settings: {
		title: 'Settings',
		intro: 'Choose the language, install the app, and see how your data is kept.',
		languageHelp:
			'The app opens in this language on this device. A link that names a language opens in it.',
		installTitle: 'Install',
		installButton: 'Install app',
		installIntro: 'Install Model Chooser to open it from your home screen, offline.',
		installed: 'Model Chooser is installed on this device.',
		installIos: 'On iPhone or iPad: tap Share, then “Add to Home Screen”.',
		installUnavailable:
			'This browser has not offered to install the app. In Chrome or Edge, use the menu’s “Install app”; on iPhone, Safari’s Share → “Add to Home Screen”.',
		storageTitle: 'Storage',
		persistent: 'Your data is kept: the browser will not clear it to free space.',
		notPersistent:
			'The browser may clear this site’s data when space runs low. Export what you add to keep a copy.',
		persistUnknown: 'This browser does not say whether it keeps this site’s data.',
		persistButton: 'Ask the browser to keep my data',
		used: '{used} used of about {quota}.',
		appTitle: 'App',
		version: 'Version {version}, catalogue {catalogue}.',
		checkUpdate: 'Check for an update',
		checked: 'Checked. An update, if there is one, is offered at the top of the page.'
	}
};

export type SettingsWords = typeof enSettings;
