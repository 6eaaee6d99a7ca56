import { isEndStep, lessonScore, type LessonState, type QuizAttempt, type Score } from './lesson-state';
import { hashString, seededShuffle } from './random';
import type { Lesson, QuizSettings, Step } from './types';

/** The bank: every step of a quiz lesson except its intro and its end. */
export function bankOf(lesson: Lesson): Step[] {
	return Object.values(lesson.steps).filter((s) => s.id !== lesson.initialStepId && !isEndStep(s.interaction));
}

const endOf = (lesson: Lesson) => Object.values(lesson.steps).find((s) => isEndStep(s.interaction));

/** The questions one attempt asks, in order: a seeded shuffle of the bank, cut to `draw`. */
export function drawQuestions(lesson: Lesson & { quiz: QuizSettings }, seed: number): string[] {
	return seededShuffle(
		bankOf(lesson).map((s) => s.id),
		seed
	).slice(0, lesson.quiz.draw);
}

/** One attempt as an ordinary lesson: intro → drawn questions → end. The machine plays it as any other. */
export function drawQuiz(lesson: Lesson & { quiz: QuizSettings }, seed: number): Lesson {
	const end = endOf(lesson)!;
	const drawn = drawQuestions(lesson, seed);
	const chain = [lesson.initialStepId, ...drawn, end.id];
	const steps: Lesson['steps'] = { [end.id]: end };
	chain.slice(0, -1).forEach((id, i) => {
		const step = lesson.steps[id]!;
		const next = chain[i + 1]!;
		// The intro and every question have a `next`: the chain sets it.
		steps[id] = { ...step, interaction: { ...step.interaction, next } as Step['interaction'] };
	});
	return { ...lesson, steps };
}

export const isQuiz = (lesson: Lesson): lesson is Lesson & { quiz: QuizSettings } => lesson.quiz !== undefined;

export interface QuizResult {
	earned: number;
	max: number;
	/** earned / max, 0–1. */
	ratio: number;
	passed: boolean;
}

/** earned / max, 0 when nothing was scored. */
export const scoreRatio = (score: Score | undefined) => (score && score.max > 0 ? score.earned / score.max : 0);

/** A float such as 0.8 must not fail a learner who scored exactly the mark. */
export const reachesPassMark = (score: Score | undefined, passMark: number) =>
	score !== undefined && score.max > 0 && scoreRatio(score) >= passMark - 1e-9;

export function quizResult(lesson: Lesson & { quiz: QuizSettings }, state: LessonState): QuizResult {
	const score = lessonScore(lesson, state);
	return { ...score, ratio: scoreRatio(score), passed: reachesPassMark(score, lesson.quiz.passMark) };
}

/** The best score across attempts: a finished attempt raises it, an unfinished one leaves it. */
export function bestQuizScore(lesson: Lesson, state: LessonState): Score | undefined {
	const before = state.quiz?.best;
	if (state.livePhase !== 'completed') return before;
	const current = lessonScore(lesson, state);
	return !before || scoreRatio(current) > scoreRatio(before) ? current : before;
}

/** Passed once any attempt reached the mark; the same rule for the certificate and the LMS. */
export const quizPassed = (lesson: Lesson & { quiz: QuizSettings }, state: LessonState) =>
	reachesPassMark(bestQuizScore(lesson, state), lesson.quiz.passMark);

/** "Try again": the next attempt draws new questions and keeps the best score so far. */
export const nextQuizAttempt = (current: QuizAttempt): QuizAttempt => ({
	attempt: current.attempt + 1,
	...(current.best ? { best: current.best } : {})
});

/** The seed of attempt n of a module's quiz: stored progress needs only the attempt number. */
export const quizSeed = (moduleId: string, attempt: number): number => hashString(`${moduleId}#${attempt}`);
