/** Whether and how the app can be installed here: the browser's prompt, iOS steps, or done. */

/** The browser's install prompt (Chromium's `beforeinstallprompt` event). */
type InstallPromptEvent = Event & {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

declare global {
	interface Window {
		/** Kept by the inline script in app.html when the prompt comes before the app starts. */
		__installPrompt?: InstallPromptEvent;
	}
}

export type InstallMode = 'installed' | 'prompt' | 'ios' | 'unavailable';

export class InstallState {
	#prompt = $state.raw<InstallPromptEvent | undefined>();
	#installed = $state(false);
	#ios = $state(false);

	get mode(): InstallMode {
		if (this.#installed) return 'installed';
		if (this.#prompt) return 'prompt';
		return this.#ios ? 'ios' : 'unavailable';
	}

	/** Follows the browser's install signals; `oninstalled` runs once the app is installed. */
	start(oninstalled: () => void): () => void {
		const nav = navigator as Navigator & { standalone?: boolean };
		// Read once, not followed with `MediaQuery` (svelte/reactivity): it costs every first visit
		// 0.2 KiB gzip, and Settings in Arabic would pass the 80 KiB gate (tests/budget.e2e.ts).
		this.#installed = matchMedia('(display-mode: standalone)').matches || nav.standalone === true;
		this.#ios =
			/iPad|iPhone|iPod/.test(nav.userAgent) ||
			(nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
		this.#prompt = window.__installPrompt;
		const offered = (event: Event) => {
			event.preventDefault();
			this.#prompt = event as InstallPromptEvent;
		};
		const installed = () => {
			this.#installed = true;
			this.#prompt = undefined;
			oninstalled();
		};
		addEventListener('beforeinstallprompt', offered);
		addEventListener('appinstalled', installed);
		return () => {
			removeEventListener('beforeinstallprompt', offered);
			removeEventListener('appinstalled', installed);
		};
	}

	/** Shows the browser's own install dialog; a prompt can be used once. */
	async install(): Promise<void> {
		const prompt = this.#prompt;
		if (!prompt) return;
		// `start` read the early one from window once, for good: clearing here is enough.
		this.#prompt = undefined;
		await prompt.prompt();
		await prompt.userChoice;
	}
}

export const installState = new InstallState();
