/**
 * The options a paged list shows: the first `shown`, and past them each `pinned` offer (an
 * answer's pick), at its place in the order, so a link to its card always finds it. Each comes
 * with its place (1-based) in the whole list. Only the shown ones are made: after a change on a
 * chooser with 30,000 imported offers, making an entry for every option took longer than
 * drawing the page's cards.
 */
export function visibleOptions<T extends { offer: { id: string } }>(
	options: readonly T[],
	shown: number,
	pinned: readonly string[]
): { option: T; place: number }[] {
	const out: { option: T; place: number }[] = [];
	const left = new Set(pinned);
	for (let i = 0; i < options.length && (i < shown || left.size > 0); i++) {
		const option = options[i]!;
		if (left.delete(option.offer.id) || i < shown) out.push({ option, place: i + 1 });
	}
	return out;
}
