import { specFor } from './interactions';
import { derivedSeed, seededShuffle } from './random';
import type { Interaction, StepId } from './types';

/**
 * The order one learner sees a step's shuffled lists in (choices, items), by list name, from the
 * attempt's seed and the step's id: the same seed gives the same order after a reload, in another
 * language or in the LMS's copy. Lists the spec does not shuffle are absent (shown as written).
 */
export function shownLists(interaction: Interaction, seed: number, stepId: StepId): Record<string, string[]> {
	const spec = specFor(interaction);
	if (!spec.answerable || !spec.shuffled) return {};
	const { lists, pinned } = spec.shuffled(interaction);
	return Object.fromEntries(
		Object.entries(lists).map(([name, list]) => [name, seededShuffle(list, derivedSeed(seed, stepId, name), pinned)])
	);
}

/**
 * An ordering question's start: the shown order, unless that is already the solution (then the
 * first item goes last, the same for the same seed), so the start is never a free right answer.
 */
export function startOrderOf(shown: readonly string[], solution: readonly string[] | undefined): string[] {
	if (shown.length < 2 || !solution || shown.join('\u0000') !== solution.join('\u0000')) return [...shown];
	return [...shown.slice(1), shown[0]!];
}
