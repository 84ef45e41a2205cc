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
	/** The waiting version went away without taking over (a newer one replaced it). */
	onUpdateGone?(): void;
	/** Another tab let a newer version take over: this page runs old code under it. */
	onNewerElsewhere?(): void;
	onError?(error: unknown): void;
};

export type ServiceWorkerControl = {
	/**
	 * Whether a worker that has stored every file controls the page now (a page opened after the
	 * first install): offline use is already safe.
	 */
	readonly controlled: boolean;
	/** Asks the server whether a new version exists (navigation, back to the foreground). */
	checkForUpdate(): Promise<void>;
	/**
	 * Lets the waiting version take over, then reloads the page into it; with none waiting any
	 * more (another tab took it), reloads at once.
	 */
	activateUpdate(): void;
};

/** The name of the app's Trusted Types policy, listed in the page's policy (svelte.config.js). */
export const TRUSTED_TYPES_POLICY = 'model-chooser-sw';

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypesFactory = {
	createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
};

let policy: ScriptUrlPolicy | undefined;

/**
 * The worker's address as the browser's Trusted Types want it where they are enforced (the
 * page's policy requires them for scripts): a policy that passes only this one address.
 */
function trustedWorkerUrl(url: string): string {
	const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
	if (!factory) return url;
	policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
		createScriptURL(candidate) {
			if (candidate !== url) throw new TypeError(`Not the app's service worker: ${candidate}`);
			return candidate;
		}
	});
	// A TrustedScriptURL, which workbox-window passes on to `navigator.serviceWorker.register`.
	return policy.createScriptURL(url) as string;
}

/** Registers `/sw.js` (where service workers exist) and returns its controls. */
export function registerServiceWorker(
	events: ServiceWorkerEvents,
	url = '/sw.js'
): ServiceWorkerControl | undefined {
	if (!('serviceWorker' in navigator)) return undefined;
	const container = navigator.serviceWorker;
	const wb = new Workbox(trustedWorkerUrl(url), { scope: '/' });
	let registration: ServiceWorkerRegistration | undefined;
	let asked = false;
	let controller = container.controller;

	wb.addEventListener('installed', (event) => {
		if (!event.isUpdate) events.onOfflineReady();
	});
	wb.addEventListener('waiting', (event) => {
		events.onUpdateWaiting();
		// The waiting worker leaves without this tab asking: another tab took it, or a newer one
		// replaced it (whose own "waiting" follows).
		event.sw?.addEventListener('statechange', function follow() {
			if (asked || !event.sw) return;
			if (event.sw.state === 'activated') events.onNewerElsewhere?.();
			else if (event.sw.state === 'redundant') events.onUpdateGone?.();
			else return;
			event.sw.removeEventListener('statechange', follow);
		});
	});
	// Not workbox's `controlling`: its `isExternal` is false in every tab that found the update
	// itself. Whether this tab asked is what tells a wanted reload from another tab's.
	container.addEventListener('controllerchange', () => {
		const before = controller;
		controller = container.controller;
		if (asked) location.reload();
		// Before, nothing controlled the page: the first install's `clientsClaim`, no new version.
		else if (before) events.onNewerElsewhere?.();
	});
	wb.register()
		.then((found) => (registration = found))
		.catch((error: unknown) => events.onError?.(error));
	return {
		controlled: controller !== null,
		async checkForUpdate() {
			try {
				await wb.update();
			} catch (error) {
				// Offline, or the server is down: there is nothing newer to get right now.
				events.onError?.(error);
			}
		},
		activateUpdate() {
			asked = true;
			const waiting = registration?.waiting;
			if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
			else location.reload();
		}
	};
}
