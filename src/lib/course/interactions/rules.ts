import { kOf } from '../labs/k-anonymity';
import type { Answer, Pairs, QuestionInteraction, Rule } from '../types';

const asSet = (answer: Answer) => new Set(Array.isArray(answer) ? answer : []);
const asRecord = (answer: Answer): Record<string, unknown> =>
	typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? answer : {};
const hasPairs = (answer: Answer, pairs: Pairs) => {
	const given = asRecord(answer);
	return Object.entries(pairs).every(([item, target]) => given[item] === target);
};

/**
 * Rules are pure `(rule, answer) => boolean`, one per rule type (Oppia's rule services). The
 * interaction is needed only by rules that compute on its data (k of the lab's table).
 */
export function matchesRule(rule: Rule, answer: Answer, interaction?: QuestionInteraction): boolean {
	switch (rule.type) {
		case 'equals':
			return answer === rule.value;
		case 'equalsSet': {
			const given = asSet(answer);
			return given.size === rule.values.length && rule.values.every((v) => given.has(v));
		}
		case 'containsAll': {
			const given = asSet(answer);
			return rule.values.every((v) => given.has(v));
		}
		case 'containsAny': {
			const given = asSet(answer);
			return rule.values.some((v) => given.has(v));
		}
		case 'pairsEqual':
			return Object.keys(asRecord(answer)).length === Object.keys(rule.pairs).length && hasPairs(answer, rule.pairs);
		case 'pairsInclude':
			return hasPairs(answer, rule.pairs);
		case 'orderEquals':
			return Array.isArray(answer) && answer.length === rule.values.length && rule.values.every((v, i) => answer[i] === v);
		case 'placedBefore': {
			if (!Array.isArray(answer)) return false;
			const [first, second] = rule.values;
			const a = answer.indexOf(first);
			const b = answer.indexOf(second);
			return a !== -1 && b !== -1 && a < b;
		}
		case 'kAtLeast':
			return interaction?.type === 'kAnonymityLab' && kOf(interaction.rows, interaction.columns, asRecord(answer) as Pairs) >= rule.value;
		case 'levelIs':
			return asRecord(answer)[rule.column] === rule.level;
	}
}
