import { describe, expect, it, vi } from 'vitest';

const runs = vi.hoisted(() => ({ results: [] as unknown[], urls: [] as string[] }));
vi.mock('./lighthouse.js', () => ({
	runLighthouse: async (url: string) => {
		runs.urls.push(url);
		return runs.results.shift();
	}
}));
const { auditPage, TRIES } = await import('./bench-lighthouse.js');

const failed = { runtimeError: { code: 'NO_NAVSTART', message: 'No navigation start.' } };
const fine = { lighthouseVersion: '12', runtimeError: undefined };

describe('a Lighthouse run of the bench', () => {
	it('is run again when it failed to record the load, and says so', async () => {
		runs.results = [failed, fine];
		runs.urls = [];
		const warnings = new Set<string>();
		expect(await auditPage('/about', 'http://x/about', {}, warnings)).toBe(fine);
		expect(runs.urls).toEqual(['http://x/about', 'http://x/about']);
		expect([...warnings]).toEqual(['/about: a run failed (NO_NAVSTART) and was run again']);
	});

	it(`gives up after ${TRIES} failures, with the failure's message`, async () => {
		runs.results = Array.from({ length: TRIES }, () => failed);
		runs.urls = [];
		await expect(auditPage('/', 'http://x/', {}, new Set())).rejects.toThrow(
			'/: No navigation start.'
		);
		expect(runs.urls).toHaveLength(TRIES);
	});
});
