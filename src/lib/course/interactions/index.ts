import { tagged } from '../schema-kit';
import type { Interaction, InteractionType } from '../types';
import { capstonePlan } from './capstone-plan';
import { continueStep, endStep } from './flow';
import { kAnonymityLab } from './k-anonymity-lab';
import { ordering } from './ordering';
import { categorise, matching } from './pairs';
import { similarityLab } from './similarity-lab';
import { multipleResponse } from './multiple-response';
import { scenarioChoice } from './scenario-choice';
import { singleChoice } from './single-choice';
import type { InteractionSpec } from './spec';
import { trueFalse } from './true-false';

/** The registry: a new interaction type is one file here and one component in components/interactions. */
export const interactionSpecs: { [T in InteractionType]: InteractionSpec<Extract<Interaction, { type: T }>> } = {
	continue: continueStep,
	end: endStep,
	singleChoice,
	multipleResponse,
	trueFalse,
	scenarioChoice,
	matching,
	categorise,
	ordering,
	similarityLab,
	kAnonymityLab,
	capstonePlan
};

export function specFor<I extends Interaction>(interaction: I): InteractionSpec<I> {
	return interactionSpecs[interaction.type] as unknown as InteractionSpec<I>;
}

export const interactionParser = tagged<Interaction>(
	'type',
	Object.fromEntries(Object.entries(interactionSpecs).map(([type, spec]) => [type, spec.parser])) as never
);

export { matchesRule } from './rules';
export type { InteractionSpec, TextKey, TextKind } from './spec';
