import type { Answer, AnswerableInteraction, AnswerGroup, Classification, Interaction, Outcome, StepId } from '../types';

/**
 * What the player, the progress store and the LMS trackers need of one interaction type, in one
 * place (Adapt's component registry, Oppia's interaction specs). Generic code (lesson-state, the
 * machine, suspend_data, interaction records) asks these and never names a type. What only
 * authoring needs (parsers, content checks, text keys, sample answers) is in the type's
 * `*.authoring.ts`, so that lesson pages do not ship it. Components mirror the types one to one.
 */

/** Where an answer goes in the LMS's `suspend_data`: small whole numbers (≥ 0) and short texts. */
export interface AnswerWriter {
	int(value: number): void;
	text(value: string): void;
}

export interface AnswerReader {
	/** Throws on data that does not fit (the whole state is then refused, never half read). */
	int(): number;
	text(): string;
}

export interface AnswerCodec<I> {
	encode(out: AnswerWriter, interaction: I, answer: Answer): void;
	decode(input: AnswerReader, interaction: I): Answer;
	/** Only the last attempt's answer travels (a long answer): earlier attempts count, their content does not. */
	lastOnly?: boolean;
}

/** SCORM's interaction types; "other" is written as "fill-in" in 1.2, which has no "other". */
export type ScormType = 'choice' | 'true-false' | 'matching' | 'sequencing' | 'other';

/** An answer in SCORM's terms; each SCORM version then writes it in its own syntax (tracking/interaction-record.ts). */
export type ScormResponse =
	| { kind: 'ids'; ids: string[] }
	| { kind: 'pairs'; pairs: [string, string][] }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'summary'; text: string };

export interface ScormReport<I> {
	type: ScormType;
	/** The canonical, never shuffled lists that SCORM 1.2's one-character responses index: sources, and targets for matching. */
	sources(interaction: I): string[];
	targets(interaction: I): string[];
	response(interaction: I, answer: Answer): ScormResponse;
}

interface BaseSpec<I> {
	/** Every step this interaction can lead to. */
	targets(interaction: I): StepId[];
	/** Every outcome it can produce, for graph checks (e.g. a correct outcome looping to itself). */
	outcomes(interaction: I): Outcome[];
	/** The step after this one, from the outcome of the last answer (none for a step that takes no answer). */
	next(interaction: I, outcome: Outcome | undefined): StepId | undefined;
}

/** A step that takes no answer: "continue", or the lesson's end. */
export interface FlowSpec<I> extends BaseSpec<I> {
	answerable: false;
	ends: boolean;
}

export interface AnswerSpec<I> extends BaseSpec<I> {
	answerable: true;
	ends: false;
	/** Answers a learner may give at the step (a scenario choice takes one: each option is its own branch). */
	maxAttempts(interaction: I): number;
	/** What the step is worth; 0 when it is not scored (a scenario whose options are all neutral). */
	points(interaction: I): number;
	/** Whether a learner's answer has the right shape for this interaction. */
	acceptsAnswer(interaction: I, answer: Answer): boolean;
	/** Types without answer groups (scenario options, capstone rubric) classify answers themselves. */
	classify?(interaction: I, answer: Answer): Classification;
	/** How an answer falls into one answer group, when not "any rule holds". */
	groupMatches?(interaction: I, group: AnswerGroup, answer: Answer): boolean;
	/** …and which outcome a stored group index stands for. */
	outcomeOf?(interaction: I, group: number | null): Outcome | undefined;
	/** The answer the content marks right; none where many answers are right (labs, plans). */
	solution(interaction: I): Answer | undefined;
	/**
	 * The lists shown in an order of their own per learner and attempt (choices, items), by name;
	 * ids in `pinned` keep their place. Absent: shown as written.
	 */
	shuffled?(interaction: I): { lists: Record<string, string[]>; pinned: string[] };
	codec: AnswerCodec<I>;
	scorm: ScormReport<I>;
}

export type SpecOf<I extends Interaction> = I extends AnswerableInteraction ? AnswerSpec<I> : FlowSpec<I>;
export type InteractionSpec<I extends Interaction = Interaction> = FlowSpec<I> | AnswerSpec<I>;
