import { lastAttempt, liveStepId, orderSeed, startState, toSeed, type LessonState, type QuizAttempt } from '../course/lesson-state';
import { progressKey, toProgress, type LessonProgress } from '../course/progress';
import { bestQuizScore, drawQuiz, isQuiz, nextQuizAttempt, quizSeed } from '../course/quiz';
import type { Language, Lesson } from '../course/types';
import type { LessonBundle } from '../content/bundle';
import { answerRecord, type AnswerRecord } from '../tracking/interaction-record';
import type { SaveOutcome } from '../progress/progress-repository';
import type { Tracker } from '../tracking/tracker';
import type { LessonEvent, LessonPhase } from './lesson-machine';
import type { LessonSession } from './lesson-session.svelte';
import { isAtStart } from './player-view';

export interface LessonRunOptions {
	bundle: LessonBundle;
	language: Language;
	/** The progress port, asked for when the run starts (in the browser only). */
	tracker: () => Promise<Tracker>;
	/** A step's title as plain text: an LMS shows it beside the answer. */
	describe: (stepId: string) => string;
	/** The clock: answer latency and the times progress records. */
	now?: () => Date;
	/** A quiz attempt's seed: the same attempt number draws the same questions, after a reload too. */
	quizSeed?: (moduleId: string, attempt: number) => number;
	/** A new attempt's seed for the order of options: fresh randomness (a test passes its own). */
	freshSeed?: () => number;
	/** The session code (the lesson machine, xstate), loaded when the run starts: the first step shows without it. */
	sessions?: () => Promise<typeof LessonSession>;
	/**
	 * Called before the run moves from the start screen to stored progress elsewhere; the move
	 * waits for it, then calls what it returns. The page hides what the move would shift.
	 */
	hold?: () => Promise<() => void>;
}

/**
 * Where a run is. `waiting`: not started (the prerendered page, or no JavaScript); `starting`: in
 * the browser, the learner can act, stored progress is still being read; `ready`: the session
 * plays from stored progress and every state is on disk before it shows.
 */
export type RunState = 'waiting' | 'starting' | 'ready';

/** What one save writes: the lesson's progress and, after an answer, what an LMS records of it. */
interface Write {
	progress: LessonProgress;
	answered?: AnswerRecord;
}

/** 20 random bits from the platform's generator (fresh, unlike the seeded ones in course/random). */
const freshSeed = () => toSeed(crypto.getRandomValues(new Uint32Array(1))[0]!);

const loadSessions = () => import('./lesson-session.svelte').then((m) => m.LessonSession);

/**
 * One learner playing one lesson. The lesson's first step is on screen before anything loads
 * (prerendered); once started, the learner can act at once: events wait for the session code,
 * saves wait for storage (both load after the first paint), in order. When stored progress turns
 * out to point elsewhere, it wins: the run moves there and drops what was done on the start
 * screen meanwhile, rather than overwrite further progress. Module quizzes draw each attempt's
 * questions here. Routes create a run from their data and call `start()` in an effect.
 */
export class LessonRun {
	readonly #options: Required<LessonRunOptions>;
	readonly #bank: Lesson;
	#lesson: Lesson = $state.raw() as Lesson;
	#session: LessonSession | null = $state.raw(null);
	#state: RunState = $state('waiting');
	#setAside = $state(0);
	#noteAccepted = $state(false);
	#writeFailed = $state(false);
	#Session: typeof LessonSession | undefined;
	/** Events sent before the session code arrived, for the start screen. */
	#pending: LessonEvent[] = [];
	/** Saves go one after another, each once storage is open, and only for the session that made it. */
	#writes: Promise<void> = Promise.resolve();
	#generation = 0;
	#storage: Tracker | undefined;
	#openStorage!: (tracker: Tracker) => void;
	readonly #storageOpen = new Promise<Tracker>((resolve) => (this.#openStorage = resolve));
	#stepShownAt = 0;
	#startedAt: string | undefined;
	/** The stored revision the session builds on; undefined when the tracker keeps none. */
	#revision: number | undefined;
	#changedElsewhere = $state(false);

