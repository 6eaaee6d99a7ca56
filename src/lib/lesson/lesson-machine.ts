import { assertEvent, assign, setup } from 'xstate';
import {
	acceptsAnswer,
	advance,
	canAdvance,
	canGoBack,
	canRetry,
	goBack,
	isLookingBack,
	restartSeed,
	restoreState,
	retry,
	startState,
	submitAnswer,
	type LessonState,
	type QuizAttempt
} from '../course/lesson-state';
import type { Answer, Lesson } from '../course/types';

export interface LessonInput {
	lesson: Lesson;
	/** Stored progress to resume; ignored (fresh start) when it no longer fits the lesson. */
	resume?: LessonState;
	/** A module quiz's attempt, for a fresh start (a resumed state carries its own). */
	quiz?: QuizAttempt;
	/** The option order's seed for a fresh start (a resumed state carries its own). */
	seed?: number;
}

export interface LessonContext extends LessonState {
	lesson: Lesson;
	/** True when stored progress was offered but did not fit the lesson any more. */
	resumeRefused: boolean;
}

export type LessonEvent =
	| { type: 'answer.submit'; answer: Answer }
	| { type: 'answer.retry' }
	| { type: 'step.continue' }
	| { type: 'step.back' }
	| { type: 'lesson.restart' };

const stateOf = (context: LessonContext): LessonState => ({
	path: context.path,
	position: context.position,
	livePhase: context.livePhase,
	attempts: context.attempts,
	...(context.quiz ? { quiz: context.quiz } : {}),
	...(context.seed !== undefined ? { seed: context.seed } : {})
});

function initialContext({ lesson, resume, quiz, seed }: LessonInput): LessonContext {
	const restored = resume ? restoreState(lesson, resume) : undefined;
	const fresh = { ...startState(lesson, seed), ...(quiz ? { quiz } : {}) };
	return { lesson, ...(restored ?? fresh), resumeRefused: resume !== undefined && restored === undefined };
}

/**
 * The one machine that plays every lesson. Its states are the phases of the step on screen; the
 * lesson itself is input data, and every decision is a pure function of `course/lesson-state`.
 * No `invoke`, no `after`: saving and tracking subscribe from outside, so `xstate/graph` can walk
 * every path of every real lesson in a test.
 */
export const lessonMachine = setup({
	types: {
		input: {} as LessonInput,
		context: {} as LessonContext,
		events: {} as LessonEvent
	},
	guards: {
		isLookingBack: ({ context }) => isLookingBack(context),
		isLiveFeedback: ({ context }) => context.livePhase === 'feedback',
		isLiveCompleted: ({ context }) => context.livePhase === 'completed',
		acceptsAnswer: ({ context, event }) => {
			assertEvent(event, 'answer.submit');
			return acceptsAnswer(context.lesson, stateOf(context), event.answer);
		},
		canRetry: ({ context }) => canRetry(context.lesson, stateOf(context)),
		canAdvance: ({ context }) => canAdvance(context.lesson, stateOf(context)),
		canGoBack: ({ context }) => canGoBack(context)
	},
	actions: {
		recordAnswer: assign(({ context, event }) => {
			assertEvent(event, 'answer.submit');
			return submitAnswer(context.lesson, stateOf(context), event.answer);
		}),
		retry: assign(({ context }) => retry(stateOf(context))),
		advance: assign(({ context }) => advance(context.lesson, stateOf(context))),
		goBack: assign(({ context }) => goBack(stateOf(context))),
		restart: assign(({ context }) => ({
			...startState(context.lesson, restartSeed(context.lesson.id, stateOf(context))),
			quiz: context.quiz,
			resumeRefused: false
		}))
	}
}).createMachine({
	id: 'lesson',
	context: ({ input }) => initialContext(input),
	initial: 'routing',
	on: {
		'step.back': { guard: 'canGoBack', target: '.routing', actions: 'goBack' }
	},
	states: {
		// Transient: picks the phase the context describes (after a resume, a step or a look back).
		routing: {
			always: [
				{ guard: 'isLookingBack', target: 'reviewing' },
				{ guard: 'isLiveCompleted', target: 'completed' },
				{ guard: 'isLiveFeedback', target: 'feedback' },
				{ target: 'presenting' }
			]
		},
		presenting: {
			on: {
				'answer.submit': { guard: 'acceptsAnswer', target: 'feedback', actions: 'recordAnswer' },
				'step.continue': { guard: 'canAdvance', target: 'routing', actions: 'advance' }
			}
		},
		feedback: {
			on: {
				'answer.retry': { guard: 'canRetry', target: 'presenting', actions: 'retry' },
				'step.continue': { guard: 'canAdvance', target: 'routing', actions: 'advance' }
			}
		},
		reviewing: {
			on: {
				'step.continue': { target: 'routing', actions: 'advance' }
			}
		},
		completed: {
			on: {
				'lesson.restart': { target: 'routing', actions: 'restart' }
			}
		}
	}
});

export type LessonPhase = 'presenting' | 'feedback' | 'reviewing' | 'completed';
