import type { Component } from 'svelte';
import type { AnswerableInteraction } from '$lib/course/types';
import CapstonePlan from './CapstonePlan.svelte';
import Categorise from './Categorise.svelte';
import KAnonymityLab from './KAnonymityLab.svelte';
import Matching from './Matching.svelte';
import MultipleResponse from './MultipleResponse.svelte';
import Ordering from './Ordering.svelte';
import ScenarioChoice from './ScenarioChoice.svelte';
import SimilarityLab from './SimilarityLab.svelte';
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
	scenarioChoice: ScenarioChoice,
	matching: Matching,
	categorise: Categorise,
	ordering: Ordering,
	similarityLab: SimilarityLab,
	kAnonymityLab: KAnonymityLab,
	capstonePlan: CapstonePlan
};
