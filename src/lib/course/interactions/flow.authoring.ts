import { exactly, id, literal, object } from '../schema-kit';
import type { ContinueInteraction, EndInteraction } from '../types';
import type { AuthoringSpec } from './spec.authoring';

export const continueAuthoring: AuthoringSpec<ContinueInteraction> = {
	parser: exactly<ContinueInteraction>()(object({ type: literal('continue'), next: id() })),
	textKeys: () => [],
	check: () => {},
	sampleAnswers: () => []
};

export const endAuthoring: AuthoringSpec<EndInteraction> = {
	parser: exactly<EndInteraction>()(object({ type: literal('end') })),
	textKeys: () => [],
	check: () => {},
	sampleAnswers: () => []
};
