import type { LessonProgress, LessonStatus } from './progress';
import { progressKey } from './progress';

/** Only the outline fields these rules need, so they stay independent of content delivery. */
export interface OutlineForProgress {
	modules: { id: string; lessons: { id: string }[] }[];
}

export type LessonDisplayStatus = LessonStatus | 'not-started';

export function lessonStatus(rows: Map<string, LessonProgress>, moduleId: string, lessonId: string): LessonDisplayStatus {
	return rows.get(progressKey(moduleId, lessonId))?.status ?? 'not-started';
}

export function moduleProgress(outline: OutlineForProgress, rows: Map<string, LessonProgress>, moduleId: string) {
	const lessons = outline.modules.find((m) => m.id === moduleId)?.lessons ?? [];
	const done = lessons.filter((l) => lessonStatus(rows, moduleId, l.id) === 'completed').length;
	return { done, total: lessons.length };
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
