import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonCatalog, loadCourse } from '../content/load-content';
import { advance, retry, startState, submitAnswer, type LessonState } from '../course/lesson-state';
import { linearLesson } from '../../../tests/fixtures/lessons';
import { decodeSuspendData, encodeSuspendData, PLAN_TEXT_BYTES, worstCaseState, type CatalogEntry } from './suspend-data';

const lesson = linearLesson();
const catalog: CatalogEntry[] = [
	{ key: 'm/linear', moduleId: 'm', lesson, contentVersion: 'abc123456789' },
	{ key: 'm/other', moduleId: 'm', lesson: { ...lesson, id: 'other' }, contentVersion: 'def123456789' }
];

function play(...moves: (string | boolean | 'continue' | 'retry')[]): LessonState {
	let state = startState(lesson);
	for (const move of moves) {
		if (move === 'continue') state = advance(lesson, state);
		else if (move === 'retry') state = retry(state);
		else state = submitAnswer(lesson, state, move);
	}
	return state;
}

describe('suspend_data codec', () => {
	const states: [string, LessonState][] = [
		['a fresh start', startState(lesson)],
		['feedback after a wrong answer', play('continue', 'a')],
		['a retry', play('continue', 'a', 'retry')],
		['a branch taken', play('continue', 'b', 'continue', true, 'continue', 'left', 'continue')],
		['completed', play('continue', 'b', 'continue', false, 'continue', 'right', 'continue')],
		['looking back', { ...play('continue', 'b', 'continue'), position: 0 }]
	];

	it.each(states)('round-trips %s exactly', (_name, state) => {
		const encoded = encodeSuspendData({ language: 'fr', lessons: new Map([['m/linear', state]]) }, catalog);
		const decoded = decodeSuspendData(encoded, catalog);
		expect(decoded).toEqual({ ok: true, state: { language: 'fr', lessons: new Map([['m/linear', state]]) }, dropped: [] });
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

	it('fits the worst case of the whole course well inside SCORM 1.2’s 4,096 characters', () => {
		const course = loadCourse(resolve('modules'));
		const full: CatalogEntry[] = lessonCatalog(course);
		const worst = worstCaseState(full);
		const encoded = encodeSuspendData(worst, full);
		console.log(`worst-case suspend_data: ${encoded.length} characters for ${full.length} lessons`);
		// 1.2 allows 4,096: the worst case (every answer, every attempt, a full capstone plan) keeps a margin.
		expect(encoded.length).toBeLessThan(3500);
		const decoded = decodeSuspendData(encoded, full);
		expect(decoded.ok).toBe(true);
	});
});

describe('suspend_data for the new answer kinds', () => {
	const course = loadCourse(resolve('modules'));
	const catalog: CatalogEntry[] = lessonCatalog(course);

	it('round-trips matching, categorise, ordering, both labs, a capstone plan and a quiz attempt', () => {
		const state = worstCaseState(catalog);
		const decoded = decodeSuspendData(encodeSuspendData(state, catalog), catalog);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		for (const entry of catalog) {
			const before = state.lessons.get(entry.key)!;
			const after = decoded.state.lessons.get(entry.key)!;
			for (const [stepId, attempts] of Object.entries(before.attempts)) {
				const type = entry.lesson.steps[stepId]!.interaction.type;
				const last = (list: { answer: unknown }[]) => list[list.length - 1]!.answer;
				if (type === 'capstonePlan') {
					// Plan texts travel cut to a budget; ticks travel whole.
					const plan = last(after.attempts[stepId]!) as Record<string, string | string[]>;
					expect(new TextEncoder().encode(plan.problem as string).length).toBeLessThanOrEqual(PLAN_TEXT_BYTES);
					expect(plan.risks).toEqual((last(attempts) as Record<string, string[]>).risks);
				} else
					expect(
						after.attempts[stepId]!.map((a) => a.answer),
						`${entry.key} ${stepId}`
					).toEqual(attempts.map((a) => a.answer));
			}
			expect(after.quiz).toEqual(before.quiz);
		}
	});
});
