import { array, boolean, id, number, object, optional, literal, union, tagged, type Issue, type Parser } from '../schema-kit';
import type { AnswerGroup, Outcome, QuestionInteraction, Rule, Step, StepId } from '../types';
import { matchesRule } from './rules';
import type { TextKey } from './spec';

export const outcomeParser: Parser<Outcome> = object({
	feedback: id(),
	correct: optional(boolean()),
	next: optional(id()),
	misconception: optional(id())
});

const ruleParser: Parser<Rule> = tagged<Rule>('type', {
	equals: object({ type: literal('equals'), value: union<string | boolean>(id(), boolean()) }),
	equalsSet: object({ type: literal('equalsSet'), values: array(id()) }),
	containsAll: object({ type: literal('containsAll'), values: array(id(), { minLength: 1 }) }),
	containsAny: object({ type: literal('containsAny'), values: array(id(), { minLength: 1 }) })
});

const answerGroupParser: Parser<AnswerGroup> = object({
	rules: array(ruleParser, { minLength: 1 }),
	outcome: outcomeParser
});

/** Fields every question type shares; each type adds its own (choices, …). */
export function questionFields<T extends QuestionInteraction['type']>(type: T) {
	return {
		type: literal(type),
		next: id(),
		answerGroups: array(answerGroupParser, { minLength: 1 }),
		defaultOutcome: outcomeParser,
		maxAttempts: optional(number({ integer: true, min: 1, max: 5 }), 1),
		points: optional(number({ min: 0, max: 100 }), 1),
		hint: optional(boolean(), false)
	};
}

export const choiceIds = () => array(id(), { minLength: 2 });

export function questionTargets(q: QuestionInteraction): StepId[] {
	return [q.next, ...q.answerGroups.map((g) => g.outcome.next), q.defaultOutcome.next].filter((t): t is StepId => t !== undefined);
}

export function questionOutcomes(q: QuestionInteraction): Outcome[] {
	return [...q.answerGroups.map((g) => g.outcome), q.defaultOutcome];
}

export function feedbackKeys(step: Step, outcomes: Outcome[]): TextKey[] {
	const ids = new Set(outcomes.map((o) => o.feedback));
	return [...ids].map((feedback) => ({ key: `${step.id}.feedback.${feedback}`, kind: 'block' as const }));
}

export function questionTextKeys(step: Step & { interaction: QuestionInteraction }): TextKey[] {
	const q = step.interaction;
	const choices = 'choices' in q ? q.choices.map((c) => ({ key: `${step.id}.choices.${c}`, kind: 'inline' as const })) : [];
	const hint = q.hint ? [{ key: `${step.id}.hint`, kind: 'block' as const }] : [];
	return [...choices, ...feedbackKeys(step, questionOutcomes(q)), ...hint];
}

/** Each rule must use a rule type the interaction supports and name only real choices. */
export function checkRules(
	q: QuestionInteraction,
	allowed: Rule['type'][],
	choices: readonly (string | boolean)[],
	path: string,
	issues: Issue[]
) {
	q.answerGroups.forEach((group, g) =>
		group.rules.forEach((rule, r) => {
			const rulePath = `${path}.answerGroups[${g}].rules[${r}]`;
			if (!allowed.includes(rule.type)) {
				issues.push({ path: `${rulePath}.type`, message: `"${rule.type}" is not a rule of ${q.type} (use ${allowed.join(', ')})` });
				return;
			}
			const values = rule.type === 'equals' ? [rule.value] : rule.values;
			for (const value of values) {
				if (!choices.includes(value)) {
					issues.push({ path: rulePath, message: `${JSON.stringify(value)} is not one of the choices (${choices.join(', ')})` });
				}
			}
		})
	);
	if (!q.answerGroups.some((g) => g.outcome.correct === true)) {
		issues.push({ path: `${path}.answerGroups`, message: 'no answer group is marked correct' });
	}
	if (q.defaultOutcome.correct === true) {
		issues.push({ path: `${path}.defaultOutcome.correct`, message: 'the default outcome cannot be correct' });
	}
}

export function checkUniqueChoices(choices: string[], path: string, issues: Issue[]) {
	const seen = new Set<string>();
	for (const choice of choices) {
		if (seen.has(choice)) issues.push({ path, message: `choice "${choice}" is listed twice` });
		seen.add(choice);
	}
}

/** The first answer matching no group, among the candidates given. */
export function unmatched<A>(q: QuestionInteraction, candidates: A[]): A[] {
	const miss = candidates.find((answer) => !q.answerGroups.some((g) => g.rules.some((r) => matchesRule(r, answer as never))));
	return miss === undefined ? [] : [miss];
}
