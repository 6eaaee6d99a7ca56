import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toProgress, type LessonProgress } from '../course/progress';
import { orderSeed, startState } from '../course/lesson-state';
import { drawQuestions, quizSeed } from '../course/quiz';
import { lessonBundle, linearLesson, quizBank } from '../../../tests/fixtures/lessons';
import type { Lesson } from '../course/types';
import { createProgressDb } from '../progress/progress-db';
import { ProgressRepository } from '../progress/progress-repository';
import type { AnswerRecord } from '../tracking/interaction-record';
import { LocalTracker } from '../tracking/local-tracker';
import type { ReadResult, Tracker } from '../tracking/tracker';
import { LessonRun, type LessonRunOptions } from './lesson-run.svelte';
import { LessonSession } from './lesson-session.svelte';

/** The real port, kept in memory, remembering every save in order. */
class FakeTracker implements Tracker {
	readonly kind = 'device' as const;
	readonly saves: { progress: LessonProgress; answered?: AnswerRecord }[] = [];
	failSaves = false;
	constructor(
		private stored: LessonProgress | undefined = undefined,
		private readonly setAside = 0
	) {}
	async get(): Promise<ReadResult<LessonProgress | undefined>> {
		return { value: this.stored, setAside: this.setAside };
	}
	async all(): Promise<ReadResult<LessonProgress[]>> {
		return { value: this.stored ? [this.stored] : [], setAside: 0 };
	}
	async save(progress: LessonProgress, answered?: AnswerRecord) {
		if (this.failSaves) throw new Error('disk full');
		this.saves.push({ progress, answered });
		this.stored = progress;
	}
	resumePath = () => undefined;
	preferredLanguage = () => undefined;
	useLanguage = () => {};
	learnerName = () => undefined;
	notice = () => null;
	onNotice = () => () => {};
	finish = async () => {};
	// Data controls: not the lesson run's business.
	exportData = () => Promise.reject(new Error('not used'));
	eraseData = async () => {};
	getSetting = async () => undefined;
	setSetting = async () => {};
}

