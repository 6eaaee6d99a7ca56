import { describe, expect, it } from 'vitest';
import { checkTextParity, lessonTextKeys } from './text-keys';
import { linearLesson } from '../../../tests/fixtures/lessons';

describe('lessonTextKeys', () => {
	it('derives every key from the structure', () => {
		const keys = lessonTextKeys(linearLesson()).map((k) => k.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'title',
				'summary',
				'intro.title',
				'intro.body',
				'q.choices.a',
				'q.feedback.right',
				'q.feedback.myth',
				'q.feedback.other',
				'tf.feedback.wrong',
				'choose.choices.left',
				'choose.feedback.right',
				'done.body'
			])
		);
		expect(keys).not.toContain('contentNote');
		expect(keys).not.toContain('q.hint');
	});

	it('asks for a content note on a sensitive lesson', () => {
		expect(lessonTextKeys({ ...linearLesson(), sensitive: true }).map((k) => k.key)).toContain('contentNote');
	});
});

describe('checkTextParity', () => {
	const required = [
		{ key: 'title', kind: 'inline' as const },
		{ key: 'q.body', kind: 'block' as const }
	];
	const cases: [string, Record<string, unknown>, { key: string; message: string }[]][] = [
		['complete', { title: 'T', 'q.body': 'B' }, []],
		['a missing key', { title: 'T' }, [{ key: 'q.body', message: 'is missing' }]],
		[
			'an extra key',
			{ title: 'T', 'q.body': 'B', 'q.bdy': 'typo' },
			[{ key: 'q.bdy', message: 'is not used by the structure (extra key)' }]
		],
		['an empty string', { title: '  ', 'q.body': 'B' }, [{ key: 'title', message: 'is empty' }]],
		['a nested object', { title: { x: 1 }, 'q.body': 'B' }, [{ key: 'title', message: 'must be a string' }]]
	];
	it.each(cases)('%s', (_name, text, expected) => {
		expect(checkTextParity(required, text)).toEqual(expected);
	});
});
