/** The import's size limit, on its own so that a page can check it without loading the importer. */

/** Files larger than this (64 MiB, in bytes) are refused before they are read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
