import { PLAN_FIELDS, type Answer, type CapstonePlanInteraction, type PlanField } from './types';

/** A learner's one-page plan: four texts and three lists of ticked ids. */
export type CapstonePlan = Record<PlanField, string> & { sources: string[]; risks: string[]; safeguards: string[] };

export const PLAN_LISTS = ['sources', 'risks', 'safeguards'] as const;
export const CRITERIA = ['no-unsafe-source', 'risks-covered', 'required-safeguards', 'fields-filled'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Enough to say something (a sentence), not a word count. */
export const MIN_FIELD_LENGTH = 20;
export const MAX_FIELD_LENGTH = 2000;

export interface CriterionResult {
	criterion: Criterion;
	met: boolean;
	/** What is missing, by id: unsafe sources ticked, risks without a safeguard, required safeguards not ticked, empty fields. */
	missing: string[];
}

export function emptyPlan(): CapstonePlan {
	return { problem: '', partners: '', method: '', success: '', sources: [], risks: [], safeguards: [] };
}

export function isPlan(answer: Answer | undefined): answer is CapstonePlan {
	if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return false;
	const record = answer as Record<string, unknown>;
	return (
		Object.keys(record).length === PLAN_FIELDS.length + PLAN_LISTS.length &&
		PLAN_FIELDS.every((f) => typeof record[f] === 'string' && (record[f] as string).length <= MAX_FIELD_LENGTH) &&
		PLAN_LISTS.every((l) => Array.isArray(record[l]) && (record[l] as unknown[]).every((v) => typeof v === 'string'))
	);
}

/** The rubric a DataJam jury would apply first: safe data, every risk answered, consent and minimisation, a complete plan. */
export function checkPlan(q: CapstonePlanInteraction, plan: CapstonePlan): CriterionResult[] {
	const unsafe = plan.sources.filter((s) => q.unsafeSources.includes(s));
	const uncovered = plan.risks.filter((risk) => !(q.covers[risk] ?? []).some((safeguard) => plan.safeguards.includes(safeguard)));
	const noRisk = plan.risks.length === 0 ? ['no-risk-named'] : [];
	const required = q.requiredSafeguards.filter((s) => !plan.safeguards.includes(s));
	// A plan with no data source is not a data project: it counts with the empty fields.
	const empty = [...PLAN_FIELDS.filter((f) => plan[f].trim().length < MIN_FIELD_LENGTH), ...(plan.sources.length ? [] : ['sources'])];
	const result = (criterion: Criterion, missing: string[]): CriterionResult => ({ criterion, met: missing.length === 0, missing });
	return [
		result('no-unsafe-source', unsafe),
		result('risks-covered', [...noRisk, ...uncovered]),
		result('required-safeguards', required),
		result('fields-filled', empty)
	];
}

export const planMeetsRubric = (q: CapstonePlanInteraction, plan: CapstonePlan) => checkPlan(q, plan).every((c) => c.met);

/** The plan as a Markdown page the learner can keep, share or print. */
export function planToMarkdown(
	plan: CapstonePlan,
	label: (key: string) => string,
	headings: Record<PlanField | (typeof PLAN_LISTS)[number] | 'title', string>
): string {
	const list = (kind: (typeof PLAN_LISTS)[number]) =>
		plan[kind].length ? plan[kind].map((id) => `- ${label(`${kind}.${id}`)}`).join('\n') : '-';
	return (
		[
			`# ${headings.title}`,
			...PLAN_FIELDS.slice(0, 1).map((f) => `## ${headings[f]}\n\n${plan[f].trim()}`),
			`## ${headings.sources}\n\n${list('sources')}`,
			...PLAN_FIELDS.slice(1).map((f) => `## ${headings[f]}\n\n${plan[f].trim()}`),
			`## ${headings.risks}\n\n${list('risks')}`,
			`## ${headings.safeguards}\n\n${list('safeguards')}`
		].join('\n\n') + '\n'
	);
}
