/** The chooser's data (reasons, picks, counts, suggested changes) in the person's language. */
import type { ArenaEntry } from '$lib/domain/catalogue';
import { DEFAULT_INPUTS, type ChooserInputs, type Device } from '$lib/domain/inputs';
import type { FitReason } from '$lib/domain/device-fit';
import { usableGb } from '$lib/domain/memory';
import type { PickLine, Reason, Relaxation } from '$lib/domain/answer';
import type { EmptyWords } from './empty-words';
import {
	formatBillions,
	formatDate,
	formatFees,
	formatGb,
	formatRate,
	formatRating,
	formatUsd,
	isolated,
	pluralText,
	unbroken,
	underCent
} from './format';
import { dictionaries, fill, intl, type Lang } from './index';

/** "3 options" in the language's own plural form. */
export const countText = (count: number, lang: Lang): string =>
	pluralText(dictionaries[lang].chooser.count, count, lang);

/**
 * A usage in millions of tokens a month, to a tenth, with the language's word for the millions:
 * "5 million", "5 ملايين", "20 مليون" (its plural form chosen for the figure shown).
 */
const usage = (n: number, lang: Lang) => {
	const shown = Math.round(n * 10) / 10;
	const forms = dictionaries[lang].models.millions;
	return fill(forms[intl('PluralRules', lang).select(shown)] ?? forms.other, {
		count: intl('NumberFormat', lang, { maximumFractionDigits: 1 }).format(shown)
	});
};

/**
 * The inputs in a few words, for the folded form on a phone ("Phone of 8 GB", "budget US$0",
 * "open weights"): the device first (any device when none is chosen), then only what differs
 * from the defaults of §2, in the form's order; the order of the list is left out, as
 * the list states it. Join with " · ".
 */
export function inputsSummary(inputs: ChooserInputs, lang: Lang): string[] {
	const m = dictionaries[lang].chooser.summary;
	const memoryGb = inputs.device === 'gpu' ? inputs.vramGb : inputs.ramGb;
	const device = inputs.device ? m.device[inputs.device] : m.anyDevice;
	const parts = [
		inputs.device && memoryGb !== undefined
			? fill(m.withMemory, { device, gb: formatGb(memoryGb, lang) })
			: device
	];
	if (inputs.purpose) parts.push(m.purpose[inputs.purpose]);
	if (inputs.localOnly) parts.push(m.localOnly);
	if (inputs.budget !== undefined) {
		parts.push(fill(m.budget, { budget: formatUsd(inputs.budget, lang) }));
	}
	if (inputs.openness !== 'any') parts.push(m.openness[inputs.openness]);
	if (inputs.includePlanned) parts.push(m.planned);
	if (inputs.usage !== DEFAULT_INPUTS.usage) {
		parts.push(fill(m.usage, { usage: usage(inputs.usage, lang) }));
	}
	return parts;
}

/** GB as a person reads it: "5.4 GB" below 10 GB, "16 GB" from 10 (§9). */
export const gbText = formatGb;

/** A memory judgment in words: the need, and what the person's device leaves for a model. */
function memoryText(
	reason: Extract<FitReason, { code: 'memory-fits' | 'memory-tight' | 'memory-short' }>,
	lang: Lang
): string {
	const m = dictionaries[lang].reasons;
	const need = fill(m.need, { need: gbText(reason.needGb, lang) });
	const have = fill(m.have[reason.device], {
		memory: gbText(reason.memoryGb, lang),
		usable: gbText(reason.usableGb, lang)
	});
	let text = fill(m[reason.code], { need, have });
	if (reason.code === 'memory-short') return text;
	if (reason.device === 'computer') text += m.sep + m.slower;
	if (reason.code === 'memory-fits' && reason.eightBit) text += m.sep + m.eightBit;
	return text;
}

