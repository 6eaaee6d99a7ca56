import type { Lesson, Outcome, SingleChoiceInteraction } from './types';

/** Small lessons built in code for table-driven tests of the pure domain. */

export const outcome = (feedback: string, correct?: boolean, extra: Partial<Outcome> = {}): Outcome => ({ feedback, correct, ...extra });

export function singleChoice(overrides: Partial<SingleChoiceInteraction> = {}): SingleChoiceInteraction {
	return {
		type: 'singleChoice',
		choices: ['a', 'b', 'c'],
		answerGroups: [
			{ rules: [{ type: 'equals', value: 'b' }], outcome: outcome('right', true) },
			{ rules: [{ type: 'equals', value: 'a' }], outcome: outcome('myth', false, { misconception: 'myth-a' }) }
		],
		defaultOutcome: outcome('other', false),
		next: 'done',
		maxAttempts: 2,
		points: 1,
		hint: false,
		...overrides
	};
}

export function linearLesson(): Lesson {
	return {
		id: 'linear',
		schemaVersion: 1,
		estimatedMinutes: 5,
		sensitive: false,
		initialStepId: 'intro',
		references: [{ id: 'r', publisher: 'P', title: 'T', year: '2020', url: 'https://example.org' }],
		steps: {
			intro: { id: 'intro', interaction: { type: 'continue', next: 'q' } },
			q: { id: 'q', interaction: singleChoice({ next: 'tf' }) },
			tf: {
				id: 'tf',
				interaction: {
					type: 'trueFalse',
					answerGroups: [{ rules: [{ type: 'equals', value: true }], outcome: outcome('right', true) }],
					defaultOutcome: outcome('wrong', false),
					next: 'choose',
					maxAttempts: 1,
					points: 2,
					hint: false
				}
			},
			choose: {
				id: 'choose',
				interaction: {
					type: 'scenarioChoice',
					points: 1,
					options: [
						{ id: 'left', outcome: { feedback: 'left', next: 'left-step', correct: true } },
						{ id: 'right', outcome: { feedback: 'right', next: 'done' } }
					]
				}
			},
			'left-step': { id: 'left-step', interaction: { type: 'continue', next: 'done' } },
			done: { id: 'done', interaction: { type: 'end' } }
		}
	};
}
