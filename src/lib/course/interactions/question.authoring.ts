import {
	array,
	boolean,
	exactly,
	id,
	number,
	object,
	optional,
	literal,
	record,
	union,
	tagged,
	type Issue,
	type Parser
} from '../schema-kit';
import type { Answer, AnswerGroup, Outcome, QuestionInteraction, Rule, Step } from '../types';
import { groupMatches, questionOutcomes } from './question';
import type { TextKey } from './spec.authoring';

export const outcomeParser = exactly<Outcome>()(
	object({
		feedback: id(),
		correct: optional(boolean()),
		next: optional(id()),
		misconception: optional(id())
	})
);

const pairParser = () => record(id());

const twoIds: Parser<[string, string]> = (value, path, issues) => {
	const ids = array(id(), { minLength: 2 })(value, path, issues);
	if (ids && ids.length !== 2) issues.push({ path, message: 'must name exactly two items: [first, then]' });
	return ids && ids.length === 2 ? [ids[0]!, ids[1]!] : undefined;
};

const ruleParser: Parser<Rule> = tagged<Rule>('type', {
	equals: object({ type: literal('equals'), value: union<string | boolean>(id(), boolean()) }),
	equalsSet: object({ type: literal('equalsSet'), values: array(id()) }),
	containsAll: object({ type: literal('containsAll'), values: array(id(), { minLength: 1 }) }),
	containsAny: object({ type: literal('containsAny'), values: array(id(), { minLength: 1 }) }),
	pairsEqual: object({ type: literal('pairsEqual'), pairs: pairParser() }),
	pairsInclude: object({ type: literal('pairsInclude'), pairs: pairParser() }),
	orderEquals: object({ type: literal('orderEquals'), values: array(id(), { minLength: 2 }) }),
	placedBefore: object({ type: literal('placedBefore'), values: twoIds }),
	kAtLeast: object({ type: literal('kAtLeast'), value: number({ integer: true, min: 1 }) }),
	levelIs: object({ type: literal('levelIs'), column: id(), level: id() })
});

const answerGroupParser = exactly<AnswerGroup>()(
	object({
		rules: array(ruleParser, { minLength: 1 }),
		outcome: outcomeParser
	})
);

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

/** Ids that keep their written place when the list is shuffled ("none of these" last). */
export const pinnedIds = () => optional(array(id(), { minLength: 1 }));

/** Pinned ids must be among the list they pin, each once, and leave something to shuffle. */
export function checkPinned(pinned: string[] | undefined, list: string[], path: string, issues: Issue[]) {
	if (!pinned) return;
	for (const id of pinned) if (!list.includes(id)) issues.push({ path, message: `"${id}" is not one of the list (${list.join(', ')})` });
	if (new Set(pinned).size !== pinned.length) issues.push({ path, message: 'names an id twice' });
	if (list.length - pinned.length < 2) issues.push({ path, message: 'pins so many that nothing is left to shuffle' });
}

export function feedbackKeys(step: Step, outcomes: Outcome[]): TextKey[] {
	const ids = new Set(outcomes.map((o) => o.feedback));
	return [...ids].map((feedback) => ({ key: `${step.id}.feedback.${feedback}`, kind: 'block' as const }));
}

/** Inline text keys for a list of ids: `<step>.<kind>.<id>`. */
export const listKeys = (stepId: string, kind: string, ids: string[]): TextKey[] =>
	ids.map((id) => ({ key: `${stepId}.${kind}.${id}`, kind: 'inline' as const }));

/** A question's text: its lists (choices, items, targets, …), its feedback, and its hint. */
export function questionTextKeys(step: Step & { interaction: QuestionInteraction }, lists: Record<string, string[]> = {}): TextKey[] {
	const q = step.interaction;
	const all = 'choices' in q ? { choices: q.choices, ...lists } : lists;
	const hint = q.hint ? [{ key: `${step.id}.hint`, kind: 'block' as const }] : [];
	return [
		...Object.entries(all).flatMap(([kind, ids]) => listKeys(step.id, kind, ids)),
		...feedbackKeys(step, questionOutcomes(q)),
		...hint
	];
}

/** What is wrong with one rule's values, if anything (a choice that does not exist, …). */
export type RuleValueCheck = (rule: Rule) => string[];

/** Rule values must be among the given choices (choice-like questions). */
export const valuesAmong =
	(choices: readonly (string | boolean)[]): RuleValueCheck =>
	(rule) => {
		const values = rule.type === 'equals' ? [rule.value] : 'values' in rule ? rule.values : [];
		return values
			.filter((value) => !choices.includes(value))
			.map((value) => `${JSON.stringify(value)} is not one of the choices (${choices.join(', ')})`);
	};

/** Each rule must use a rule type the interaction supports and name only real choices. */
export function checkRules(
	q: QuestionInteraction,
	allowed: Rule['type'][],
	choices: readonly (string | boolean)[] | RuleValueCheck,
	path: string,
	issues: Issue[]
) {
	const checkValues = typeof choices === 'function' ? choices : valuesAmong(choices);
	q.answerGroups.forEach((group, g) =>
		group.rules.forEach((rule, r) => {
			const rulePath = `${path}.answerGroups[${g}].rules[${r}]`;
			if (!allowed.includes(rule.type)) {
				issues.push({ path: `${rulePath}.type`, message: `"${rule.type}" is not a rule of ${q.type} (use ${allowed.join(', ')})` });
				return;
			}
			for (const message of checkValues(rule)) issues.push({ path: rulePath, message });
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
export function unmatched<A extends Answer>(q: QuestionInteraction, candidates: A[], matches = groupMatches): A[] {
	const miss = candidates.find((answer) => !q.answerGroups.some((g) => matches(q, g, answer)));
	return miss === undefined ? [] : [miss];
}

/** The last of a list: the widest answer of a one-id or one-per-item codec is the highest index. */
export const last = <T>(list: readonly T[]) => list[list.length - 1]!;
