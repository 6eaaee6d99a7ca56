import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startState, submitAnswer } from '../course/lesson-state';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { answerRecord, interactionFields } from './interaction-record';
import { choiceCharacter, sessionTime12, sessionTime2004 } from './scorm-formats';

describe('session time formats', () => {
	it.each([
		[0, '0000:00:00.00', 'PT0S'],
		[50, '0000:00:00.05', 'PT0.05S'],
		[3_250, '0000:00:03.25', 'PT3.25S'],
		[65_000, '0000:01:05.00', 'PT1M5S'],
		[3_903_250, '0001:05:03.25', 'PT1H5M3.25S'],
		[7_200_000, '0002:00:00.00', 'PT2H']
	])('%i ms → %s and %s', (ms, v12, v2004) => {
		expect(sessionTime12(ms)).toBe(v12);
		expect(sessionTime2004(ms)).toBe(v2004);
		expect(v12).toMatch(/^([0-9]+):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/);
		expect(v2004).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
	});
});

describe('choice characters (SCORM 1.2)', () => {
	it.each([
		[0, '0'],
		[9, '9'],
		[10, 'a'],
		[35, 'z']
	])('%i → %s', (i, c) => expect(choiceCharacter(i)).toBe(c));
	it('refuses a 37th choice', () => expect(() => choiceCharacter(36)).toThrow());
});

const lesson = linearLesson();

describe('interaction records are accepted by a real SCORM runtime', () => {
	const answered = submitAnswer(lesson, { ...startState(lesson), path: ['intro', 'q'], position: 1 }, 'a');
	const record = answerRecord('introduction', lesson, 'q', answered.attempts.q![0]!, {
		latencyMs: 12_340,
		at: new Date(2026, 10, 29, 14, 5, 9),
		description: 'Step q'
	})!;

	it('describes the answer', () => {
		expect(record).toMatchObject({
			id: 'introduction.linear.q',
			type: 'choice',
			sources: ['a', 'b', 'c'],
			response: { kind: 'ids', ids: ['a'] },
			correctResponse: { kind: 'ids', ids: ['b'] },
			result: 'incorrect',
			weighting: 1
		});
	});

	it('writes SCORM 1.2 fields that scorm-again accepts', () => {
		const fields = interactionFields('1.2', record, 0);
		expect(Object.fromEntries(fields)).toMatchObject({
			'cmi.interactions.0.id': 'introduction.linear.q',
			'cmi.interactions.0.type': 'choice',
			'cmi.interactions.0.student_response': '0',
			'cmi.interactions.0.correct_responses.0.pattern': '1',
			'cmi.interactions.0.result': 'wrong',
			'cmi.interactions.0.latency': '0000:00:12.34',
			'cmi.interactions.0.time': '14:05:09'
		});
		const api = new Scorm12API({ logLevel: 5 });
		api.lmsInitialize();
		for (const [element, value] of fields) expect([element, api.lmsSetValue(element, value)]).toEqual([element, 'true']);
	});

	it('writes SCORM 2004 fields that scorm-again accepts', () => {
		const fields = interactionFields('2004', record, 0);
		expect(Object.fromEntries(fields)).toMatchObject({
			'cmi.interactions.0.learner_response': 'a',
			'cmi.interactions.0.result': 'incorrect',
			'cmi.interactions.0.latency': 'PT12.34S',
			'cmi.interactions.0.timestamp': '2026-11-29T14:05:09'
		});
		const api = new Scorm2004API({ logLevel: 5 });
		api.lmsInitialize();
		for (const [element, value] of fields) expect([element, api.lmsSetValue(element, value)]).toEqual([element, 'true']);
	});
});
