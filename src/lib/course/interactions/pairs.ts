import { object } from '../schema-kit';
import type { Answer, CategoriseInteraction, MatchingInteraction, Pairs } from '../types';
import {
	checkRules,
	checkUniqueChoices,
	choiceIds,
	questionFields,
	questionOutcomes,
	questionTargets,
	questionTextKeys,
	solutionRule,
	unmatched
} from './question';
import type { InteractionSpec } from './spec';

type PairsInteraction = MatchingInteraction | CategoriseInteraction;

const targetsOf = (q: PairsInteraction) => (q.type === 'matching' ? q.targets : q.categories);

/** The answer the first correct group names in full: what each item is marked against. */
export const pairsSolution = (q: PairsInteraction): Pairs | undefined => solutionRule(q, 'pairsEqual')?.pairs;

const isPairs = (answer: Answer): answer is Pairs =>
	typeof answer === 'object' && answer !== null && !Array.isArray(answer) && Object.values(answer).every((v) => typeof v === 'string');

/** Matching and categorise share everything but the name of their second list. */
function pairsSpec<Q extends PairsInteraction>(secondList: 'targets' | 'categories'): Omit<InteractionSpec<Q>, 'parser'> {
	return {
		textKeys: (step) => questionTextKeys(step, { items: step.interaction.items, [secondList]: targetsOf(step.interaction) }),
		targets: questionTargets,
		outcomes: questionOutcomes,
		check(q, path, issues) {
			checkUniqueChoices(q.items, `${path}.items`, issues);
			checkUniqueChoices(targetsOf(q), `${path}.${secondList}`, issues);
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
		acceptsAnswer: (q, answer) =>
			isPairs(answer) &&
			Object.keys(answer).length === q.items.length &&
			q.items.every((item) => targetsOf(q).includes(answer[item] ?? '')),
		sampleAnswers(q) {
			const solution = pairsSolution(q) ?? {};
			const perGroup = q.answerGroups.map((g) => {
				const rule = g.rules[0]!;
				return rule.type === 'pairsEqual' || rule.type === 'pairsInclude' ? { ...solution, ...rule.pairs } : solution;
			});
			const all = (target: string) => Object.fromEntries(q.items.map((item) => [item, target]));
			return [...perGroup, ...unmatched(q, targetsOf(q).map(all))];
		}
	};
}

export const matching: InteractionSpec<MatchingInteraction> = {
	parser: object({ ...questionFields('matching'), items: choiceIds(), targets: choiceIds() }),
	...pairsSpec<MatchingInteraction>('targets')
};

export const categorise: InteractionSpec<CategoriseInteraction> = {
	parser: object({ ...questionFields('categorise'), items: choiceIds(), categories: choiceIds() }),
	...pairsSpec<CategoriseInteraction>('categories')
};
