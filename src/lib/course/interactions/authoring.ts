import { tagged } from '../schema-kit';
import type { Interaction, InteractionType } from '../types';
import { capstonePlanAuthoring } from './capstone-plan.authoring';
import { continueAuthoring, endAuthoring } from './flow.authoring';
import { kAnonymityLabAuthoring } from './k-anonymity-lab.authoring';
import { multipleResponseAuthoring, similarityLabAuthoring } from './multiple-response.authoring';
import { orderingAuthoring } from './ordering.authoring';
import { categoriseAuthoring, matchingAuthoring } from './pairs.authoring';
import { redFlagLabAuthoring } from './red-flag-lab.authoring';
import { scenarioChoiceAuthoring } from './scenario-choice.authoring';
import { singleChoiceAuthoring } from './single-choice.authoring';
import type { AuthoringSpec } from './spec.authoring';
import { trueFalseAuthoring } from './true-false.authoring';

/**
 * The authoring registry (build time and tests only; lint keeps it out of the player): each
 * type's parser, content checks, text keys, sample answers and widest answer.
 */
export const interactionAuthoring: { [T in InteractionType]: AuthoringSpec<Extract<Interaction, { type: T }>> } = {
	continue: continueAuthoring,
	end: endAuthoring,
	singleChoice: singleChoiceAuthoring,
	multipleResponse: multipleResponseAuthoring,
	trueFalse: trueFalseAuthoring,
	scenarioChoice: scenarioChoiceAuthoring,
	matching: matchingAuthoring,
	categorise: categoriseAuthoring,
	ordering: orderingAuthoring,
	similarityLab: similarityLabAuthoring,
	kAnonymityLab: kAnonymityLabAuthoring,
	capstonePlan: capstonePlanAuthoring,
	redFlagLab: redFlagLabAuthoring
};

export function authoringFor<I extends Interaction>(interaction: I): AuthoringSpec<I> {
	return interactionAuthoring[interaction.type] as unknown as AuthoringSpec<I>;
}

export const interactionParser = tagged<Interaction>(
	'type',
	Object.fromEntries(Object.entries(interactionAuthoring).map(([type, spec]) => [type, spec.parser])) as never
);

export type { AuthoringSpec, TextKey, TextKind } from './spec.authoring';
