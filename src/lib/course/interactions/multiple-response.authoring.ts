import { exactly, number, object } from '../schema-kit';
import type { MultipleResponseInteraction, Rule, SimilarityLabInteraction } from '../types';
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

const sampleFor = (rule: Rule): string[] =>
	rule.type === 'equals'
		? [String(rule.value)]
		: rule.type === 'containsAny'
			? rule.values.slice(0, 1)
			: 'values' in rule
				? rule.values
				: [];

/** Ticked choices: multiple response and the near-duplicate lab share all but their parser. */
function someChoicesAuthoring<Q extends MultipleResponseInteraction | SimilarityLabInteraction>(): Omit<AuthoringSpec<Q>, 'parser'> {
	return {
		textKeys: questionTextKeys,
		check(q, path, issues) {
			checkUniqueChoices(q.choices, `${path}.choices`, issues);
			checkRules(q, ['equalsSet', 'containsAll', 'containsAny'], q.choices, path, issues);
		},
		sampleAnswers(q) {
			const perGroup = q.answerGroups.map((g) => sampleFor(g.rules[0]!));
			// Single picks and "all of them" give the default outcome a chance to be reached.
			const candidates = [...q.choices.map((c) => [c]), [...q.choices]];
			return [...perGroup, ...unmatched(q, candidates)];
		},
		widest: (q) => [...q.choices]
	};
}

export const multipleResponseAuthoring: AuthoringSpec<MultipleResponseInteraction> = {
	...someChoicesAuthoring<MultipleResponseInteraction>(),
	parser: exactly<MultipleResponseInteraction>()(
		object({ ...questionFields('multipleResponse'), choices: choiceIds(), pinned: pinnedIds() })
	),
	check(q, path, issues) {
		someChoicesAuthoring<MultipleResponseInteraction>().check(q, path, issues);
		checkPinned(q.pinned, q.choices, `${path}.pinned`, issues);
	}
};

const share = () => number({ min: 0, max: 1 });

export const similarityLabAuthoring: AuthoringSpec<SimilarityLabInteraction> = {
	...someChoicesAuthoring<SimilarityLabInteraction>(),
	parser: exactly<SimilarityLabInteraction>()(
		object({
			...questionFields('similarityLab'),
			choices: choiceIds(),
			shingleSize: number({ integer: true, min: 1, max: 8 }),
			threshold: object({ start: share(), suggested: share() })
		})
	)
};