/** A clock the test moves by hand. */
function clock(start = Date.parse('2026-12-01T09:00:00.000Z')) {
	let now = start;
	return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const bundle = lessonBundle;

/** Progress stored at the lesson's start, as before seeds (none). */
const progressOf = (lesson: Lesson) =>
	toProgress(lesson, startState(lesson), {
		moduleId: 'introduction',
		contentVersion: 'v1',
		language: 'fr',
		now: '2026-11-30T10:00:00.000Z'
	});

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function started(tracker: Tracker, lesson: Lesson = linearLesson(), options: Partial<LessonRunOptions> = {}) {
	const run = new LessonRun({
		bundle: bundle(lesson),
		language: 'en',
		tracker: async () => tracker,
		describe: (stepId) => `Title of ${stepId}`,
		...options
	});
	stops.push(run.start());
	await vi.waitFor(() => expect(run.ready).toBe(true));
	return run;
}

describe('LessonRun', () => {
	it.each<[string, Partial<LessonProgress> | undefined, number]>([
		['nothing stored: the fresh seed', undefined, 31],
		['a start stored with its seed: that seed, not a fresh one', { seed: 7 }, 7],
		['a start stored before seeds (no order shown yet): the fresh seed', {}, 31],
		[
			'progress stored before seeds, further on: its derived seed',
			{ path: ['intro', 'q'], position: 1, livePhase: 'feedback', attempts: { q: [{ answer: 'a', group: 1 }] } },
			-1
		]
	])('knows the option order once stored progress is known, %s', async (_name, stored, expected) => {
		const lesson = linearLesson();
		const tracker = new FakeTracker(stored && { ...progressOf(lesson), ...stored });
		const run = new LessonRun({
			bundle: bundle(lesson),
			language: 'en',
			tracker: async () => tracker,
			describe: String,
			freshSeed: () => 31
		});
		expect(run.seed).toBeUndefined();
		stops.push(run.start());
		await vi.waitFor(() => expect(run.ready).toBe(true));
		expect(run.seed).toBe(expected === -1 ? orderSeed(lesson.id, { ...progressOf(lesson), ...stored }) : expected);
	});

	it('shows the lesson’s start before stored progress is known', () => {
		const run = new LessonRun({ bundle: bundle(linearLesson()), language: 'en', tracker: () => new Promise(() => {}), describe: String });
		expect(run.ready).toBe(false);
		expect(run.where.path).toEqual(['intro']);
		expect(run.phase).toBe('presenting');
	});

	it('starts a fresh lesson at its first step and saves nothing until the learner acts', async () => {
		const tracker = new FakeTracker();
		const run = await started(tracker);
		expect(run.where.path).toEqual(['intro']);
		expect(tracker.saves).toEqual([]);
	});

	it('resumes stored progress at its step and phase, and passes on how many records were set aside', async () => {
		const lesson = linearLesson();
		const stored = toProgress(
			lesson,
			{ path: ['intro', 'q'], position: 1, livePhase: 'feedback', attempts: { q: [{ answer: 'a', group: 1 }] } },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'fr', now: '2026-11-30T10:00:00.000Z' }
		);
		const run = await started(new FakeTracker(stored, 2), lesson);
		expect(run.where.path).toEqual(['intro', 'q']);
		expect(run.phase).toBe('feedback');
		expect(run.setAside).toBe(2);
		expect(run.resumeRefused).toBe(false);
	});

	it('starts afresh, and says so, when stored progress no longer fits the lesson', async () => {
		const lesson = linearLesson();
		const stored = toProgress(
			lesson,
			{ path: ['intro', 'q'], position: 1, livePhase: 'presenting', attempts: {} },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'en', now: '2026-11-30T10:00:00.000Z' }
		);
		const run = await started(new FakeTracker({ ...stored, path: ['intro', 'removed-step'] }), lesson);
		expect(run.where.path).toEqual(['intro']);
		expect(run.resumeRefused).toBe(true);
	});

	it('saves each step, and with an answer what an LMS records of it, latency measured from when the step showed', async () => {
		const tracker = new FakeTracker();
		const time = clock();
		const run = await started(tracker, linearLesson(), { now: time.now });
		time.advance(3_000);
		await run.send({ type: 'step.continue' });
		time.advance(12_500);
		await run.send({ type: 'answer.submit', answer: 'a' });

		expect(tracker.saves.map((s) => s.progress.path)).toEqual([
			['intro', 'q'],
			['intro', 'q']
		]);
		expect(tracker.saves[0]!.answered).toBeUndefined();
		const answered = tracker.saves[1]!.answered!;
		expect(answered).toMatchObject({
			id: 'introduction.linear.q',
			response: { kind: 'ids', ids: ['a'] },
			result: 'incorrect',
			latencyMs: 12_500,
			description: 'Title of q'
		});
		expect(answered.at.toISOString()).toBe('2026-12-01T09:00:15.500Z');
		expect(run.phase).toBe('feedback');
		expect(run.where.attempts.q).toEqual([{ answer: 'a', group: 1 }]);
	});

	it('keeps the time the lesson was first started on every later save', async () => {
		const tracker = new FakeTracker();
		const time = clock();
		const run = await started(tracker, linearLesson(), { now: time.now });
		await run.send({ type: 'step.continue' });
		time.advance(60_000);
		await run.send({ type: 'answer.submit', answer: 'b' });
		expect(tracker.saves.map((s) => s.progress.startedAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z']);
		expect(tracker.saves[1]!.progress.updatedAt).toBe('2026-12-01T09:01:00.000Z');
	});

	it('still shows the answer when saving fails, and says so', async () => {
		const tracker = new FakeTracker();
		const run = await started(tracker);
		tracker.failSaves = true;
		await run.send({ type: 'step.continue' });
		expect(run.saveFailed).toBe(true);
		expect(run.where.path).toEqual(['intro', 'q']);
	});

	it('stopped before storage answers, it never starts a session', async () => {
		let open!: (tracker: Tracker) => void;
		const run = new LessonRun({
			bundle: bundle(linearLesson()),
			language: 'en',
			tracker: () => new Promise((resolve) => (open = resolve)),
			describe: String
		});
		const stop = run.start();
		stop();
		open(new FakeTracker());
		await new Promise((r) => setTimeout(r, 0));
		expect(run.ready).toBe(false);
	});

	it('resumes, after a reload, what was saved on the device (IndexedDB)', async () => {
		const repo = new ProgressRepository(createProgressDb('lesson-run-test'));
		const first = await started(new LocalTracker(repo));
		await first.send({ type: 'step.continue' });
		await first.send({ type: 'answer.submit', answer: 'b' });
		const again = await started(new LocalTracker(repo));
		expect(again.where).toMatchObject({ path: ['intro', 'q'], livePhase: 'feedback', attempts: { q: [{ answer: 'b', group: 0 }] } });
	});
});

function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A run whose storage and session code arrive when the test says so, as on a slow phone. */
function slowRun(lesson: Lesson = linearLesson(), options: Partial<LessonRunOptions> = {}) {
	const storage = deferred<Tracker>();
	const code = deferred<typeof LessonSession>();
	const run = new LessonRun({
		bundle: bundle(lesson),
		language: 'en',
		tracker: () => storage.promise,
		sessions: () => code.promise,
		describe: (stepId) => `Title of ${stepId}`,
		...options
	});
	return { run, openStorage: storage.resolve, loadCode: () => code.resolve(LessonSession) };
}

describe('LessonRun before storage and the session code have loaded', () => {
	it('is waiting until started, then starting, then ready', async () => {
		const { run, openStorage, loadCode } = slowRun();
		expect(run.state).toBe('waiting');
		stops.push(run.start());
		expect(run.state).toBe('starting');
		loadCode();
		await settle();
		expect(run.state).toBe('starting');
		openStorage(new FakeTracker());
		await vi.waitFor(() => expect(run.state).toBe('ready'));
	});

	it('takes what the learner does at once, shows it, and saves it in order once storage opens', async () => {
		const tracker = new FakeTracker();
		const time = clock();
		const { run, openStorage, loadCode } = slowRun(linearLesson(), { now: time.now });
		stops.push(run.start());
		// Before the session code: queued, then played.
		await run.send({ type: 'step.continue' });
		expect(run.where.path).toEqual(['intro']);
		loadCode();
		await vi.waitFor(() => expect(run.where.path).toEqual(['intro', 'q']));
		time.advance(4_000);
		await run.send({ type: 'answer.submit', answer: 'b' });
		expect(run.phase).toBe('feedback');
		expect(tracker.saves).toEqual([]);

		openStorage(tracker);
		await vi.waitFor(() => expect(tracker.saves).toHaveLength(2));
		expect(tracker.saves.map((s) => s.progress.livePhase)).toEqual(['presenting', 'feedback']);
		expect(tracker.saves[1]!.answered).toMatchObject({
			id: 'introduction.linear.q',
			response: { kind: 'ids', ids: ['b'] },
			result: 'correct',
			latencyMs: 4_000
		});
		expect(run.ready).toBe(true);
	});

	it('moves to stored progress that is further on, and never writes the start screen over it', async () => {
		const lesson = linearLesson();
		const stored = toProgress(
			lesson,
			{ path: ['intro', 'q', 'tf'], position: 2, livePhase: 'presenting', attempts: { q: [{ answer: 'b', group: 0 }] } },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'en', now: '2026-11-30T10:00:00.000Z' }
		);
		const tracker = new FakeTracker(stored);
		const { run, openStorage, loadCode } = slowRun(lesson);
		stops.push(run.start());
		loadCode();
		await vi.waitFor(() => expect(run.where.path).toEqual(['intro']));
		await run.send({ type: 'step.continue' });
		await run.send({ type: 'answer.submit', answer: 'a' });

		openStorage(tracker);
		await vi.waitFor(() => expect(run.ready).toBe(true));
		expect(run.where.path).toEqual(['intro', 'q', 'tf']);
		await settle();
		expect(tracker.saves).toEqual([]);
		await run.send({ type: 'answer.submit', answer: true });
		expect(tracker.saves.map((s) => s.progress.path)).toEqual([['intro', 'q', 'tf']]);
	});

	it('holds the page while it moves to stored progress elsewhere, and only then', async () => {
		const lesson = linearLesson();
		const further = toProgress(
			lesson,
			{ path: ['intro', 'q'], position: 1, livePhase: 'presenting', attempts: {} },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'en', now: '2026-11-30T10:00:00.000Z' }
		);
		const events: string[] = [];
		const hold = async () => {
			events.push(`hold at ${run.where.path.join('>')}`);
			return () => events.push(`release at ${run.where.path.join('>')}`);
		};
		const { run, openStorage, loadCode } = slowRun(lesson, { hold });
		stops.push(run.start());
		loadCode();
		openStorage(new FakeTracker(further));
		await vi.waitFor(() => expect(run.ready).toBe(true));
		expect(events).toEqual(['hold at intro', 'release at intro>q']);

		const fresh = slowRun(lesson, { hold: async () => (events.push('held a fresh start'), () => {}) });
		stops.push(fresh.run.start());
		fresh.loadCode();
		fresh.openStorage(new FakeTracker());
		await vi.waitFor(() => expect(fresh.run.ready).toBe(true));
		expect(events).not.toContain('held a fresh start');
	});

	it('continues stored progress that is still at the start, keeping when the lesson was first started', async () => {
		const lesson = linearLesson();
		const stored = toProgress(
			lesson,
			{ path: ['intro'], position: 0, livePhase: 'presenting', attempts: {} },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'en', now: '2026-11-01T08:00:00.000Z' }
		);
		const tracker = new FakeTracker(stored);
		const { run, openStorage, loadCode } = slowRun(lesson);
		stops.push(run.start());
		loadCode();
		await vi.waitFor(() => expect(run.where).toBeDefined());
		await settle();
		await run.send({ type: 'step.continue' });
		openStorage(tracker);
		await vi.waitFor(() => expect(tracker.saves).toHaveLength(1));
		expect(tracker.saves[0]!.progress).toMatchObject({ path: ['intro', 'q'], startedAt: '2026-11-01T08:00:00.000Z' });
		expect(run.where.path).toEqual(['intro', 'q']);
	});

	it('still saves what was done when the learner leaves before storage opens', async () => {
		const tracker = new FakeTracker();
		const { run, openStorage, loadCode } = slowRun();
		const stop = run.start();
		loadCode();
		await settle();
		await run.send({ type: 'step.continue' });
		stop();
		openStorage(tracker);
		await vi.waitFor(() => expect(tracker.saves.map((s) => s.progress.path)).toEqual([['intro', 'q']]));
	});
});

