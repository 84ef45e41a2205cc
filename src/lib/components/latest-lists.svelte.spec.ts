import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LatestLists from './LatestLists.svelte';

afterEach(() => vi.unstubAllGlobals());

describe('LatestLists', () => {
	it('says what it contacts, and that nothing about the person is sent, before any press', () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		render(LatestLists, { onfileinstead: () => {} });
		const button = screen.getByRole('button', { name: 'Get the latest lists' });
		expect(button.getAttribute('aria-describedby')).toBe('lists-help');
		expect(screen.getByText(/only when you press this/).textContent).toContain('no cookies');
		expect(screen.getByText(/No public model list yet/)).toBeTruthy();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('gives up on a list at its time limit (injected), says which, and offers the button again', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(() => new Promise<Response>(() => {}))
		);
		render(LatestLists, { onfileinstead: () => {}, timeLimitMs: 30 });
		await fireEvent.click(screen.getByRole('button', { name: 'Get the latest lists' }));
		await screen.findByText(/^OpenRouter did not send its list within/, undefined, {
			timeout: 5000
		});
		await screen.findByText(/^models\.dev did not send its list within/);
		const button = screen.getByRole('button', { name: 'Get the latest lists' });
		expect((button as HTMLButtonElement).disabled).toBe(false);
	});

	it('cancels one list while the other goes on waiting', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(() => new Promise<Response>(() => {}))
		);
		render(LatestLists, { onfileinstead: () => {} });
		await fireEvent.click(screen.getByRole('button', { name: 'Get the latest lists' }));
		const group = await screen.findByRole('group', { name: 'OpenRouter' });
		await fireEvent.click(group.querySelector('button')!);
		await screen.findByText('OpenRouter: cancelled. Nothing was changed.');
		expect(screen.getByRole('group', { name: 'models.dev' })).toBeTruthy();
	});
});
