import type { LessonProgress, LessonStatus } from './progress';
import { progressKey } from './progress';
import { scoreRatio } from './quiz';

/** Only the outline fields these rules need, so they stay independent of content delivery. */
export interface OutlineForProgress {
	/** A lesson with `quiz` is its module's quiz. */
	modules: { id: string; lessons: { id: string; quiz?: unknown }[] }[];
}

export type LessonDisplayStatus = LessonStatus | 'not-started';

export function lessonStatus(rows: Map<string, LessonProgress>, moduleId: string, lessonId: string): LessonDisplayStatus {
	return rows.get(progressKey(moduleId, lessonId))?.status ?? 'not-started';
}

/**
 * Where "continue" leads: the lesson touched most recently if unfinished, else the first lesson
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

/** A module is complete when its lessons are done and its quiz (if any) is passed. */
export function moduleStanding(outline: OutlineForProgress, rows: Map<string, LessonProgress>, moduleId: string): ModuleStanding {
	const lessons = outline.modules.find((m) => m.id === moduleId)?.lessons ?? [];
	const plain = lessons.filter((l) => !l.quiz);
	const quizLesson = lessons.find((l) => l.quiz);
	const done = plain.filter((l) => lessonStatus(rows, moduleId, l.id) === 'completed').length;
	const quizRow = quizLesson ? rows.get(progressKey(moduleId, quizLesson.id)) : undefined;
	const best = quizRow?.quiz?.best;
	const quiz = quizLesson
		? {
				attempted: best !== undefined,
				passed: quizRow?.passed === true,
				...(best && best.max > 0 ? { bestPercent: Math.round(scoreRatio(best) * 100) } : {})
			}
		: undefined;
	const myths = [...new Set(lessons.flatMap((l) => rows.get(progressKey(moduleId, l.id))?.misconceptions ?? []))];
	return { done, total: plain.length, ...(quiz ? { quiz } : {}), myths, complete: done === plain.length && (quiz?.passed ?? true) };
}

/** The course is complete when every module is (lessons done, quizzes passed). */
export function courseStanding(outline: OutlineForProgress, rows: Map<string, LessonProgress>) {
	const modules = outline.modules.map((m) => ({ id: m.id, ...moduleStanding(outline, rows, m.id) }));
	return { modules, complete: modules.every((m) => m.complete) };
}