describe('LessonRun with a module quiz', () => {
	const quiz = quizBank({ draw: 2, passMark: 0.5 });
	const drawn = (run: LessonRun) => Object.keys(run.lesson.steps).filter((id) => id !== 'intro' && id !== 'results');

	it('draws attempt 1 from its seed, and a new attempt draws from the next seed and keeps the best score', async () => {
		const tracker = new FakeTracker();
		const seeds: number[] = [];
		const seed = (moduleId: string, attempt: number) => (seeds.push(attempt), quizSeed(moduleId, attempt));
		const run = await started(tracker, quiz, { quizSeed: seed });
		expect(run.offersNewAttempt).toBe(true);
		expect(drawn(run).sort()).toEqual(drawQuestions(quiz, quizSeed('introduction', 1)).sort());

		await run.send({ type: 'step.continue' });
		for (let i = 0; i < 2; i++) {
			await run.send({ type: 'answer.submit', answer: i === 0 });
			await run.send({ type: 'step.continue' });
		}
		expect(run.phase).toBe('completed');
		expect(tracker.saves.at(-1)!.progress.quiz).toEqual({ attempt: 1, best: { earned: 1, max: 2 } });

		await run.newAttempt();
		expect(seeds.at(-1)).toBe(2);
		expect(drawn(run).sort()).toEqual(drawQuestions(quiz, quizSeed('introduction', 2)).sort());
		expect(run.where.path).toEqual(['intro']);
		// Half right reaches the 50 % mark: starting another attempt must not take the pass away.
		expect(tracker.saves.at(-1)!.progress).toMatchObject({
			path: ['intro'],
			quiz: { attempt: 2, best: { earned: 1, max: 2 } },
			passed: true
		});
	});

	it('orders the options by a fresh seed per attempt, and by the stored one on resume', async () => {
		const tracker = new FakeTracker();
		let next = 100;
		const freshSeed = () => next++;
		const first = await started(tracker, quiz, { freshSeed });
		const seed = first.seed!;
		expect(tracker.saves.at(-1)?.progress.seed ?? seed).toBe(seed);
		await first.send({ type: 'step.continue' });
		expect(tracker.saves.at(-1)!.progress.seed).toBe(seed);
		const again = await started(tracker, quiz, { freshSeed });
		expect(again.seed).toBe(seed);
		await again.newAttempt();
		expect(again.seed).not.toBe(seed);
		expect(tracker.saves.at(-1)!.progress.seed).toBe(again.seed);
	});

	it('resumes a stored attempt with the questions that attempt drew', async () => {
		const tracker = new FakeTracker();
		const first = await started(tracker, quiz);
		await first.newAttempt();
		await first.newAttempt();
		const again = await started(tracker, quiz);
		expect(again.where.quiz?.attempt).toBe(3);
		expect(drawn(again).sort()).toEqual(drawQuestions(quiz, quizSeed('introduction', 3)).sort());
	});
});

describe('LessonRun with a sensitive lesson', () => {
	const sensitive = { ...linearLesson(), sensitive: true };

	it('opens on the content note until the learner goes on', async () => {
		const run = await started(new FakeTracker(), sensitive);
		expect(run.showsContentNote).toBe(true);
		run.acceptContentNote();
		expect(run.showsContentNote).toBe(false);
	});

	it('skips the note for a learner who had already moved past the start', async () => {
		const stored = toProgress(
			sensitive,
			{ path: ['intro', 'q'], position: 1, livePhase: 'presenting', attempts: {} },
			{ moduleId: 'introduction', contentVersion: 'v1', language: 'en', now: '2026-11-30T10:00:00.000Z' }
		);
		expect((await started(new FakeTracker(stored), sensitive)).showsContentNote).toBe(false);
	});

	it('never shows a note on a lesson that needs none', async () => {
		expect((await started(new FakeTracker())).showsContentNote).toBe(false);
	});
});
