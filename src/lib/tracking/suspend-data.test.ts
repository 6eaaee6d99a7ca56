import { describe, expect, it } from 'vitest';
import { advance, orderSeed, retry, SEED_LIMIT, startState, submitAnswer, type LessonState } from '../course/lesson-state';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { decodeSuspendData, encodeSuspendData, type CatalogEntry } from './suspend-data';

const lesson = linearLesson();
const catalog: CatalogEntry[] = [
	{ key: 'm/linear', moduleId: 'm', lesson, contentVersion: 'abc123456789' },
	{ key: 'm/other', moduleId: 'm', lesson: { ...lesson, id: 'other' }, contentVersion: 'def123456789' }
];

function play(...moves: (string | boolean | 'continue' | 'retry')[]): LessonState {
	let state = startState(lesson, 777);
	for (const move of moves) {
		if (move === 'continue') state = advance(lesson, state);
		else if (move === 'retry') state = retry(state);
		else state = submitAnswer(lesson, state, move);
	}
	return state;
}

describe('suspend_data codec', () => {
	const states: [string, LessonState][] = [
		['a fresh start', startState(lesson, 5)],
		['feedback after a wrong answer', play('continue', 'a')],
		['a retry', play('continue', 'a', 'retry')],
		['a branch taken', play('continue', 'b', 'continue', true, 'continue', 'left', 'continue')],
		['completed', play('continue', 'b', 'continue', false, 'continue', 'right', 'continue')],
		['looking back', { ...play('continue', 'b', 'continue'), position: 0 }],
		['the smallest seed', startState(lesson, 0)],
		['the largest seed', { ...play('continue', 'a'), seed: SEED_LIMIT - 1 }]
	];

	it.each(states)('round-trips %s exactly', (_name, state) => {
		const encoded = encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', state]]) }, catalog);
		const decoded = decodeSuspendData(encoded, catalog);
		expect(decoded).toEqual({ ok: true, state: { language: 'fr', lessons: new Map([['m/linear', state]]) }, dropped: [] });
	});

	it('writes and reads the D2 format byte for byte (the seed after the look-back count)', () => {
		const state = play('continue', 'a');
		const golden = 'D2ABAq8CCApYBBBAuV';
		expect(encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', state]]) }, catalog)).toBe(golden);
		expect(decodeSuspendData(golden, catalog)).toEqual({
			ok: true,
			state: { language: 'fr', lessons: new Map([['m/linear', state]]) },
			dropped: []
		});
	});

	it('still reads D1 (written before seeds): each lesson gets its derived seed, the same at every read', () => {
		// Written by the D1 codec, before seeds: the state after a wrong first answer.
		const d1 = 'D1ABAq8CCABBBAyT';
		const { seed: _none, ...withoutSeed } = play('continue', 'a');
		const first = decodeSuspendData(d1, catalog);
		const second = decodeSuspendData(d1, catalog);
		const derived = orderSeed(lesson.id, withoutSeed);
		expect(first).toEqual({
			ok: true,
			state: { language: 'fr', lessons: new Map([['m/linear', { ...withoutSeed, seed: derived }]]) },
			dropped: []
		});
		expect(second).toEqual(first);
		expect(derived).toBeLessThan(SEED_LIMIT);
	});

	it('stores a state without a seed (old device progress) with its derived seed', () => {
		const { seed: _none, ...withoutSeed } = play('continue', 'a');
		const encoded = encodeSuspendData({ language: 'en', lessons: new Map([['m/linear', withoutSeed]]) }, catalog);
		const decoded = decodeSuspendData(encoded, catalog);
		expect(decoded.ok && decoded.state.lessons.get('m/linear')?.seed).toBe(orderSeed(lesson.id, withoutSeed));
	});

	it('costs at most four characters per lesson for the seed', () => {
		const state = play('continue', 'a');
		const sizes = [0, SEED_LIMIT - 1].map(
			(seed) => encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', { ...state, seed }]]) }, catalog).length
		);
		expect(sizes[1]! - sizes[0]!).toBe(3);
	});

	it('is ASCII-safe and short', () => {
		const encoded = encodeSuspendData(
			{ language: 'es', lessons: new Map([['m/linear', play('continue', 'b', 'continue', true)]]) },
			catalog
		);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBeLessThan(30);
	});

	it('drops only a lesson whose content changed', () => {
		const state = play('continue', 'a');
		const encoded = encodeSuspendData(
			{
				language: 'en',
				lessons: new Map([
					['m/linear', state],
					['m/other', state]
				])
			},
			catalog
		);
		const changed = [catalog[0]!, { ...catalog[1]!, contentVersion: '999999999999' }];
		const decoded = decodeSuspendData(encoded, changed);
		expect(decoded.ok && [...decoded.state.lessons.keys()]).toEqual(['m/linear']);
		expect(decoded.ok && decoded.dropped).toEqual(['m/other']);
	});

	it.each([
		['empty', ''],
		['another format', '{"lessons":[]}'],
		['garbage', 'D1%%%%'],
		['truncated', encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', play('continue', 'a')]]) }, catalog).slice(0, -3)],
		[
			'one character changed',
			encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', play('continue', 'a')]]) }, catalog).replace(/.$/, (c) =>
				c === 'A' ? 'B' : 'A'
			)
		]
	])('refuses %s without throwing', (_name, text) => {
		expect(decodeSuspendData(text, catalog).ok).toBe(false);
	});
});
