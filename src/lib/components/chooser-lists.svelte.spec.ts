import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListAsOf, ListedOffer } from '$lib/domain/list-sources';
import { locale } from '$lib/i18n/locale.svelte';
import {
	LISTS_OFFER_KEY,
	readListsOfferDismissal,
	rememberListsOfferDismissal
} from '$lib/storage/lists-offer';
import LinkListsNotice from './LinkListsNotice.svelte';
import ListsLine from './ListsLine.svelte';

/** The person's lists as the catalogue state would give them. */
const state = vi.hoisted(() => ({ lists: [] as ListAsOf[] }));
vi.mock('$lib/state/catalogue.svelte', () => ({ catalogueState: state }));

const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();
const openRouter = (days: number): ListAsOf => ({
	source: 'openrouter',
	asOf: ago(days),
	how: 'fetched',
	entries: 300
});

afterEach(async () => {
	state.lists = [];
	localStorage.clear();
	await locale.choose('en');
	localStorage.clear();
});

/** A pick's offer priced from OpenRouter's list, one from models.dev's, one built in (no list). */
const fromOpenRouter: ListedOffer = { list: { name: 'openrouter', asOf: '2026-12-01' } };
const fromModelsDev: ListedOffer = { list: { name: 'models-dev', asOf: '2026-11-24' } };
const builtIn: ListedOffer = {};

/** "Not now" remembered on this device, as the chooser's page passes it. */
const dismissal = { read: readListsOfferDismissal, remember: rememberListsOfferDismissal };

const offerGroup = () => screen.queryByRole('group', { name: 'Public model lists' });

