/** Reads what the browser says about its device, for the device suggestion. Browser only. */
import type { DeviceSignals } from '$lib/domain/device-suggestion';

/** What this code reads of a WebGPU adapter; older browsers put the flag on the adapter. */
type GpuAdapter = {
	isFallbackAdapter?: boolean;
	info?: { isFallbackAdapter?: boolean; vendor?: string };
} | null;
type DeviceNavigator = {
	userAgent: string;
	userAgentData?: { mobile?: boolean };
	gpu?: { requestAdapter(): Promise<unknown> };
};

/**
 * Asks for a hardware WebGPU adapter, giving up after a moment: it is only a hint. Gives its
 * vendor ('' when not told), or undefined when there is none.
 */
async function gpuAdapter(nav: DeviceNavigator): Promise<{ vendor: string } | undefined> {
	if (!nav.gpu) return undefined;
	try {
		const adapter = (await Promise.race([
			nav.gpu.requestAdapter(),
			new Promise<null>((done) => setTimeout(() => done(null), 1500))
		])) as GpuAdapter;
		if (!adapter || (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter))
			return undefined;
		return { vendor: typeof adapter.info?.vendor === 'string' ? adapter.info.vendor : '' };
	} catch {
		return undefined;
	}
}

/** The browser's own signals about the device it runs on. */
export async function readDeviceSignals(): Promise<DeviceSignals> {
	const nav = navigator as unknown as DeviceNavigator;
	const adapter = await gpuAdapter(nav);
	return {
		clientHintMobile: nav.userAgentData?.mobile,
		userAgentMobile: /Android|iPhone|iPod|Mobile/i.test(nav.userAgent),
		coarsePointer: matchMedia('(pointer: coarse)').matches,
		screenWidth: screen.width,
		webGpuAdapter: adapter !== undefined,
		gpuVendor: adapter?.vendor,
		userAgentMac: /Macintosh|Mac OS X/.test(nav.userAgent)
	};
}
