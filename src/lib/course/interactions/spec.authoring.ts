import type { Issue, Parser } from '../schema-kit';
import type { Answer, Interaction, Step } from '../types';

export type TextKind = 'inline' | 'block';

export interface TextKey {
	key: string;
	kind: TextKind;
}

/**
 * What only authoring needs of an interaction type (the content build, its checks and the
 * tests): never imported by the player, so lesson pages do not ship validators.
 */
export interface AuthoringSpec<I extends Interaction> {
	parser: Parser<I>;
	/** Learner-facing text the step needs besides its title and body. */
	textKeys(step: Step & { interaction: I }): TextKey[];
	/** Structural checks that need more than types (rule values that name real choices, …). */
	check(interaction: I, path: string, issues: Issue[]): void;
	/** One answer per answer group plus one that matches none: enough to walk every branch. */
	sampleAnswers(interaction: I): Answer[];
	/** The answer that takes the most room in suspend_data, for the size budget; none for steps without answers. */
	widest?(interaction: I): Answer;
}
