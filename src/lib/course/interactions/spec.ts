import type { Issue, Parser } from '../schema-kit';
import type { Answer, AnswerGroup, Classification, Interaction, Outcome, Step, StepId } from '../types';

export type TextKind = 'inline' | 'block';

export interface TextKey {
	key: string;
	kind: TextKind;
}

/**
 * Everything the course needs to know about one interaction type, in one place (Adapt's
 * component registry, Oppia's interaction specs). Components mirror these one to one.
 */
export interface InteractionSpec<I extends Interaction> {
	parser: Parser<I>;
	/** Learner-facing text the step needs besides its title and body. */
	textKeys(step: Step & { interaction: I }): TextKey[];
	/** Every step this interaction can lead to. */
	targets(interaction: I): StepId[];
	/** Every outcome it can produce, for graph checks (e.g. a correct outcome looping to itself). */
	outcomes(interaction: I): Outcome[];
	/** Structural checks that need more than types (rule values that name real choices, …). */
	check(interaction: I, path: string, issues: Issue[]): void;
	/** Whether a learner's answer has the right shape for this interaction. */
	acceptsAnswer(interaction: I, answer: Answer): boolean;
	/** One answer per answer group plus one that matches none: enough to walk every branch. */
	sampleAnswers(interaction: I): Answer[];
	/** Types without answer groups (scenario options, capstone rubric) classify answers themselves. */
	classify?(interaction: I, answer: Answer): Classification;
	/** How an answer falls into one answer group, when not "any rule holds". */
	groupMatches?(interaction: I, group: AnswerGroup, answer: Answer): boolean;
	/** …and say which outcome a stored group index stands for. */
	outcomeOf?(interaction: I, group: number | null): Outcome | undefined;
}
