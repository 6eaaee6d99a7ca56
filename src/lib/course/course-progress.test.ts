import { describe, expect, it } from 'vitest';
import { continueTarget, moduleProgress } from './course-progress';
import type { LessonProgress } from './progress';

const outline = {
	modules: [
		{ id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] },
		{ id: 'm2', lessons: [{ id: 'c' }] }
	]
};

const row = (moduleId: string, lessonId: string, status: 'in-progress' | 'completed', updatedAt: string) =>
	[`${moduleId}/${lessonId}`, { moduleId, lessonId, status, updatedAt } as LessonProgress] as const;

describe('course progress', () => {
	it('counts completed lessons per module', () => {
		const rows = new Map([row('m1', 'a', 'completed', '1'), row('m1', 'b', 'in-progress', '2')]);
		expect(moduleProgress(outline, rows, 'm1')).toEqual({ done: 1, total: 2 });
		expect(moduleProgress(outline, rows, 'm2')).toEqual({ done: 0, total: 1 });
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
