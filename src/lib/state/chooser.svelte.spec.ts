import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '$lib/catalogue/shipped';
import { defaultInputs } from '$lib/domain/inputs';
import { ChooserState } from './chooser.svelte';
import type { Lang } from '$lib/domain/lang';

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

	const switches: {
		what: string;
		link: string;
		to: 'phone' | 'computer' | 'gpu' | undefined;
		vramGb?: number;
		ramGb?: number;
		query: string;
	}[] = [
		{
			what: 'a card’s VRAM going to a phone',
			link: '?device=gpu&vram=8',
			to: 'phone',
			query: '?device=phone'
		},
		{
			what: 'a card’s VRAM going to a computer',
			link: '?device=gpu&vram=8',
			to: 'computer',
			query: '?device=computer'
		},
		{
			what: 'a phone’s RAM going to a card',
			link: '?device=phone&ram=8',
			to: 'gpu',
			query: '?device=gpu'
		},
		{
			what: 'a computer’s RAM going to a card',
			link: '?device=computer&ram=32',
			to: 'gpu',
			query: '?device=gpu'
		},
		{
			what: 'a card’s VRAM going to no device',
			link: '?device=gpu&vram=8',
			to: undefined,
			query: ''
		},
		{
			what: 'a phone’s RAM going to no device',
			link: '?device=phone&ram=8',
			to: undefined,
			query: ''
		}
	];
	for (const c of switches) {
		it(`drops the memory when the device changes kind: ${c.what}`, () => {
			const s = new ChooserState(() => shippedCatalogue);
			s.openLink(c.link);
			s.update({ device: c.to });
			expect(s.inputs.vramGb).toBeUndefined();
			expect(s.inputs.ramGb).toBeUndefined();
			expect(s.query).toBe(c.query);
		});
	}

	it('keeps the RAM between a phone and a computer: both are RAM', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('?device=phone&ram=16');
		s.update({ device: 'computer' });
		expect(s.inputs).toMatchObject({ device: 'computer', ramGb: 16 });
		expect(s.query).toBe('?device=computer&ram=16');
		s.update({ device: 'phone' });
		expect(s.query).toBe('?device=phone&ram=16');
	});

	it('never keeps a memory its device cannot have', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.update({ device: 'gpu', ramGb: 16 });
		expect('ramGb' in s.inputs).toBe(false);
		s.update({ vramGb: 12 });
		s.update({ device: 'phone', vramGb: 12 });
		expect('vramGb' in s.inputs).toBe(false);
		s.update({ ramGb: 8 });
		expect(s.query).toBe('?device=phone&ram=8');
		s.update({ ramGb: undefined });
		expect('ramGb' in s.inputs).toBe(false);
	});

	it('follows "What for" and the order into the answer and the link', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.update({ purpose: 'api', sort: 'rated' });
		expect(s.query).toBe('?for=api&sort=rated');
		expect(s.result.picks.map((p) => p.kind)).toEqual(['api']);
		expect(s.result.recommendations.every((o) => o.offer.kind === 'api')).toBe(true);
		s.update({ purpose: undefined, sort: 'cheap' });
		expect('purpose' in s.inputs).toBe(false);
		expect(s.query).toBe('');
		expect(s.result.picks.map((p) => p.kind)).toEqual(['free-app', 'subscription', 'api']);
	});

	it('reads a phone’s memory in Arabic-Indic digits and picks what fits it', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('?device=phone&ram=١٢&for=self');
		expect(s.ignored).toEqual([]);
		expect(s.inputs).toMatchObject({ device: 'phone', ramGb: 12, purpose: 'self' });
		expect(s.query).toBe('?device=phone&ram=12&for=self');
		const [pick] = s.result.picks;
		expect(pick?.option.offer.id).toBe('deepseek-local');
		expect(pick?.option.fit.level).toBe('tight');
	});

	it('writes the chosen language into its links', () => {
		const chosen: { lang?: Lang } = {};
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

	it('keeps a link’s lists in the address bar until an input changes, and shares the person’s own', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('?budget=20&lists=models.dev.2026-11-28,openrouter.2026-11-30');
		expect(s.linkLists).toEqual([
			{ list: 'openrouter', day: '2026-11-30' },
			{ list: 'models-dev', day: '2026-11-28' }
		]);
		// Read before the person's own lists are: the parameter stays, in the canonical order.
		expect(s.query).toBe('?budget=20&lists=openrouter.2026-11-30,models.dev.2026-11-28');
		const tag = { version: '2025-02-20.3', edited: false };
		const mine = [{ list: 'openrouter' as const, day: '2026-12-01' }];
		expect(s.shareQuery(tag, mine)).toBe('?budget=20&cat=2025-02-20.3&lists=openrouter.2026-12-01');
		expect(s.shareQuery(tag)).toBe('?budget=20&cat=2025-02-20.3');
		s.update({ budget: 50 });
		expect(s.linkLists).toBeUndefined();
		expect(s.query).toBe('?budget=50');
	});

	const leaving: { name: string; leave: (s: ChooserState) => void }[] = [
		{ name: 'Start over', leave: (s) => s.reset() },
		{ name: 'a suggested change', leave: (s) => s.apply({ input: 'includePlanned', to: true }) }
	];
	for (const { name, leave } of leaving) {
		it(`drops a link’s lists when the answer becomes the person’s own (${name})`, () => {
			const s = new ChooserState(() => shippedCatalogue);
			s.openLink('?lists=openrouter.2026-11-30');
			expect(s.query).toBe('?lists=openrouter.2026-11-30');
			leave(s);
			expect(s.linkLists).toBeUndefined();
			expect(s.query).not.toContain('lists=');
		});
	}
});

describe('ChooserState: the last inputs, remembered', () => {
	it('remembers each change of the person’s, never the link opened, and forgets on Start over', () => {
		const kept: string[] = [];
		const s = new ChooserState(
			() => shippedCatalogue,
			() => 'ar',
			(query) => kept.push(query)
		);
		s.openLink('?device=gpu&vram=8&lang=ar&cat=2025-02-20.1');
		expect(kept).toEqual([]);
		s.update({ budget: 20 });
		s.update({ sort: 'rated' });
		s.apply({ input: 'openness', to: 'any' });
		// Only the inputs: no language, no catalogue tag, no lists.
		expect(kept).toEqual([
			'?device=gpu&vram=8&budget=20',
			'?device=gpu&vram=8&budget=20&sort=rated',
			'?device=gpu&vram=8&budget=20&sort=rated'
		]);
		expect(s.atDefaults).toBe(false);
		s.reset();
		expect(kept.at(-1)).toBe('');
		expect(s.atDefaults).toBe(true);
	});

	it('shows remembered inputs as a link’s, marked as restored until changed', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openLink('');
		s.openRemembered('device=phone&ram=8&budget=0&open=required');
		expect(s.restored).toBe(true);
		expect(s.linkHadInputs).toBe(false);
		expect(s.inputs).toEqual({
			...defaultInputs(),
			device: 'phone',
			ramGb: 8,
			budget: 0,
			openness: 'required'
		});
		expect(s.query).toBe('?device=phone&ram=8&budget=0&open=required');
		s.update({ budget: 20 });
		expect(s.restored).toBe(false);
	});

	it('ignores remembered text it cannot read, saying nothing', () => {
		const s = new ChooserState(() => shippedCatalogue);
		s.openRemembered('x=<b>&device=laptop');
		expect(s.restored).toBe(false);
		expect(s.inputs).toEqual(defaultInputs());
		expect(s.ignored).toEqual([]);
	});
});
