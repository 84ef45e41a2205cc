/**
 * Which models a picker offers (the model page's "Compare with…", the compare page's "Add a
 * model"): all of them while they are few; from an imported list of thousands, only those whose
 * name holds what the person typed, a page at most. A select of every model of a 50,000-model
 * catalogue took seconds to draw (a phone froze for 11 s at 120,000) and could not be read.
 */
import type { Model, Vendor } from './catalogue';
import { foldName, searchMatcher, searchText } from './name-match';
import { firstPage, PICK_AT_MOST, type Picked } from './pick-page';
import { inArabic, loadedSpelling } from './spelling-load';
import { STEP, whole, type Steps } from './steps';

export { PICK_AT_MOST, type Picked } from './pick-page';

/** What ends the word before a match: a line between the names, a space, a dash, a dot, a slash. */
const WORD_BEFORE = /[\s\-./:]/;

/** Each maker's names (both languages), folded, by id: made once per catalogue's makers. */
const makerNames = new WeakMap<readonly Vendor[], Map<string, string>>();

function namesOf(makers: readonly Vendor[]): Map<string, string> {
	let names = makerNames.get(makers);
	if (!names) {
		names = new Map(makers.map((v) => [v.id, foldName(`${v.name.en} ${v.name.ar}`)]));
		makerNames.set(makers, names);
	}
	return names;
}

/**
 * Each model's names (both languages) and id, folded for matching (`searchText`), and its maker's
 * names as they are: made once per model and catalogue's makers.
 */
const foldedBy = new WeakMap<ReadonlyMap<string, string>, WeakMap<Model, string>>();

function haystack(model: Model, makers: ReadonlyMap<string, string>): string {
	let folded = foldedBy.get(makers);
	if (!folded) foldedBy.set(makers, (folded = new WeakMap()));
	let text = folded.get(model);
	if (text === undefined) {
		const { en, ar } = model.name;
		// An imported model's name is most often the same in both languages: folded once. The fold
		// reads Arabic-Indic digits as Latin ones.
		const names = ar === en ? [foldName(en), model.id] : [foldName(en), foldName(ar), model.id];
		text = searchText(names, makers.get(model.vendor) ?? '', '\n');
		folded.set(model, text);
	}
	return text;
}

/**
 * Each model's sound string (`latinSound` of its folded names): made the first time a search in
 * Arabic letters meets it.
 */
const soundsBy = new WeakMap<ReadonlyMap<string, string>, WeakMap<Model, string>>();

function soundOf(
	model: Model,
	makers: ReadonlyMap<string, string>,
	read: (folded: string) => string
): string {
	let sounds = soundsBy.get(makers);
	if (!sounds) soundsBy.set(makers, (sounds = new WeakMap()));
	let sound = sounds.get(model);
	if (sound === undefined) sounds.set(model, (sound = read(haystack(model, makers))));
	return sound;
}

/**
 * The models of `models` a picker shows for the typed `q` (any case, marks, Arabic spelling or
 * digits; what was typed, or each of its words at a word's start, in any order: `searchMatcher`;
 * blank is all) in their names, ids or maker's names (`makers`, the catalogue's), in their order
 * but those whose name, id or maker's name starts with what was typed first, at most `atMost`;
 * `matched` is how many match in all. Once the reading by sound has loaded
 * (`loadSpelling`), a search in Arabic letters also finds the Latin names it spells
 * (`spellingMatcher`: «ديب سيك» finds DeepSeek), among the first, as such a match starts a word.
 * In steps of `STEP` models (`steps.ts`): each name is folded once, the first time it is searched
 * (≈ 5 µs), and read as sounds once, the first time a search in Arabic letters meets it, then
 * one substring test (Node, 50,000 synthetic models with Arabic names: 270 ms the first search,
 * 15–30 ms each after), so a page runs it in slices (`inSlices`) and the first search of a big
 * catalogue never holds it.
 */
export function* pickSteps(
	models: readonly Model[],
	q: string,
	atMost = PICK_AT_MOST,
	makers: readonly Vendor[] = []
): Steps<Picked> {
	const matches = searchMatcher(q);
	const named = namesOf(makers);
	if (!matches) return firstPage(models, atMost);
	const wanted = foldName(q);
	const spelling = inArabic(q) ? loadedSpelling() : undefined;
	const spelled = spelling?.spellingMatcher(q);
	const read = spelling?.latinSound;
	const starts: Model[] = [];
	const inside: Model[] = [];
	for (let i = 0; i < models.length; i++) {
		const model = models[i]!;
		const text = haystack(model, named);
		if (matches(text)) {
			// What was typed at the start of a name or the id, or of a word in one; a match of the
			// words apart comes after.
			const at = text.indexOf(wanted);
			(at === 0 || (at > 0 && WORD_BEFORE.test(text[at - 1]!)) ? starts : inside).push(model);
		} else if (spelled && read && spelled(text, soundOf(model, named, read))) {
			starts.push(model);
		}
		if (i % STEP === STEP - 1) yield;
	}
	const all = starts.concat(inside);
	return { shown: all.slice(0, atMost), matched: all.length };
}

/** `pickSteps` at once. */
export function modelsToPick(
	models: readonly Model[],
	q: string,
	atMost = PICK_AT_MOST,
	makers: readonly Vendor[] = []
): Picked {
	return whole(pickSteps(models, q, atMost, makers));
}
