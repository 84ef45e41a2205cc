/**
 * The forms an offer's edits open (its price, where it runs), loaded the first time one opens:
 * a model's page shows them only when asked, so its first visit does not carry them.
 */
export { default as PriceFields } from './PriceFields.svelte';
export { default as RunsOnEdit } from './RunsOnEdit.svelte';
