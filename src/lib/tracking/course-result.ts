import { lessonScore, type LessonState } from '../course/lesson-state';
import { isQuiz, quizPassed } from '../course/quiz';
import type { Lesson } from '../course/types';
import type { CatalogEntry } from './suspend-data';

export const REPORTING_OPTIONS = ['passed-incomplete', 'passed-failed', 'completed-incomplete'] as const;
export type Reporting = (typeof REPORTING_OPTIONS)[number];

export interface CourseResult {
	lessonsTotal: number;
	lessonsCompleted: number;
	/** 0–100, two decimals at most; null until a scored question has been answered. */
	score: number | null;
	complete: boolean;
	/** Reached the pass mark once complete. */
	passed: boolean;
}

/** A module quiz counts as done only once an attempt reached its pass mark (the best one is kept). */
const lessonDone = (lesson: Lesson, state: LessonState) => (isQuiz(lesson) ? quizPassed(lesson, state) : state.livePhase === 'completed');

/**
 * The course (as packaged) is complete when every lesson is done and every module quiz passed,
 * the same rule as the web certificate; its score is the share of points earned.
 */
export function courseResult(catalog: CatalogEntry[], lessons: Map<string, LessonState>, passMark: number): CourseResult {
	let earned = 0;
	let max = 0;
	let completed = 0;
	for (const entry of catalog) {
		const state = lessons.get(entry.key);
		if (!state) continue;
		const score = lessonScore(entry.lesson, state);
		earned += score.earned;
		max += score.max;
		if (lessonDone(entry.lesson, state)) completed++;
	}
	const score = max === 0 ? null : Math.round((10000 * earned) / max) / 100;
	const complete = catalog.length > 0 && completed === catalog.length;
	return { lessonsTotal: catalog.length, lessonsCompleted: completed, score, complete, passed: complete && (score ?? 100) >= passMark };
}

export interface LmsStatus {
	/** SCORM 1.2 cmi.core.lesson_status */
	lessonStatus: 'passed' | 'failed' | 'completed' | 'incomplete';
	/** SCORM 2004 cmi.completion_status and cmi.success_status */
	completion: 'completed' | 'incomplete';
	success: 'passed' | 'failed' | 'unknown';
}

/**
 * The trainer's reporting option, as LMSs and authoring tools name it. "Failed" is sent only with
 * passed/failed: many LMSs close the attempt on it, so by default a learner below the pass mark
 * stays "incomplete" and can keep going.
 */
export function lmsStatus(result: CourseResult, reporting: Reporting): LmsStatus {
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
