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
	#supported = $state(true);
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

	/** Whether this browser can keep the app for offline use at all (it has service workers). */
	get supported(): boolean {
		return this.#supported;
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
			onUpdateGone: () => (this.#updateWaiting = false),
			onNewerElsewhere: () => {
				this.#updateWaiting = false;
				this.#newerElsewhere = true;
			}
		});
		this.#supported = this.#control !== undefined;
		this.#saved = this.#control?.controlled ?? false;
		const online = () => {
			this.#online = true;
			void this.checkForUpdate();
		};
		const offline = () => (this.#online = false);
		const visible = () => {
			if (document.visibilityState === 'visible') void this.checkForUpdate();
		};
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
	 * "Reload": the waiting version takes over and the page reloads into it; when another tab
	 * already runs it, the page just reloads.
	 */
	reloadIntoUpdate(): void {
		if (this.#newerElsewhere || !this.#control) this.reload();
		else this.#control.activateUpdate();
	}

	/** Reloads the page, into whichever version controls it now. */
	reload(): void {
		location.reload();
	}
}

export const swStatus = new ServiceWorkerStatus();
