import { CRITERIA, emptyPlan, PLAN_LISTS } from '../capstone-rubric';
import { array, exactly, id, literal, number, object, optional, record } from '../schema-kit';
import { PLAN_FIELDS, type CapstonePlanInteraction } from '../types';
import { listsOf } from './capstone-plan';
import { checkUniqueChoices, listKeys } from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

export const capstonePlanAuthoring: AuthoringSpec<CapstonePlanInteraction> = {
	parser: exactly<CapstonePlanInteraction>()(
		object({
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
		})
	),
	textKeys: (step) => [
		...PLAN_LISTS.flatMap((list) => listKeys(step.id, list, listsOf(step.interaction)[list])),
		...listKeys(step.id, 'fields', [...PLAN_FIELDS]),
		...CRITERIA.flatMap((c) => [
			{ key: `${step.id}.criteria.${c}.met`, kind: 'block' as const },
			{ key: `${step.id}.criteria.${c}.missed`, kind: 'block' as const }
		])
	],
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
	sampleAnswers(q) {
		// A plan a jury would accept (synthetic, one sentence per field), and an empty one.
		const good = {
			...emptyPlan(),
			problem: 'Invented ads hide deceptive job offers to newcomers.',
			partners: 'A settlement agency, a survivor advisory group and a university lab.',
			method: 'Near-duplicate detection on public job ads, with human review.',
			success: 'Flags reviewed within a week; no personal data kept.',
			sources: q.sources.filter((s) => !q.unsafeSources.includes(s)).slice(0, 1),
			risks: [...q.risks],
			safeguards: [...q.safeguards]
		};
		return [good, emptyPlan()];
	},
	// Every field as long as the LMS copy keeps (in two-byte characters), every box ticked.
	widest: (q) => ({
		...Object.fromEntries(PLAN_FIELDS.map((f) => [f, 'é'.repeat(1000)])),
		sources: [...q.sources],
		risks: [...q.risks],
		safeguards: [...q.safeguards]
	})
};
