import type { Answer, Rule } from '../types';

const asSet = (answer: Answer) => new Set(Array.isArray(answer) ? answer : []);

/** Rules are pure `(answer, rule) => boolean`, one per rule type (Oppia's rule services). */
export function matchesRule(rule: Rule, answer: Answer): boolean {
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
	}
}
