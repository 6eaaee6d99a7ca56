import { isAnswerable, lessonScore, type LessonState, type QuizAttempt, type Score } from './lesson-state';
import type { Issue } from './schema-kit';
import type { Lesson, QuestionInteraction, QuizSettings, Step } from './types';

/** The bank: every step of a quiz lesson except its intro and its end. */
export function bankOf(lesson: Lesson): Step[] {
	return Object.values(lesson.steps).filter((s) => s.id !== lesson.initialStepId && s.interaction.type !== 'end');
}

const endOf = (lesson: Lesson) => Object.values(lesson.steps).find((s) => s.interaction.type === 'end');

/** A quiz is not a graph but a bank: intro, questions of one attempt each, one end. */
export function checkQuizBank(lesson: Lesson & { quiz: QuizSettings }): Issue[] {
	const issues: Issue[] = [];
	const intro = lesson.steps[lesson.initialStepId];
	if (!intro) return [{ path: 'initialStepId', message: `step "${lesson.initialStepId}" does not exist` }];
	if (intro.interaction.type !== 'continue')
		issues.push({ path: `steps.${intro.id}`, message: 'a quiz starts with a "continue" intro step' });
	const ends = Object.values(lesson.steps).filter((s) => s.interaction.type === 'end');
	if (ends.length !== 1) issues.push({ path: 'steps', message: `a quiz has exactly one "end" step (found ${ends.length})` });
	const bank = bankOf(lesson);
	for (const step of bank) {
		const q = step.interaction;
		const path = `steps.${step.id}.interaction`;
		if (!isAnswerable(q) || q.type === 'scenarioChoice' || q.type === 'capstonePlan') {
			issues.push({ path, message: `a quiz question must be a question type, not "${q.type}"` });
			continue;
		}
		if (q.maxAttempts !== 1) issues.push({ path: `${path}.maxAttempts`, message: 'a quiz question has one attempt' });
		const targets = [q.next, ...q.answerGroups.map((g) => g.outcome.next), q.defaultOutcome.next].filter((t) => t !== undefined);
		if (ends[0] && targets.some((t) => t !== ends[0]!.id))
			issues.push({ path, message: `a quiz question leads to the end step "${ends[0].id}"` });
	}
	if (bank.length < lesson.quiz.draw)
		issues.push({ path: 'quiz.draw', message: `draws ${lesson.quiz.draw} questions but the bank has ${bank.length}` });
	return issues;
}

/** mulberry32: small, fast and the same everywhere, so a stored seed gives the same questions. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The questions one attempt asks, in order: a seeded shuffle of the bank, cut to `draw`. */
export function drawQuestions(lesson: Lesson & { quiz: QuizSettings }, seed: number): string[] {
	const ids = bankOf(lesson).map((s) => s.id);
	const next = random(seed);
	for (let i = ids.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[ids[i], ids[j]] = [ids[j]!, ids[i]!];
	}
	return ids.slice(0, lesson.quiz.draw);
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
		const interaction =
			step.interaction.type === 'continue' ? { ...step.interaction, next } : { ...(step.interaction as QuestionInteraction), next };
		steps[id] = { ...step, interaction };
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
export function quizSeed(moduleId: string, attempt: number): number {
	let hash = 0x811c9dc5;
	for (const c of `${moduleId}#${attempt}`) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
	return hash;
}
