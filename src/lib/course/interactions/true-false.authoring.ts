import { exactly, object } from '../schema-kit';
import type { TrueFalseInteraction } from '../types';
import { checkRules, questionFields, questionTextKeys, unmatched } from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

export const trueFalseAuthoring: AuthoringSpec<TrueFalseInteraction> = {
	parser: exactly<TrueFalseInteraction>()(object(questionFields('trueFalse'))),
	textKeys: questionTextKeys,
	check(q, path, issues) {
		checkRules(q, ['equals'], [true, false], path, issues);
	},
	sampleAnswers(q) {
		const perGroup = q.answerGroups.flatMap((g) => g.rules.flatMap((r) => (r.type === 'equals' ? [r.value] : [])));
		return [...perGroup, ...unmatched(q, [true, false])];
	},
	widest: () => true
};
