import type { LessonProgress, LessonStatus } from './progress';
import { progressKey } from './progress';
import { courseResult, outlineLessons } from './course-result';
import type { QuizSettings } from './types';

/** Only the outline fields these rules need, so they stay independent of content delivery. */
export interface OutlineForProgress {
	/** A lesson with `quiz` is its module's quiz. */
	modules: { id: string; lessons: { id: string; quiz?: QuizSettings }[] }[];
}

export type LessonDisplayStatus = LessonStatus | 'not-started';

export function lessonStatus(rows: Map<string, LessonProgress>, moduleId: string, lessonId: string): LessonDisplayStatus {
	return rows.get(progressKey(moduleId, lessonId))?.status ?? 'not-started';
}

/**
 * Where the Continue link leads: the lesson touched most recently if unfinished, else the first lesson
 * not yet completed after it in course order, else nothing (all done).
 */
export function continueTarget(
	outline: OutlineForProgress,
	rows: Map<string, LessonProgress>
): { moduleId: string; lessonId: string } | undefined {
	const order = outline.modules.flatMap((m) => m.lessons.map((l) => ({ moduleId: m.id, lessonId: l.id })));
	const known = order.filter((o) => rows.has(progressKey(o.moduleId, o.lessonId)));
	if (known.length === 0) return undefined;
	const latest = known.reduce((a, b) =>
		rows.get(progressKey(a.moduleId, a.lessonId))!.updatedAt >= rows.get(progressKey(b.moduleId, b.lessonId))!.updatedAt ? a : b
	);
	if (lessonStatus(rows, latest.moduleId, latest.lessonId) !== 'completed') return latest;
	const start = order.findIndex((o) => o.moduleId === latest.moduleId && o.lessonId === latest.lessonId);
	const rotated = [...order.slice(start + 1), ...order.slice(0, start)];
	return rotated.find((o) => lessonStatus(rows, o.moduleId, o.lessonId) !== 'completed');
}

export interface ModuleStanding {
	/** Lessons done, quiz excluded. */
	done: number;
	total: number;
	quiz?: { attempted: boolean; passed: boolean; bestPercent?: number };
	/** Myth ids met in any lesson of the module, in order. */
	myths: string[];
	complete: boolean;
}

/** A module's standing for its page and the certificate: the course rule (course-result.ts), plus the myths met. */
export function moduleStanding(outline: OutlineForProgress, rows: Map<string, LessonProgress>, moduleId: string): ModuleStanding {
	return courseStanding(outline, rows).modules.find((m) => m.id === moduleId) ?? { done: 0, total: 0, myths: [], complete: true };
}

/** The course is complete for the certificate when every module is (lessons done, quiz passed): `passed` in the course rule. */
export function courseStanding(outline: OutlineForProgress, rows: Map<string, LessonProgress>) {
	const result = courseResult(outlineLessons(outline), rows);
	const modules = result.modules.map((m): ModuleStanding & { id: string } => {
		const lessons = outline.modules.find((o) => o.id === m.id)?.lessons ?? [];
		const myths = [...new Set(lessons.flatMap((l) => rows.get(progressKey(m.id, l.id))?.misconceptions ?? []))];
		const quiz = m.quiz && {
			attempted: m.quiz.attempted,
			passed: m.quiz.passed,
			...(m.quiz.attempted ? { bestPercent: Math.round(m.quiz.bestPercent) } : {})
		};
		return { id: m.id, done: m.lessonsDone, total: m.lessonsTotal, ...(quiz ? { quiz } : {}), myths, complete: m.complete };
	});
	return { modules, complete: result.passed };
}
