import { quasiIdentifiers } from '../labs/k-anonymity';
import type { Answer, KAnonymityLabInteraction } from '../types';
import { recordOfIds } from './codec';
import { groupMatches, questionBase } from './question';
import { noList, summaryResponse } from './report';
import type { AnswerSpec } from './spec';

const isLevels = (answer: Answer): answer is Record<string, string> =>
	typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Object.values(answer).every((v) => typeof v === 'string');

/** All rules of a group must hold: "k reached AND age hidden" names one outcome. */
export const allRulesHold = (q: KAnonymityLabInteraction, group: KAnonymityLabInteraction['answerGroups'][number], answer: Answer) =>
	group.rules.every((rule) => groupMatches(q, { ...group, rules: [rule] }, answer));

/** The learner picks a generalisation level per column until the table reaches k. */
export const kAnonymityLab: AnswerSpec<KAnonymityLabInteraction> = {
	...questionBase,
	acceptsAnswer: (q, answer) =>
		isLevels(answer) &&
		Object.keys(answer).length === quasiIdentifiers(q.columns).length &&
		quasiIdentifiers(q.columns).every((c) => c.levels.includes(answer[c.id] ?? '')),
	groupMatches: allRulesHold,
	// Many choices of levels are right: the LMS gets the result, not one pattern.
	solution: () => undefined,
	codec: recordOfIds(
		(q) => quasiIdentifiers(q.columns).map((c) => c.id),
		(q, column) => q.columns.find((c) => c.id === column)!.levels
	),
	scorm: { type: 'other', sources: noList, targets: noList, response: (_q, answer) => summaryResponse(answer) }
};
