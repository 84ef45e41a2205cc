/** The catalogue as the UI sees it: bundled at first, then live from IndexedDB. */
import { shippedCatalogue } from '$lib/catalogue/shipped';
import type { Catalogue } from '$lib/domain/catalogue';
import { openCatalogueStore, type CatalogueStore } from '$lib/storage/catalogue-store';
import { requestPersistence } from '$lib/storage/persistence';

/** Where the catalogue on screen comes from right now. */
export type CatalogueSource = 'bundled' | 'indexeddb' | 'read-only';

export class CatalogueState {
	#catalogue = $state.raw<Catalogue>(shippedCatalogue);
	#source = $state<CatalogueSource>('bundled');
	#problem = $state<string | undefined>();
	#ownRecords = $state(0);
	#outdated = $state(false);
	// Replaced whole on every change from storage, never mutated: a plain Set is right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#favourites = $state.raw<ReadonlySet<string>>(new Set());
	#store: CatalogueStore | undefined;
	#open: (onVersionChange: () => void) => Promise<CatalogueStore>;

	constructor(
		open: (onVersionChange: () => void) => Promise<CatalogueStore> = (onVersionChange) =>
			openCatalogueStore(shippedCatalogue, { onVersionChange })
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
		await this.#store?.setFavourite(key, !this.#favourites.has(key));
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
			subscriptions.push(
				opened.observeFavourites().subscribe({ next: (set) => (this.#favourites = set) })
			);
			if (opened.mode === 'read-only') {
				this.#source = 'read-only';
				this.#problem = opened.problem;
				return;
			}
			const subscription = opened.observe().subscribe({
				next: ({ catalogue, ownRecords }) => {
					this.#catalogue = catalogue;
					this.#ownRecords = ownRecords;
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
