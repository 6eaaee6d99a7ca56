import { describe, expect, it } from 'vitest';
import type { LessonState } from '../course/lesson-state';
import { linearLesson, singleChoice } from '../../../tests/fixtures/lessons';
import type { Lesson } from '../course/types';
import type { LessonPhase } from './lesson-machine';
import { isAtStart, mythsShown, playerView } from './player-view';

const lesson = linearLesson();
const state = (overrides: Partial<LessonState>): LessonState => ({
	path: ['intro'],
	position: 0,
	livePhase: 'presenting',
	attempts: {},
	...overrides
});
const atQuestion = (attempts: LessonState['attempts'], livePhase: LessonState['livePhase'] = 'feedback') =>
	state({ path: ['intro', 'q'], position: 1, livePhase, attempts });

describe('playerView', () => {
	it.each<[string, LessonState, LessonPhase, Partial<ReturnType<typeof playerView>>]>([
		[
			'a continue step',
			state({}),
			'presenting',
			{ answerable: false, composing: false, showFeedback: false, actions: { back: false, retry: false, continue: true, restart: false } }
		],
		[
			'a question not yet answered',
			atQuestion({}, 'presenting'),
			'presenting',
			{
				answerable: true,
				composing: true,
				showFeedback: false,
				attemptsLeft: 2,
				actions: { back: true, retry: false, continue: false, restart: false }
			}
		],
		[
			'a wrong answer with an attempt left',
			atQuestion({ q: [{ answer: 'a', group: 1 }] }),
			'feedback',
			{
				composing: false,
				showFeedback: true,
				verdict: 'incorrect',
				retryable: true,
				attemptsLeft: 1,
				reveal: false,
				actions: { back: true, retry: true, continue: true, restart: false }
			}
		],
		[
			'a wrong answer with no attempt left',
			atQuestion({
				q: [
					{ answer: 'a', group: 1 },
					{ answer: 'c', group: null }
				]
			}),
			'feedback',
			{
				verdict: 'incorrect',
				retryable: false,
				attemptsLeft: 0,
				reveal: true,
				actions: { back: true, retry: false, continue: true, restart: false }
			}
		],
		['a right answer', atQuestion({ q: [{ answer: 'b', group: 0 }] }), 'feedback', { verdict: 'correct', retryable: false, reveal: true }],
		[
			'an answered question looked back at',
			state({ path: ['intro', 'q', 'tf'], position: 1, attempts: { q: [{ answer: 'a', group: 1 }] } }),
			'reviewing',
			{ showFeedback: true, retryable: false, reveal: true, actions: { back: true, retry: false, continue: true, restart: false } }
		],
		[
			'the end',
			state({ path: ['intro', 'q', 'tf', 'choose', 'right', 'done'].filter((s) => s !== 'right'), position: 4, livePhase: 'completed' }),
			'completed',
			{ isEnd: true, actions: { back: true, retry: false, continue: false, restart: true } }
		]
	])('%s', (_, where, phase, expected) => {
		expect(playerView(lesson, where, phase)).toMatchObject(expected);
	});

	it('counts steps to the end along the path taken, never fewer than reached', () => {
		expect(playerView(lesson, state({}), 'presenting').progress).toEqual({ current: 1, total: 5 });
		const left = state({ path: ['intro', 'q', 'tf', 'choose', 'left-step'], position: 4 });
		expect(playerView(lesson, left, 'presenting').progress).toEqual({ current: 5, total: 6 });
	});

	it('keys the draft answer to the step, its attempts and the phase, and focus to the step', () => {
		const first = playerView(lesson, atQuestion({}, 'presenting'), 'presenting');
		const answered = playerView(lesson, atQuestion({ q: [{ answer: 'a', group: 1 }] }), 'feedback');
		expect(first.placeKey).toBe(answered.placeKey);
		expect(first.draftKey).not.toBe(answered.draftKey);
	});

	it('scores the points of questions reached, right on their last attempt', () => {
		const where = state({
			path: ['intro', 'q', 'tf'],
			position: 2,
			attempts: {
				q: [
					{ answer: 'a', group: 1 },
					{ answer: 'b', group: 0 }
				]
			}
		});
		expect(playerView(lesson, where, 'presenting').score).toEqual({ earned: 1, max: 3 });
	});

	it('offers a hint only where the question has one', () => {
		const hinted: Lesson = { ...lesson, steps: { ...lesson.steps, q: { id: 'q', interaction: singleChoice({ next: 'tf', hint: true }) } } };
		expect(playerView(hinted, atQuestion({}, 'presenting'), 'presenting').hint).toBe(true);
		expect(playerView(lesson, atQuestion({}, 'presenting'), 'presenting').hint).toBe(false);
	});
});

describe('isAtStart', () => {
	it('is true only before the learner moved or answered', () => {
		expect(isAtStart(state({}))).toBe(true);
		expect(isAtStart(atQuestion({}, 'presenting'))).toBe(false);
	});
});

describe('mythsShown', () => {
	it('names the module’s myths met on a wrong answer, corrected when a later answer was right', () => {
		const myths = [
			{ id: 'myth-a', myth: 'A', fact: 'not A' },
			{ id: 'myth-z', myth: 'Z', fact: 'not Z' }
		];
		expect(mythsShown(lesson, atQuestion({ q: [{ answer: 'a', group: 1 }] }), myths)).toEqual([{ ...myths[0], corrected: false }]);
		const corrected = atQuestion({
			q: [
				{ answer: 'a', group: 1 },
				{ answer: 'b', group: 0 }
			]
		});
		expect(mythsShown(lesson, corrected, myths)).toEqual([{ ...myths[0], corrected: true }]);
	});
});
