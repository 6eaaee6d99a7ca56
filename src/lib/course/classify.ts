import { answerSpecFor } from './interactions';
import { groupMatches } from './interactions/question';
import type { AnswerableInteraction, Answer, Classification, Outcome } from './types';

/** The first answer group with a matching rule wins; otherwise the default outcome (Oppia). */
export function classify(interaction: AnswerableInteraction, answer: Answer): Classification {
	const spec = answerSpecFor(interaction);
	if (spec.classify) return spec.classify(interaction, answer);
	if (!('answerGroups' in interaction)) throw new Error(`${interaction.type} must classify its own answers`);
	const matches = spec.groupMatches ?? groupMatches;
	const index = interaction.answerGroups.findIndex((g) => matches(interaction, g, answer));
	return index === -1
		? { outcome: interaction.defaultOutcome, group: null }
		: { outcome: interaction.answerGroups[index]!.outcome, group: index };
}

/** The outcome a stored group index stands for (stored progress keeps the index, not the outcome). */
export function outcomeOf(interaction: AnswerableInteraction, group: number | null): Outcome | undefined {
	const own = answerSpecFor(interaction).outcomeOf;
	if (own) return own(interaction, group);
	if (!('answerGroups' in interaction)) return undefined;
	return group === null ? interaction.defaultOutcome : interaction.answerGroups[group]?.outcome;
}
