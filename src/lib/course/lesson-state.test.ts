import { describe, expect, it } from 'vitest';
import {
	advance,
	canAdvance,
	canRetry,
	goBack,
	isLookingBack,
	lessonScore,
	misconceptionsMet,
	orderSeed,
	restartSeed,
	restoreState,
	SEED_LIMIT,
	retry,
	startState,
	submitAnswer,
	type LessonState
} from './lesson-state';
import { linearLesson } from '../../../tests/fixtures/lessons';

const lesson = linearLesson();

function play(...moves: ({ answer: string | boolean } | 'continue' | 'retry' | 'back')[]): LessonState {
	let state = startState(lesson);
	for (const move of moves) {
		if (move === 'continue') state = advance(lesson, state);
		else if (move === 'retry') state = retry(state);
		else if (move === 'back') state = goBack(state);
		else state = submitAnswer(lesson, state, move.answer);
	}
	return state;
}

describe('lesson state', () => {
	it('starts on the initial step, presenting', () => {
		expect(startState(lesson)).toEqual({ path: ['intro'], position: 0, livePhase: 'presenting', attempts: {} });
	});

	it('records an answer and shows feedback before moving on', () => {
		const state = play('continue', { answer: 'a' });
		expect(state.livePhase).toBe('feedback');
		expect(state.attempts.q).toEqual([{ answer: 'a', group: 1 }]);
	});

	it.each([
		['a wrong answer with attempts left', ['continue', { answer: 'a' }], true],
		['a right answer', ['continue', { answer: 'b' }], false],
		['a wrong answer with no attempts left', ['continue', { answer: 'a' }, 'retry', { answer: 'c' }], false]
	] as const)('retry after %s: %s', (_name, moves, expected) => {
		expect(canRetry(lesson, play(...(moves as never as Parameters<typeof play>)))).toBe(expected);
	});

	it('follows the scenario option to its own step', () => {
		const state = play('continue', { answer: 'b' }, 'continue', { answer: true }, 'continue', { answer: 'left' }, 'continue');
		expect(state.path.at(-1)).toBe('left-step');
	});

	it('reaches the end and completes', () => {
		const state = play('continue', { answer: 'b' }, 'continue', { answer: true }, 'continue', { answer: 'right' }, 'continue');
		expect(state.path.at(-1)).toBe('done');
		expect(state.livePhase).toBe('completed');
	});

	it('cannot continue from an unanswered question', () => {
		expect(canAdvance(lesson, play('continue'))).toBe(false);
	});

	it('looks back without losing the live step, then returns to it', () => {
		const back = play('continue', { answer: 'b' }, 'back');
		expect(isLookingBack(back)).toBe(true);
		expect(back.livePhase).toBe('feedback');
		const returned = advance(lesson, back);
		expect(returned.position).toBe(1);
		expect(isLookingBack(returned)).toBe(false);
	});

	it.each([
		['nothing answered', [], { earned: 0, max: 0 }],
		['one right', ['continue', { answer: 'b' }], { earned: 1, max: 1 }],
		['right after a retry earns the points', ['continue', { answer: 'a' }, 'retry', { answer: 'b' }], { earned: 1, max: 1 }],
		['a wrong true/false worth 2', ['continue', { answer: 'b' }, 'continue', { answer: false }], { earned: 1, max: 3 }],
		[
			'an unscored scenario option still counts the step',
			['continue', { answer: 'b' }, 'continue', { answer: true }, 'continue', { answer: 'right' }],
			{ earned: 3, max: 4 }
		]
	] as const)('score: %s', (_name, moves, expected) => {
		expect(lessonScore(lesson, play(...(moves as never as Parameters<typeof play>)))).toEqual(expected);
	});

	it('lists the misconceptions met, once each', () => {
		expect(misconceptionsMet(lesson, play('continue', { answer: 'a' }, 'retry', { answer: 'a' }))).toEqual(['myth-a']);
	});

	describe('the option order seed', () => {
		const { seed: _none, ...unseeded } = play('continue', { answer: 'a' });
		it.each<[string, LessonState, number]>([
			['a fresh start keeps the seed it was given', startState(lesson, 42), 42],
			['a stored seed is kept on restore', restoreState(lesson, { ...unseeded, seed: 9 })!, 9],
			['progress stored before seeds gets its derived seed', restoreState(lesson, unseeded)!, orderSeed(lesson.id, unseeded)],
			['the same old progress, restored again, gets the same seed', restoreState(lesson, unseeded)!, orderSeed(lesson.id, unseeded)]
		])('%s', (_name, state, seed) => {
			expect(state.seed).toBe(seed);
			expect(state.seed).toBeLessThan(SEED_LIMIT);
		});

		it('derives another seed for each quiz attempt of old progress, and for each restart', () => {
			expect(orderSeed(lesson.id, { ...unseeded, quiz: { attempt: 2 } })).not.toBe(
				orderSeed(lesson.id, { ...unseeded, quiz: { attempt: 1 } })
			);
			const seeds = new Set<number>([5]);
			let state = startState(lesson, 5);
			for (let i = 0; i < 5; i++) {
				state = startState(lesson, restartSeed(lesson.id, state));
				seeds.add(state.seed!);
			}
			expect(seeds.size).toBe(6);
		});
	});

	describe('restoreState', () => {
		it('restores a state that fits, re-classifying stored answers', () => {
			const stored = play('continue', { answer: 'a' });
			const tampered = { ...stored, attempts: { q: [{ answer: 'a', group: 7 }] } };
			expect(restoreState(lesson, tampered)?.attempts.q).toEqual([{ answer: 'a', group: 1 }]);
		});

		it.each([
			['a step that no longer exists', { ...startState(lesson), path: ['intro', 'gone'], position: 1 }],
			['a path that does not start at the initial step', { ...startState(lesson), path: ['q'] }],
			['a position past the path', { ...startState(lesson), position: 3 }],
			['an answer that is no longer a choice', { ...play('continue', { answer: 'a' }), attempts: { q: [{ answer: 'zz', group: 0 }] } }],
			['feedback without an answer', { ...play('continue'), livePhase: 'feedback' as const }]
		])('refuses %s', (_name, stored) => {
			expect(restoreState(lesson, stored)).toBeUndefined();
		});
	});
});
