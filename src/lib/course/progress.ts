import {
	array,
	boolean,
	exactly,
	id,
	ID_PATTERN,
	literal,
	number,
	object,
	oneOf,
	optional,
	record,
	string,
	union,
	type Issue,
	type Parser
} from './schema-kit';
import { lessonScore, misconceptionsMet, SEED_LIMIT, type Attempt, type LessonState, type Score } from './lesson-state';
import { bestQuizScore, isQuiz, quizPassed } from './quiz';
import { LANGUAGES, type Answer, type Language, type Lesson } from './types';

export const PROGRESS_SCHEMA_VERSION = 1;

export type LessonStatus = 'in-progress' | 'completed';

/**
 * What the device keeps for one lesson. Plain data, not a machine snapshot, so rows stay small
 * and survive refactors of the machine; `schemaVersion` lets a later release migrate or set aside.
 */
export interface LessonProgress extends LessonState {
	schemaVersion: typeof PROGRESS_SCHEMA_VERSION;
	/** `${moduleId}/${lessonId}`: one row per lesson, whatever the language. */
	key: string;
	moduleId: string;
	lessonId: string;
	contentVersion: string;
	language: Language;
	status: LessonStatus;
	score: Score;
	misconceptions: string[];
	/** Module quizzes: whether the best attempt so far reached the pass mark. */
	passed?: boolean;
	startedAt: string;
	updatedAt: string;
}

export const progressKey = (moduleId: string, lessonId: string) => `${moduleId}/${lessonId}`;

const answerParser: Parser<Answer> = union<Answer>(
	string(),
	boolean(),
	array(string()),
	record(union<string | string[]>(string(), array(string())))
);
const scoreParser = object({ earned: number({ min: 0 }), max: number({ min: 0 }) });
const attemptParser = exactly<Attempt>()(
	object({
		answer: answerParser,
		group: union<number | null>(number({ integer: true, min: 0 }), (v, p, i) =>
			v === null ? null : (i.push({ path: p, message: 'not null' }), undefined)
		)
	})
);

const progressShape = exactly<LessonProgress>()(
	object({
		schemaVersion: literal(PROGRESS_SCHEMA_VERSION),
		key: string({ pattern: /^[a-z0-9-]+\/[a-z0-9-]+$/ }),
		moduleId: id(),
		lessonId: id(),
		contentVersion: string({ minLength: 1 }),
		language: oneOf(LANGUAGES),
		status: oneOf(['in-progress', 'completed'] as const),
		path: array(id(), { minLength: 1 }),
		position: number({ integer: true, min: 0 }),
		livePhase: oneOf(['presenting', 'feedback', 'completed'] as const),
		attempts: record(array(attemptParser), ID_PATTERN),
		score: scoreParser,
		misconceptions: optional(array(id()), []),
		quiz: optional(object({ attempt: number({ integer: true, min: 1 }), best: optional(scoreParser) })),
		seed: optional(number({ integer: true, min: 0, max: SEED_LIMIT - 1 })),
		passed: optional(boolean()),
		startedAt: string({ minLength: 1 }),
		updatedAt: string({ minLength: 1 })
	})
);

/** Stored rows are untrusted: another version of the app, a hand edit or a broken disk wrote them. */
export function parseLessonProgress(value: unknown): { progress: LessonProgress } | { issues: Issue[] } {
	const issues: Issue[] = [];
	const parsed = progressShape(value, '', issues);
	if (!parsed) return { issues };
	if (parsed.position >= parsed.path.length) return { issues: [{ path: 'position', message: 'is past the end of the path' }] };
	if (parsed.key !== progressKey(parsed.moduleId, parsed.lessonId))
		return { issues: [{ path: 'key', message: 'does not match moduleId/lessonId' }] };
	return { progress: parsed };
}

export interface ProgressMeta {
	moduleId: string;
	contentVersion: string;
	language: Language;
	startedAt?: string;
	now: string;
}

/** A quiz keeps its best score across attempts, and whether it reached the pass mark. */
function withBestScore(lesson: Lesson, state: LessonState): { state: LessonState; passed?: boolean } {
	if (!isQuiz(lesson) || !state.quiz) return { state };
	const best = bestQuizScore(lesson, state);
	return { state: { ...state, quiz: { attempt: state.quiz.attempt, ...(best ? { best } : {}) } }, passed: quizPassed(lesson, state) };
}

/** The stored form of a lesson state: what is saved before feedback shows. */
export function toProgress(lesson: Lesson, given: LessonState, meta: ProgressMeta): LessonProgress {
	const { state, passed } = withBestScore(lesson, given);
	return {
		...(state.quiz ? { quiz: state.quiz } : {}),
		...(passed !== undefined ? { passed } : {}),
		...(state.seed !== undefined ? { seed: state.seed } : {}),
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		key: progressKey(meta.moduleId, lesson.id),
		moduleId: meta.moduleId,
		lessonId: lesson.id,
		contentVersion: meta.contentVersion,
		language: meta.language,
		status: state.livePhase === 'completed' ? 'completed' : 'in-progress',
		path: state.path,
		position: state.position,
		livePhase: state.livePhase,
		attempts: state.attempts,
		score: lessonScore(lesson, state),
		misconceptions: misconceptionsMet(lesson, state),
		startedAt: meta.startedAt ?? meta.now,
		updatedAt: meta.now
	};
}
