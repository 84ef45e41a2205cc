/** The catalogue as the UI sees it: bundled at first, then live from IndexedDB. */
import { shippedCore } from '$lib/catalogue/core';
import type { Catalogue, Model } from '$lib/domain/catalogue';
// Types only: the importer (with its schema library) and the storage code (with Dexie) load
// when they are first needed, so the first page load does not carry them.
import type { EditPatch, ImportPreview, ImportResult, OwnData } from '$lib/domain/import/types';
import type { ImportSource } from '$lib/import/protocol';
import type { ReadOptions as ImportReadOptions } from '$lib/import/read-import';
import type { PublicList } from '$lib/domain/catalogue-terms';
import type { ListReplacement } from '$lib/domain/list-replace';
import type { ListAsOf } from '$lib/domain/list-sources';
import { keptNote } from '$lib/domain/notes';
import type { AppliedEdit } from '$lib/domain/overlay';
import type { CatalogueStore } from '$lib/storage/catalogue-store';
import { openStoreForVisit } from '$lib/storage/deferred-store';
import { noteOwnData } from '$lib/storage/own-data-mark';
import { requestPersistence } from '$lib/storage/persistence';

/** Where the catalogue on screen comes from right now. */
export type CatalogueSource = 'bundled' | 'indexeddb' | 'read-only';

/** What the person adds: their own data, where aliases of earlier imports may be left out. */
export type OwnAddition = Omit<OwnData, 'aliases'> & Partial<Pick<OwnData, 'aliases'>>;

/** An import that was not written, and why. */
type ImportRefused = Extract<ImportResult, { ok: false }>;

/** Storage's refusal of a write, as an import problem. */
function storageRefused(error: unknown): ImportRefused {
	const named = (error as { code?: unknown }).code;
	const reason = named === 'quota' || named === 'conflict' ? named : 'failed';
	return { ok: false, problem: { code: 'storage', reason, detail: String(error) } };
}

/** How many aliases `resolveModelId` follows: enough for a few re-imports, never a loop. */
const MAX_HOPS = 5;

/** The day on this device (`YYYY-MM-DD`): an import judges retirement dates by it. */
export function localDay(now = new Date()): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A catalogue's model ids, and its models' join keys (`gpt-4o-2024-08-06` → `gpt-4o`). */
function modelIndex(models: readonly Model[]): { ids: Set<string>; keys: Map<string, string> } {
	const keys = new Map<string, string>();
	for (const model of models) {
		for (const key of model.aliases ?? []) if (!keys.has(key)) keys.set(key, model.id);
	}
	return { ids: new Set(models.map((m) => m.id)), keys };
}

/** Opens storage, told of another tab's upgrade and of a database that answers late. */
type OpenStore = (
	onVersionChange: () => void,
	onLateOpen: (store: CatalogueStore) => void
) => Promise<CatalogueStore>;

export class CatalogueState {
	#catalogue = $state.raw<Catalogue>(shippedCore);
	/** The shipped catalogue as shown: without its records until a page asks for them. */
	#shipped: Catalogue = shippedCore;
	#source = $state<CatalogueSource>('bundled');
	#problem = $state<string | undefined>();
	#ownRecords = $state(0);
	#outdated = $state(false);
	#stuck = $state(false);
	#favourites = $state.raw<ReadonlySet<string>>(new Set());
	#store: CatalogueStore | undefined;
	/** Settles once storage is open (or known to be read-only): writes wait for it. */
	#resolveOpened: (store: CatalogueStore) => void = () => {};
	#opened = new Promise<CatalogueStore>((resolve) => (this.#resolveOpened = resolve));
	#edits = $state.raw<Map<string, AppliedEdit>>(new Map());
	#notes = $state.raw<Map<string, string>>(new Map());
	#aliases = $state.raw<ReadonlyMap<string, string>>(new Map());
	#lists = $state.raw<readonly ListAsOf[]>([]);
	#listsLoaded = $state(false);
	#index = $derived(modelIndex(this.#catalogue.models));
	/** Settles once the person's data is on screen (or known to be unreachable). */
	#resolveLoaded: () => void = () => {};
	#loaded = new Promise<void>((resolve) => (this.#resolveLoaded = resolve));
	#open: OpenStore;

