import { stepsToEnd } from '../course/lesson-graph';
import {
	attemptsLeft,
	canRetry,
	isAnswerable,
	isContinueStep,
	isEndStep,
	lessonScore,
	liveStepId,
	outcomeAt,
	shownStep,
	type Attempt,
	type LessonState,
	type Score
} from '../course/lesson-state';
import { mythsMet } from '../course/myths';
import { isQuiz } from '../course/quiz';
import type { Lesson, Outcome, Step } from '../course/types';
import type { LessonPhase } from './lesson-machine';

/** What the player shows for one state of one lesson: every decision the markup makes, in plain data. */
export interface PlayerView {
	step: Step;
	/** Changes with the step on screen: focus moves to its heading. */
	placeKey: string;
	/** Changes with the step, its attempts or the phase: the answer being composed starts again. */
	draftKey: string;
	/** Attempts at the step on screen, oldest first. */
	attempts: Attempt[];
	outcome: Outcome | undefined;
	/** The step asks for an answer (a question, a lab, a plan). */
	answerable: boolean;
	/** The answer can be changed and checked. */
	composing: boolean;
	showFeedback: boolean;
	verdict: 'correct' | 'incorrect' | 'neutral';
	retryable: boolean;
	attemptsLeft: number;
	/** The answer is final (no attempt left, or looking back): items may show the right answer. */
	reveal: boolean;
	hint: boolean;
	/** "Step n of about m": m grows when a branch turns out longer. */
	progress: { current: number; total: number };
	isEnd: boolean;
	score: Score;
	actions: { back: boolean; retry: boolean; continue: boolean; restart: boolean };
}

export function playerView(lesson: Lesson, where: LessonState, phase: LessonPhase): PlayerView {
	const step = shownStep(lesson, where);
	const interaction = step.interaction;
	const answerable = isAnswerable(interaction);
	const attempts = where.attempts[step.id] ?? [];
	const outcome = outcomeAt(lesson, where, step.id);
	const retryable = phase === 'feedback' && canRetry(lesson, where);
	const current = where.position + 1;
	const total = Math.max(where.path.length + (stepsToEnd(lesson).get(liveStepId(where)) ?? 0), current);
	return {
		step,
		placeKey: `${where.position}:${step.id}`,
		draftKey: `${where.position}:${step.id}:${attempts.length}:${phase}`,
		attempts,
		outcome,
		answerable,
		composing: answerable && phase === 'presenting',
		showFeedback: answerable && outcome !== undefined && phase !== 'presenting',
		verdict: outcome?.correct === true ? 'correct' : outcome?.correct === false ? 'incorrect' : 'neutral',
		retryable,
		attemptsLeft: attemptsLeft(lesson, where, step.id),
		reveal: phase !== 'presenting' && !retryable,
		hint: 'hint' in interaction && interaction.hint === true,
		progress: { current, total },
		isEnd: isEndStep(interaction),
		score: lessonScore(lesson, where),
		actions: {
			back: where.position > 0,
			retry: retryable,
			continue: phase === 'reviewing' || phase === 'feedback' || (phase === 'presenting' && isContinueStep(interaction)),
			restart: phase === 'completed' && !isQuiz(lesson)
		}
	};
}

/** Nothing answered or passed yet: a sensitive lesson shows its content note first. */
export const isAtStart = (where: LessonState) => where.path.length === 1 && Object.keys(where.attempts).length === 0;

/** The module's myths the learner met in this lesson, in the order met, with whether a later answer corrected each. */
export function mythsShown<M extends { id: string }>(lesson: Lesson, where: LessonState, myths: M[]): (M & { corrected: boolean })[] {
	return mythsMet(lesson, where).flatMap((met) =>
		myths.filter((myth) => myth.id === met.id).map((myth) => ({ ...myth, corrected: met.corrected }))
	);
}
