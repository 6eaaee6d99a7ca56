import { object } from '../schema-kit';
import type { MultipleResponseInteraction, Rule } from '../types';
import {
	checkRules,
	checkUniqueChoices,
	choiceIds,
	questionFields,
	questionOutcomes,
	questionTargets,
	questionTextKeys,
	unmatched
} from './question';
import type { InteractionSpec } from './spec';

const sampleFor = (rule: Rule): string[] =>
	rule.type === 'equals'
		? [String(rule.value)]
		: rule.type === 'containsAny'
			? rule.values.slice(0, 1)
			: 'values' in rule
				? rule.values
				: [];

export const multipleResponse: InteractionSpec<MultipleResponseInteraction> = {
	parser: object({ ...questionFields('multipleResponse'), choices: choiceIds() }),
	textKeys: questionTextKeys,
	targets: questionTargets,
	outcomes: questionOutcomes,
	check(q, path, issues) {
		checkUniqueChoices(q.choices, `${path}.choices`, issues);
		checkRules(q, ['equalsSet', 'containsAll', 'containsAny'], q.choices, path, issues);
	},
	acceptsAnswer: (q, answer) =>
		Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length && answer.every((a) => q.choices.includes(a)),
	sampleAnswers(q) {
		const perGroup = q.answerGroups.map((g) => sampleFor(g.rules[0]!));
		// Single picks and "all of them" give the default outcome a chance to be reached.
		const candidates = [...q.choices.map((c) => [c]), [...q.choices]];
		return [...perGroup, ...unmatched(q, candidates)];
	}
};
