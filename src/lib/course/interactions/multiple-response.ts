import type { MultipleResponseInteraction, SimilarityLabInteraction } from '../types';
import { someIds } from './codec';
import { questionBase } from './question';
import { idsResponse, noList } from './report';
import type { AnswerSpec } from './spec';

type ChoicesQuestion = MultipleResponseInteraction | SimilarityLabInteraction;

/** Ticked choices (multiple response, and the near-duplicate lab's ads judged linked). */
export const someChoices = {
	...questionBase,
	acceptsAnswer: (q: ChoicesQuestion, answer: unknown) =>
		Array.isArray(answer) && answer.length > 0 && new Set(answer).size === answer.length && answer.every((a) => q.choices.includes(a)),
	/** The set the first correct group names (its first rule). */
	solution(q: ChoicesQuestion) {
		const rule = q.answerGroups.find((g) => g.outcome.correct === true)?.rules[0];
		return rule && 'values' in rule && rule.type !== 'orderEquals' && rule.type !== 'placedBefore' ? [...rule.values] : undefined;
	},
	codec: someIds((q: ChoicesQuestion) => q.choices),
	scorm: {
		type: 'choice',
		sources: (q: ChoicesQuestion) => q.choices,
		targets: noList,
		response: (_q: ChoicesQuestion, answer) => idsResponse(answer)
	}
} as const satisfies Partial<AnswerSpec<ChoicesQuestion>>;

export const multipleResponse: AnswerSpec<MultipleResponseInteraction> = {
	...someChoices,
	shuffled: (q) => ({ lists: { choices: q.choices }, pinned: q.pinned ?? [] })
};
