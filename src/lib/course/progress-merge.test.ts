import { describe, expect, it } from 'vitest';
import { mergeProgress } from './progress-merge';
import type { LessonProgress } from './progress';

const lesson = (overrides: Partial<LessonProgress> = {}): LessonProgress => ({
	schemaVersion: 1,
	key: 'introduction/what-is-trafficking',
	moduleId: 'introduction',
	lessonId: 'what-is-trafficking',
	contentVersion: 'v1',
	language: 'en',
	status: 'in-progress',
	path: ['intro', 'q1'],
	position: 1,
	livePhase: 'presenting',
	attempts: {},
	score: { earned: 0, max: 2 },
	misconceptions: [],
	startedAt: '2026-12-01T09:00:00.000Z',
	updatedAt: '2026-12-01T09:05:00.000Z',
	...overrides
});

// Tab A answered q1 right and went two steps on; tab B still showed q1 and answered it wrong.
const aheadInA = lesson({
	path: ['intro', 'q1', 'explain', 'q2'],
	position: 3,
	attempts: { q1: [{ answer: 'b', group: 0 }] },
	score: { earned: 1, max: 2 },
	updatedAt: '2026-12-01T09:06:00.000Z'
});
const wrongInB = lesson({
	livePhase: 'feedback',
	attempts: { q1: [{ answer: 'c', group: null }] },
	misconceptions: ['only-foreigners'],
	updatedAt: '2026-12-01T09:07:00.000Z'
});
const finishedLesson = lesson({
	status: 'completed',
	path: ['intro', 'q1', 'explain', 'q2', 'done'],
	position: 4,
	livePhase: 'completed',
	attempts: { q1: [{ answer: 'b', group: 0 }], q2: [{ answer: 'a', group: 0 }] },
	score: { earned: 2, max: 2 },
	updatedAt: '2026-12-01T09:06:00.000Z'
});
const restarted = lesson({ path: ['intro'], position: 0, score: { earned: 0, max: 0 }, updatedAt: '2026-12-01T09:08:00.000Z' });
const lookingBack = lesson({
	...finishedLesson,
	status: 'in-progress',
	path: finishedLesson.path.slice(0, 4),
	position: 1,
	livePhase: 'feedback'
});

const quiz = (attempt: number, best: [number, number] | undefined, overrides: Partial<LessonProgress> = {}): LessonProgress =>
	lesson({
		key: 'introduction/quiz',
		lessonId: 'quiz',
		path: ['intro'],
		position: 0,
		quiz: { attempt, ...(best ? { best: { earned: best[0], max: best[1] } } : {}) },
		passed: best !== undefined && best[0] / best[1] >= 0.8,
		...overrides
	});
const quizDone = (attempt: number, earned: number) =>
	quiz(attempt, [earned, 5], {
		status: 'completed',
		path: ['intro', 'q3', 'q1', 'q5', 'q2', 'q4', 'end'],
		position: 6,
		livePhase: 'completed'
	});

describe('mergeProgress(newer, older)', () => {
	it.each<[string, LessonProgress, LessonProgress, LessonProgress]>([
		['a stale wrong answer on an old step changes nothing: the newer place, answers and score stay', aheadInA, wrongInB, aheadInA],
		['a finished lesson stays finished when the older tab was still on the way', finishedLesson, wrongInB, finishedLesson],
		['the older tab finished while the newer restarted: the lesson stays done', restarted, finishedLesson, finishedLesson],
		['the older tab finished while the newer looked back: the finished state wins', lookingBack, finishedLesson, finishedLesson],
		['both finished: the newer', finishedLesson, { ...finishedLesson, updatedAt: '2026-12-01T09:00:30.000Z' }, finishedLesson],
		['a quiz keeps the newer attempt when its best is already the better', quizDone(2, 5), quizDone(1, 3), quizDone(2, 5)],
		[
			'a quiz keeps the newer place (a new attempt under way) and the older, better best and pass',
			quiz(2, [2, 5]),
			quizDone(1, 4),
			{ ...quiz(2, [4, 5]), passed: true }
		],
		[
			'a quiz the older tab finished first counts as done under the newer, unfinished attempt',
			quiz(1, undefined, { path: ['intro', 'q3'], position: 1 }),
			quizDone(1, 2),
			quiz(1, [2, 5], { path: ['intro', 'q3'], position: 1, passed: false })
		],
		[
			'a tie in best score keeps the newer one',
			quizDone(3, 4),
			{ ...quizDone(1, 4), quiz: { attempt: 1, best: { earned: 8, max: 10 } } },
			quizDone(3, 4)
		],
		[
			'the lesson started when the older tab first saved it',
			aheadInA,
			{ ...wrongInB, startedAt: '2026-12-01T08:00:00.000Z' },
			{ ...aheadInA, startedAt: '2026-12-01T08:00:00.000Z' }
		]
	])('%s', (_name, newer, older, expected) => {
		expect(mergeProgress(newer, older)).toEqual(expected);
	});

	it('returns the newer record itself when the older adds nothing, so nothing needs writing', () => {
		expect(mergeProgress(aheadInA, wrongInB)).toBe(aheadInA);
		const best = quizDone(2, 5);
		expect(mergeProgress(best, quizDone(1, 3))).toBe(best);
		const lower = quiz(2, [2, 5]);
		expect(mergeProgress(lower, quizDone(1, 4))).not.toBe(lower);
	});

	// Whatever order two tabs' saves land in, no achievement is lost: a property over every pair.
	const rows = [aheadInA, wrongInB, finishedLesson, restarted, lookingBack];
	const quizzes = [quiz(1, undefined), quiz(2, [2, 5]), quizDone(1, 4), quizDone(2, 5), quizDone(3, 1)];
	const ratio = (p: LessonProgress) => (p.quiz?.best ? p.quiz.best.earned / p.quiz.best.max : -1);
	it.each([...rows.flatMap((a) => rows.map((b) => [a, b] as const)), ...quizzes.flatMap((a) => quizzes.map((b) => [a, b] as const))])(
		'merging %#: done stays done, the best never drops, a pass stays a pass',
		(newer, older) => {
			const merged = mergeProgress(newer, older);
			if (newer.quiz) {
				expect(ratio(merged)).toBe(Math.max(ratio(newer), ratio(older)));
				expect(merged.passed).toBe(Boolean(newer.passed || older.passed));
				expect(merged.quiz!.attempt).toBe(newer.quiz.attempt);
				expect(merged.path).toEqual(newer.path);
			} else {
				expect(merged.livePhase === 'completed').toBe(newer.livePhase === 'completed' || older.livePhase === 'completed');
				// One side's place, whole: never a mix of the two.
				const from = merged.path === older.path ? older : newer;
				expect({ ...merged, startedAt: from.startedAt }).toEqual(from);
			}
			expect(merged.startedAt <= newer.startedAt && merged.startedAt <= older.startedAt).toBe(true);
		}
	);
});
