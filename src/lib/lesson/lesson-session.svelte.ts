import { createActor, transition, type SnapshotFrom } from 'xstate';
import { lessonMachine, type LessonEvent, type LessonInput, type LessonPhase } from './lesson-machine';

type Snapshot = SnapshotFrom<typeof lessonMachine>;

/**
 * The runes bridge to the lesson actor. Each event is first applied with xstate's pure
 * `transition`, the resulting state is handed to `persist` and awaited, and only then sent to the
 * actor: progress is on disk before the feedback shows. A failed save does not block the learner.
 */
export class LessonSession {
	#actor;
	#queue: Promise<void> = Promise.resolve();
	#stopped = false;
	snapshot: Snapshot = $state.raw() as Snapshot;
	saveFailed = $state(false);

	constructor(
		input: LessonInput,
		private readonly persist: (snapshot: Snapshot, event?: LessonEvent) => Promise<void>
	) {
		this.#actor = createActor(lessonMachine, { input });
		this.#actor.subscribe((s) => (this.snapshot = s));
		this.#actor.start();
		this.snapshot = this.#actor.getSnapshot();
	}

	get phase(): LessonPhase {
		return this.snapshot.value as LessonPhase;
	}

	get context() {
		return this.snapshot.context;
	}

	/** Whether the machine would take this event now (for enabling buttons). */
	can(event: LessonEvent): boolean {
		return this.snapshot.can(event);
	}

	send(event: LessonEvent): Promise<void> {
		this.#queue = this.#queue.then(async () => {
			const current = this.#actor.getSnapshot();
			if (!current.can(event)) return;
			const [next] = transition(lessonMachine, current, event);
			try {
				await this.persist(next, event);
				this.saveFailed = false;
			} catch {
				this.saveFailed = true;
			}
			// Stopped while saving (the learner left, or another tab's newer progress replaced this session): nothing to show.
			if (this.#stopped) return;
			this.#actor.send(event);
		});
		return this.#queue;
	}

	/** Saves the state as it is (on first open, so the lesson shows as started). */
	saveNow(): Promise<void> {
		this.#queue = this.#queue.then(() => this.persist(this.#actor.getSnapshot()).catch(() => void (this.saveFailed = true)));
		return this.#queue;
	}

	stop() {
		this.#stopped = true;
		this.#actor.stop();
	}
}
