/**
 * The height of the app's dock (its news at the bottom of the screen: offline, an update, ready
 * offline), in CSS px, 0 while it holds none. `AppNotices.svelte` sets it when the browser reports
 * the dock's size; a part of a page that scrolls on its own reads it to stop above the dock (the
 * chooser's form beside the answer). Kept here, not as a custom property of the page's `<body>`:
 * a change there made the browser work out the styles of every element of the page again (35 ms
 * on this machine when "Ready to work offline" came, four times that under Lighthouse's slower CPU).
 */
class DockSize {
	/** The dock's height in CSS px. */
	px = $state(0);
}

/** The height of the app's one dock. */
export const dockSize = new DockSize();
