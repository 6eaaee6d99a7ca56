import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startState, submitAnswer } from '../course/lesson-state';
import { linearLesson } from '../course/test-lessons';
import { courseResult, lmsStatus, type Reporting } from './course-result';
import { answerRecord, interactionFields } from './interaction-record';
import { choiceCharacter, sessionTime12, sessionTime2004 } from './scorm-formats';
import type { CatalogEntry } from './suspend-data';

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
const catalog: CatalogEntry[] = [{ key: 'm/linear', moduleId: 'm', lesson, contentVersion: 'abc' }];

describe('course result and reported status', () => {
	const done = { path: ['intro', 'q', 'tf', 'choose', 'done'], position: 4, livePhase: 'completed' as const };
	const cases: [string, Parameters<typeof courseResult>[1], Reporting, string, string, string, number | null][] = [
		['nothing yet', new Map(), 'passed-incomplete', 'incomplete', 'incomplete', 'unknown', null],
		[
			'complete with every answer right',
			new Map([
				[
					'm/linear',
					{
						...done,
						attempts: { q: [{ answer: 'b', group: 0 }], tf: [{ answer: true, group: 0 }], choose: [{ answer: 'left', group: 0 }] }
					}
				]
			]),
			'passed-incomplete',
			'passed',
			'completed',
			'passed',
			100
		],
		[
			'complete below the pass mark, default reporting',
			new Map([
				[
					'm/linear',
					{
						...done,
						attempts: { q: [{ answer: 'c', group: null }], tf: [{ answer: false, group: null }], choose: [{ answer: 'left', group: 0 }] }
					}
				]
			]),
			'passed-incomplete',
			'incomplete',
			'completed',
			'unknown',
			25
		],
		[
			'complete below the pass mark, passed/failed',
			new Map([
				[
					'm/linear',
					{
						...done,
						attempts: { q: [{ answer: 'c', group: null }], tf: [{ answer: false, group: null }], choose: [{ answer: 'left', group: 0 }] }
					}
				]
			]),
			'passed-failed',
			'failed',
			'completed',
			'failed',
			25
		],
		[
			'complete below the pass mark, completed/incomplete',
			new Map([
				[
					'm/linear',
					{
						...done,
						attempts: { q: [{ answer: 'c', group: null }], tf: [{ answer: false, group: null }], choose: [{ answer: 'left', group: 0 }] }
					}
				]
			]),
			'completed-incomplete',
			'completed',
			'completed',
			'unknown',
			25
		]
	];
	it.each(cases)('%s', (_name, lessons, reporting, lessonStatus, completion, success, score) => {
		const result = courseResult(catalog, lessons, 80);
		expect(result.score).toBe(score);
		expect(lmsStatus(result, reporting)).toEqual({ lessonStatus, completion, success });
	});
});

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
			response: 'a',
			correctResponse: 'b',
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

describe('a module quiz in the LMS completion rule', () => {
	const quiz = { ...linearLesson(), id: 'quiz', quiz: { draw: 3, passMark: 0.8 } };
	const finished = { path: ['intro', 'q', 'tf', 'choose', 'done'], position: 4, livePhase: 'completed' as const };
	const right = { q: [{ answer: 'b', group: 0 }], tf: [{ answer: true, group: 0 }], choose: [{ answer: 'left', group: 0 }] };
	const wrongOnce = { ...right, q: [{ answer: 'a', group: null }] };
	it.each([
		['finished and passed', { ...finished, attempts: right }, true],
		['finished below the mark', { ...finished, attempts: wrongOnce }, false],
		[
			'below the mark now, passed in an earlier attempt',
			{ ...finished, attempts: wrongOnce, quiz: { attempt: 2, best: { earned: 3, max: 3 } } },
			true
		],
		[
			'a new attempt under way after a pass',
			{ path: ['intro'], position: 0, livePhase: 'presenting' as const, attempts: {}, quiz: { attempt: 3, best: { earned: 3, max: 3 } } },
			true
		],
		['never finished', { path: ['intro'], position: 0, livePhase: 'presenting' as const, attempts: {} }, false]
	])('%s', (_name, state, done) => {
		const catalog: CatalogEntry[] = [{ key: 'm/quiz', moduleId: 'm', lesson: quiz, contentVersion: 'abc' }];
		expect(courseResult(catalog, new Map([['m/quiz', state]]), 80).complete).toBe(done);
	});
});
