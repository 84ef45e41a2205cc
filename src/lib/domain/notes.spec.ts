import { describe, expect, it } from 'vitest';
import { keptNote, NOTE_MAX_LENGTH } from './notes';

describe('keptNote', () => {
	it('keeps a note as typed', () => {
		expect(keptNote(' Good at tables\n')).toBe(' Good at tables\n');
	});

	it('cuts a note to its longest', () => {
		expect(keptNote('a'.repeat(NOTE_MAX_LENGTH + 5))).toBe('a'.repeat(NOTE_MAX_LENGTH));
		expect(NOTE_MAX_LENGTH).toBe(10_000);
	});

	it('removes a blank note, also one blank within its longest', () => {
		expect(keptNote('')).toBeUndefined();
		expect(keptNote(' \n\t')).toBeUndefined();
		expect(keptNote(' '.repeat(NOTE_MAX_LENGTH) + 'x')).toBeUndefined();
	});
});
