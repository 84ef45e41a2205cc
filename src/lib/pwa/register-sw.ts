/**
 * The service worker's registration, framework-free, around workbox-window: it reports when
 * the app is saved for offline use, when an update waits, and when another tab has started a
 * newer version; it activates an update only when asked.
 */
import { Workbox } from 'workbox-window';

export type ServiceWorkerEvents = {
	/** The first install finished: every file is stored, every page now opens offline. */
	onOfflineReady(): void;
	/** A new version is installed and waiting for the person's "Reload". */
	onUpdateWaiting(): void;
	/** Another tab let a newer version take over: this page runs old code under it. */
	onNewerElsewhere(): void;
};

export type ServiceWorkerControl = {
	/**
	 * Asks the server whether a new version exists (navigation, back to the foreground, back
	 * online), or installs the app again if its first install failed.
	 */
	checkForUpdate(): Promise<void>;
	/** Lets the waiting version take over, then reloads the page into it. */
	activateUpdate(): void;
};

/** The name of the app's Trusted Types policy, listed in the page's policy (svelte.config.js). */
export const TRUSTED_TYPES_POLICY = 'model-chooser-sw';

type TrustedTypesFactory = {
	createPolicy(
		name: string,
		rules: { createScriptURL(): string }
	): { createScriptURL(url: string): unknown };
};

/** Registers `/sw.js` (where service workers exist) and returns its controls. */
export function registerServiceWorker(
	events: ServiceWorkerEvents,
	url = '/sw.js'
): ServiceWorkerControl | undefined {
	if (!('serviceWorker' in navigator)) return undefined;
	const container = navigator.serviceWorker;
	// Where the page's policy requires Trusted Types for scripts, the worker's address is one: from
	// a policy that can give no other address than this one.
	const trusted = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
		?.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: () => url })
		.createScriptURL(url);
	// workbox-window passes a TrustedScriptURL on to `navigator.serviceWorker.register`.
	const wb = new Workbox((trusted ?? url) as string, { scope: '/' });
	let asked = false;
	let controlled = container.controller !== null;

	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) events.onOfflineReady();
	});
	wb.addEventListener('waiting', () => events.onUpdateWaiting());
	// A new version took over. Not workbox's `controlling`: its `isExternal` is false in every tab
	// that found the update itself; whether this tab asked tells its own reload from another tab's.
	container.addEventListener('controllerchange', () => {
		if (asked) location.reload();
		// Before, nothing controlled the page: the first install's `clientsClaim`, no new version.
		else if (controlled) events.onNewerElsewhere();
		controlled = true;
	});
	// No worker (a browser that refuses it, a failed download): the app runs, not offline.
	const register = (immediate = false) => wb.register({ immediate }).catch(() => {});
	let registering = register();
	return {
		async checkForUpdate() {
			// A first install that failed (the network dropped while storing the app) left no
			// registration: try it again, now that the network is back. Else look for a new version;
			// offline, or with the server down, there is nothing to get right now.
			await registering;
			if (!(await container.getRegistration())) registering = register(true);
			else await wb.update().catch(() => {});
		},
		activateUpdate() {
			asked = true;
			wb.messageSkipWaiting();
		}
	};
}
