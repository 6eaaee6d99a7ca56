import type { Component } from 'svelte';
import type { AnswerableInteraction } from '$lib/course/types';
import MultipleResponse from './MultipleResponse.svelte';
import ScenarioChoice from './ScenarioChoice.svelte';
import SingleChoice from './SingleChoice.svelte';
import TrueFalse from './TrueFalse.svelte';
import type { InteractionProps } from './types';

/** One component per answerable type in course/interactions. */
export const interactionComponents: {
	[T in AnswerableInteraction['type']]: Component<InteractionProps<Extract<AnswerableInteraction, { type: T }>>>;
} = {
	singleChoice: SingleChoice,
	multipleResponse: MultipleResponse,
	trueFalse: TrueFalse,
	scenarioChoice: ScenarioChoice
};