/** One reason in words. */
export function reasonText(reason: Reason, lang: Lang): string {
	const m = dictionaries[lang].reasons;
	const usd = (n: number) => formatUsd(n, lang);
	switch (reason.code) {
		case 'needs-gpu':
			return reason.needGb === undefined
				? m['needs-gpu']
				: fill(m['needs-gpu-gb'], { need: gbText(reason.needGb, lang) });
		case 'needs-memory':
			return fill(m['needs-memory'], { need: gbText(reason.needGb, lang) });
		case 'memory-fits':
		case 'memory-tight':
		case 'memory-short':
			return memoryText(reason, lang);
		case 'memory-not-given':
			return fill(m[reason.code][reason.device], {
				need: fill(m.need, { need: gbText(reason.needGb, lang) })
			});
		case 'beyond-any-device':
			// "Needs about 16 GB; even a phone with 16 GB leaves only about 8 GB for a model": the
			// largest phone exists, what it leaves for a model is what is short (§2).
			return fill(m[reason.code][reason.device], {
				need: fill(m.need, { need: gbText(reason.needGb, lang) }),
				memory: gbText(reason.largestGb, lang),
				usable: gbText(usableGb(reason.device, reason.largestGb), lang)
			});
		case 'other-purpose':
			return fill(m['other-purpose'], { purpose: purposeName(reason.purpose, lang) });
		case 'open-weights-in-cloud':
			return m['open-weights-in-cloud'][reason.kind === 'api' ? 'api' : 'app'];
		case 'per-use-price': {
			// Nothing in and nothing out is free, as the answer's line says: not "about US$0".
			if (reason.inputPerMTok === 0 && reason.outputPerMTok === 0) {
				return reason.fees
					? fill(m['per-use-price-free-fees'], { fees: formatFees(reason.fees, lang) })
					: m['per-use-price-free'];
			}
			// "About under US$0.01" says nothing: a cost under a cent is "under US$0.01".
			const tiny = underCent(reason.costUsd);
			const key = reason.fees
				? tiny
					? 'per-use-price-fees-under-cent'
					: 'per-use-price-fees'
				: tiny
					? 'per-use-price-under-cent'
					: 'per-use-price';
			return fill(m[key], {
				cost: usd(tiny ? 0.01 : reason.costUsd),
				usage: usage(reason.usage, lang),
				input: formatRate(reason.inputPerMTok, lang),
				output: formatRate(reason.outputPerMTok, lang),
				fees: reason.fees ? formatFees(reason.fees, lang) : ''
			});
		}
		case 'versus-subscription':
			return fill(m['versus-subscription'], {
				usage: usage(reason.usage, lang),
				offer: isolated(reason.offer, lang),
				cost: usd(reason.costUsd),
				subscription: isolated(reason.subscription, lang),
				subscriptionCost: usd(reason.subscriptionUsd),
				breakEven: usage(reason.breakEvenUsage, lang)
			});
		case 'tier-adds':
			return fill(m['tier-adds'], {
				adds: reason.adds[lang],
				over: isolated(reason.over, lang)
			});
		case 'within-budget':
			return fill(m['within-budget'], { budget: usd(reason.budgetUsd) });
		case 'fees-not-counted':
			return fill(m['fees-not-counted'], {
				cost: usd(reason.costUsd),
				budget: usd(reason.budgetUsd)
			});
		case 'over-budget':
			return fill(m[reason.partly ? 'over-budget-fees' : 'over-budget'], {
				cost: usd(reason.costUsd),
				budget: usd(reason.budgetUsd)
			});
		case 'planned':
			return reason.expected
				? fill(m['planned-expected'], { date: formatDate(reason.expected, lang) })
				: m.planned;
		default:
			return m[reason.code];
	}
}

