// Readies a locale's formatting for the whole browser process (WARM_WORKER, src/hooks.server.ts).
onmessage = function (event) {
	var tag = String(event.data);
	try {
		new Intl.NumberFormat(tag).format(1);
		new Intl.PluralRules(tag).select(1);
		new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).format(0);
		new Intl.ListFormat(tag).format(['1']);
	} catch {
		// A browser without one of them: what it has is ready.
	}
	close();
};
