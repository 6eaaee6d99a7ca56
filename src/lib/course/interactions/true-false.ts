import { object } from '../schema-kit';
import type { TrueFalseInteraction } from '../types';
import { checkRules, questionFields, questionOutcomes, questionTargets, questionTextKeys, unmatched } from './question';
import type { InteractionSpec } from './spec';

export const trueFalse: InteractionSpec<TrueFalseInteraction> = {
	parser: object(questionFields('trueFalse')),
	textKeys: questionTextKeys,
	targets: questionTargets,
	outcomes: questionOutcomes,
	check(q, path, issues) {
		checkRules(q, ['equals'], [true, false], path, issues);
	},
	acceptsAnswer: (_q, answer) => typeof answer === 'boolean',
	sampleAnswers(q) {
		const perGroup = q.answerGroups.flatMap((g) => g.rules.flatMap((r) => (r.type === 'equals' ? [r.value] : [])));
		return [...perGroup, ...unmatched(q, [true, false])];
	}
};
