import { exactly, object } from '../schema-kit';
import type { OrderingInteraction } from '../types';
import { orderSolution } from './ordering';
import {
	checkPinned,
	checkRules,
	checkUniqueChoices,
	choiceIds,
	pinnedIds,
	questionFields,
	questionTextKeys,
	unmatched
} from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

/** `order` with `first` moved to just before `then`. */
function moveBefore(order: string[], first: string, then: string): string[] {
	const rest = order.filter((id) => id !== first);
	const at = rest.indexOf(then);
	return [...rest.slice(0, at), first, ...rest.slice(at)];
}

export const orderingAuthoring: AuthoringSpec<OrderingInteraction> = {
	parser: exactly<OrderingInteraction>()(object({ ...questionFields('ordering'), items: choiceIds(), pinned: pinnedIds() })),
	textKeys: (step) => questionTextKeys(step, { items: step.interaction.items }),
	check(q, path, issues) {
		checkUniqueChoices(q.items, `${path}.items`, issues);
		checkPinned(q.pinned, q.items, `${path}.pinned`, issues);
		checkRules(
			q,
			['orderEquals', 'placedBefore'],
			(rule) => {
				if (rule.type !== 'orderEquals' && rule.type !== 'placedBefore') return [];
				const problems = rule.values
					.filter((v) => !q.items.includes(v))
					.map((v) => `"${v}" is not one of the items (${q.items.join(', ')})`);
				if (rule.type === 'orderEquals' && (rule.values.length !== q.items.length || new Set(rule.values).size !== q.items.length))
					problems.push('orderEquals must list every item once');
				if (rule.type === 'placedBefore' && rule.values[0] === rule.values[1]) problems.push('placedBefore needs two different items');
				return problems;
			},
			path,
			issues
		);
		if (!orderSolution(q))
			issues.push({ path: `${path}.answerGroups`, message: 'the first correct group needs an orderEquals rule (the solution)' });
	},
	sampleAnswers(q) {
		const solution = orderSolution(q) ?? q.items;
		const perGroup = q.answerGroups.map((g) => {
			const rule = g.rules[0]!;
			if (rule.type === 'orderEquals') return rule.values;
			if (rule.type === 'placedBefore') return moveBefore(solution, rule.values[0], rule.values[1]);
			return solution;
		});
		const rotations = solution.map((_, i) => [...solution.slice(i), ...solution.slice(0, i)]);
		return [...perGroup, ...unmatched(q, [[...solution].reverse(), ...rotations])];
	},
	widest: (q) => [...q.items].reverse()
};
