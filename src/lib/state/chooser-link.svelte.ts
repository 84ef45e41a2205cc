/**
 * The chooser's current state as the query string of its link (`` for the defaults), kept while
 * the person visits other pages, so a link back to the chooser (the header's) returns to the same
 * answer (§2). Before the chooser has been shown in this visit it is ``, and the chooser
 * then shows the last inputs kept on the device.
 */
export const chooserLink = $state({ query: '' });
