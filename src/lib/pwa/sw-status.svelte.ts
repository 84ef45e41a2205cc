/** The service worker's state for the UI: offline-ready and update prompts, online or not. */
import { registerServiceWorker, type ServiceWorkerControl } from './register-sw';

export class ServiceWorkerStatus {
	#offlineReady = $state(false);
	#updateWaiting = $state(false);
	#online = $state(true);
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

	/** Registers the worker and follows the network; returns the teardown. */
	start(): () => void {
		this.#online = navigator.onLine;
		this.#control = registerServiceWorker({
			onOfflineReady: () => (this.#offlineReady = true),
			onUpdateWaiting: () => (this.#updateWaiting = true)
		});
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

	/** "Reload": the waiting version takes over and the page reloads into it. */
	reloadIntoUpdate(): void {
		this.#control?.activateUpdate();
	}
}

export const swStatus = new ServiceWorkerStatus();
