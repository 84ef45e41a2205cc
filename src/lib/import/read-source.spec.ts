/**
 * The import worker's message protocol, its handler run directly in Node (no real worker): a
 * request with a file or a text gives progress messages by stage, then one result.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImport, shippedContext } from '$lib/domain/import';
import { listText, modelsDevList, openRouterList } from '../../../tests/lists';
import { PART_RECORDS, withParts, type ImportMessage, type ImportRequest } from './protocol';
import { handleImportRequest } from './read-source';

/** Every message the handler posts for one request. */
async function messages(request: ImportRequest): Promise<ImportMessage[]> {
	const posted: ImportMessage[] = [];
	await handleImportRequest(request, (m) => posted.push(structuredClone(m)));
	return posted;
}

/** The result the page makes of the messages: the last one's, its parts put back. */
function assembled(posted: ImportMessage[]) {
	const parts = {
		models: posted.flatMap((m) => (m.type === 'models' ? m.records : [])),
		offers: posted.flatMap((m) => (m.type === 'offers' ? m.records : []))
	};
	const last = posted.at(-1)!;
	if (last.type !== 'result') throw new Error('The last message is not the result');
	return withParts(last.result, parts);
}

const context = shippedContext('2026-12-04');
const stages = (posted: ImportMessage[]) =>
	posted.flatMap((m) => (m.type === 'progress' ? [m.progress.stage] : []));

describe('the import worker’s messages', () => {
	it('reads a file: bytes of the total, then parsing, then entries checked, then one result', async () => {
		const text = listText(openRouterList(1000));
		const file = new Blob([text], { type: 'application/json' });
		const posted = await messages({ file, context });
		const last = posted.at(-1)!;
		expect(last.type).toBe('result');
		expect(posted.filter((m) => m.type === 'result')).toHaveLength(1);
		if (last.type !== 'result' || !last.result.ok) throw new Error('not a preview');
		expect(last.result.format).toBe('openrouter');
		expect(last.result.found).toBe(1000);
		expect([...new Set(stages(posted))]).toEqual(['reading', 'parsing', 'checking']);
		const reading = posted.flatMap((m) =>
			m.type === 'progress' && m.progress.stage === 'reading' ? [m.progress] : []
		);
		expect(reading[0]).toEqual({ stage: 'reading', read: 0, total: file.size });
		expect(reading.at(-1)).toEqual({ stage: 'reading', read: file.size, total: file.size });
		const counted = posted.flatMap((m) =>
			m.type === 'progress' && m.progress.stage === 'checking' && m.progress.done !== undefined
				? [m.progress]
				: []
		);
		expect(counted.length).toBeGreaterThan(1);
		expect(counted.at(-1)).toEqual({ stage: 'checking', done: 1000, total: 1000 });
		const dones = counted.map((p) => p.done!);
		expect(dones).toEqual([...dones].sort((a, b) => a - b));
	});

	// Reads the whole 5,276-entry models.dev list twice: about 2.3 s alone here, over 5 s (the
	// default limit) on the same 2-core machine while another suite runs.
	it(
		'reads a fetched text without a reading stage, with the same result as the file',
		{ timeout: 20_000 },
		async () => {
			const text = listText(modelsDevList());
			const fromText = await messages({ text, context });
			const fromFile = await messages({ file: new Blob([text]), context });
			expect(stages(fromText)[0]).toBe('parsing');
			expect(assembled(fromText)).toEqual(assembled(fromFile));
			const result = assembled(fromText);
			expect(result.ok && result.format).toBe('models-dev');
		}
	);

	it('sends a preview’s models and offers in parts before the result, the whole preview once put back', async () => {
		const text = listText(openRouterList(5000));
		const posted = await messages({ text, context });
		const whole = readImport(text, context);
		if (!whole.ok) throw new Error('not a preview');
		const kinds = posted.map((m) => m.type).filter((t) => t !== 'progress');
		// Every part before the result, the models' before the offers'.
		expect(kinds.at(-1)).toBe('result');
		expect(kinds.slice(0, -1)).toEqual([...kinds.slice(0, -1)].sort());
		for (const m of posted) {
			if (m.type === 'models' || m.type === 'offers') {
				expect(m.records.length).toBeGreaterThan(0);
				expect(m.records.length).toBeLessThanOrEqual(PART_RECORDS);
			}
		}
		const models = posted.filter((m) => m.type === 'models');
		expect(models).toHaveLength(Math.ceil(whole.data.models.length / PART_RECORDS));
		expect(whole.data.models.length).toBeGreaterThan(PART_RECORDS);
		const last = posted.at(-1)!;
		expect(last.type === 'result' && last.result.ok && last.result.data.models).toEqual([]);
		expect(assembled(posted)).toEqual(whole);
	});

	it('decodes UTF-8 split across the stream’s parts and drops a byte-order mark', async () => {
		const list = openRouterList(300);
		const named = { ...list, data: [{ ...list.data[0], name: 'نموذج: ملف 🙂' }, ...list.data] };
		const bytes = new TextEncoder().encode('\uFEFF' + listText(named));
		const posted = await messages({ file: new Blob([bytes]), context });
		const last = posted.at(-1)!;
		expect(last.type === 'result' && last.result.ok && last.result.found).toBe(301);
	});

	const refused = [
		{ name: 'an empty file', body: '', code: 'empty-file' },
		{ name: 'not JSON', body: '{"data": [', code: 'cut-off' },
		{ name: 'an unknown format', body: '{"hello": 1}', code: 'unknown-format' }
	];
	for (const c of refused) {
		it(`refuses ${c.name} as a result, never an error`, async () => {
			const posted = await messages({ file: new Blob([c.body]), context });
			const last = posted.at(-1)!;
			expect(last.type === 'result' && !last.result.ok && last.result.problem.code).toBe(c.code);
		});
	}

	it('refuses a file over the limit before reading a byte of it', async () => {
		const file = { size: MAX_IMPORT_BYTES + 1 } as Blob;
		const posted = await messages({ file, context });
		expect(posted).toEqual([
			{
				type: 'result',
				result: { ok: false, problem: { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1 } }
			}
		]);
	});
});
