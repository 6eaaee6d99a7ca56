import { exactly, object } from '../schema-kit';
import type { CategoriseInteraction, MatchingInteraction } from '../types';
import { pairsSolution, targetsOf, type PairsInteraction } from './pairs';
import {
	checkPinned,
	checkRules,
	checkUniqueChoices,
	choiceIds,
	last,
	pinnedIds,
	questionFields,
	questionTextKeys,
	unmatched
} from './question.authoring';
import type { AuthoringSpec } from './spec.authoring';

/** Matching and categorise share everything but the name of their second list. */
function pairsAuthoring<Q extends PairsInteraction>(secondList: 'targets' | 'categories'): Omit<AuthoringSpec<Q>, 'parser'> {
	return {
		textKeys: (step) => questionTextKeys(step, { items: step.interaction.items, [secondList]: targetsOf(step.interaction) }),
		check(q, path, issues) {
			checkUniqueChoices(q.items, `${path}.items`, issues);
			checkUniqueChoices(targetsOf(q), `${path}.${secondList}`, issues);
			checkPinned(q.pinned, q.items, `${path}.pinned`, issues);
			checkRules(
				q,
				['pairsEqual', 'pairsInclude'],
				(rule) => {
					if (rule.type !== 'pairsEqual' && rule.type !== 'pairsInclude') return [];
					const problems = Object.entries(rule.pairs).flatMap(([item, target]) => [
						...(q.items.includes(item) ? [] : [`"${item}" is not one of the items (${q.items.join(', ')})`]),
						...(targetsOf(q).includes(target) ? [] : [`"${target}" is not one of the ${secondList} (${targetsOf(q).join(', ')})`])
					]);
					if (rule.type === 'pairsEqual' && Object.keys(rule.pairs).length !== q.items.length)
						problems.push('pairsEqual must pair every item');
					return problems;
				},
				path,
				issues
			);
			if (!pairsSolution(q))
				issues.push({ path: `${path}.answerGroups`, message: 'the first correct group needs a pairsEqual rule (the solution)' });
		},
		sampleAnswers(q) {
			const solution = pairsSolution(q) ?? {};
			const perGroup = q.answerGroups.map((g) => {
				const rule = g.rules[0]!;
				return rule.type === 'pairsEqual' || rule.type === 'pairsInclude' ? { ...solution, ...rule.pairs } : solution;
			});
			const all = (target: string) => Object.fromEntries(q.items.map((item) => [item, target]));
			return [...perGroup, ...unmatched(q, targetsOf(q).map(all))];
		},
		widest: (q) => Object.fromEntries(q.items.map((item) => [item, last(targetsOf(q))]))
	};
}

export const matchingAuthoring: AuthoringSpec<MatchingInteraction> = {
	parser: exactly<MatchingInteraction>()(
		object({ ...questionFields('matching'), items: choiceIds(), targets: choiceIds(), pinned: pinnedIds() })
	),
	...pairsAuthoring<MatchingInteraction>('targets')
};

export const categoriseAuthoring: AuthoringSpec<CategoriseInteraction> = {
	parser: exactly<CategoriseInteraction>()(
		object({ ...questionFields('categorise'), items: choiceIds(), categories: choiceIds(), pinned: pinnedIds() })
	),
	...pairsAuthoring<CategoriseInteraction>('categories')
};
