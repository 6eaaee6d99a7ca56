import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressKey, type LessonProgress } from '../course/progress';
import type { Lesson } from '../course/types';
import { createProgressDb, type ProgressDb } from '../progress/progress-db';
import { ProgressRepository } from '../progress/progress-repository';
import { lessonBundle, linearLesson, quizBank } from '../../../tests/fixtures/lessons';
import { LocalTracker } from '../tracking/local-tracker';
import { LessonRun } from './lesson-run.svelte';

// Two tabs of one browser on one lesson: two runs, each with its own connection to one database.

const bundle = lessonBundle;
const stops: (() => void)[] = [];
const repos: ProgressRepository[] = [];
const dbs: ProgressDb[] = [];
let counter = 0;

afterEach(async () => {
	stops.splice(0).forEach((stop) => stop());
	repos.splice(0).forEach((repo) => repo.close());
	const open = dbs.splice(0);
	open.forEach((db) => db.close());
	for (const db of open) await db.delete();
});

function browser() {
	const name = `lesson-run-tabs-${++counter}`;
	/** A tab; a `deaf` one never hears of the other's saves (a lost message), so only the revision check protects it. */
	return async (lesson: Lesson, { deaf = false } = {}) => {
		const db = createProgressDb(name);
		const repo = new ProgressRepository(db);
		dbs.push(db);
		repos.push(repo);
		const tracker = new LocalTracker(repo);
		if (deaf) Object.assign(tracker, { onChange: undefined });
		const run = new LessonRun({ bundle: bundle(lesson), language: 'en', tracker: async () => tracker, describe: String });
		stops.push(run.start());
		await vi.waitFor(() => expect(run.ready).toBe(true));
		return { run, repo };
	};
}

const stored = async (repo: ProgressRepository, lesson: Lesson) => (await repo.get(progressKey('introduction', lesson.id))).value;

describe('LessonRun in two tabs', () => {
	const lesson = linearLesson();

	it('a stale tab’s answer is refused: it shows the other tab’s newer place, says so, and the newer progress stays', async () => {
		const open = browser();
		const a = await open(lesson);
		await a.run.send({ type: 'step.continue' });
		const b = await open(lesson, { deaf: true });
		expect(b.run.where.path).toEqual(['intro', 'q']);

		await a.run.send({ type: 'answer.submit', answer: 'b' });
		await a.run.send({ type: 'step.continue' });
		const ahead = await stored(a.repo, lesson);
		expect(ahead).toMatchObject({ path: ['intro', 'q', 'tf'], score: { earned: 1 } });

		await b.run.send({ type: 'answer.submit', answer: 'a' });
		expect(b.run.changedElsewhere).toBe(true);
		expect([b.run.where.path, b.run.phase, b.run.where.attempts]).toEqual([
			['intro', 'q', 'tf'],
			'presenting',
			{ q: [{ answer: 'b', group: 0 }] }
		]);
		expect(await stored(a.repo, lesson)).toEqual(ahead);

		// From the newest, B goes on as usual, and the notice goes once the learner acts.
		await b.run.send({ type: 'answer.submit', answer: true });
		expect(b.run.changedElsewhere).toBe(false);
		expect(await stored(a.repo, lesson)).toMatchObject({ path: ['intro', 'q', 'tf'], livePhase: 'feedback', score: { earned: 3 } });
	});

	it('an idle tab takes the other tab’s saves by itself, before its learner acts', async () => {
		const open = browser();
		const a = await open(lesson);
		const b = await open(lesson);
		await a.run.send({ type: 'step.continue' });
		await a.run.send({ type: 'answer.submit', answer: 'b' });
		await vi.waitFor(() => expect([b.run.where.path, b.run.phase]).toEqual([['intro', 'q'], 'feedback']));
		expect(b.run.changedElsewhere).toBe(true);
		expect(a.run.changedElsewhere).toBe(false);

		// And the other way round: A hears of B's step and B's save was not refused.
		await b.run.send({ type: 'step.continue' });
		await vi.waitFor(() => expect(a.run.where.path).toEqual(['intro', 'q', 'tf']));
		expect(await stored(a.repo, lesson)).toMatchObject({ path: ['intro', 'q', 'tf'] });
	});

	it('a tab shows the lesson’s start when its progress is erased in another tab, and does not bring it back', async () => {
		const open = browser();
		const a = await open(lesson);
		const b = await open(lesson, { deaf: true });
		await a.run.send({ type: 'step.continue' });
		await b.repo.eraseAll();
		await a.run.send({ type: 'answer.submit', answer: 'b' });
		expect(a.run.where.path).toEqual(['intro']);
		expect(a.run.changedElsewhere).toBe(true);
		expect(await stored(a.repo, lesson)).toBeUndefined();
	});
});

describe('a module quiz in two tabs', () => {
	const quiz = quizBank({ draw: 2, passMark: 0.5 }, ['a', 'b', 'c', 'd']);

	/** Plays the attempt on screen to its end, every answer right or every answer wrong. */
	async function finishAttempt(run: LessonRun, right: boolean) {
		await run.send({ type: 'step.continue' });
		for (let i = 0; i < quiz.quiz.draw && run.phase !== 'completed'; i++) {
			await run.send({ type: 'answer.submit', answer: right });
			await run.send({ type: 'step.continue' });
		}
	}

	it.each([
		['the passing tab finishes first', true],
		['the failing tab finishes first', false]
	])('the best score and the pass never drop: %s', async (_name, passFirst) => {
		const open = browser();
		const a = await open(quiz, { deaf: true });
		const b = await open(quiz, { deaf: true });
		const [first, second] = passFirst ? [a, b] : [b, a];
		const bests: (LessonProgress['quiz'] & object)['best'][] = [];
		const record = async () => bests.push((await stored(a.repo, quiz))?.quiz?.best);

		await finishAttempt(first.run, passFirst);
		await record();
		// The second tab still shows attempt 1's intro: its first step is refused and it shows the finished attempt.
		await second.run.send({ type: 'step.continue' });
		expect(second.run.changedElsewhere).toBe(true);
		expect(second.run.phase).toBe('completed');
		await second.run.newAttempt();
		expect(second.run.where.quiz?.attempt).toBe(2);
		expect(second.run.changedElsewhere).toBe(false);
		await finishAttempt(second.run, !passFirst);
		await record();
		// The first tab, stale in turn, starts another attempt: refused, it shows the newest.
		await first.run.newAttempt();
		expect(first.run.changedElsewhere).toBe(true);
		await record();

		expect(bests.map((b) => b && b.earned / b.max)).toEqual(passFirst ? [1, 1, 1] : [0, 1, 1]);
		expect(await stored(a.repo, quiz)).toMatchObject({ quiz: { attempt: 2, best: { earned: 2, max: 2 } }, passed: true });
		expect(first.run.where.quiz).toEqual({ attempt: 2, best: { earned: 2, max: 2 } });
	});
});