	/**
	 * `open` opens storage: it calls `onVersionChange` when another tab upgrades the database, and
	 * `onLateOpen` with a writable store when the database answers after it gave a read-only one.
	 */
	constructor(
		open: OpenStore = (onVersionChange, onLateOpen) =>
			openStoreForVisit(shippedCore, { onVersionChange, onLateOpen })
	) {
		this.#open = open;
	}

	/**
	 * Read-only because storage did not answer in time (or this tab's upgrade is blocked): another
	 * tab of the app may be holding the data.
	 */
	get stuck(): boolean {
		return this.#stuck;
	}

	/** Another tab runs a newer version of the app: this one should reload before saving more. */
	get outdated(): boolean {
		return this.#outdated;
	}

	get catalogue(): Catalogue {
		return this.#catalogue;
	}

	/**
	 * Puts the shipped records (the article's quotes, the public record, the facts) into the
	 * shipped catalogue on screen: the pages that show them call it in their `load`, so they
	 * render (and hydrate) with them. A catalogue read from storage has them already.
	 */
	async loadRecords(): Promise<void> {
		const { shippedWithRecords } = await import('$lib/catalogue/records');
		if (this.#catalogue === this.#shipped) this.#catalogue = shippedWithRecords;
		this.#shipped = shippedWithRecords;
	}

	get source(): CatalogueSource {
		return this.#source;
	}

	/** Whether the person's data is on screen, or known to be out of reach (read-only). */
	get loaded(): boolean {
		return this.#source !== 'bundled';
	}

	/** Whether the person's catalogue differs from the shipped one (their own records). */
	get edited(): boolean {
		return this.#ownRecords > 0;
	}

	/** The person's favourites: `model:<id>` and `offer:<id>`. */
	get favourites(): ReadonlySet<string> {
		return this.#favourites;
	}

	isFavourite(kind: 'model' | 'offer', id: string): boolean {
		return this.#favourites.has(`${kind}:${id}`);
	}

	/**
	 * Stars or unstars; the first thing saved asks the browser to keep the data. Every write here
	 * throws a `StorageWriteError` (`write-failure.ts` reads it) when nothing was saved.
	 */
	async toggleFavourite(kind: 'model' | 'offer', id: string): Promise<void> {
		const key = `${kind}:${id}`;
		await this.#write((store) => store.setFavourite(key, !this.#favourites.has(key)));
	}

	/** The person's edits of shipped records, each with the value it replaced. */
	get edits(): ReadonlyMap<string, AppliedEdit> {
		return this.#edits;
	}

	/** The person's notes, by model id. */
	get notes(): ReadonlyMap<string, string> {
		return this.#notes;
	}

	/** Saves an edit of a shipped record (`undefined` reverts it). */
	async setEdit(key: string, patch: EditPatch | undefined): Promise<void> {
		await this.#write((store) => store.setEdit(key, patch));
	}

	/**
	 * Saves a note on a model (blank removes it). Once saved, `notes` has it at once, before the
	 * stored notes are read back, so a field showing it does not flash the old text.
	 */
	async setNote(modelId: string, text: string): Promise<void> {
		await this.#write((store) => store.setNote(modelId, text));
		const kept = keptNote(text);
		const next = new Map(this.#notes);
		if (kept === undefined) next.delete(modelId);
		else next.set(modelId, kept);
		this.#notes = next;
	}

	/** Adds records the person made (a form, an import): all of them, or none. */
	async addOwn(data: OwnAddition): Promise<void> {
		await this.#write((store) => store.addOwn({ ...data, aliases: data.aliases ?? [] }));
	}

	/** Model ids of earlier imports and the ids that replaced them. */
	get aliases(): ReadonlyMap<string, string> {
		return this.#aliases;
	}

	/**
	 * The id of the model an id names now: a model of that id; else where a stored alias leads
	 * (an id of an earlier import); else the model that lists it among its join keys.
	 */
	resolveModelId(id: string): string | undefined {
		const { ids, keys } = this.#index;
		let current = id;
		for (let hop = 0; hop <= MAX_HOPS; hop++) {
			if (ids.has(current)) return current;
			const next = this.#aliases.get(current);
			if (next === undefined) break;
			current = next;
		}
		return keys.get(current) ?? keys.get(id);
	}

	/** The "as of" record of each list read into the catalogue (fetched or from a file). */
	get lists(): readonly ListAsOf[] {
		return this.#lists;
	}

	/**
	 * Whether `lists` holds the stored records (or storage could not give them): until then an
	 * empty `lists` means "not read yet", not "none".
	 */
	get listsLoaded(): boolean {
		return this.#listsLoaded;
	}

	async resetOwn(): Promise<void> {
		await this.#write((store) => store.resetOwn());
	}

	/** Everything the person made, and optionally the whole merged catalogue, as an export file. */
	async exportText(withCatalogue: boolean): Promise<string> {
		const store = await this.#opened;
		const [own, lists] = await Promise.all([store.readOwn(), store.readLists()]);
		const { writeExport } = await import('$lib/domain/import');
		const text = writeExport(own, this.#catalogue.catalogueVersion, new Date(), lists);
		if (!withCatalogue) return text;
		return JSON.stringify({ ...JSON.parse(text), catalogue: this.#catalogue }, null, 1);
	}

	/**
	 * Reads a file against the catalogue on screen (the person's data included), writing nothing:
	 * a preview of what an import would bring, or why the whole file is refused. The file is read
	 * off the page's thread (a worker) where it can be, reporting its stages to `onProgress`;
	 * `signal` cancels it at once, and the promise then rejects with the signal's reason (an
	 * `AbortError`).
	 */
	async readFile(file: Blob, options: ImportReadOptions = {}): Promise<ImportResult> {
		// A file too large is refused at once, before a byte is read or storage is waited for (the
		// reader's chunk carries the limit: one fetch, then the worker starts).
		const { MAX_IMPORT_BYTES } = await import('$lib/import/read-import');
		if (file.size > MAX_IMPORT_BYTES) {
			return { ok: false, problem: { code: 'too-large', bytes: file.size } };
		}
		return this.#readOffThread({ file }, options);
	}

	/**
	 * Gets a read ready before its file or text comes (the person is at the file control, whose
	 * dialog takes seconds, or a list is being fetched): loads the reader's code and starts its
	 * worker, which the next read takes (`warmImportWorker`). Again, it does nothing more.
	 */
	async prepareRead(): Promise<void> {
		const { warmImportWorker } = await import('$lib/import/read-import');
		warmImportWorker();
	}

	/** Reads a file's (or a fetched list's) text into a preview, as `readFile`; writes nothing. */
	async readText(text: string, options: ImportReadOptions = {}): Promise<ImportResult> {
		return this.#readOffThread({ text }, options);
	}

	/** A read of a file or text, in a worker where one can run (`readImportOffThread`). */
	async #readOffThread(source: ImportSource, options: ImportReadOptions): Promise<ImportResult> {
		const { readImportOffThread } = await import('$lib/import/read-import');
		// Entries join the models the person already has, so wait until those are on screen.
		await this.#loaded;
		const { vendors, models, offers } = this.#catalogue;
		const context = { vendors, models, offers, today: localDay() };
		return readImportOffThread({ ...source, context }, options);
	}

	/**
	 * Writes a preview's data, all or nothing, with the lists' "as of" records it carries (an
	 * export's); says why, when storage refused it.
	 */
	async commitImport(preview: ImportPreview): Promise<ImportResult> {
		return this.#commit(preview, preview.data, preview.lists ?? []);
	}

	/**
	 * What writing a newer copy of a public list (`preview`) would do, worked out on the stored
	 * data and written nowhere: the entries it would update, add, and make legacy. The preview says
	 * it before Import; `commitList` works it out again inside its write, and says what it did.
	 */
	async forecastList(list: PublicList, preview: ImportPreview): Promise<ListReplacement> {
		const [{ replaceList }, store] = await Promise.all([
			import('$lib/domain/list-replace'),
			this.#opened
		]);
		return replaceList(list, await store.readOwn(), preview.data);
	}

	/**
	 * Writes a newer copy of a public list (`preview`, read from a fetch or a file) in place of the
	 * one stored: that list's entries updated, added, or made legacy, the person's edits, notes and
	 * favourites kept (`replaceList`), with its "as of" record, in one transaction. Gives what was
	 * replaced, or why storage refused it.
	 */
	async commitList(
		list: PublicList,
		preview: ImportPreview,
		record: ListAsOf
	): Promise<{ ok: true; replacement: ListReplacement } | ImportRefused> {
		const { replaceList } = await import('$lib/domain/list-replace');
		try {
			// The stored data is read inside the write's transaction: another tab's write cannot
			// come between what the replacement was worked out from and what it writes.
			const replacement = await (
				await this.#opened
			).replaceOwn((stored) => replaceList(list, stored, preview.data), [record]);
			if (this.#source === 'indexeddb') void requestPersistence();
			return { ok: true, replacement };
		} catch (error) {
			return storageRefused(error);
		}
	}

	/** Writes `data` and `lists` for a preview: the preview when written, else why not. */
	async #commit(
		preview: ImportPreview,
		data: OwnData,
		lists: readonly ListAsOf[]
	): Promise<ImportResult> {
		try {
			await this.#write((store) => store.addOwn(data, lists));
		} catch (error) {
			return storageRefused(error);
		}
		return preview;
	}

	/**
	 * Runs a write on the open store. Until storage answers it waits (at most the open's time
	 * limit, when the store becomes read-only and refuses it): never queued for later.
	 */
	async #write(work: (store: CatalogueStore) => Promise<void>): Promise<void> {
		await work(this.#store ?? (await this.#opened));
		if (this.#source === 'indexeddb') void requestPersistence();
	}

	/** The browser's reason when changes cannot be saved. */
	get problem(): string | undefined {
		return this.#problem;
	}

	/**
	 * Opens storage and follows the stored catalogue; returns the teardown. A database that
	 * answers after the time limit takes the read-only store's place: the app is writable again.
	 */
	start(): () => void {
		let stopped = false;
		const subscriptions: { unsubscribe(): void }[] = [];
		const attach = (opened: CatalogueStore) => {
			if (stopped) return opened.close();
			// A late writable store may come before the read-only one it replaces is attached. (A
			// first visit's deferred store gives way to whatever opening the database gave.)
			if (opened.mode === 'read-only' && this.#store?.mode === 'indexeddb' && !this.#store.deferred)
				return opened.close();
			for (const s of subscriptions.splice(0)) s.unsubscribe();
			this.#store?.close();
			this.#store = opened;
			this.#resolveOpened(opened);
			this.#stuck = opened.stuck === true;
			this.#follow(opened, subscriptions);
		};
		void this.#open(() => (this.#outdated = true), attach).then(attach);
		return () => {
			stopped = true;
			for (const s of subscriptions) s.unsubscribe();
			this.#store?.close();
		};
	}

	/** Follows an open store's favourites, notes, lists and catalogue into the state. */
	#follow(opened: CatalogueStore, subscriptions: { unsubscribe(): void }[]) {
		subscriptions.push(
			opened.observeFavourites().subscribe({ next: (set) => (this.#favourites = set) }),
			opened.observeNotes().subscribe({ next: (notes) => (this.#notes = notes) }),
			opened.observeLists().subscribe({
				next: (lists) => {
					this.#lists = lists;
					this.#listsLoaded = true;
				},
				error: () => (this.#listsLoaded = true)
			})
		);
		if (opened.mode === 'read-only') {
			this.#source = 'read-only';
			this.#problem = opened.problem;
			this.#resolveLoaded();
			return;
		}
		const subscription = opened.observe().subscribe({
			next: ({ catalogue, ownRecords, edits, aliases }) => {
				// Storage holds the shipped catalogue, unchanged: keep the one on screen, so the page
				// does not work out and draw the same answer again as it starts.
				const unchanged =
					ownRecords === 0 &&
					edits.size === 0 &&
					catalogue.catalogueVersion === shippedCore.catalogueVersion;
				this.#catalogue = unchanged ? this.#shipped : catalogue;
				// For the next visit's first paint: whether the prerendered (shipped) catalogue differs.
				noteOwnData(!unchanged);
				this.#ownRecords = ownRecords;
				this.#edits = edits;
				this.#aliases = aliases;
				this.#source = 'indexeddb';
				this.#problem = undefined;
				this.#resolveLoaded();
			},
			error: (error) => {
				this.#resolveLoaded();
				// The database closed for another tab's upgrade: the reload prompt covers it.
				if (this.#outdated) return;
				// The stored data became unreadable mid-session: keep what is on screen, stop saving.
				this.#source = 'read-only';
				this.#problem = error instanceof Error ? error.message : String(error);
			}
		});
		subscriptions.push(subscription);
	}
}

/** The app's one catalogue state, started by the root layout in the browser. */
export const catalogueState = new CatalogueState();
