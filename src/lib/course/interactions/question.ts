import type { Answer, AnswerGroup, Outcome, QuestionInteraction, Rule, StepId } from '../types';
import { matchesRule } from './rules';
import type { AnswerSpec } from './spec';

/** Run-time parts every question type shares (answer groups, a default outcome, attempts, points). */

export function questionTargets(q: QuestionInteraction): StepId[] {
	return [q.next, ...q.answerGroups.map((g) => g.outcome.next), q.defaultOutcome.next].filter((t): t is StepId => t !== undefined);
}

export function questionOutcomes(q: QuestionInteraction): Outcome[] {
	return [...q.answerGroups.map((g) => g.outcome), q.defaultOutcome];
}

/** The spec fields that are the same for every question type. */
export const questionBase = {
	answerable: true,
	ends: false,
	targets: questionTargets,
	outcomes: questionOutcomes,
	/** The outcome's own target, else the question's default next step. */
	next: (q: QuestionInteraction, outcome: Outcome | undefined) => outcome?.next ?? q.next,
	maxAttempts: (q: QuestionInteraction) => q.maxAttempts,
	points: (q: QuestionInteraction) => q.points
} as const satisfies Partial<AnswerSpec<QuestionInteraction>>;

/** The rule of a type in the first correct group: the solution items are marked against. */
export function solutionRule<T extends Rule['type']>(q: QuestionInteraction, type: T): Extract<Rule, { type: T }> | undefined {
	const group = q.answerGroups.find((g) => g.outcome.correct === true);
	return group?.rules.find((r): r is Extract<Rule, { type: T }> => r.type === type);
}

/** Whether an answer falls into an answer group: any of its rules holds (Oppia). */
export const groupMatches = (q: QuestionInteraction, group: AnswerGroup, answer: Answer) =>
	group.rules.some((r) => matchesRule(r, answer, q));
