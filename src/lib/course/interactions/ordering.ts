import type { OrderingInteraction } from '../types';
import { orderOfIds } from './codec';
import { questionBase, solutionRule } from './question';
import { idsResponse, noList } from './report';
import type { AnswerSpec } from './spec';

/** The order the first correct group names: what each position is marked against. */
export const orderSolution = (q: OrderingInteraction): string[] | undefined => solutionRule(q, 'orderEquals')?.values;

export const ordering: AnswerSpec<OrderingInteraction> = {
	...questionBase,
	acceptsAnswer: (q, answer) =>
		Array.isArray(answer) &&
		answer.length === q.items.length &&
		new Set(answer).size === answer.length &&
		answer.every((a) => q.items.includes(a)),
	solution: orderSolution,
	// The starting order: never the solution itself (see startingOrder in display-order.ts).
	shuffled: (q) => ({ lists: { items: q.items }, pinned: q.pinned ?? [] }),
	codec: orderOfIds((q) => q.items),
	scorm: { type: 'sequencing', sources: (q) => q.items, targets: noList, response: (_q, answer) => idsResponse(answer) }
};
