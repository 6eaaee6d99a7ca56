import { lastAttempt, liveStepId, startState, type LessonState, type QuizAttempt } from '../course/lesson-state';
import { progressKey, toProgress, type LessonProgress } from '../course/progress';
import { bestQuizScore, drawQuiz, isQuiz, nextQuizAttempt, quizSeed } from '../course/quiz';
import type { Language, Lesson } from '../course/types';
import type { LessonBundle } from '../content/bundle';
import { answerRecord } from '../tracking/interaction-record';
import type { Tracker } from '../tracking/tracker';
import type { LessonEvent, LessonPhase } from './lesson-machine';
import { LessonSession } from './lesson-session.svelte';
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
}

/**
 * One learner playing one lesson: stored progress in, a session out, every state saved (with the
 * answer just given, for an LMS) before it shows. Module quizzes draw each attempt's questions
 * here. Routes create it from their data and call `start()` in an effect; components read it.
 */
export class LessonRun {
	readonly #options: Required<LessonRunOptions>;
	readonly #bank: Lesson;
	#lesson: Lesson = $state.raw() as Lesson;
	#session: LessonSession | null = $state.raw(null);
	#setAside = $state(0);
	#noteAccepted = $state(false);
	#stepShownAt = 0;
	#startedAt: string | undefined;
	#tracker: Tracker | undefined;

	constructor(options: LessonRunOptions) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock reading, never mutated or watched
		this.#options = { now: () => new Date(), quizSeed, ...options };
		this.#bank = options.bundle.lesson;
		this.#lesson = this.#draw(isQuiz(this.#bank) ? { attempt: 1 } : undefined);
	}

	/** The lesson being played: for a quiz, the questions this attempt drew. */
	get lesson(): Lesson {
		return this.#lesson;
	}

	/** Stored progress has been read and the session plays from it. */
	get ready(): boolean {
		return this.#session !== null;
	}

	get phase(): LessonPhase {
		return this.#session?.phase ?? 'presenting';
	}

	/** Where the learner is; the lesson's start until stored progress is known. */
	get where(): LessonState {
		return this.#session?.context ?? startState(this.#lesson);
	}

	get saveFailed(): boolean {
		return this.#session?.saveFailed ?? false;
	}

	/** Stored progress did not fit the lesson any more (its content changed): the lesson starts afresh. */
	get resumeRefused(): boolean {
		return this.#session?.context.resumeRefused ?? false;
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

	/** Reads stored progress and starts playing from it. Returns the function that stops the run. */
	start(): () => void {
		let stopped = false;
		void (async () => {
			const tracker = await this.#options.tracker();
			const stored = await tracker.get(progressKey(this.#options.bundle.moduleId, this.#bank.id));
			if (stopped) return;
			this.#tracker = tracker;
			this.#startedAt = stored.value?.startedAt;
			this.#setAside = stored.setAside;
			this.#play(isQuiz(this.#bank) ? (stored.value?.quiz ?? { attempt: 1 }) : undefined, stored.value);
		})();
		return () => {
			stopped = true;
			this.#session?.stop();
			this.#session = null;
		};
	}

	send(event: LessonEvent): Promise<void> {
		return this.#session?.send(event) ?? Promise.resolve();
	}

	/** A quiz's "Try again": the next attempt draws other questions and keeps the best score. */
	newAttempt(): Promise<void> {
		const context = this.#session?.context;
		if (!context?.quiz) return Promise.resolve();
		// The best score lives in stored progress, not in the session: carry it into the next attempt.
		const best = bestQuizScore(this.#lesson, context);
		this.#play(nextQuizAttempt({ attempt: context.quiz.attempt, ...(best ? { best } : {}) }), undefined);
		return this.#session!.saveNow();
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
		this.#session = new LessonSession({ lesson, resume, quiz }, (snapshot, event) => this.#save(lesson, snapshot.context, event));
	}

	/** Saves a state and, after an answer, what an LMS records of it; a new step restarts the answer clock. */
	async #save(lesson: Lesson, state: LessonState, event: LessonEvent | undefined) {
		const { bundle, language, describe } = this.#options;
		const now = this.#options.now();
		const progress = toProgress(lesson, state, {
			moduleId: bundle.moduleId,
			contentVersion: bundle.contentVersion,
			language,
			startedAt: this.#startedAt,
			now: now.toISOString()
		});
		this.#startedAt = progress.startedAt;
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
		await this.#tracker!.save(progress, answered);
	}
}
