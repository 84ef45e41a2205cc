import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, settled } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const pages = [
	'/',
	'/?device=phone&local=1',
	'/?budget=20&device=gpu&vram=8',
	'/models',
	'/models?open=open-weights',
	'/models?device=gpu&vram=8',
	'/models/gpt-4o',
	'/models/deepseek-r1-distill-qwen-7b',
	'/models/not-a-model',
	'/compare?ids=gpt-4,deepseek',
	'/about',
	'/settings'
];

/** axe-core's findings on the page as it is now: each rule broken, with its first three places. */
async function violations(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						o?: unknown
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run();
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
	});
}

describe('accessibility (axe-core)', () => {
	// Each width loads every page once and judges it in each colour scheme: the schemes differ
	// only by the style sheets' `prefers-color-scheme` rules, which the emulated scheme switches
	// on the page as loaded (no script of the app reads it).
	for (const [viewport, schemes] of [
		[{ width: 360, height: 740 }, ['light', 'dark']],
		[{ width: 1280, height: 900 }, ['light']]
	] as const) {
		for (const lang of ['en', 'ar']) {
			it(`every page in ${lang} has no violations at ${viewport.width} px, ${schemes.join(' and ')}`, async () => {
				// axe-core goes in as a script of its own, which the page's policy would refuse.
				const { page } = await open({ viewport, colorScheme: schemes[0], bypassCSP: true });
				const found: string[] = [];
				for (const path of pages) {
					await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
					await settled(page);
					await page.addScriptTag({ path: axePath });
					for (const colorScheme of schemes) {
						await page.emulateMedia({ colorScheme });
						expect(
							await page.evaluate(
								(scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
								colorScheme
							)
						).toBe(true);
						for (const v of await violations(page)) {
							found.push(`${lang} ${path} (${colorScheme}): ${v}`);
						}
					}
				}
				expect(found).toEqual([]);
			}, 180_000);
		}
	}
});
