import type { AnswerableInteraction, Interaction, InteractionType } from '../types';
import { capstonePlan } from './capstone-plan';
import { continueStep, endStep } from './flow';
import { kAnonymityLab } from './k-anonymity-lab';
import { multipleResponse } from './multiple-response';
import { ordering } from './ordering';
import { categorise, matching } from './pairs';
import { redFlagLab } from './red-flag-lab';
import { scenarioChoice } from './scenario-choice';
import { similarityLab } from './similarity-lab';
import { singleChoice } from './single-choice';
import type { AnswerSpec, InteractionSpec, SpecOf } from './spec';
import { trueFalse } from './true-false';

/**
 * The run-time registry: a new interaction type is one spec here (plus its `*.authoring.ts` in
 * authoring.ts) and one component in components/interactions. Generic code asks the spec.
 */
export const interactionSpecs: { [T in InteractionType]: SpecOf<Extract<Interaction, { type: T }>> } = {
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
	capstonePlan,
	redFlagLab
};

export function specFor<I extends Interaction>(interaction: I): InteractionSpec<I> {
	return interactionSpecs[interaction.type] as unknown as InteractionSpec<I>;
}

/** The spec of a step that takes an answer. */
export const answerSpecFor = <I extends AnswerableInteraction>(interaction: I): AnswerSpec<I> =>
	interactionSpecs[interaction.type] as unknown as AnswerSpec<I>;

/** The step takes an answer (a question, a scenario choice, a lab, a plan). */
export const isAnswerable = (interaction: Interaction): interaction is AnswerableInteraction => specFor(interaction).answerable;

/** The lesson ends at this step. */
export const isEndStep = (interaction: Interaction) => {
	const spec = specFor(interaction);
	return !spec.answerable && spec.ends;
};

/** The step only asks to go on. */
export const isContinueStep = (interaction: Interaction) => {
	const spec = specFor(interaction);
	return !spec.answerable && !spec.ends;
};

export { matchesRule } from './rules';
export type { AnswerCodec, AnswerReader, AnswerSpec, AnswerWriter, InteractionSpec, ScormResponse, ScormType } from './spec';
