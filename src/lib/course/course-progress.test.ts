import { describe, expect, it } from 'vitest';
import { continueTarget, courseStanding, moduleStanding } from './course-progress';
import type { LessonProgress } from './progress';

const outline = {
	modules: [
		{ id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] },
		{ id: 'm2', lessons: [{ id: 'c' }] }
	]
};

const row = (moduleId: string, lessonId: string, status: 'in-progress' | 'completed', updatedAt: string) =>
	[
		`${moduleId}/${lessonId}`,
		{ moduleId, lessonId, status, livePhase: status === 'completed' ? 'completed' : 'presenting', updatedAt } as LessonProgress
	] as const;

describe('course progress', () => {
	it('counts completed lessons per module', () => {
		const rows = new Map([row('m1', 'a', 'completed', '1'), row('m1', 'b', 'in-progress', '2')]);
		expect(moduleStanding(outline, rows, 'm1')).toMatchObject({ done: 1, total: 2, complete: false });
		expect(moduleStanding(outline, rows, 'm2')).toMatchObject({ done: 0, total: 1 });
	});

	it.each([
		['nothing started', [], undefined],
		[
			'the latest unfinished lesson',
			[row('m1', 'a', 'in-progress', '2'), row('m2', 'c', 'in-progress', '1')],
			{ moduleId: 'm1', lessonId: 'a' }
		],
		['the next lesson after the latest completed one', [row('m1', 'a', 'completed', '3')], { moduleId: 'm1', lessonId: 'b' }],
		[
			'wraps around to an earlier unfinished lesson',
			[row('m1', 'a', 'in-progress', '1'), row('m2', 'c', 'completed', '5'), row('m1', 'b', 'completed', '4')],
			{ moduleId: 'm1', lessonId: 'a' }
		],
		[
			'nothing when all are done',
			[row('m1', 'a', 'completed', '1'), row('m1', 'b', 'completed', '2'), row('m2', 'c', 'completed', '3')],
			undefined
		]
	] as const)('continue: %s', (_name, rows, expected) => {
		expect(continueTarget(outline, new Map(rows))).toEqual(expected);
	});
});

describe('module and course standing', () => {
	const withQuiz = {
		modules: [
			{ id: 'm1', lessons: [{ id: 'a' }, { id: 'quiz', quiz: { draw: 5, passMark: 0.8 } }] },
			{ id: 'm2', lessons: [{ id: 'c' }] }
		]
	};
	const quizRow = (earned: number) =>
		[
			'm1/quiz',
			{
				moduleId: 'm1',
				lessonId: 'quiz',
				status: 'completed',
				livePhase: 'completed',
				updatedAt: '9',
				quiz: { attempt: 2, best: { earned, max: 10 } }
			} as LessonProgress
		] as const;
	const done = (m: string, l: string, misconceptions: string[] = []) =>
		[
			`${m}/${l}`,
			{ moduleId: m, lessonId: l, status: 'completed', livePhase: 'completed', updatedAt: '1', misconceptions } as unknown as LessonProgress
		] as const;

	it.each([
		['lessons done, quiz not taken', [done('m1', 'a'), done('m2', 'c')], false, undefined],
		['lessons done, quiz failed', [done('m1', 'a'), done('m2', 'c'), quizRow(6)], false, 60],
		['quiz passed, a lesson left', [done('m2', 'c'), quizRow(8)], false, 80],
		['everything done and passed', [done('m1', 'a'), done('m2', 'c'), quizRow(9)], true, 90]
	] as const)('%s', (_name, rows, complete, bestPercent) => {
		const standing = courseStanding(withQuiz, new Map(rows));
		expect(standing.complete).toBe(complete);
		expect(standing.modules[0]!.quiz?.bestPercent).toBe(bestPercent);
		expect(standing.modules[0]!.total).toBe(1);
	});

	it('collects the myths met across a module, each once', () => {
		const rows = new Map([done('m1', 'a', ['x', 'y']), done('m1', 'quiz', ['y', 'z'])]);
		expect(moduleStanding(withQuiz, rows, 'm1').myths).toEqual(['x', 'y', 'z']);
	});
});
