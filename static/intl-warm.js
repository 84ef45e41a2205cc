// Readies the page language's number, plural, date and list formatting off the main thread
// (WARM_WORKER in src/hooks.server.ts).
onmessage = function (event) {
	var tag = String(event.data);
	var kinds = [
		() => new Intl.NumberFormat(tag).format(1),
		() => new Intl.PluralRules(tag).select(1),
		() => new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).format(0),
		() => new Intl.ListFormat(tag).format(['1'])
	];
	kinds.forEach(function (kind) {
		try {
			kind();
		} catch {
			// This browser has no such formatter: nothing to ready.
		}
	});
	close();
};
