/**
 * The service worker's registration, framework-free, on the browser's own API: it reports when
 * the app is saved for offline use, when an update waits (found by this tab or another), and when
 * another tab has started a newer version; it activates an update only when asked.
 */

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

/** The longest wait between two tries of a first install that failed, in ms. */
const RETRY_LIMIT_MS = 5 * 60_000;

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
	let asked = false;
	let controlled = container.controller !== null;
	const followed = new WeakSet<ServiceWorker>();
	// Tries of the first install that failed in a row, and the timer of the next one.
	let failures = 0;
	let retry: ReturnType<typeof setTimeout> | undefined;

	// A worker that finished installing: behind a running version it waits for the person's
	// "Reload"; with none running, it is the first install, and every file is stored.
	const follow = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null) => {
		if (!worker || followed.has(worker)) return;
		followed.add(worker);
		const first = !registration.active;
		worker.addEventListener('statechange', () => {
			// A first install that failed (a file did not arrive): the browser drops it; try again.
			if (worker.state === 'redundant' && first) retryLater();
			if (worker.state !== 'installed') return;
			failures = 0;
			if (registration.active && registration.active !== worker) events.onUpdateWaiting();
			else events.onOfflineReady();
		});
	};
	// A new version took over: reload into it if this tab asked, else say another tab did.
	container.addEventListener('controllerchange', () => {
		if (asked) location.reload();
		// Before, nothing controlled the page: the first install's `clientsClaim`, no new version.
		else if (controlled) events.onNewerElsewhere();
		controlled = true;
	});
	// Registered once the page has loaded (the worker's downloads never compete with the page's),
	// or at once when asked again later. No worker (a browser that refuses it, a failed download):
	// the app runs, not offline.
	const register = async (immediate = false) => {
		if (!immediate && document.readyState !== 'complete')
			await new Promise((done) => addEventListener('load', done, { once: true }));
		try {
			const registration = await container.register((trusted ?? url) as string, { scope: '/' });
			// An update found on an earlier visit, still waiting.
			if (registration.waiting && registration.active) events.onUpdateWaiting();
			follow(registration, registration.installing);
			registration.addEventListener('updatefound', () =>
				follow(registration, registration.installing)
			);
		} catch (error) {
			// As above: no worker. A browser that refuses workers (a private window) says so with a
			// SecurityError; anything else (the script did not arrive) is tried again.
			if ((error as DOMException | undefined)?.name !== 'SecurityError') retryLater();
		}
	};
	// Until a first install succeeds, try it again while the page is online and nothing controls
	// it, after 2, 4, 8 … s (at most 5 minutes): the browser's `online` often comes before its
	// connection works, and a file may fail once on a connection that does. Offline, the next
	// `online` (`checkForUpdate`) tries again and starts the waits over.
	const retryLater = () => {
		if (controlled || retry !== undefined || !navigator.onLine) return;
		failures += 1;
		retry = setTimeout(
			async () => {
				retry = undefined;
				if (!(await container.getRegistration().catch(() => undefined))) installAgain();
			},
			Math.min(1000 * 2 ** failures, RETRY_LIMIT_MS)
		);
	};
	// Registers at once, in place of any try still waiting: the browser holds no registration
	// (a first install dropped).
	const installAgain = () => {
		clearTimeout(retry);
		retry = undefined;
		registering = register(true);
	};
	let registering = register();
	return {
		async checkForUpdate() {
			// A first install that failed (the network dropped while storing the app) left no
			// registration: try it again, now that the network is back. Else look for a new version;
			// offline, or with the server down, there is nothing to get right now.
			await registering;
			const registration = await container.getRegistration();
			if (registration) {
				await registration.update().catch(() => {});
				return;
			}
			failures = 0;
			installAgain();
		},
		activateUpdate() {
			asked = true;
			void container
				.getRegistration()
				.then((registration) => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }));
		}
	};
}
