import type { LessonProgress } from '../course/progress';
import type { Language } from '../course/types';
import type { ChangeListener, ProgressExport, SaveOutcome } from '../progress/progress-repository';
import type { AnswerRecord } from './interaction-record';

export interface ReadResult<T> {
	value: T;
	/** Records found unreadable and set aside by this read. */
	setAside: number;
}

/** What the learner should be told about where their progress goes; null when there is nothing to say. */
export type TrackerNotice = 'lms-not-found' | 'lms-error' | 'lms-review' | 'lms-resume-unreadable' | null;

/**
 * The one port progress goes through, whoever keeps it: the device alone (the website) or an LMS
 * with the device as a write-ahead copy (a SCORM package). Routes talk to this, never to Dexie
 * or an LMS directly, and components talk to neither.
 */
export interface Tracker {
	readonly kind: 'device' | 'lms';
	/** A lesson's progress and, where the device keeps revisions, the revision it was read at. */
	get(key: string): Promise<ReadResult<LessonProgress | undefined> & { revision?: number }>;
	all(): Promise<ReadResult<LessonProgress[]>>;
	/**
	 * Saves a lesson's progress; `answered` is the question just answered, if any. `revision` is
	 * the one this progress builds on: when another tab saved since, the save is refused and the
	 * outcome carries the newest progress to show instead. Nothing returned: no revisions kept.
	 */
	save(progress: LessonProgress, answered?: AnswerRecord, revision?: number): Promise<SaveOutcome | void>;
	/** Hears of progress changed in another tab of this browser (a lesson's key; null: all erased). */
	onChange?(listener: ChangeListener): () => void;
	/** Where the LMS says the learner was (a site path such as "/fr/introduction/lesson/"). */
	resumePath(): string | undefined;
	/** The language the LMS or the saved state prefers, if any. */
	preferredLanguage(): Language | undefined;
	/** The learner now reads in this language: the next launch should open in it. */
	useLanguage(language: Language): void;
	/** The learner's name as the LMS gives it ("Last, First" in SCORM 1.2), if any. */
	learnerName(): string | undefined;
	notice(): TrackerNotice;
	onNotice(listener: (notice: TrackerNotice) => void): () => void;
	/** Ends the session (Exit button, page closed). */
	finish(): Promise<void>;

	// The learner's data controls ("My data", Settings, the certificate's name) go through here
	// too, so they reach the copy this build really keeps, never another one on the same origin.
	/** Everything the course holds about the learner: the device's copy, or inside an LMS what it sent there. */
	exportData(): Promise<ProgressExport>;
	/** Erases what the course keeps on this device for this learner and course, and nothing else. */
	eraseData(): Promise<void>;
	/** A setting kept with the learner's progress (the certificate's name). */
	getSetting<T>(key: string): Promise<T | undefined>;
	setSetting(key: string, value: unknown): Promise<void>;
}