describe('the line on the public lists', () => {
	it('offers the latest lists to a person with none: a link to Settings and a named "Not now"', async () => {
		render(ListsLine, { dismissal, now: NOW });
		const group = offerGroup()!;
		expect(group).toHaveTextContent('Newer models?');
		const link = screen.getByRole('link', { name: 'Get the latest lists' });
		expect(link.getAttribute('href')).toBe('/settings#lists-title');
		const dismiss = screen.getByRole('button', {
			name: 'Not now: hide the offer of the latest lists'
		});
		expect(dismiss).toHaveTextContent('Not now');
		await fireEvent.click(dismiss);
		expect(offerGroup()).toBeNull();
		expect(localStorage.getItem(LISTS_OFFER_KEY)).toBe(new Date(NOW).toISOString());
	});

	it('without a place to remember it, hides the offer for this page alone', async () => {
		render(ListsLine, { now: NOW });
		await fireEvent.click(
			screen.getByRole('button', { name: 'Not now: hide the offer of the latest lists' })
		);
		expect(offerGroup()).toBeNull();
		expect(localStorage.getItem(LISTS_OFFER_KEY)).toBeNull();
	});

	const remembered = [
		{ dismissed: 10, offered: false },
		{ dismissed: 29, offered: false },
		{ dismissed: 31, offered: true }
	];
	for (const { dismissed, offered } of remembered) {
		it(`${offered ? 'offers again' : 'stays quiet'} ${dismissed} days after "Not now"`, () => {
			localStorage.setItem(LISTS_OFFER_KEY, ago(dismissed));
			render(ListsLine, { dismissal, now: NOW });
			expect(offerGroup() !== null).toBe(offered);
		});
	}

	const modelsDev: ListAsOf = { source: 'models-dev', asOf: ago(10), how: 'file', entries: 50 };

	it('names the list that prices a pick and its age, no other list; a fresh list brings no offer', async () => {
		state.lists = [openRouter(3), modelsDev];
		render(ListsLine, { dismissal, offers: [builtIn, fromOpenRouter], now: NOW });
		expect(await screen.findByText('Prices from OpenRouter, 3 days ago.')).toBeTruthy();
		expect(offerGroup()).not.toHaveTextContent('models.dev');
		expect(screen.queryByRole('link')).toBeNull();
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('names each list that prices a pick, in the lists’ order', async () => {
		state.lists = [openRouter(3), modelsDev];
		render(ListsLine, { dismissal, offers: [fromModelsDev, fromOpenRouter], now: NOW });
		expect(
			await screen.findByText(
				'Prices from OpenRouter, 3 days ago. Prices from models.dev, 10 days ago.'
			)
		).toBeTruthy();
	});

	it('names the newest list and its age, not prices, when no pick is priced from a list', async () => {
		state.lists = [openRouter(3), modelsDev];
		const { rerender } = render(ListsLine, { dismissal, offers: [fromOpenRouter], now: NOW });
		await screen.findByText('Prices from OpenRouter, 3 days ago.');
		// The picks change to offers of the built-in catalogue: their prices are not the lists'.
		await rerender({ dismissal, offers: [builtIn, builtIn], now: NOW });
		expect(await screen.findByText('Newest model list: OpenRouter, 3 days ago.')).toBeTruthy();
		expect(screen.queryByText(/Prices from/)).toBeNull();
		expect(screen.queryByRole('link')).toBeNull();
		// models.dev is the newer list now.
		state.lists = [openRouter(12), { ...modelsDev, asOf: ago(1) }];
		render(ListsLine, { dismissal, offers: [builtIn], now: NOW });
		expect(await screen.findByText('Newest model list: models.dev, yesterday.')).toBeTruthy();
	});

	it('dates a list by its offers when the person has no record of it', async () => {
		render(ListsLine, { dismissal, offers: [fromOpenRouter], now: NOW });
		expect(await screen.findByText('Prices from OpenRouter, 3 days ago.')).toBeTruthy();
	});

	it('names the newest list and offers the latest when the lists are old and no pick is priced from them', async () => {
		state.lists = [openRouter(45)];
		render(ListsLine, { dismissal, offers: [builtIn], now: NOW });
		expect(await screen.findByText('Newest model list: OpenRouter, 45 days ago.')).toBeTruthy();
		const group = offerGroup()!;
		expect(group).not.toHaveTextContent('Newer models?');
		expect(group).not.toHaveTextContent('Prices from');
		expect(screen.getByRole('link', { name: 'Get the latest lists' })).toBeTruthy();
	});

	const ages = [
		{ days: 0, en: 'Prices from OpenRouter, today.' },
		{ days: 1, en: 'Prices from OpenRouter, yesterday.' }
	];
	for (const { days, en } of ages) {
		it(`says "${en}"`, async () => {
			state.lists = [openRouter(days)];
			render(ListsLine, { dismissal, offers: [fromOpenRouter], now: NOW + 60_000 });
			expect(await screen.findByText(en)).toBeTruthy();
		});
	}

	it('offers the latest lists beside the prices when the newest list is over 30 days old', async () => {
		state.lists = [openRouter(45)];
		render(ListsLine, { dismissal, offers: [fromOpenRouter], now: NOW });
		expect(await screen.findByText('Prices from OpenRouter, 45 days ago.')).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Get the latest lists' })).toBeTruthy();
		await fireEvent.click(
			screen.getByRole('button', { name: 'Not now: hide the offer of the latest lists' })
		);
		// The prices stay; only the offer goes.
		expect(screen.getByText('Prices from OpenRouter, 45 days ago.')).toBeTruthy();
		expect(screen.queryByRole('link')).toBeNull();
	});

	const arabic = [
		{ days: 1, said: 'الأسعار من \u2068OpenRouter\u2069، أمس.' },
		{ days: 2, said: 'الأسعار من \u2068OpenRouter\u2069، أول أمس.' },
		{ days: 3, said: 'الأسعار من \u2068OpenRouter\u2069، قبل 3 أيام.' },
		{ days: 11, said: 'الأسعار من \u2068OpenRouter\u2069، قبل 11 يومًا.' }
	];
	for (const { days, said } of arabic) {
		it(`speaks Arabic, its dual and plural forms: ${said}`, async () => {
			await locale.choose('ar');
			state.lists = [openRouter(days)];
			render(ListsLine, { dismissal, offers: [fromOpenRouter], now: NOW });
			expect(await screen.findByText(said)).toBeTruthy();
		});
	}

	it('offers the latest lists in Arabic, the names of its link and button in Arabic', async () => {
		await locale.choose('ar');
		render(ListsLine, { dismissal, now: NOW });
		const group = screen.getByRole('group', { name: 'قوائم النماذج العامة' });
		expect(group).toHaveTextContent('نماذج أحدث؟');
		expect(screen.getByRole('link', { name: 'جلب أحدث القوائم' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'ليس الآن: أخفِ عرض أحدث القوائم' })).toBeTruthy();
	});
});

describe('a shared link’s lists against the person’s', () => {
	const linked = [{ list: 'openrouter' as const, day: '2026-11-30' }];

	it('says which list the receiver lacks, that the answer may differ, and offers the latest lists', () => {
		render(LinkListsNotice, { linked });
		expect(
			screen.getByText(
				'This link was made with OpenRouter’s list of 30 November 2026, which you do not have. The answer may differ from the one shared.',
				{ exact: false }
			)
		).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Get the latest lists' })).toBeTruthy();
	});

	it('says when the receiver’s list is older', () => {
		state.lists = [{ ...openRouter(0), asOf: '2026-10-01T08:00:00.000Z' }];
		render(LinkListsNotice, { linked });
		expect(
			screen.getByText(/yours is older \(1 October 2026\)\. The answer may differ/)
		).toBeTruthy();
	});

	it('leaves "may differ" to the catalogue’s notice when that one says it', () => {
		render(LinkListsNotice, { linked, saysMayDiffer: false });
		const notice = screen.getByText(/which you do not have\./);
		expect(notice).not.toHaveTextContent('may differ');
		expect(screen.getByRole('link', { name: 'Get the latest lists' })).toBeTruthy();
	});

	it('says nothing when the lists are the same', () => {
		state.lists = [{ ...openRouter(0), asOf: '2026-11-30T08:00:00.000Z' }];
		const { container } = render(LinkListsNotice, { linked });
		expect(container).toHaveTextContent('');
		expect(screen.queryByRole('link')).toBeNull();
	});
});
