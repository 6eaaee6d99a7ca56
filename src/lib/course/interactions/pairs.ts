import type { Answer, CategoriseInteraction, MatchingInteraction, Pairs } from '../types';
import { recordOfIds } from './codec';
import { questionBase, solutionRule } from './question';
import { pairsResponse } from './report';
import type { AnswerSpec } from './spec';

export type PairsInteraction = MatchingInteraction | CategoriseInteraction;

/** What each item is paired with: a matching question's targets, a categorise question's categories. */
export const targetsOf = (q: PairsInteraction) => (q.type === 'matching' ? q.targets : q.categories);

/** The answer the first correct group names in full: what each item is marked against. */
export const pairsSolution = (q: PairsInteraction): Pairs | undefined => solutionRule(q, 'pairsEqual')?.pairs;

const isPairs = (answer: Answer): answer is Pairs =>
	typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Object.values(answer).every((v) => typeof v === 'string');

/** Matching and categorise share everything but the name of their second list. */
function pairsSpec<Q extends PairsInteraction>(): AnswerSpec<Q> {
	return {
		...questionBase,
		acceptsAnswer: (q, answer) =>
			isPairs(answer) &&
			Object.keys(answer).length === q.items.length &&
			q.items.every((item) => targetsOf(q).includes(answer[item] ?? '')),
		solution: pairsSolution,
		// Items are shuffled; targets and categories keep their written order (a scale, a list to pick from).
		shuffled: (q) => ({ lists: { items: q.items }, pinned: q.pinned ?? [] }),
		codec: recordOfIds(
			(q) => q.items,
			(q) => targetsOf(q)
		),
		scorm: { type: 'matching', sources: (q) => q.items, targets: targetsOf, response: (_q, answer) => pairsResponse(answer) }
	};
}

export const matching = pairsSpec<MatchingInteraction>();
export const categorise = pairsSpec<CategoriseInteraction>();
