import type { Answer, AnswerableInteraction } from '$lib/course/types';
import type { Translate } from '$lib/i18n/i18n';

/** What every interaction component receives; they mirror course/interactions one to one. */
export interface InteractionProps<I extends AnswerableInteraction> {
	interaction: I;
	stepId: string;
	t: Translate;
	lt: Translate;
	answer: Answer | undefined;
	locked: boolean;
	describedBy: string;
	/** The answer is final (no attempt left, or reviewing): items may show the right answer. */
	reveal: boolean;
	onanswer: (answer: Answer | undefined) => void;
	/**
	 * The learner's order of the shuffled lists (course/shuffle `shownLists`), by list name; a list
	 * absent here shows as written. Answers are ids, so the order never changes what is recorded.
	 */
	shown?: Record<string, string[]>;
}
