import { matchesRule } from './interactions';
import type { AnswerableInteraction, Answer, Classification } from './types';

/** The first answer group with a matching rule wins; otherwise the default outcome (Oppia). */
export function classify(interaction: AnswerableInteraction, answer: Answer): Classification {
	if (interaction.type === 'scenarioChoice') {
		const index = interaction.options.findIndex((o) => o.id === answer);
		if (index === -1) throw new Error(`"${String(answer)}" is not an option of this scenario step`);
		return { outcome: interaction.options[index]!.outcome, group: index };
	}
	const index = interaction.answerGroups.findIndex((g) => g.rules.some((r) => matchesRule(r, answer)));
	return index === -1
		? { outcome: interaction.defaultOutcome, group: null }
		: { outcome: interaction.answerGroups[index]!.outcome, group: index };
}

/** The outcome a stored group index stands for (stored progress keeps the index, not the outcome). */
export function outcomeOf(interaction: AnswerableInteraction, group: number | null) {
	if (interaction.type === 'scenarioChoice') return group === null ? undefined : interaction.options[group]?.outcome;
	return group === null ? interaction.defaultOutcome : interaction.answerGroups[group]?.outcome;
}
