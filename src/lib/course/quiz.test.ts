import { describe, expect, it } from 'vitest';
import { drawQuestions, drawQuiz, quizResult, quizSeed } from './quiz';
import { checkQuizBank } from './quiz.authoring';
import { advance, startState, submitAnswer } from './lesson-state';
import { quizBank, quizQuestion } from '../../../tests/fixtures/lessons';

const bank = quizBank({ draw: 4, passMark: 0.75 });

describe('module quiz', () => {
	it('draws the same questions for the same attempt, and others for the next', () => {
		const first = drawQuestions(bank, quizSeed('m', 1));
		expect(first).toHaveLength(4);
		expect(new Set(first).size).toBe(4);
		expect(drawQuestions(bank, quizSeed('m', 1))).toEqual(first);
		const later = [2, 3, 4, 5].map((n) => drawQuestions(bank, quizSeed('m', n)).join());
		expect(later.some((draw) => draw !== first.join())).toBe(true);
	});

	it('plays an attempt as a chain: intro, the drawn questions, the end', () => {
		const drawn = drawQuiz(bank, 7);
		const order = drawQuestions(bank, 7);
		expect(Object.keys(drawn.steps).sort()).toEqual([...order, 'intro', 'results'].sort());
		expect(drawn.steps.intro!.interaction).toMatchObject({ next: order[0] });
		expect(drawn.steps[order[3]!]!.interaction).toMatchObject({ next: 'results' });
	});

	it.each([
		['all right', [true, true, true, true], 4, true],
		['exactly the mark', [true, true, true, false], 3, true],
		['below the mark', [true, true, false, false], 2, false]
	])('scores an attempt: %s', (_name, answers, earned, passed) => {
		const drawn = drawQuiz(bank, 3);
		let state = advance(drawn, startState(drawn));
		for (const answer of answers) state = advance(drawn, submitAnswer(drawn, state, answer));
		expect(state.livePhase).toBe('completed');
		expect(quizResult({ ...drawn, quiz: bank.quiz }, state)).toMatchObject({ earned, max: 4, passed });
	});

	it.each([
		['a bank smaller than the draw', { ...bank, quiz: { draw: 9, passMark: 0.8 } }, 'quiz.draw'],
		[
			'a question with two attempts',
			{ ...bank, steps: { ...bank.steps, a: { ...quizQuestion('a'), interaction: { ...quizQuestion('a').interaction, maxAttempts: 2 } } } },
			'steps.a.interaction.maxAttempts'
		],
		[
			'a question that leads elsewhere',
			{ ...bank, steps: { ...bank.steps, a: { ...quizQuestion('a'), interaction: { ...quizQuestion('a').interaction, next: 'b' } } } },
			'steps.a.interaction'
		]
	])('refuses %s', (_name, lesson, path) => {
		expect(checkQuizBank(lesson as typeof bank).map((i) => i.path)).toContain(path);
	});

	it('accepts a well-formed bank', () => expect(checkQuizBank(bank)).toEqual([]));
});
