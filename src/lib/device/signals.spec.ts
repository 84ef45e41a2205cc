/**
 * The browser's device signals: the graphics adapter is asked for once a page life (a browser
 * without one logs a warning at each ask), and never on a phone, where it changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const DESKTOP =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0';
const PHONE =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0 Mobile Safari/537.36';

/** A browser of `userAgent` whose WebGPU answers `adapter`; its asks are counted. */
function browser(userAgent: string, adapter: unknown) {
	const requestAdapter = vi.fn(async () => adapter);
	vi.stubGlobal('navigator', { userAgent, gpu: { requestAdapter } });
	vi.stubGlobal('matchMedia', () => ({ matches: false }));
	vi.stubGlobal('screen', { width: 1280 });
	vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
	return requestAdapter;
}

/** The module as a new page loads it. */
const load = async () => {
	vi.resetModules();
	return import('./signals');
};

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('readDeviceSignals', () => {
	it('asks a computer’s browser for its adapter once a page life, however often it is read', async () => {
		const asks = browser(DESKTOP, null);
		const { readDeviceSignals, readSuggestion } = await load();
		const [first, second] = await Promise.all([readDeviceSignals(), readDeviceSignals()]);
		const third = await readSuggestion();
		expect(asks).toHaveBeenCalledTimes(1);
		expect(first.webGpuAdapter).toBe(false);
		expect(second).toEqual(first);
		expect(third).toEqual({ device: 'computer', basis: ['no-phone-signals'] });
		// A new page asks again.
		const again = await load();
		await again.readDeviceSignals();
		expect(asks).toHaveBeenCalledTimes(2);
	});

	it('gives every read the one adapter that answered', async () => {
		const asks = browser(DESKTOP, { info: { vendor: 'nvidia', architecture: 'ada' } });
		const { readSuggestion } = await load();
		expect(await readSuggestion()).toEqual({ device: 'gpu', basis: ['webgpu-adapter'] });
		expect(await readSuggestion()).toEqual({ device: 'gpu', basis: ['webgpu-adapter'] });
		expect(asks).toHaveBeenCalledTimes(1);
	});

	it('never asks on a phone: the suggestion is a phone whatever the adapter', async () => {
		const asks = browser(PHONE, { info: { vendor: 'qualcomm' } });
		const { readSuggestion } = await load();
		expect(await readSuggestion()).toEqual({ device: 'phone', basis: ['user-agent-mobile'] });
		expect(asks).not.toHaveBeenCalled();
	});
});