	constructor(options: LessonRunOptions) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock reading, never mutated or watched
		this.#options = { now: () => new Date(), quizSeed, freshSeed, sessions: loadSessions, hold: async () => () => {}, ...options };
		this.#bank = options.bundle.lesson;
		this.#lesson = this.#draw(this.#firstQuizAttempt());
	}

	get state(): RunState {
		return this.#state;
	}

	/** Stored progress is known and the session plays from it. */
	get ready(): boolean {
		return this.#state === 'ready';
	}

	/** The lesson being played: for a quiz, the questions this attempt drew. */
	get lesson(): Lesson {
		return this.#lesson;
	}

	get phase(): LessonPhase {
		if (this.#session) return this.#session.phase;
		return this.where.livePhase === 'completed' ? 'completed' : 'presenting';
	}

	/** Where the learner is; the lesson's start until a session plays. */
	get where(): LessonState {
		if (this.#session) return this.#session.context;
		const quiz = this.#firstQuizAttempt();
		return { ...startState(this.#lesson), ...(quiz ? { quiz } : {}) };
	}

	/**
	 * The seed the options are ordered by, once a session plays (a fresh one, or the stored one
	 * when stored progress is further on or at a start with its own seed: the run then moves there
	 * as for any stored progress). Before, on the prerendered page, the order is not known: the page
	 * keeps the options' place but hides them, so nothing jumps when it arrives.
	 */
	get seed(): number | undefined {
		return this.#session ? orderSeed(this.#bank.id, this.#session.context) : undefined;
	}

	get saveFailed(): boolean {
		return this.#writeFailed || (this.#session?.saveFailed ?? false);
	}

	/** Stored progress did not fit the lesson any more (its content changed): the lesson starts afresh. */
	get resumeRefused(): boolean {
		return this.#session?.context.resumeRefused ?? false;
	}

	/**
	 * Another tab saved this lesson since this one last read it: the run now shows the newest
	 * progress (what this tab tried to save was not written over it). Until the learner acts again.
	 */
	get changedElsewhere(): boolean {
		return this.#changedElsewhere;
	}

	/** Stored records found unreadable and set aside while opening. */
	get setAside(): number {
		return this.#setAside;
	}

	/** A sensitive lesson opens on its content note, until the learner goes on or has moved past the start. */
	get showsContentNote(): boolean {
		return this.#bank.sensitive && !this.#noteAccepted && isAtStart(this.where);
	}

	acceptContentNote() {
		this.#noteAccepted = true;
	}

	/** Module quizzes offer a new attempt with newly drawn questions. */
	get offersNewAttempt(): boolean {
		return isQuiz(this.#bank);
	}

	/**
	 * Loads the session code and opens storage, both at once; plays from the start meanwhile, then
	 * from stored progress. Returns the function that stops the run (saves already made still land).
	 */
	start(): () => void {
		let stopped = false;
		this.#state = 'starting';
		const sessions = this.#options.sessions();
		const stored = this.#options.tracker().then(async (tracker) => ({ tracker, read: await tracker.get(this.#key) }));
		void sessions.then((Session) => {
			this.#Session = Session;
			if (!stopped && !this.#session && this.#state === 'starting') this.#playFromStart();
		});
		let stopListening = () => {};
		void Promise.all([sessions, stored]).then(async ([, { tracker, read }]) => {
			const resume = read.value;
			this.#storage = tracker;
			this.#revision = read.revision;
			if (resume) this.#startedAt = resume.startedAt;
			if (resume && !this.#continuesFrom(resume)) {
				// Stored progress is further on: what was done on the start screen is not written over it.
				this.#generation++;
				this.#pending = [];
				if (!stopped) {
					const release = await this.#options.hold();
					if (!stopped) this.#play(isQuiz(this.#bank) ? (resume.quiz ?? { attempt: 1 }) : undefined, resume);
					release();
				}
			}
			this.#openStorage(tracker);
			if (stopped) return;
			this.#setAside = read.setAside;
			this.#state = 'ready';
			stopListening = tracker.onChange?.((key) => (key === null || key === this.#key ? this.#refresh() : undefined)) ?? stopListening;
		});
		return () => {
			stopped = true;
			stopListening();
			this.#session?.stop();
			this.#session = null;
		};
	}

	/** Acts now when the session plays, else as soon as it does. */
	send(event: LessonEvent): Promise<void> {
		this.#changedElsewhere = false;
		if (this.#session) return this.#session.send(event);
		this.#pending.push(event);
		return Promise.resolve();
	}

	/** A quiz's "Try again": the next attempt draws other questions and keeps the best score. */
	newAttempt(): Promise<void> {
		this.#changedElsewhere = false;
		const context = this.#session?.context;
		if (!context?.quiz) return Promise.resolve();
		// The best score lives in stored progress, not in the session: carry it into the next attempt.
		const best = bestQuizScore(this.#lesson, context);
		this.#play(nextQuizAttempt({ attempt: context.quiz.attempt, ...(best ? { best } : {}) }), undefined);
		return this.#session!.saveNow();
	}

	get #key() {
		return progressKey(this.#options.bundle.moduleId, this.#bank.id);
	}

	/** Another tab changed this lesson: once this tab's saves are done, it shows the newest progress. */
	#refresh() {
		const written = this.#writes.then(async () => {
			const read = await this.#storage!.get(this.#key);
			if (read.revision !== undefined && read.revision !== this.#revision) this.#showNewest(read.value, read.revision);
		});
		this.#writes = written.catch(() => {});
	}

	/**
	 * The newest stored progress replaces what this tab shows (the start when it was erased): the
	 * session is played again from it, and saves still queued from the old one are dropped.
	 */
	#showNewest(newest: LessonProgress | undefined, revision: number) {
		this.#generation++;
		this.#pending = [];
		this.#revision = revision;
		this.#startedAt = newest?.startedAt;
		this.#play(isQuiz(this.#bank) ? (newest?.quiz ?? { attempt: 1 }) : undefined, newest);
		this.#changedElsewhere = true;
	}

	/** What a save came to: the revision it is now at, or (stale) the newest progress to show. */
	#saved(outcome: SaveOutcome | void) {
		if (!outcome) return;
		if (outcome.saved) this.#revision = outcome.revision;
		else this.#showNewest(outcome.current, outcome.revision);
	}

	#firstQuizAttempt(): QuizAttempt | undefined {
		return isQuiz(this.#bank) ? { attempt: 1 } : undefined;
	}

	/**
	 * Stored progress that the start screen simply continues: nothing done yet, the same quiz
	 * attempt, and no other seed (a stored seed wins, so the order stays the same on reload; a start
	 * stored before seeds never showed an order, and takes the fresh one).
	 */
	#continuesFrom(stored: LessonProgress): boolean {
		const first = this.#firstQuizAttempt();
		const seed = this.#session?.context.seed;
		return (
			isAtStart(stored) &&
			stored.position === 0 &&
			JSON.stringify(stored.quiz) === JSON.stringify(first) &&
			(stored.seed === undefined || stored.seed === seed)
		);
	}

	#playFromStart() {
		this.#play(this.#firstQuizAttempt(), undefined);
		const pending = this.#pending.splice(0);
		void pending.reduce((done, event) => done.then(() => this.#session?.send(event)), Promise.resolve());
	}

	#draw(quiz: QuizAttempt | undefined): Lesson {
		const bank = this.#bank;
		return isQuiz(bank) && quiz ? drawQuiz(bank, this.#options.quizSeed(this.#options.bundle.moduleId, quiz.attempt)) : bank;
	}

	#play(quiz: QuizAttempt | undefined, resume: LessonProgress | undefined) {
		const lesson = this.#draw(quiz);
		this.#lesson = lesson;
		this.#session?.stop();
		this.#stepShownAt = this.#options.now().getTime();
		const seed = this.#options.freshSeed();
		this.#session = new this.#Session!({ lesson, resume, quiz, seed }, (snapshot, event) => this.#save(lesson, snapshot.context, event));
	}

	/**
	 * Queues a state's save. Once storage is open the caller waits for it (on disk before it
	 * shows); before, the learner goes on and the save lands when storage opens.
	 */
	#save(lesson: Lesson, state: LessonState, event: LessonEvent | undefined): Promise<void> {
		const write = this.#write(lesson, state, event);
		const generation = this.#generation;
		const written = this.#writes.then(async () => {
			const tracker = await this.#storageOpen;
			if (generation !== this.#generation) return;
			// The lesson's first start: stored progress may know an earlier one than the start screen.
			this.#saved(await tracker.save({ ...write.progress, startedAt: this.#startedAt! }, write.answered, this.#revision));
		});
		this.#writes = written.catch(() => void (this.#writeFailed = true));
		return this.#storage ? written : Promise.resolve();
	}

	/** What a save writes; a new step restarts the answer clock. */
	#write(lesson: Lesson, state: LessonState, event: LessonEvent | undefined): Write {
		const { bundle, language, describe } = this.#options;
		const now = this.#options.now();
		this.#startedAt ??= now.toISOString();
		const progress = toProgress(lesson, state, {
			moduleId: bundle.moduleId,
			contentVersion: bundle.contentVersion,
			language,
			startedAt: this.#startedAt,
			now: now.toISOString()
		});
		const stepId = liveStepId(state);
		const attempt = event?.type === 'answer.submit' ? lastAttempt(state, stepId) : undefined;
		const answered = attempt
			? answerRecord(bundle.moduleId, lesson, stepId, attempt, {
					latencyMs: now.getTime() - this.#stepShownAt,
					at: now,
					description: describe(stepId)
				})
			: undefined;
		if (event?.type !== 'answer.submit') this.#stepShownAt = now.getTime();
		return { progress, answered };
	}
}
