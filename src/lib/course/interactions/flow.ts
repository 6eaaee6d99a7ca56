import { id, literal, object } from '../schema-kit';
import type { ContinueInteraction, EndInteraction } from '../types';
import type { InteractionSpec } from './spec';

export const continueStep: InteractionSpec<ContinueInteraction> = {
	parser: object({ type: literal('continue'), next: id() }),
	textKeys: () => [],
	targets: (c) => [c.next],
	outcomes: () => [],
	check: () => {},
	acceptsAnswer: () => false,
	sampleAnswers: () => []
};

export const endStep: InteractionSpec<EndInteraction> = {
	parser: object({ type: literal('end') }),
	textKeys: () => [],
	targets: () => [],
	outcomes: () => [],
	check: () => {},
	acceptsAnswer: () => false,
	sampleAnswers: () => []
};
