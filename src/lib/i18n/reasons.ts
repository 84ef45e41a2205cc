/** The chooser's data (reasons, counts, suggested changes) in the person's language. */
import type { Device } from '$lib/domain/inputs';
import type { Reason, Relaxation } from '$lib/domain/recommend';
import { formatDate, formatUsd, pluralText } from './format';
import { dictionaries, fill, intl, type Lang } from './index';

/** "3 options" in the language's own plural form. */
export const countText = (count: number, lang: Lang): string =>
	pluralText(dictionaries[lang].chooser.count, count, lang);

const usage = (n: number, lang: Lang) =>
	intl('NumberFormat', lang, { maximumFractionDigits: 1 }).format(n);

/** One reason in words. */
export function reasonText(reason: Reason, lang: Lang): string {
	const m = dictionaries[lang].reasons;
	const usd = (n: number) => formatUsd(n, lang);
	switch (reason.code) {
		case 'needs-gpu':
			return reason.minGb === undefined
				? m['needs-gpu']
				: fill(m['needs-gpu-gb'], { min: reason.minGb });
		case 'gpu-fits':
			return fill(m['gpu-fits'], { have: reason.haveGb, comfortable: reason.comfortableGb });
		case 'gpu-tight':
			return fill(m['gpu-tight'], {
				have: reason.haveGb,
				min: reason.minGb,
				comfortable: reason.comfortableGb
			});
		case 'gpu-too-small':
			return fill(m['gpu-too-small'], { have: reason.haveGb, min: reason.minGb });
		case 'gpu-memory-not-given':
			return fill(m['gpu-memory-not-given'], { min: reason.minGb });
		case 'monthly-price':
			return fill(m['monthly-price'], { cost: usd(reason.costUsd) });
		case 'per-use-price':
			return fill(m['per-use-price'], {
				cost: usd(reason.costUsd),
				usage: usage(reason.usage, lang),
				input: usd(reason.inputPerMTok),
				output: usd(reason.outputPerMTok)
			});
		case 'versus-subscription':
			return fill(m['versus-subscription'], {
				usage: usage(reason.usage, lang),
				offer: reason.offer[lang],
				cost: usd(reason.costUsd),
				subscription: reason.subscription[lang],
				subscriptionCost: usd(reason.subscriptionUsd),
				breakEven: usage(reason.breakEvenUsage, lang)
			});
		case 'within-budget':
			return fill(m['within-budget'], { budget: usd(reason.budgetUsd) });
		case 'over-budget':
			return fill(m['over-budget'], { cost: usd(reason.costUsd), budget: usd(reason.budgetUsd) });
		case 'planned':
			return reason.expected
				? fill(m['planned-expected'], { date: formatDate(reason.expected, lang) })
				: m.planned;
		default:
			return m[reason.code];
	}
}

/** A device's name as the form calls it. */
export function deviceName(device: Device, lang: Lang): string {
	const m = dictionaries[lang].chooser;
	return { phone: m.devicePhone, computer: m.deviceComputer, gpu: m.deviceGpu }[device];
}

/** What one suggested change would bring: the change, then "N options, best X". */
export function relaxationText(
	relaxation: Relaxation,
	lang: Lang
): { change: string; gives: string } {
	const m = dictionaries[lang].chooser.relax;
	const { change } = relaxation;
	let text: string;
	switch (change.input) {
		case 'device':
			text = fill(m.device, { device: deviceName(change.to, lang) });
			break;
		case 'vramGb':
			text = fill(m.vramGb, { gb: change.to });
			break;
		case 'budget':
			text =
				change.to === undefined
					? m.budgetNone
					: fill(m.budget, { budget: formatUsd(change.to, lang) });
			break;
		default:
			text = m[change.input];
	}
	const gives = fill(m.gives, {
		count: countText(relaxation.count, lang),
		best: relaxation.best.offer.name[lang]
	});
	return { change: text, gives };
}
