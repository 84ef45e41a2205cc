/**
 * The service worker's registration, framework-free, around workbox-window: it reports when
 * the app is ready offline and when an update waits, and activates an update only when asked.
 */
import { Workbox } from 'workbox-window';

export type ServiceWorkerEvents = {
	/** The first install finished: every page now opens offline. */
	onOfflineReady(): void;
	/** A new version is installed and waiting for the person's "Reload". */
	onUpdateWaiting(): void;
	onError?(error: unknown): void;
};

export type ServiceWorkerControl = {
	/** Asks the server whether a new version exists (navigation, back to the foreground). */
	checkForUpdate(): Promise<void>;
	/** Lets the waiting version take over, then reloads the page into it. */
	activateUpdate(): void;
};

/** Registers `/sw.js` (where service workers exist) and returns its controls. */
export function registerServiceWorker(
	events: ServiceWorkerEvents,
	url = '/sw.js'
): ServiceWorkerControl | undefined {
	if (!('serviceWorker' in navigator)) return undefined;
	const wb = new Workbox(url, { scope: '/' });
	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) events.onOfflineReady();
	});
	wb.addEventListener('waiting', () => events.onUpdateWaiting());
	wb.register().catch((error: unknown) => events.onError?.(error));
	return {
		async checkForUpdate() {
			try {
				await wb.update();
			} catch (error) {
				// Offline, or the server is down: there is nothing newer to get right now.
				events.onError?.(error);
			}
		},
		activateUpdate() {
			// Listening here, not at registration: `clientsClaim` fires `controlling` on the
			// first visit too, and that must not reload the page unasked.
			wb.addEventListener('controlling', () => location.reload());
			wb.messageSkipWaiting();
		}
	};
}
