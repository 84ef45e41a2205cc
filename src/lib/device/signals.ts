/**
 * Reads what the browser says about its device, for the device suggestion. Browser only; the
 * chooser asks once the page has shown.
 */
import {
	phoneBasis,
	suggestDevice,
	type DeviceSignals,
	type DeviceSuggestion
} from '$lib/domain/device-suggestion';

/** What WebGPU tells of an adapter (`GPUAdapterInfo`), as far as this code reads it. */
type AdapterInfo = { isFallbackAdapter?: boolean; vendor?: unknown; architecture?: unknown };
/**
 * What this code reads of a WebGPU adapter: `info` in current browsers; the older ones put the
 * fallback flag on the adapter and gave the info through `requestAdapterInfo()`.
 */
type GpuAdapter = {
	isFallbackAdapter?: boolean;
	info?: AdapterInfo;
	requestAdapterInfo?: () => Promise<AdapterInfo>;
} | null;
type DeviceNavigator = {
	userAgent: string;
	userAgentData?: { mobile?: boolean };
	gpu?: { requestAdapter(): Promise<unknown> };
	deviceMemory?: unknown;
};

/** Gives up on a promise after a moment: the suggestion is only a hint. */
const soon = <T>(promise: Promise<T>): Promise<T | null> =>
	Promise.race([promise, new Promise<null>((done) => setTimeout(() => done(null), 1500))]);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Asks for a hardware WebGPU adapter. Gives its vendor and architecture ('' when not told), or
 * undefined when there is none.
 */
async function askAdapter(
	nav: DeviceNavigator
): Promise<{ vendor: string; architecture: string } | undefined> {
	if (!nav.gpu) return undefined;
	try {
		const adapter = (await soon(nav.gpu.requestAdapter())) as GpuAdapter;
		if (!adapter || (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter))
			return undefined;
		const info =
			adapter.info ??
			(adapter.requestAdapterInfo ? await soon(adapter.requestAdapterInfo()) : null) ??
			{};
		return { vendor: text(info.vendor), architecture: text(info.architecture) };
	} catch {
		return undefined;
	}
}

/**
 * Resolves when the browser is idle (at most 2 s later): asking for a graphics adapter starts
 * the browser's GPU work, which has no place in the page's start.
 */
const idle = (): Promise<void> =>
	new Promise((done) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => done(), { timeout: 2000 });
		else setTimeout(done, 0);
	});

/** The adapter asked for, once a page life: each ask of a browser with none logs a warning. */
let adapterAsked: ReturnType<typeof askAdapter> | undefined;

/**
 * The browser's own signals about the device it runs on, read once the browser is idle. The
 * graphics adapter is asked for once a page life, and never on a phone, where it would not change
 * the suggestion.
 */
export async function readDeviceSignals(): Promise<DeviceSignals> {
	await idle();
	const nav = navigator as unknown as DeviceNavigator;
	const phone = {
		clientHintMobile: nav.userAgentData?.mobile,
		userAgentMobile: /Android|iPhone|iPod|Mobile/i.test(nav.userAgent),
		coarsePointer: matchMedia('(pointer: coarse)').matches,
		screenWidth: screen.width
	};
	const adapter =
		phoneBasis(phone).length > 0 ? undefined : await (adapterAsked ??= askAdapter(nav));
	return {
		...phone,
		webGpuAdapter: adapter !== undefined,
		gpuVendor: adapter?.vendor,
		gpuArchitecture: adapter?.architecture,
		userAgentMac: /Macintosh|Mac OS X/.test(nav.userAgent),
		deviceMemoryGb: typeof nav.deviceMemory === 'number' ? nav.deviceMemory : undefined
	};
}

/** The device this browser seems to run on, as an offer (never applied by itself). */
export async function readSuggestion(): Promise<DeviceSuggestion> {
	return suggestDevice(await readDeviceSignals());
}
