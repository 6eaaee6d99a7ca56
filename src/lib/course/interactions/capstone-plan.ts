import { CRITERIA, isPlan, planMeetsRubric, PLAN_LISTS, emptyPlan } from '../capstone-rubric';
import { array, id, literal, number, object, optional, record } from '../schema-kit';
import { PLAN_FIELDS, type CapstonePlanInteraction, type Outcome } from '../types';
import { checkUniqueChoices, listKeys } from './question';
import type { InteractionSpec } from './spec';

const READY: Outcome = { feedback: 'plan-ready', correct: true };
const NOT_READY: Outcome = { feedback: 'plan-not-ready', correct: false };

const listsOf = (q: CapstonePlanInteraction) => ({ sources: q.sources, risks: q.risks, safeguards: q.safeguards });

/** A guided one-page plan checked against a rubric; feedback is per criterion, not per answer group. */
export const capstonePlan: InteractionSpec<CapstonePlanInteraction> = {
	parser: object({
		type: literal('capstonePlan'),
		next: id(),
		sources: array(id(), { minLength: 2 }),
		unsafeSources: array(id()),
		risks: array(id(), { minLength: 1 }),
		safeguards: array(id(), { minLength: 1 }),
		covers: record(array(id(), { minLength: 1 })),
		requiredSafeguards: array(id()),
		points: optional(number({ min: 0, max: 100 }), 1),
		maxAttempts: optional(number({ integer: true, min: 1, max: 20 }), 10)
	}),
	textKeys: (step) => [
		...PLAN_LISTS.flatMap((list) => listKeys(step.id, list, listsOf(step.interaction)[list])),
		...listKeys(step.id, 'fields', [...PLAN_FIELDS]),
		...CRITERIA.flatMap((c) => [
			{ key: `${step.id}.criteria.${c}.met`, kind: 'block' as const },
			{ key: `${step.id}.criteria.${c}.missed`, kind: 'block' as const }
		])
	],
	targets: (q) => [q.next],
	outcomes: () => [READY, NOT_READY],
	check(q, path, issues) {
		for (const list of PLAN_LISTS) checkUniqueChoices(listsOf(q)[list], `${path}.${list}`, issues);
		const among = (values: string[], list: string[], field: string) =>
			values.filter((v) => !list.includes(v)).forEach((v) => issues.push({ path: `${path}.${field}`, message: `"${v}" is not listed` }));
		among(q.unsafeSources, q.sources, 'unsafeSources');
		among(q.requiredSafeguards, q.safeguards, 'requiredSafeguards');
		among(Object.keys(q.covers), q.risks, 'covers');
		for (const risk of q.risks) {
			if (!q.covers[risk]) issues.push({ path: `${path}.covers`, message: `risk "${risk}" has no safeguard that covers it` });
			else among(q.covers[risk], q.safeguards, `covers.${risk}`);
		}
	},
	acceptsAnswer: (q, answer) =>
		isPlan(answer) &&
		PLAN_LISTS.every(
			(list) => answer[list].every((v) => listsOf(q)[list].includes(v)) && new Set(answer[list]).size === answer[list].length
		),
	sampleAnswers(q) {
		const text = 'A plan written for the path tests, long enough.';
		const good = {
			...emptyPlan(),
			...Object.fromEntries(PLAN_FIELDS.map((f) => [f, text])),
			sources: q.sources.filter((s) => !q.unsafeSources.includes(s)).slice(0, 1),
			risks: [...q.risks],
			safeguards: [...q.safeguards]
		};
		return [good, emptyPlan()];
	},
	classify: (q, answer) =>
		isPlan(answer) && planMeetsRubric(q, answer) ? { outcome: READY, group: 0 } : { outcome: NOT_READY, group: null },
	outcomeOf: (_q, group) => (group === 0 ? READY : NOT_READY)
};
