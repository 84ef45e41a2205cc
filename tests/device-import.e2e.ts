/**
 * Imported open models judged for the person's device (PRODUCT.md §9): an OpenRouter-shaped list
 * of open models whose ids say their sizes (3B, 8B, 14B, 27B, 70B, with their Hugging Face ids,
 * and Kimi K2, whose size no id says) is imported in Settings; each model of known size gets one
 * "on your device" offer, free, its weights page as its Get it link. The chooser then offers the
 * largest that fits a 24 GB graphics card, and judges them all against an 8 GB phone, which
 * leaves about 4 GB for a model (§2).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerTest, readIndexedDb, waitForSeed, chooserReady as ready } from './browser';

const base = inject('baseURL');
const open = browserPerTest();
const FIXTURE = 'openrouter-open-sizes.json';
const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
/** Text as read, without the bidi isolates and marks that wrap numbers and names. */
const plain = (text: string | null) =>
	(text ?? '')
		.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Imports the fixture through Settings, as a person does: pick, preview, Import. */
async function importFixture(page: Page) {
	await page.goto(`${base}/settings`);
	await started(page);
	await waitForSeed(page);
	await page.getByLabel('Import', { exact: true }).setInputFiles({
		name: FIXTURE,
		mimeType: 'application/json',
		buffer: readFileSync(new URL(`./fixtures/${FIXTURE}`, import.meta.url))
	});
	await page
		.getByRole('heading', {
			name: '7 entries found, all ready — they make 6 models and 12 ways to use them'
		})
		.waitFor();
	await page.locator('button', { hasText: /^Import$/ }).click();
	// Six models (Llama 3.1 8B's :free variant is one of them): their seven offers via
	// OpenRouter, and five to run yourself (all but Kimi K2, whose size is not known).
	await page
		.getByRole('status')
		.getByText('Imported 6 models (12 ways to use them) from OpenRouter.')
		.waitFor();
}

/** The pick of a kind in "Your answer", by its accessible name: "<kind> <offer name>". */
const pick = (page: Page, name: string) =>
	page
		.getByRole('region', { name: 'Your answer', exact: true })
		.getByRole('article', { name: `On your device ${name}`, exact: true });

/** The card of an offer in a list ("Recommendations", "Not a fit"), by its heading. */
const card = (page: Page, list: string, name: string) =>
	page
		.getByRole('list', { name: list, exact: true })
		.locator(':scope > li')
		.filter({ has: page.getByRole('heading', { name, exact: true }) });

describe('imported open models on the person’s device', () => {
	it('gives each open model of known size one offer to run it yourself, with its weights page', async () => {
		const { page, errors } = await open();
		await importFixture(page);
		const stores = await readIndexedDb(page, 'model-chooser');
		const local = (stores.offers ?? [])
			.filter((o) => o.origin === 'own' && o.kind === 'self-hosted')
			.map((o) => [o.id, (o.name as { en: string }).en, o.url]);
		expect(local.sort()).toEqual([
			[
				'gemma-3-27b-it-local',
				'Gemma 3 27B on your device',
				'https://huggingface.co/google/gemma-3-27b-it'
			],
			[
				'llama-3.1-8b-instruct-local',
				'Llama 3.1 8B Instruct on your device',
				'https://huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct'
			],
			[
				'llama-3.2-3b-instruct-local',
				'Llama 3.2 3B Instruct on your device',
				'https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct'
			],
			[
				'llama-3.3-70b-instruct-local',
				'Llama 3.3 70B Instruct on your device',
				'https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct'
			],
			['qwen3-14b-local', 'Qwen3 14B on your device', 'https://huggingface.co/Qwen/Qwen3-14B']
		]);
		expect(errors).toEqual([]);
	});

	it('a 24 GB card, open weights required: the largest imported model that fits is the pick', async () => {
		const { page, errors } = await open();
		await importFixture(page);
		await page.goto(`${base}/?device=gpu&vram=24&open=required`);
		await ready(page);
		// Gemma 3 27B needs about 18 GB (27 × 4.9 / 8 × 1.05 + 0.5): 24 GB is 1.3 times that and
		// more, so it fits, and it is larger than the shipped Mistral Small 3 (23.6B). Llama 3.3
		// 70B needs about 46 GB.
		const gemma = pick(page, 'Gemma 3 27B on your device');
		await gemma.waitFor();
		const lines = (await gemma.getByRole('listitem').allTextContents()).map(plain);
		expect(lines).toContain('The largest model that fits your device (27B parameters)');
		expect(
			lines.some((l) => l.startsWith('Needs about 18 GB; your graphics card has 24 GB: it fits'))
		).toBe(true);
		expect(
			await gemma
				.getByRole('link', { name: /^Get it/ })
				.first()
				.getAttribute('href')
		).toBe('https://huggingface.co/google/gemma-3-27b-it');
		const seventy = card(page, 'Not a fit', 'Llama 3.3 70B Instruct on your device');
		expect(plain(await seventy.textContent())).toContain(
			'Needs about 46 GB; your graphics card has 24 GB: not enough'
		);
		expect(errors).toEqual([]);
	});

	it('an 8 GB phone: each judged by memory, with the reason', async () => {
		const { page, errors } = await open();
		await importFixture(page);
		await page.goto(`${base}/?device=phone&ram=8`);
		await ready(page);
		// A phone keeps half its memory: about 4 GB for a model. Llama 3.2 3B needs about 2.4 GB
		// (4 ≥ 1.3 × 2.4: it fits); Llama 3.1 8B about 5.6 GB and Llama 3.3 70B about 46 GB do not.
		const small = pick(page, 'Llama 3.2 3B Instruct on your device');
		await small.waitFor();
		const lines = (await small.getByRole('listitem').allTextContents()).map(plain);
		expect(
			lines.some((l) =>
				l.startsWith('Needs about 2.4 GB; a phone with 8 GB leaves about 4 GB for a model: it fits')
			)
		).toBe(true);
		for (const [name, need] of [
			['Llama 3.1 8B Instruct on your device', '5.6 GB'],
			['Qwen3 14B on your device', '9.5 GB'],
			['Gemma 3 27B on your device', '18 GB'],
			['Llama 3.3 70B Instruct on your device', '46 GB']
		]) {
			const text = plain(await card(page, 'Not a fit', name!).textContent());
			expect(text, name).toContain(
				`Needs about ${need}; a phone with 8 GB leaves about 4 GB for a model: not enough`
			);
		}
		expect(errors).toEqual([]);
	});
});
