/** The catalogue as the UI sees it: bundled at first, then live from IndexedDB. */
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Catalogue } from '$lib/domain/catalogue';
// Types only: the importer (with its schema library) and the storage code (with Dexie) load
// when they are first needed, so the first page load does not carry them.
import type { EditPatch, ImportResult, OwnData } from '$lib/domain/import';
import type { AppliedEdit } from '$lib/domain/overlay';
import type { CatalogueStore } from '$lib/storage/catalogue-store';
import { requestPersistence } from '$lib/storage/persistence';

/** Where the catalogue on screen comes from right now. */
export type CatalogueSource = 'bundled' | 'indexeddb' | 'read-only';

export class CatalogueState {
	#catalogue = $state.raw<Catalogue>(shippedCatalogue);
	#source = $state<CatalogueSource>('bundled');
	#problem = $state<string | undefined>();
	#ownRecords = $state(0);
	#outdated = $state(false);
	#favourites = $state.raw<ReadonlySet<string>>(new Set());
	#store: CatalogueStore | undefined;
	/** Settles once storage is open (or known to be read-only): writes wait for it. */
	#resolveOpened: (store: CatalogueStore) => void = () => {};
	#opened = new Promise<CatalogueStore>((resolve) => (this.#resolveOpened = resolve));
	#edits = $state.raw<Map<string, AppliedEdit>>(new Map());
	#notes = $state.raw<Map<string, string>>(new Map());
	#open: (onVersionChange: () => void) => Promise<CatalogueStore>;

	constructor(
		open: (onVersionChange: () => void) => Promise<CatalogueStore> = async (onVersionChange) =>
			(await import('$lib/storage/catalogue-store')).openCatalogueStore(shippedCatalogue, {
				onVersionChange
			})
	) {
		this.#open = open;
	}

	/** Another tab runs a newer version of the app: this one should reload before saving more. */
	get outdated(): boolean {
		return this.#outdated;
	}

	get catalogue(): Catalogue {
		return this.#catalogue;
	}

	get source(): CatalogueSource {
		return this.#source;
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

	/** Stars or unstars; the first thing saved asks the browser to keep the data. */
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

	async setNote(modelId: string, text: string): Promise<void> {
		await this.#write((store) => store.setNote(modelId, text));
	}

	/** Adds records the person made (a form, an import): all of them, or none. */
	async addOwn(data: OwnData): Promise<void> {
		await this.#write((store) => store.addOwn(data));
	}

	async resetOwn(): Promise<void> {
		await this.#write((store) => store.resetOwn());
	}

	/** Everything the person made, and optionally the whole merged catalogue, as an export file. */
	async exportText(withCatalogue: boolean): Promise<string> {
		const own = (await (await this.#opened).readOwn()) ?? {
			vendors: [],
			models: [],
			offers: [],
			edits: [],
			notes: [],
			favourites: []
		};
		const { writeExport } = await import('$lib/domain/import');
		const text = writeExport(own, this.#catalogue.catalogueVersion);
		if (!withCatalogue) return text;
		return JSON.stringify({ ...JSON.parse(text), catalogue: this.#catalogue }, null, 1);
	}

	/** Reads and writes a file, all or nothing; says what went wrong, and where, when it did. */
	async importFile(file: Blob): Promise<ImportResult> {
		const { MAX_IMPORT_BYTES, readImport } = await import('$lib/domain/import');
		if (file.size > MAX_IMPORT_BYTES) {
			return { ok: false, problem: { code: 'too-large', bytes: file.size } };
		}
		const result = readImport(
			await file.text(),
			new Set(shippedCatalogue.vendors.map((v) => v.id))
		);
		if (!result.ok) return result;
		try {
			await this.addOwn(result.data);
		} catch (error) {
			const named = (error as { code?: unknown }).code;
			const code = named === 'quota' || named === 'conflict' ? named : 'failed';
			return { ok: false, problem: { code: 'storage', reason: code, detail: String(error) } };
		}
		return result;
	}

	async #write(work: (store: CatalogueStore) => Promise<void>): Promise<void> {
		await work(await this.#opened);
		if (this.#source === 'indexeddb') void requestPersistence();
	}

	/** The browser's reason when changes cannot be saved. */
	get problem(): string | undefined {
		return this.#problem;
	}

	/** Opens storage and follows the stored catalogue; returns the teardown. */
	start(): () => void {
		let stopped = false;
		const subscriptions: { unsubscribe(): void }[] = [];
		void this.#open(() => (this.#outdated = true)).then((opened) => {
			if (stopped) return opened.close();
			this.#store = opened;
			this.#resolveOpened(opened);
			subscriptions.push(
				opened.observeFavourites().subscribe({ next: (set) => (this.#favourites = set) }),
				opened.observeNotes().subscribe({ next: (notes) => (this.#notes = notes) })
			);
			if (opened.mode === 'read-only') {
				this.#source = 'read-only';
				this.#problem = opened.problem;
				return;
			}
			const subscription = opened.observe().subscribe({
				next: ({ catalogue, ownRecords, edits }) => {
					// Storage holds the shipped catalogue, unchanged: keep the one on screen, so the page
					// does not work out and draw the same answer again as it starts.
					const unchanged =
						ownRecords === 0 &&
						edits.size === 0 &&
						catalogue.catalogueVersion === shippedCatalogue.catalogueVersion;
					this.#catalogue = unchanged ? shippedCatalogue : catalogue;
					this.#ownRecords = ownRecords;
					this.#edits = edits;
					this.#source = 'indexeddb';
				},
				error: (error) => {
					// The database closed for another tab's upgrade: the reload prompt covers it.
					if (this.#outdated) return;
					// The stored data became unreadable mid-session: keep what is on screen, stop saving.
					this.#source = 'read-only';
					this.#problem = error instanceof Error ? error.message : String(error);
				}
			});
			subscriptions.push(subscription);
		});
		return () => {
			stopped = true;
			for (const s of subscriptions) s.unsubscribe();
			this.#store?.close();
		};
	}
}

/** The app's one catalogue state, started by the root layout in the browser. */
export const catalogueState = new CatalogueState();
