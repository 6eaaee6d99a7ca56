import { classify, outcomeOf } from './classify';
import { answerSpecFor, isAnswerable, isContinueStep, isEndStep, specFor } from './interactions';
import { derivedSeed } from './random';
import type { Answer, AnswerableInteraction, Interaction, Lesson, Outcome, Step, StepId } from './types';

export interface Attempt {
	answer: Answer;
	/** Matching answer group (or scenario option); null for the default outcome. */
	group: number | null;
}

export type LivePhase = 'presenting' | 'feedback' | 'completed';

/** Where a learner is in one lesson. Pure data: what the machine holds and what progress stores. */
export interface LessonState {
	/** Steps reached, in order; the last one is the live step. */
	path: StepId[];
	/** Which step of `path` is on screen; below the last index the learner is looking back. */
	position: number;
	livePhase: LivePhase;
	attempts: Record<StepId, Attempt[]>;
	/** Module quizzes only: which attempt this is (it fixes the questions drawn) and the best score so far. */
	quiz?: QuizAttempt;
	/**
	 * This attempt's seed for the order of options (course/shuffle): kept in progress, so a resume,
	 * a reload, another language or the LMS's copy show the same order; a restart or a new quiz
	 * attempt takes another. Absent in progress stored before seeds: `orderSeed` derives one.
	 */
	seed?: number;
}

export interface QuizAttempt {
	attempt: number;
	best?: Score;
}

export interface Score {
	earned: number;
	max: number;
}

export { isAnswerable, isContinueStep, isEndStep };

/** The phase a step starts in: an end step is the lesson completed. */
const phaseOn = (interaction: Interaction): LivePhase => (isEndStep(interaction) ? 'completed' : 'presenting');

export function startState(lesson: Lesson, seed?: number): LessonState {
	const first = lesson.steps[lesson.initialStepId]!;
	return { path: [first.id], position: 0, livePhase: phaseOn(first.interaction), attempts: {}, ...(seed !== undefined ? { seed } : {}) };
}

/** Seeds take 20 bits: a million orders per learner is plenty, and one costs four characters of suspend_data. */
export const SEED_LIMIT = 2 ** 20;

/** A seed from any 32-bit number (a random draw, a hash). */
export const toSeed = (value: number) => (value >>> 0) % SEED_LIMIT;

/**
 * The seed the options are ordered by. Progress stored before seeds has none: its seed comes
 * from the lesson and the quiz attempt, so its order stays the same from one reload to the next.
 */
export const orderSeed = (lessonId: string, state: LessonState): number =>
	state.seed ?? toSeed(derivedSeed(0, 'stored-before-seeds', lessonId, state.quiz?.attempt ?? 1));

/** A restart's seed: another order, derived from the last one (the machine stays pure). */
export const restartSeed = (lessonId: string, state: LessonState): number => toSeed(derivedSeed(orderSeed(lessonId, state), 'restart'));

export const liveStepId = (state: LessonState): StepId => state.path[state.path.length - 1]!;
export const shownStep = (lesson: Lesson, state: LessonState): Step => lesson.steps[state.path[state.position]!]!;
export const isLookingBack = (state: LessonState) => state.position < state.path.length - 1;

export function lastAttempt(state: LessonState, stepId: StepId): Attempt | undefined {
	const list = state.attempts[stepId];
	return list?.[list.length - 1];
}

export function outcomeAt(lesson: Lesson, state: LessonState, stepId: StepId): Outcome | undefined {
	const interaction = lesson.steps[stepId]?.interaction;
	const attempt = lastAttempt(state, stepId);
	if (!interaction || !attempt || !isAnswerable(interaction)) return undefined;
	return outcomeOf(interaction, attempt.group);
}

export function acceptsAnswer(lesson: Lesson, state: LessonState, answer: Answer): boolean {
	if (isLookingBack(state) || state.livePhase !== 'presenting') return false;
	const interaction = lesson.steps[liveStepId(state)]!.interaction;
	return isAnswerable(interaction) && answerSpecFor(interaction).acceptsAnswer(interaction, answer);
}

export function submitAnswer(lesson: Lesson, state: LessonState, answer: Answer): LessonState {
	const stepId = liveStepId(state);
	const interaction = lesson.steps[stepId]!.interaction as AnswerableInteraction;
	const { group } = classify(interaction, answer);
	const attempts = { ...state.attempts, [stepId]: [...(state.attempts[stepId] ?? []), { answer, group }] };
	return { ...state, attempts, livePhase: 'feedback' };
}

