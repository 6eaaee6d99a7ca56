import { describe, expect, it } from 'vitest';
import { checkLessonGraph } from './lesson-graph';
import { linearLesson, outcome, singleChoice } from '../../../tests/fixtures/lessons';
import type { Lesson } from './types';

function withSteps(change: (lesson: Lesson) => void): Lesson {
	const lesson = structuredClone(linearLesson());
	change(lesson);
	return lesson;
}

describe('checkLessonGraph', () => {
	it('accepts a sound lesson', () => {
		expect(checkLessonGraph(linearLesson())).toEqual([]);
	});

	const cases: [string, Lesson, { path: string; message: RegExp }][] = [
		[
			'a missing target',
			withSteps((l) => (l.steps.intro!.interaction = { type: 'continue', next: 'nowhere' })),
			{ path: 'steps.intro.interaction', message: /"nowhere", which does not exist/ }
		],
		['a missing initial step', withSteps((l) => (l.initialStepId = 'start')), { path: 'initialStepId', message: /does not exist/ }],
		[
			'an unreachable step',
			withSteps((l) => (l.steps.orphan = { id: 'orphan', interaction: { type: 'continue', next: 'done' } })),
			{ path: 'steps.orphan', message: /cannot be reached/ }
		],
		[
			'a step from which no end is reachable',
			withSteps((l) => {
				l.steps['left-step']!.interaction = { type: 'continue', next: 'loop' };
				l.steps.loop = { id: 'loop', interaction: { type: 'continue', next: 'left-step' } };
			}),
			{ path: 'steps.loop', message: /no end can be reached/ }
		],
		[
			'a correct outcome that loops to itself',
			withSteps((l) => {
				l.steps.q!.interaction = singleChoice({
					next: 'tf',
					answerGroups: [{ rules: [{ type: 'equals', value: 'b' }], outcome: outcome('right', true, { next: 'q' }) }]
				});
			}),
			{ path: 'steps.q.interaction', message: /correct outcome .* loops back/ }
		],
		[
			'no end step at all',
			withSteps((l) => {
				l.steps.done!.interaction = { type: 'continue', next: 'intro' };
			}),
			{ path: 'steps', message: /no end step/ }
		]
	];

	it.each(cases)('reports %s with its path', (_name, lesson, expected) => {
		const issues = checkLessonGraph(lesson);
		expect(issues).toContainEqual({ path: expected.path, message: expect.stringMatching(expected.message) });
	});
});
