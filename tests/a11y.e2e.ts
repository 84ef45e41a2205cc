import { createRequire } from 'node:module';
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

describe('accessibility (axe-core)', () => {
	for (const [viewport, colorScheme] of [
		[{ width: 360, height: 740 }, 'light'],
		[{ width: 1280, height: 900 }, 'light'],
		[{ width: 360, height: 740 }, 'dark']
	] as const) {
		it(`every page in both languages has no violations at ${viewport.width} px, ${colorScheme}`, async () => {
			// axe-core goes in as a script of its own, which the page's policy would refuse.
			const { page } = await open({ viewport, colorScheme, bypassCSP: true });
			const found: string[] = [];
			for (const lang of ['en', 'ar']) {
				for (const path of pages) {
					await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
					await settled(page);
					await page.addScriptTag({ path: axePath });
					const violations = await page.evaluate(async () => {
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
					for (const v of violations) found.push(`${lang} ${path}: ${v}`);
				}
			}
			expect(found).toEqual([]);
		}, 180_000);
	}
});
