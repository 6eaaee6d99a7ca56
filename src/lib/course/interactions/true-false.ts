import type { TrueFalseInteraction } from '../types';
import { questionBase, solutionRule } from './question';
import { noList } from './report';
import type { AnswerSpec } from './spec';

export const trueFalse: AnswerSpec<TrueFalseInteraction> = {
	...questionBase,
	acceptsAnswer: (_q, answer) => typeof answer === 'boolean',
	solution: (q) => solutionRule(q, 'equals')?.value,
	codec: {
		encode: (out, _q, answer) => out.int(answer === true ? 1 : 0),
		decode: (input) => input.int() === 1
	},
	scorm: { type: 'true-false', sources: noList, targets: noList, response: (_q, answer) => ({ kind: 'boolean', value: answer === true }) }
};
