import { isPlan, planMeetsRubric, PLAN_LISTS } from '../capstone-rubric';
import { PLAN_FIELDS, type CapstonePlanInteraction, type Outcome } from '../types';
import { mask, unmask } from './codec';
import { noList, summaryResponse } from './report';
import type { AnswerSpec } from './spec';

export const READY: Outcome = { feedback: 'plan-ready', correct: true };
export const NOT_READY: Outcome = { feedback: 'plan-not-ready', correct: false };

export const listsOf = (q: CapstonePlanInteraction) => ({ sources: q.sources, risks: q.risks, safeguards: q.safeguards });

/** A guided one-page plan checked against a rubric; feedback is per criterion, not per answer group. */
export const capstonePlan: AnswerSpec<CapstonePlanInteraction> = {
	answerable: true,
	ends: false,
	targets: (q) => [q.next],
	outcomes: () => [READY, NOT_READY],
	next: (q, outcome) => outcome?.next ?? q.next,
	maxAttempts: (q) => q.maxAttempts,
	points: (q) => q.points,
	acceptsAnswer: (q, answer) =>
		isPlan(answer) &&
		PLAN_LISTS.every(
			(list) => answer[list].every((v) => listsOf(q)[list].includes(v)) && new Set(answer[list]).size === answer[list].length
		),
	classify: (q, answer) =>
		isPlan(answer) && planMeetsRubric(q, answer) ? { outcome: READY, group: 0 } : { outcome: NOT_READY, group: null },
	outcomeOf: (_q, group) => (group === 0 ? READY : NOT_READY),
	// Many plans meet the rubric: the LMS gets the result, not one pattern.
	solution: () => undefined,
	codec: {
		// A plan is long: only its last version travels, and its texts travel cut (see AnswerWriter.text).
		lastOnly: true,
		encode(out, q, answer) {
			const plan = answer as Record<string, string | string[]>;
			for (const field of PLAN_FIELDS) out.text(plan[field] as string);
			for (const list of PLAN_LISTS) out.int(mask(plan[list] as string[], q[list]));
		},
		decode(input, q) {
			const texts = Object.fromEntries(PLAN_FIELDS.map((field) => [field, input.text()]));
			const lists = Object.fromEntries(PLAN_LISTS.map((list) => [list, unmask(input.int(), q[list])]));
			return { ...texts, ...lists };
		}
	},
	scorm: { type: 'other', sources: noList, targets: noList, response: (_q, answer) => summaryResponse(answer) }
};
