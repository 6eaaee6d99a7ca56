import { exactly, object } from '../schema-kit';
import type { SingleChoiceInteraction } from '../types';
import {
	checkPinned,
	checkRules,
	checkUniqueChoices,
	choiceIds,
	last,
	pinnedIds,
	questionFields,
	questionTextKeys,
	unmatched
} from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

export const singleChoiceAuthoring: AuthoringSpec<SingleChoiceInteraction> = {
	parser: exactly<SingleChoiceInteraction>()(object({ ...questionFields('singleChoice'), choices: choiceIds(), pinned: pinnedIds() })),
	textKeys: questionTextKeys,
	check(q, path, issues) {
		checkUniqueChoices(q.choices, `${path}.choices`, issues);
		checkPinned(q.pinned, q.choices, `${path}.pinned`, issues);
		checkRules(q, ['equals'], q.choices, path, issues);
	},
	sampleAnswers(q) {
		const perGroup = q.answerGroups.map((g) => g.rules[0]!).flatMap((r) => (r.type === 'equals' ? [r.value as string] : []));
		return [...perGroup, ...unmatched(q, q.choices)];
	},
	widest: (q) => last(q.choices)
};