/** One line of a pick in words: why it is the pick, the other tier, the highest-rated API. */
export function pickLineText(line: PickLine, lang: Lang): string {
	const m = dictionaries[lang].picks;
	const usd = (n: number) => formatUsd(n, lang);
	// The board's name and score stay on one line, never parted inside their brackets.
	const score = (n: number) => unbroken(`Chatbot Arena ${n}`, lang);
	switch (line.code) {
		case 'best-rated-free-app':
			return fill(m[line.code], { score: score(line.score) });
		case 'best-rated-subscription':
			return fill(m[line.withinBudget ? 'best-rated-subscription-budget' : line.code], {
				score: score(line.score)
			});
		case 'largest-that-fits':
			return fill(m[line.effective ? 'largest-that-fits-effective' : line.code], {
				params: formatBillions(line.paramsB, lang)
			});
		case 'cheapest-api':
			return fill(m[line.code], { usage: usage(line.usage, lang) });
		case 'cheapest-api-fees':
			return fill(m[line.code], {
				usage: usage(line.usage, lang),
				fees: formatFees(line.fees, lang)
			});
		case 'heavier-tier':
			return fill(m[line.code], {
				offer: isolated(line.offer, lang),
				cost: usd(line.costUsd)
			});
		case 'lighter-tier':
			return fill(m[line.sameModels ? 'lighter-tier' : 'lighter-tier-fewer'], {
				offer: isolated(line.offer, lang),
				cost: usd(line.costUsd)
			});
		case 'highest-rated-api':
			return fill(m[line.code], {
				offer: isolated(line.offer, lang),
				cost: usd(line.costUsd),
				score: score(line.score)
			});
		case 'only-free-app':
		case 'lower-tier-enough':
		case 'subscription-fits':
		case 'fits-your-device':
		case 'only-fit':
		case 'more-open':
			return m[line.code];
		case 'planned':
			return line.expected ? reasonText(line, lang) : m.planned;
		default:
			return reasonText(line, lang);
	}
}

/** A device's name as the form calls it. */
export function deviceName(device: Device, lang: Lang): string {
	const m = dictionaries[lang].chooser;
	return { phone: m.devicePhone, computer: m.deviceComputer, gpu: m.deviceGpu }[device];
}

/** A "What for" choice's name as the form calls it. */
export function purposeName(purpose: 'app' | 'api' | 'self', lang: Lang): string {
	const m = dictionaries[lang].chooser;
	return { app: m.purposeApp, api: m.purposeApi, self: m.purposeSelf }[purpose];
}

/**
 * What one suggested change would bring, in `lang`: the change ("Raise the budget to US$20"),
 * then what it gives ("3 options, best ChatGPT Plus"; "1 option: GPT-2 on your device"), in
 * `words`, the relaxations' words of `lang` (`empty-words.ts`, loaded with the empty answer).
 */
export function relaxationText(
	relaxation: Relaxation,
	lang: Lang,
	words: EmptyWords['relax']
): { change: string; gives: string } {
	const { change } = relaxation;
	let text: string;
	switch (change.input) {
		case 'device':
			text = fill(words.device, { device: deviceName(change.to, lang) });
			break;
		case 'vramGb':
		case 'ramGb':
			text = fill(words[change.input], { gb: gbText(change.to, lang) });
			break;
		case 'budget':
			text =
				change.to === undefined
					? words.budgetNone
					: fill(words.budget, { budget: formatUsd(change.to, lang) });
			break;
		default:
			text = words[change.input];
	}
	// "1 option: GPT-2 on your device", not "1 option, best …".
	const gives = fill(relaxation.count === 1 ? words.givesOne : words.gives, {
		count: countText(relaxation.count, lang),
		best: isolated(relaxation.best.offer.name, lang)
	});
	return { change: text, gives };
}

/** What an offer serves on the Chatbot Arena board: "Chatbot Arena 1377, 17 Feb 2025". */
export const ratingText = (rating: ArenaEntry | undefined, lang: Lang): string =>
	rating ? formatRating(rating, lang) : dictionaries[lang].chooser.unrated;
