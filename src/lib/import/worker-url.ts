/**
 * The import worker's script address, as Trusted Types want it: where the page enforces them
 * (`require-trusted-types-for 'script'`), `new Worker(url)` takes only a TrustedScriptURL, made
 * by a named policy that the Content-Security-Policy lists. This policy makes one address only:
 * the worker's own, built by Vite, on the page's own origin.
 */

/** The Trusted Types policy's name, as the Content-Security-Policy's `trusted-types` lists it. */
export const IMPORT_WORKER_POLICY = 'model-chooser-import-worker';

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypesFactory = {
	createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
};

/** The policy, made once per page (a second policy of the same name is refused). */
let policy: ScriptUrlPolicy | undefined;

/**
 * The worker's address (`builtUrl`, resolved against the page) as `new Worker` takes it: a
 * TrustedScriptURL where the browser has Trusted Types, else the address itself. The policy
 * accepts that one address and nothing else (it throws a `TypeError`). Throws what the browser
 * throws when the Content-Security-Policy does not allow the policy: the caller then reads on the
 * page instead.
 */
export function importWorkerUrl(builtUrl: string, base = globalThis.location?.href): string | URL {
	const url = new URL(builtUrl, base);
	const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
	if (!tt) return url;
	policy ??= tt.createPolicy(IMPORT_WORKER_POLICY, {
		createScriptURL(candidate) {
			const asked = new URL(candidate, base);
			if (asked.href !== url.href || asked.origin !== new URL(base ?? url).origin) {
				throw new TypeError(`Not the import worker's address: ${candidate}`);
			}
			return asked.href;
		}
	});
	// A TrustedScriptURL is what `new Worker` takes where Trusted Types are enforced.
	return policy.createScriptURL(url.href) as string;
}
