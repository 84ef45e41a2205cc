/**
 * The Lighthouse gate: accessibility, best practices and SEO at 100 on the main pages, with
 * Lighthouse's mobile defaults. Performance is measured by `npm run bench`, not gated here.
 */
import { describe, expect, inject, it } from 'vitest';
import { failingAudits, runLighthouse, scores } from '../scripts/lighthouse.js';
import { runsAlone } from './turns';

// Lighthouse judges pages by how they load: with no other file on the cores.
runsAlone();

const base = inject('baseURL');
const categories = ['accessibility', 'best-practices', 'seo'];

describe('Lighthouse (mobile): accessibility, best practices and SEO', () => {
	for (const path of ['/', '/models', '/about']) {
		it(`${path} scores 100 in each`, async () => {
			const lhr = await runLighthouse(`${base}${path}`, { categories });
			// The page Lighthouse judged is the one asked for, loaded without an error.
			expect(lhr.runtimeError?.message).toBeUndefined();
			expect(new URL(lhr.finalDisplayedUrl).pathname).toBe(path);
			// One comparison, so that a shortfall prints the scores and every audit that cost points.
			expect({ scores: scores(lhr), failing: failingAudits(lhr) }).toEqual({
				scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
				failing: []
			});
		}, 120_000);
	}
});
