import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load-content';
import { isAnswerable, specFor } from '../../src/lib/course/interactions';
import { advance, canAdvance, canRetry, liveStepId, retry, startState, submitAnswer } from '../../src/lib/course/lesson-state';
import { drawQuiz, isQuiz, quizResult } from '../../src/lib/course/quiz';
import { hashString } from '../../src/lib/course/random';
import { shownLists, startOrderOf } from '../../src/lib/course/shuffle';
import { orderSolution } from '../../src/lib/course/interactions/ordering';
import type { Answer, Interaction, Lesson } from '../../src/lib/course/types';

const course = loadCourse('modules');
const quizzes = course.modules.flatMap((m) =>
	m.lessons
		.map((l) => l.lesson)
		.filter(isQuiz)
		.map((quiz) => ({ id: `${m.definition.id}/${quiz.id}`, quiz }))
);

describe('shownLists: the keyed option lands in each place about equally often', () => {
	const choices = ['a', 'b', 'c', 'd'];
	const interaction = { type: 'singleChoice', choices, answerGroups: [], next: 'x' } as unknown as Interaction;
	// Fixed seeds 0..3999: the counts are the same on every run, so the bound cannot flake.
	const counts = [0, 0, 0, 0];
	for (let seed = 0; seed < 4000; seed++) counts[shownLists(interaction, seed, 'q1').choices!.indexOf('a')]!++;
	it.each(counts.map((count, place) => ({ place, count })))('place $place holds it $count times of 4000 (1000 ± 10%)', ({ count }) => {
		expect(Math.abs(count - 1000)).toBeLessThan(100);
	});
	it('keeps a pinned option in its written place', () => {
		const pinned = { ...interaction, pinned: ['d'] } as Interaction;
		for (let seed = 0; seed < 200; seed++) expect(shownLists(pinned, seed, 'q1').choices![3]).toBe('d');
	});
	it('gives the same order for the same seed and step, another for another step', () => {
		expect(shownLists(interaction, 7, 'q1')).toEqual(shownLists(interaction, 7, 'q1'));
		const orders = new Set(Array.from({ length: 20 }, (_, i) => shownLists(interaction, 7, `q${i}`).choices!.join()));
		expect(orders.size).toBeGreaterThan(5);
	});
});

describe('startOrderOf: an ordering question never starts solved', () => {
	it.each<[string, string[], string[] | undefined, string[]]>([
		['a shown order that is not the solution stays', ['b', 'a', 'c'], ['a', 'b', 'c'], ['b', 'a', 'c']],
		['the solution itself: the first item goes last', ['a', 'b', 'c'], ['a', 'b', 'c'], ['b', 'c', 'a']],
		['two items in solution order are swapped', ['x', 'y'], ['x', 'y'], ['y', 'x']],
		['no solution (a survey): as shown', ['a', 'b'], undefined, ['a', 'b']],
		['one item: nothing to move', ['a'], ['a'], ['a']]
	])('%s', (_name, shown, solution, start) => {
		expect(startOrderOf(shown, solution)).toEqual(start);
	});
});

/** The answer of a learner who always takes what is shown first: the first option, the first target, the order as shown. */
function firstShown(interaction: Interaction, seed: number, stepId: string, shuffle: boolean): Answer {
	const written = specFor(interaction);
	const shown =
		shuffle || !written.answerable || !written.shuffled ? shownLists(interaction, seed, stepId) : written.shuffled(interaction).lists;
	const q = interaction as Interaction & Record<string, unknown>;
	switch (interaction.type) {
		case 'singleChoice':
			return shown.choices![0]!;
		case 'multipleResponse':
			return [shown.choices![0]!];
		case 'trueFalse':
			return true;
		case 'ordering':
			// Shuffled: as the Ordering component starts it (the shown order, never the solution).
			return shuffle ? startOrderOf(shown.items!, orderSolution(interaction)) : shown.items!;
		case 'matching':
		case 'categorise': {
			const targets = (interaction.type === 'matching' ? q.targets : q.categories) as string[];
			return Object.fromEntries(shown.items!.map((item) => [item, targets[0]!]));
		}
		default:
			throw new Error(`no first-option answer for ${interaction.type} at ${stepId}`);
	}
}

function firstOptionAttempt(quiz: Lesson & { quiz: NonNullable<Lesson['quiz']> }, seed: number, shuffle = true) {
	const lesson = drawQuiz(quiz, hashString(`draw:${seed}`));
	let state = startState(lesson);
	for (let guard = 0; guard < 200 && state.livePhase !== 'completed'; guard++) {
		const stepId = liveStepId(state);
		const interaction = lesson.steps[stepId]!.interaction;
		if (state.livePhase === 'presenting' && isAnswerable(interaction))
			state = submitAnswer(lesson, state, firstShown(interaction, seed, stepId, shuffle));
		else if (canAdvance(lesson, state)) state = advance(lesson, state);
		else if (canRetry(lesson, state)) state = retry(state);
		else break;
	}
	expect(state.livePhase).toBe('completed');
	return quizResult(quiz, state);
}

describe('a learner who always picks the first shown option', () => {
	it('finds three module quizzes', () => expect(quizzes).toHaveLength(3));
	it('…would pass the Module 3 quiz with the options as written (the test can tell)', () => {
		const m3 = quizzes.find((q) => q.id.startsWith('case-studies'))!;
		expect(firstOptionAttempt(m3.quiz, 1, false).passed).toBe(true);
	});
	it.each(quizzes)('passes no attempt of $id in 1,000 seeded attempts', ({ id, quiz }) => {
		let passed = 0;
		let ratio = 0;
		for (let seed = 0; seed < 1000; seed++) {
			const result = firstOptionAttempt(quiz, seed);
			if (result.passed) passed++;
			ratio += result.ratio;
		}
		console.log(`${id}: first-option learner passed ${passed}/1000 (${(passed / 10).toFixed(1)}%), mean score ${(ratio / 10).toFixed(1)}%`);
		expect(passed).toBe(0);
	});
});
