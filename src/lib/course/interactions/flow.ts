import type { ContinueInteraction, EndInteraction } from '../types';
import type { FlowSpec } from './spec';

export const continueStep: FlowSpec<ContinueInteraction> = {
	answerable: false,
	ends: false,
	targets: (c) => [c.next],
	outcomes: () => [],
	next: (c) => c.next
};

export const endStep: FlowSpec<EndInteraction> = {
	answerable: false,
	ends: true,
	targets: () => [],
	outcomes: () => [],
	next: () => undefined
};
