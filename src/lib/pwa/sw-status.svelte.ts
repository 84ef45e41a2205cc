/**
 * The service worker's state for the UI: whether the app is saved for offline use, the
 * offline-ready and update prompts, another tab's newer version, online or not.
 */
import { online } from 'svelte/reactivity/window';
import { registerServiceWorker, type ServiceWorkerControl } from './register-sw';

export class ServiceWorkerStatus {
	#offlineReady = $state(false);
	#updateWaiting = $state(false);
	#saved = $state(false);
	#newerElsewhere = $state(false);
	#control: ServiceWorkerControl | undefined;

	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	get updateWaiting(): boolean {
		return this.#updateWaiting;
	}

	/**
	 * Whether the browser is online: Svelte's reactive view of `navigator.onLine`
	 * (`svelte/reactivity/window`), true on the server.
	 */
	get online(): boolean {
		return online.current ?? true;
	}

	/**
	 * Whether the service worker has stored every file and controls the page, or will once it
	 * activates: only then does the app open offline. False while the first visit still stores it.
	 */
	get savedOffline(): boolean {
		return this.#saved;
	}

	/** Another tab let a newer version take over: this page should reload into it. */
	get newerElsewhere(): boolean {
		return this.#newerElsewhere;
	}

	/** Registers the worker and follows the network; returns the teardown. */
	start(): () => void {
		this.#control = registerServiceWorker({
			onOfflineReady: () => {
				this.#saved = true;
				this.#offlineReady = true;
			},
			onUpdateWaiting: () => (this.#updateWaiting = true),
			onNewerElsewhere: () => (this.#newerElsewhere = true)
		});
		// A worker controls the page only once it has stored every file: offline use is safe.
		this.#saved = !!navigator.serviceWorker?.controller;
		// Back online: look for a new version (whether the page is online is `online`, above).
		const backOnline = () => void this.checkForUpdate();
		const visible = () => {
			if (document.visibilityState === 'visible') void this.checkForUpdate();
		};
		addEventListener('online', backOnline);
		document.addEventListener('visibilitychange', visible);
		return () => {
			removeEventListener('online', backOnline);
			document.removeEventListener('visibilitychange', visible);
		};
	}

	/** Looks for a new version, when the network is there to ask. */
	async checkForUpdate(): Promise<void> {
		if (this.online) await this.#control?.checkForUpdate();
	}

	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}

	/** "Dismiss": keep running this version; the update waits for the next visit. */
	dismissUpdate(): void {
		this.#updateWaiting = false;
	}

	/**
	 * "Reload": the waiting version takes over and the page reloads into it; with none waiting
	 * (another tab runs it already, or there is no worker), the page just reloads.
	 */
	reloadIntoUpdate(): void {
		if (this.#newerElsewhere || !this.#control) location.reload();
		else this.#control.activateUpdate();
	}
}

export const swStatus = new ServiceWorkerStatus();
