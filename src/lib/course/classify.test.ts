import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { outcome, singleChoice } from '../../../tests/fixtures/lessons';
import type { AnswerableInteraction, Answer } from './types';

const multi: AnswerableInteraction = {
	type: 'multipleResponse',
	choices: ['x', 'y', 'z'],
	answerGroups: [
		{ rules: [{ type: 'equalsSet', values: ['x', 'y'] }], outcome: outcome('exact', true) },
		{ rules: [{ type: 'containsAll', values: ['x', 'z'] }], outcome: outcome('xz', false) },
		{ rules: [{ type: 'containsAny', values: ['z'] }], outcome: outcome('has-z', false, { misconception: 'z-myth' }) }
	],
	defaultOutcome: outcome('default', false),
	next: 'done',
	maxAttempts: 1,
	points: 1,
	hint: false
};

const trueFalse: AnswerableInteraction = {
	type: 'trueFalse',
	answerGroups: [{ rules: [{ type: 'equals', value: false }], outcome: outcome('right', true) }],
	defaultOutcome: outcome('wrong', false),
	next: 'done',
	maxAttempts: 1,
	points: 1,
	hint: false
};

const scenario: AnswerableInteraction = {
	type: 'scenarioChoice',
	points: 1,
	options: [
		{ id: 'ask', outcome: { feedback: 'ask', next: 'a' } },
		{ id: 'wait', outcome: { feedback: 'wait', next: 'b' } }
	]
};

describe('classify', () => {
	const cases: [string, AnswerableInteraction, Answer, string, number | null][] = [
		['single: the correct choice', singleChoice(), 'b', 'right', 0],
		['single: a tagged wrong choice', singleChoice(), 'a', 'myth', 1],
		['single: an untagged choice falls to the default', singleChoice(), 'c', 'other', null],
		['multi: exactly the set', multi, ['y', 'x'], 'exact', 0],
		['multi: a superset is not the exact set', multi, ['x', 'y', 'z'], 'xz', 1],
		['multi: first matching group wins over later ones', multi, ['z', 'x'], 'xz', 1],
		['multi: contains any', multi, ['y', 'z'], 'has-z', 2],
		['multi: nothing matches', multi, ['y'], 'default', null],
		['true/false: false is right', trueFalse, false, 'right', 0],
		['true/false: true is the default', trueFalse, true, 'wrong', null],
		['scenario: each option has its outcome', scenario, 'wait', 'wait', 1]
	];
	it.each(cases)('%s', (_name, interaction, answer, feedback, group) => {
		const result = classify(interaction, answer);
		expect(result.outcome.feedback).toBe(feedback);
		expect(result.group).toBe(group);
	});

	it('refuses an option a scenario does not have', () => {
		expect(() => classify(scenario, 'run')).toThrow(/not an option/);
	});
});
