import { object } from '../schema-kit';
import type { SingleChoiceInteraction } from '../types';
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

export const singleChoice: InteractionSpec<SingleChoiceInteraction> = {
	parser: object({ ...questionFields('singleChoice'), choices: choiceIds() }),
	textKeys: questionTextKeys,
	targets: questionTargets,
	outcomes: questionOutcomes,
	check(q, path, issues) {
		checkUniqueChoices(q.choices, `${path}.choices`, issues);
		checkRules(q, ['equals'], q.choices, path, issues);
	},
	acceptsAnswer: (q, answer) => typeof answer === 'string' && q.choices.includes(answer),
	sampleAnswers(q) {
		const perGroup = q.answerGroups.map((g) => g.rules[0]!).flatMap((r) => (r.type === 'equals' ? [r.value as string] : []));
		return [...perGroup, ...unmatched(q, q.choices)];
	}
};
