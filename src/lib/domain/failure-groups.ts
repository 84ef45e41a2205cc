/** "Not a fit" by the rule broken, for long lists: one group a rule, with its options. */
import { FAILURE_CODES, type FailureCode, type Option } from './answer';

/** The options that break one rule, in "Not a fit" order. */
export type FailureGroup = { code: FailureCode; options: Option[] };

/**
 * "Not a fit" by the rule broken, for long lists: one group a rule, the largest first (ties in
 * the form's order). An option that breaks several rules is in each of their groups, so the
 * counts can add up to more than the list.
 */
export function groupByFailure(notAFit: readonly Option[]): FailureGroup[] {
	const groups = new Map<FailureCode, Option[]>();
	for (const option of notAFit) {
		for (const { code } of option.failures) {
			const group = groups.get(code as FailureCode);
			if (group) group.push(option);
			else groups.set(code as FailureCode, [option]);
		}
	}
	const order = (code: FailureCode) => FAILURE_CODES.indexOf(code);
	return [...groups]
		.map(([code, options]) => ({ code, options }))
		.sort((a, b) => b.options.length - a.options.length || order(a.code) - order(b.code));
}
