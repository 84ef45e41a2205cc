import { describe, expect, it } from 'vitest';
import { unsavedEdits } from './unsaved.svelte';

describe('unsavedEdits', () => {
	it('is held while any key is held, and free once each is released', () => {
		expect(unsavedEdits.any).toBe(false);
		const release = unsavedEdits.hold('note:gpt-4o');
		unsavedEdits.set('offer:chatgpt-plus', true);
		expect(unsavedEdits.any).toBe(true);
		release();
		expect(unsavedEdits.any).toBe(true);
		unsavedEdits.set('offer:chatgpt-plus', false);
		expect(unsavedEdits.any).toBe(false);
	});
});
