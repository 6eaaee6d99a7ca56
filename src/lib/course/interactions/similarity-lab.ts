import { number, object } from '../schema-kit';
import type { SimilarityLabInteraction } from '../types';
import { multipleResponse } from './multiple-response';
import { choiceIds, questionFields } from './question';
import type { InteractionSpec } from './spec';

const share = () => number({ min: 0, max: 1 });

/** Answered like a multiple-response question (the ads judged linked); the lab adds the live tool. */
export const similarityLab: InteractionSpec<SimilarityLabInteraction> = {
	...(multipleResponse as unknown as InteractionSpec<SimilarityLabInteraction>),
	parser: object({
		...questionFields('similarityLab'),
		choices: choiceIds(),
		shingleSize: number({ integer: true, min: 1, max: 8 }),
		threshold: object({ start: share(), suggested: share() })
	})
};
