import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultInputs } from '$lib/domain/inputs';
import { ChooserState } from './chooser.svelte';

const ids = (s: ChooserState) => s.result.recommendations.map((o) => o.offer.id);

describe('ChooserState', () => {
	it('answers the defaults before any link is read', () => {
		const s = new ChooserState(() => shippedCatalogue);
		expect(s.inputs).toEqual(defaultInputs());
		expect(s.query).toBe('');
		expect(ids(s)[0]).toBe('chatgpt-free');
	});

	it('takes a link’s inputs, ignored names and catalogue tag', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('?device=gpu&open=required&budget=0&x=1&cat=2025-02-20.1~edited');
		expect(s.linkHadInputs).toBe(true);
		expect(s.ignored).toEqual(['x']);
		expect(s.linkCatalogue).toEqual({ version: '2025-02-20.1', edited: true });
		expect(ids(s)).toEqual([
			'deepseek-app',
			'deepseek-local',
			'mistral-small-local',
			'gpt-2-local'
		]);
		expect(s.query).toBe('?device=gpu&budget=0&open=required&cat=2025-02-20.1~edited');
	});

	it('updates the answer at once, drops GPU memory without a GPU, and drops the link’s tag', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('?device=gpu&vram=8&cat=2025-02-20.1');
		s.update({ device: 'phone' });
		expect(s.inputs.vramGb).toBeUndefined();
		expect(s.linkCatalogue).toBeUndefined();
		expect(s.query).toBe('?device=phone');
		s.update({ budget: 20 });
		expect(ids(s)).toContain('chatgpt-plus');
		expect(ids(s)).not.toContain('chatgpt-pro');
		s.update({ budget: undefined });
		expect('budget' in s.inputs).toBe(false);
		s.apply({ input: 'localOnly', to: false });
		s.reset();
		expect(s.query).toBe('');
	});

	it('writes the chosen language into its links', () => {
		const chosen: { lang?: 'ar' | 'en' } = {};
		const s = new ChooserState(
			() => shippedCatalogue,
			() => chosen.lang
		);
		s.update({ device: 'phone' });
		expect(s.query).toBe('?device=phone');
		chosen.lang = 'ar';
		expect(s.shareQuery({ version: '2025-02-20.1', edited: false })).toBe(
			'?device=phone&lang=ar&cat=2025-02-20.1'
		);
	});

	it('tags the shared link with the catalogue it was computed from', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.update({ budget: 20 });
		expect(s.shareQuery({ version: '2025-02-20.1', edited: false })).toBe(
			'?budget=20&cat=2025-02-20.1'
		);
	});
});
