import type { Component } from 'svelte';
import type { AnswerableInteraction } from '$lib/course/types';
import ItemPairs from './ItemPairs.svelte';
import MultipleResponse from './MultipleResponse.svelte';
import Ordering from './Ordering.svelte';
import ScenarioChoice from './ScenarioChoice.svelte';
import SingleChoice from './SingleChoice.svelte';
import TrueFalse from './TrueFalse.svelte';
import type { InteractionProps } from './types';

type Type = AnswerableInteraction['type'];
type ComponentFor<T extends Type> = Component<InteractionProps<Extract<AnswerableInteraction, { type: T }>>>;
type LazyType = 'similarityLab' | 'kAnonymityLab' | 'capstonePlan' | 'redFlagLab';

/** One component per answerable type in course/interactions: the everyday ones, bundled with the player. */
export const interactionComponents: { [T in Exclude<Type, LazyType>]: ComponentFor<T> } = {
	singleChoice: SingleChoice,
	multipleResponse: MultipleResponse,
	trueFalse: TrueFalse,
	scenarioChoice: ScenarioChoice,
	matching: ItemPairs,
	categorise: ItemPairs,
	ordering: Ordering
};

/** Labs and the capstone load on first use: most lessons never show them, so a lesson page does not pay for them. */
export const lazyInteractionComponents: { [T in LazyType]: () => Promise<{ default: ComponentFor<T> }> } = {
	similarityLab: () => import('./SimilarityLab.svelte'),
	kAnonymityLab: () => import('./KAnonymityLab.svelte'),
	capstonePlan: () => import('./CapstonePlan.svelte'),
	redFlagLab: () => import('./RedFlagLab.svelte')
};

/** The component itself for a bundled type (so `{#await}` renders at once), a promise for a lazy one. */
export function interactionComponent(
	type: Type
): Component<InteractionProps<AnswerableInteraction>> | Promise<Component<InteractionProps<AnswerableInteraction>>> {
	if (type in lazyInteractionComponents)
		return lazyInteractionComponents[type as LazyType]().then(
			(module) => module.default as Component<InteractionProps<AnswerableInteraction>>
		);
	return interactionComponents[type as Exclude<Type, LazyType>] as Component<InteractionProps<AnswerableInteraction>>;
}
