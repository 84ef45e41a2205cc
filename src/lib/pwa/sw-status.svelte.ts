/**
 * The service worker's state for the UI: whether the app is saved for offline use, the
 * offline-ready and update prompts, another tab's newer version, online or not.
 */
import { registerServiceWorker, type ServiceWorkerControl } from './register-sw';

export class ServiceWorkerStatus {
	#offlineReady = $state(false);
	#updateWaiting = $state(false);
	#online = $state(true);
	#saved = $state(false);
	#newerElsewhere = $state(false);
	#control: ServiceWorkerControl | undefined;

	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	get updateWaiting(): boolean {
		return this.#updateWaiting;
	}

	get online(): boolean {
		return this.#online;
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
		this.#online = navigator.onLine;
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
		const online = () => {
			this.#online = true;
			void this.checkForUpdate();
		};
		const offline = () => (this.#online = false);
		const visible = () => {
			if (document.visibilityState === 'visible') void this.checkForUpdate();
		};
		// Listeners, not `svelte/reactivity/window`'s `online`: it costs every first visit 0.3 KiB
		// gzip, and Settings in Arabic would pass the 80 KiB gate (tests/budget.e2e.ts).
		addEventListener('online', online);
		addEventListener('offline', offline);
		document.addEventListener('visibilitychange', visible);
		return () => {
			removeEventListener('online', online);
			removeEventListener('offline', offline);
			document.removeEventListener('visibilitychange', visible);
		};
	}

	/** Looks for a new version, when the network is there to ask. */
	async checkForUpdate(): Promise<void> {
		if (this.#online) await this.#control?.checkForUpdate();
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
