import type { LivePhase, Score } from './lesson-state';
import { progressKey } from './progress';
import { reachesPassMark, scoreRatio } from './quiz';
import type { Reporting } from './reporting';
import type { QuizSettings } from './types';

/**
 * The course rule, once, for every screen and every tracker: the module page, the certificate,
 * the quiz result and what an LMS receives all read it from here.
 *
 * - A lesson is done when the learner reached its end; a module quiz is done once an attempt
 *   was finished, and passed once its best attempt reached the quiz's own pass mark.
 * - The course is complete when every lesson (quizzes included) is done, and passed when it is
 *   complete and every module quiz is passed.
 * - The score is the mean of the module quizzes' best percentages, a quiz not yet finished
 *   counting 0. Practice checks in lessons never count, so they can never lower it.
 */

/** One lesson of the course (or of a package's modules), in course order; `quiz` marks its module's quiz. */
export interface CourseLesson {
	moduleId: string;
	id: string;
	quiz?: QuizSettings;
}

/** What the rule reads of a lesson's record: stored progress (LessonProgress) and decoded LMS state both have it. */
export interface LessonRecord {
	livePhase: LivePhase;
	/** Module quizzes: the best finished attempt so far (stored progress folds each finished attempt in). */
	quiz?: { best?: Score };
}

export interface QuizStanding {
	moduleId: string;
	lessonId: string;
	/** An attempt was finished. */
	attempted: boolean;
	/** The best attempt's share, 0–100 with at most two decimals; 0 until an attempt is finished. */
	bestPercent: number;
	passed: boolean;
}

export interface ModuleResult {
	id: string;
	/** Lessons done and in all, the quiz not counted (it has its own standing). */
	lessonsDone: number;
	lessonsTotal: number;
	quiz?: QuizStanding;
	/** Every lesson done and the quiz (if any) passed. */
	complete: boolean;
}

export interface CourseResult {
	modules: ModuleResult[];
	quizzes: QuizStanding[];
	/** Every lesson, quizzes included: what SCORM 2004's progress_measure is made of. */
	lessonsCompleted: number;
	lessonsTotal: number;
	/** lessonsCompleted / lessonsTotal, 0–1 with at most four decimals. */
	progress: number;
	/** 0–100, at most two decimals: the mean of the quizzes' best percentages; null when the course has no quiz. */
	score: number | null;
	complete: boolean;
	passed: boolean;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export function quizStanding(lesson: CourseLesson & { quiz: QuizSettings }, record: LessonRecord | undefined): QuizStanding {
	const best = record?.quiz?.best;
	return {
		moduleId: lesson.moduleId,
		lessonId: lesson.id,
		attempted: best !== undefined,
		bestPercent: best ? round(scoreRatio(best) * 100, 2) : 0,
		passed: reachesPassMark(best, lesson.quiz.passMark)
	};
}

const isDone = (lesson: CourseLesson, record: LessonRecord | undefined) =>
	lesson.quiz ? record?.quiz?.best !== undefined : record?.livePhase === 'completed';

/** The rule itself; `records` is keyed by `progressKey(moduleId, lessonId)`. */
export function courseResult(lessons: readonly CourseLesson[], records: ReadonlyMap<string, LessonRecord>): CourseResult {
	const recordOf = (l: CourseLesson) => records.get(progressKey(l.moduleId, l.id));
	const moduleIds = [...new Set(lessons.map((l) => l.moduleId))];
	const modules = moduleIds.map((id): ModuleResult => {
		const own = lessons.filter((l) => l.moduleId === id);
		const plain = own.filter((l) => !l.quiz);
		const quizLesson = own.find((l): l is CourseLesson & { quiz: QuizSettings } => l.quiz !== undefined);
		const quiz = quizLesson ? quizStanding(quizLesson, recordOf(quizLesson)) : undefined;
		const lessonsDone = plain.filter((l) => isDone(l, recordOf(l))).length;
		return {
			id,
			lessonsDone,
			lessonsTotal: plain.length,
			...(quiz ? { quiz } : {}),
			complete: lessonsDone === plain.length && (quiz?.passed ?? true)
		};
	});
	const quizzes = modules.flatMap((m) => (m.quiz ? [m.quiz] : []));
	// The mean of the exact shares, rounded once: a third and nothing give 16.67, not 16.66.
	const shares = lessons.filter((l) => l.quiz).map((l) => scoreRatio(recordOf(l)?.quiz?.best));
	const lessonsCompleted = lessons.filter((l) => isDone(l, recordOf(l))).length;
	const complete = lessons.length > 0 && lessonsCompleted === lessons.length;
	return {
		modules,
		quizzes,
		lessonsCompleted,
		lessonsTotal: lessons.length,
		progress: lessons.length ? round(lessonsCompleted / lessons.length, 4) : 0,
		score: shares.length ? round((100 * shares.reduce((sum, share) => sum + share, 0)) / shares.length, 2) : null,
		complete,
		passed: complete && quizzes.every((q) => q.passed)
	};
}

/** The lessons of an outline (`modules[].lessons[]`), in order. */
export const outlineLessons = (outline: { modules: { id: string; lessons: { id: string; quiz?: QuizSettings }[] }[] }): CourseLesson[] =>
	outline.modules.flatMap((m) => m.lessons.map((l) => ({ moduleId: m.id, id: l.id, ...(l.quiz ? { quiz: l.quiz } : {}) })));

/** The lessons of an LMS catalog (one entry per lesson, in course order). */
export const catalogLessons = (catalog: readonly { moduleId: string; lesson: { id: string; quiz?: QuizSettings } }[]): CourseLesson[] =>
	catalog.map(({ moduleId, lesson }) => ({ moduleId, id: lesson.id, ...(lesson.quiz ? { quiz: lesson.quiz } : {}) }));

export { REPORTING_OPTIONS, type Reporting } from './reporting';

export interface LmsStatus {
	/** SCORM 1.2 cmi.core.lesson_status */
	lessonStatus: 'passed' | 'failed' | 'completed' | 'incomplete';
	/** SCORM 2004 cmi.completion_status and cmi.success_status */
	completion: 'completed' | 'incomplete';
	success: 'passed' | 'failed' | 'unknown';
}

/**
 * The result in SCORM statuses for the trainer's reporting option. "Failed" is sent only with
 * passed-failed, once the course is complete: many LMSs close the attempt on it, so by default a
 * learner below a pass mark stays "incomplete" and can keep going.
 */
export function lmsStatus(result: Pick<CourseResult, 'complete' | 'passed'>, reporting: Reporting): LmsStatus {
	const completion = result.complete ? 'completed' : 'incomplete';
	switch (reporting) {
		case 'passed-incomplete':
			return { lessonStatus: result.passed ? 'passed' : 'incomplete', completion, success: result.passed ? 'passed' : 'unknown' };
		case 'passed-failed':
			return {
				lessonStatus: result.passed ? 'passed' : result.complete ? 'failed' : 'incomplete',
				completion,
				success: result.passed ? 'passed' : result.complete ? 'failed' : 'unknown'
			};
		case 'completed-incomplete':
			return { lessonStatus: completion, completion, success: 'unknown' };
	}
}