/** Attempts left at a step: a wrong answer with some left offers "Try again". */
export function attemptsLeft(lesson: Lesson, state: LessonState, stepId: StepId): number {
	const interaction = lesson.steps[stepId]!.interaction;
	if (!isAnswerable(interaction)) return 0;
	return answerSpecFor(interaction).maxAttempts(interaction) - (state.attempts[stepId]?.length ?? 0);
}

export function canRetry(lesson: Lesson, state: LessonState): boolean {
	if (state.livePhase !== 'feedback' || isLookingBack(state)) return false;
	const stepId = liveStepId(state);
	return outcomeAt(lesson, state, stepId)?.correct === false && attemptsLeft(lesson, state, stepId) > 0;
}

export const retry = (state: LessonState): LessonState => ({ ...state, livePhase: 'presenting' });

/** The step after the live one, as its interaction says from the last answer's outcome. */
export function nextStepId(lesson: Lesson, state: LessonState): StepId | undefined {
	const stepId = liveStepId(state);
	const interaction = lesson.steps[stepId]!.interaction;
	return specFor(interaction).next(interaction, outcomeAt(lesson, state, stepId));
}

export function canAdvance(lesson: Lesson, state: LessonState): boolean {
	if (isLookingBack(state)) return true;
	const interaction = lesson.steps[liveStepId(state)]!.interaction;
	if (state.livePhase === 'presenting') return isContinueStep(interaction);
	return state.livePhase === 'feedback' && nextStepId(lesson, state) !== undefined;
}

export function advance(lesson: Lesson, state: LessonState): LessonState {
	if (isLookingBack(state)) return { ...state, position: state.position + 1 };
	const next = nextStepId(lesson, state);
	if (next === undefined) return state;
	const path = [...state.path, next];
	return { ...state, path, position: path.length - 1, livePhase: phaseOn(lesson.steps[next]!.interaction) };
}

export const canGoBack = (state: LessonState) => state.position > 0;
export const goBack = (state: LessonState): LessonState => ({ ...state, position: Math.max(0, state.position - 1) });

/** Points count once per step reached, from the last attempt: retrying to the right answer earns them. */
export function lessonScore(lesson: Lesson, state: LessonState): Score {
	let earned = 0;
	let max = 0;
	for (const stepId of new Set(state.path)) {
		const interaction = lesson.steps[stepId]?.interaction;
		if (!interaction || !isAnswerable(interaction)) continue;
		const points = answerSpecFor(interaction).points(interaction);
		if (points === 0) continue;
		max += points;
		if (outcomeAt(lesson, state, stepId)?.correct === true) earned += points;
	}
	return { earned, max };
}

/** Misconception tags met on wrong answers, in the order met, each once. */
export function misconceptionsMet(lesson: Lesson, state: LessonState): string[] {
	const tags = new Set<string>();
	for (const [stepId, attempts] of Object.entries(state.attempts)) {
		const interaction = lesson.steps[stepId]?.interaction;
		if (!interaction || !isAnswerable(interaction)) continue;
		for (const attempt of attempts) {
			const tag = outcomeOf(interaction, attempt.group)?.misconception;
			if (tag) tags.add(tag);
		}
	}
	return [...tags];
}

/**
 * Rebuilds a stored state against the current lesson. Stored answers are re-classified, so a
 * content fix to an answer group applies to old progress; a state that no longer fits the lesson
 * (a step removed, an answer no longer valid) is refused and the caller starts afresh.
 */
export function restoreState(lesson: Lesson, stored: LessonState): LessonState | undefined {
	if (stored.path.length === 0 || stored.path[0] !== lesson.initialStepId) return undefined;
	if (!stored.path.every((id) => lesson.steps[id])) return undefined;
	if (stored.position < 0 || stored.position >= stored.path.length) return undefined;
	const attempts: Record<StepId, Attempt[]> = {};
	for (const [stepId, list] of Object.entries(stored.attempts)) {
		const interaction = lesson.steps[stepId]?.interaction;
		if (!interaction || !isAnswerable(interaction)) return undefined;
		const spec = answerSpecFor(interaction);
		if (!list.every((a) => spec.acceptsAnswer(interaction, a.answer))) return undefined;
		attempts[stepId] = list.map((a) => ({ answer: a.answer, group: classify(interaction, a.answer).group }));
	}
	const liveId = stored.path[stored.path.length - 1]!;
	const live = lesson.steps[liveId]!.interaction;
	const livePhase: LivePhase = isEndStep(live) ? 'completed' : stored.livePhase === 'completed' ? 'presenting' : stored.livePhase;
	if (livePhase === 'feedback' && !attempts[liveId]?.length) return undefined;
	return {
		path: [...stored.path],
		position: stored.position,
		livePhase,
		attempts,
		...(stored.quiz ? { quiz: stored.quiz } : {}),
		seed: orderSeed(lesson.id, stored)
	};
}
