/** The import's size limit, on its own so that a page can check it without loading the importer. */

/**
 * Files larger than this many bytes (64 MB, MB = 10⁶ bytes, as every size the app writes) are
 * refused before they are read; the messages say "64 MB" and mean this figure.
 */
export const MAX_IMPORT_BYTES = 64_000_000;
