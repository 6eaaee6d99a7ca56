import { describe, expect, it } from 'vitest';
import { catalogLessons, courseResult, lmsStatus, outlineLessons, type LessonRecord, type Reporting } from './course-result';
import { toProgress } from './progress';
import { advance, startState, submitAnswer } from './lesson-state';
import { linearLesson } from '../../../tests/fixtures/lessons';

const quiz = { draw: 5, passMark: 0.8 };
const course = outlineLessons({
	modules: [
		{ id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }, { id: 'quiz', quiz }] },
		{ id: 'm2', lessons: [{ id: 'c' }, { id: 'quiz', quiz: { ...quiz, passMark: 0.5 } }] }
	]
});

const done: LessonRecord = { livePhase: 'completed' };
const open: LessonRecord = { livePhase: 'feedback' };
const best = (earned: number, max = 10, livePhase: LessonRecord['livePhase'] = 'completed'): LessonRecord => ({
	livePhase,
	quiz: { best: { earned, max } }
});
const records = (entries: Record<string, LessonRecord>) => new Map(Object.entries(entries));

describe('the course rule', () => {
	it.each<[string, Record<string, LessonRecord>, { done: number; score: number; complete: boolean; passed: boolean }]>([
		['nothing yet: no quiz taken counts 0', {}, { done: 0, score: 0, complete: false, passed: false }],
		[
			'every lesson done, both quizzes passed',
			{ 'm1/a': done, 'm1/b': done, 'm1/quiz': best(9), 'm2/c': done, 'm2/quiz': best(6) },
			{ done: 5, score: 75, complete: true, passed: true }
		],
		[
			'both quizzes passed, a lesson still open',
			{ 'm1/a': done, 'm1/b': open, 'm1/quiz': best(10), 'm2/c': done, 'm2/quiz': best(10) },
			{ done: 4, score: 100, complete: false, passed: false }
		],
		[
			'everything done, one quiz below its own pass mark',
			{ 'm1/a': done, 'm1/b': done, 'm1/quiz': best(7), 'm2/c': done, 'm2/quiz': best(10) },
			{ done: 5, score: 85, complete: true, passed: false }
		],
		[
			'one quiz never finished counts 0 in the mean',
			{ 'm1/a': done, 'm1/quiz': best(8) },
			{ done: 2, score: 40, complete: false, passed: false }
		],
		[
			'a new attempt under way keeps the best finished one',
			{ 'm1/a': done, 'm1/b': done, 'm1/quiz': best(8, 10, 'presenting'), 'm2/c': done, 'm2/quiz': best(5) },
			{ done: 5, score: 65, complete: true, passed: true }
		],
		[
			'an exact pass mark passes (no float surprise)',
			{ 'm1/a': done, 'm1/b': done, 'm1/quiz': best(4, 5), 'm2/c': done, 'm2/quiz': best(1, 2) },
			{ done: 5, score: 65, complete: true, passed: true }
		],
		[
			'a third of a point keeps two decimals',
			{ 'm1/quiz': best(1, 3), 'm2/quiz': best(0, 3) },
			{ done: 2, score: 16.67, complete: false, passed: false }
		]
	])('%s', (_name, rows, expected) => {
		const result = courseResult(course, records(rows));
		expect({ done: result.lessonsCompleted, score: result.score, complete: result.complete, passed: result.passed }).toEqual(expected);
		expect(result.lessonsTotal).toBe(5);
		expect(result.progress).toBe(Number((expected.done / 5).toFixed(4)));
	});

	it('gives each quiz its best and whether it passed, and each module its lessons apart from its quiz', () => {
		const result = courseResult(course, records({ 'm1/a': done, 'm1/quiz': best(7), 'm2/quiz': best(5) }));
		expect(result.quizzes).toEqual([
			{ moduleId: 'm1', lessonId: 'quiz', attempted: true, bestPercent: 70, passed: false },
			{ moduleId: 'm2', lessonId: 'quiz', attempted: true, bestPercent: 50, passed: true }
		]);
		expect(result.modules.map((m) => [m.id, m.lessonsDone, m.lessonsTotal, m.complete])).toEqual([
			['m1', 1, 2, false],
			['m2', 0, 1, false]
		]);
	});

	it('never lets practice checks lower the score: a lesson finished with every answer wrong changes nothing', () => {
		const lesson = linearLesson();
		let state = advance(lesson, startState(lesson));
		state = submitAnswer(lesson, state, 'c');
		const wrong = toProgress(lesson, state, { moduleId: 'm1', contentVersion: 'x', language: 'en', now: 'now' });
		expect(wrong.score.earned).toBe(0);
		const before = courseResult(course, records({ 'm1/quiz': best(9), 'm2/quiz': best(9) }));
		const after = courseResult(course, records({ 'm1/quiz': best(9), 'm2/quiz': best(9), 'm1/a': { ...wrong, livePhase: 'completed' } }));
		expect([before.score, after.score]).toEqual([90, 90]);
		expect(after.lessonsCompleted).toBe(before.lessonsCompleted + 1);
	});

	it('scores nothing in a course without a quiz, and passes it once every lesson is done', () => {
		const lessons = catalogLessons([{ moduleId: 'm', lesson: linearLesson() }]);
		expect(courseResult(lessons, records({}))).toMatchObject({ score: null, complete: false, passed: false });
		expect(courseResult(lessons, records({ 'm/linear': done }))).toMatchObject({ score: null, complete: true, passed: true });
	});
});

describe('the result in SCORM statuses, per reporting option', () => {
	const incomplete = { complete: false, passed: false };
	const belowMark = { complete: true, passed: false };
	const passed = { complete: true, passed: true };
	it.each<[Reporting, typeof passed, string, string, string]>([
		['passed-incomplete', incomplete, 'incomplete', 'incomplete', 'unknown'],
		['passed-incomplete', belowMark, 'incomplete', 'completed', 'unknown'],
		['passed-incomplete', passed, 'passed', 'completed', 'passed'],
		['passed-failed', incomplete, 'incomplete', 'incomplete', 'unknown'],
		['passed-failed', belowMark, 'failed', 'completed', 'failed'],
		['passed-failed', passed, 'passed', 'completed', 'passed'],
		['completed-incomplete', incomplete, 'incomplete', 'incomplete', 'unknown'],
		['completed-incomplete', belowMark, 'completed', 'completed', 'unknown'],
		['completed-incomplete', passed, 'completed', 'completed', 'unknown']
	])('%s, %o → 1.2 %s; 2004 %s and %s', (reporting, result, lessonStatus, completion, success) => {
		expect(lmsStatus(result, reporting)).toEqual({ lessonStatus, completion, success });
	});
});
