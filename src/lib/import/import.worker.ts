/// <reference lib="webworker" />
/**
 * The import worker: reads a picked file or a fetched list into a preview off the page's thread,
 * so that a big file never freezes the page and Cancel ends the work at once (the page
 * terminates the worker). Loaded only when an import starts.
 */
import { handleImportRequest } from './read-source';
import type { ImportMessage, ImportRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
	void handleImportRequest(event.data, (message: ImportMessage) => scope.postMessage(message));
};
