import type { SingleChoiceInteraction } from '../types';
import { oneId } from './codec';
import { questionBase, solutionRule } from './question';
import { idsResponse, noList } from './report';
import type { AnswerSpec } from './spec';

export const singleChoice: AnswerSpec<SingleChoiceInteraction> = {
	...questionBase,
	acceptsAnswer: (q, answer) => typeof answer === 'string' && q.choices.includes(answer),
	solution: (q) => solutionRule(q, 'equals')?.value,
	shuffled: (q) => ({ lists: { choices: q.choices }, pinned: q.pinned ?? [] }),
	codec: oneId((q) => q.choices),
	scorm: { type: 'choice', sources: (q) => q.choices, targets: noList, response: (_q, answer) => idsResponse(answer) }
};
