import { catalogLessons, courseResult, lmsStatus } from '../course/course-result';
import { toProgress, type LessonProgress } from '../course/progress';
import type { LessonState } from '../course/lesson-state';
import type { Language } from '../course/types';
import { pickLanguage } from '../i18n/languages';
import {
	EXPORT_FORMAT,
	type ChangeListener,
	type ProgressExport,
	type ProgressRepository,
	type SaveOutcome
} from '../progress/progress-repository';
import { interactionFields, type AnswerRecord } from './interaction-record';
import type { ScormConnection } from './scorm-connection';
import { scaledScore, sessionTime, type ScormVersion } from './scorm-formats';
import { decodeSuspendData, encodeSuspendData, type CatalogEntry } from './suspend-data';
import type { ReadResult, Tracker, TrackerNotice } from './tracker';
import type { PackageConfig } from '../packaging/package-config';

// The package's run-time options (lms-package.json) are the package builder's: src/lib/packaging/.
export type { PackageConfig };

const ELEMENTS = {
	'1.2': {
		entry: 'cmi.core.entry',
		location: 'cmi.core.lesson_location',
		name: 'cmi.core.student_name',
		mode: 'cmi.core.lesson_mode',
		credit: 'cmi.core.credit',
		sessionTime: 'cmi.core.session_time',
		exit: 'cmi.core.exit',
		preferences: 'cmi.student_preference'
	},
	'2004': {
		entry: 'cmi.entry',
		location: 'cmi.location',
		name: 'cmi.learner_name',
		mode: 'cmi.mode',
		credit: 'cmi.credit',
		sessionTime: 'cmi.session_time',
		exit: 'cmi.exit',
		preferences: 'cmi.learner_preference'
	}
} as const;

const LIMITS = { '1.2': { suspend: 4096, location: 255 }, '2004': { suspend: 64000, location: 1000 } };
const PENDING = 'lms.pending';
const OUTBOX = 'lms.outbox';
/** The longest a save waits for a commit while the learner is active: a phone can kill a tab without `pagehide`. */
export const COMMIT_WITHIN_MS = 30_000;

type StoredRecord = Omit<AnswerRecord, 'at'> & { at: string };

/** How the tracker waits (a timer in the browser; the tests drive it by hand). */
export interface Scheduler {
	after(ms: number, run: () => void): () => void;
}
const browserScheduler: Scheduler = {
	after(ms, run) {
		const handle = setTimeout(run, ms);
		return () => clearTimeout(handle);
	}
};

/**
 * The tracker inside an LMS package. The LMS is the record (suspend_data holds the whole course,
 * location the page, interactions every answer, score then status); the device keeps a
 * write-ahead copy, so an LMS that refuses a call loses nothing: the next successful commit
 * sends everything again.
 *
 * Every save sets the values; a commit follows at once on an answer, a lesson completed, a
 * change of status, score or progress, or after a failure, and otherwise within
 * `COMMIT_WITHIN_MS`: a learner paging through text costs the LMS one commit per half minute,
 * not one per step, and never loses more than that.
 */
export class ScormTracker implements Tracker {
	readonly kind = 'lms' as const;
	private lessons = new Map<string, LessonProgress>();
	/** The device copy's revision of each lesson: another tab of this package saves there too. */
	private revisions = new Map<string, number>();
	private readonly changeListeners = new Set<ChangeListener>();
	/** Set by the LMS's preference, the saved state or the learner; until then the browser decides. */
	private language: Language | undefined;
	private readonly listeners = new Set<(notice: TrackerNotice) => void>();
	private currentNotice: TrackerNotice = null;
	private location: string | undefined;
	private readOnly = false;
	/** The result (score, status, progress) as of the last successful commit. */
	private committedResult = '';
	/** Answers not yet committed (kept on the device too); the first `written` are already set in this session. */
	private outbox: AnswerRecord[] = [];
	private written = 0;
	/** Values were set since the last successful commit. */
	private dirty = false;
	/** The LMS refused one of the values last set. */
	private refused = false;
	/** A set or commit failed: the next save commits whatever else happens, so the retry really lands. */
	private failed = false;
	private cancelTimer: (() => void) | undefined;
	private finished = false;
	private readonly startedAt = Date.now();
	private readonly version: ScormVersion;

	private constructor(
		private readonly lms: ScormConnection,
		private readonly repo: ProgressRepository | null,
		private readonly catalog: CatalogEntry[],
		private readonly config: PackageConfig,
		private readonly now: () => Date,
		private readonly scheduler: Scheduler
	) {
		this.version = lms.version;
	}

	/** Takes an initialized LMS connection and reads where the learner was. */
	static async start(options: {
		lms: ScormConnection;
		repo: ProgressRepository | null;
		catalog: CatalogEntry[];
		config: PackageConfig;
		now?: () => Date;
		scheduler?: Scheduler;
	}): Promise<ScormTracker> {
		const tracker = new ScormTracker(
			options.lms,
			options.repo,
			options.catalog,
			options.config,
			options.now ?? (() => new Date()),
			options.scheduler ?? browserScheduler
		);
		await tracker.resume();
		return tracker;
	}

	private get el() {
		return ELEMENTS[this.version];
	}

	private async resume() {
		const lms = this.lms;
		// Only review and browse are read-only. A no-credit launch (a trainer trying the course, a
		// learner retaking it for practice) saves, resumes and times as usual: the LMS itself
		// leaves the gradebook alone.
		const mode = lms.get(this.el.mode);
		this.readOnly = mode === 'review' || mode === 'browse';
		if (this.readOnly) this.setNotice('lms-review');
		const preference = lms.supports(this.el.preferences, 'language') ? lms.get(`${this.el.preferences}.language`) : undefined;
		if (preference) {
			const picked = pickLanguage([preference], '' as Language);
			if (this.config.languages.includes(picked)) this.language = picked;
		}
		const location = lms.get(this.el.location);
		if (location) this.location = location;

		const suspendData = lms.get('cmi.suspend_data') ?? '';
		if (suspendData) {
			const decoded = decodeSuspendData(suspendData, this.catalog);
			if (decoded.ok) {
				this.language = this.config.languages.includes(decoded.state.language) ? decoded.state.language : this.language;
				for (const [key, state] of decoded.state.lessons) this.lessons.set(key, this.progressOf(key, state));
				this.committedResult = this.resultKey();
			} else {
				// Start cleanly; nothing is written back until the learner acts.
				this.location = undefined;
				this.setNotice('lms-resume-unreadable');
			}
		}
		if (this.repo) {
			this.revisions = await this.repo.revisions();
			this.repo.onChange((key) => void this.adopt(key));
		}
		// A save the LMS never committed is still on the device: it wins, and goes out again.
		if (this.repo && (await this.repo.getSetting<boolean>(PENDING))) {
			for (const row of (await this.repo.all()).value) this.lessons.set(row.key, row);
			this.outbox = ((await this.repo.getSetting<StoredRecord[]>(OUTBOX)) ?? []).map((r) => ({ ...r, at: new Date(r.at) }));
			this.failed = true;
		}
	}

	private progressOf(key: string, state: LessonState): LessonProgress {
		const entry = this.catalog.find((c) => c.key === key)!;
		const now = this.now().toISOString();
		return toProgress(entry.lesson, state, {
			moduleId: entry.moduleId,
			contentVersion: entry.contentVersion,
			language: this.language ?? this.config.languages[0]!,
			now
		});
	}

	private setNotice(notice: TrackerNotice) {
		if (notice === this.currentNotice) return;
		this.currentNotice = notice;
		for (const listener of this.listeners) listener(notice);
	}

	notice = () => this.currentNotice;
	onNotice(listener: (notice: TrackerNotice) => void) {
		this.listeners.add(listener);
		return () => void this.listeners.delete(listener);
	}
	resumePath = () => this.location && `/${this.location}/`;
	preferredLanguage = () => this.language;
	learnerName = () => this.lms.get(this.el.name) || undefined;

	useLanguage(language: Language) {
		if (language === this.language || !this.config.languages.includes(language)) return;
		this.language = language;
		if (this.location) this.location = this.location.replace(/^[a-z]{2}\//, `${language}/`);
		// Sent with the learner's progress, never alone: an unreadable saved state is not overwritten
		// by a language switch, and a new learner's first save carries it anyway.
		if (this.readOnly || this.finished || this.lessons.size === 0) return;
		this.writeValues();
		this.commitSoon();
	}

	async get(key: string): Promise<ReadResult<LessonProgress | undefined> & { revision?: number }> {
		return { value: this.lessons.get(key), setAside: 0, ...(this.repo ? { revision: this.revisions.get(key) ?? 0 } : {}) };
	}

	onChange(listener: ChangeListener) {
		this.changeListeners.add(listener);
		return () => void this.changeListeners.delete(listener);
	}

	/**
	 * Another tab of this package saved a lesson on the device: this tab takes it, so what it
	 * sends the LMS next carries that progress too instead of an older copy. A device copy erased
	 * elsewhere is not taken: the LMS keeps the record.
	 */
	private async adopt(key: string | null) {
		const read = key === null ? undefined : await this.repo!.get(key);
		if (!key || !read?.value) return;
		this.lessons.set(key, read.value);
		this.revisions.set(key, read.revision);
		for (const listener of this.changeListeners) listener(key);
	}

	async all(): Promise<ReadResult<LessonProgress[]>> {
		return { value: [...this.lessons.values()], setAside: 0 };
	}

	async save(progress: LessonProgress, answered?: AnswerRecord, revision?: number): Promise<SaveOutcome | void> {
		// Write-ahead: on the device first, marked pending until the LMS has committed it. The device
		// copy checks the revision: a tab that missed another tab's save is refused there and takes
		// the newest progress, which is what goes to the LMS (its refused answer does not).
		let outcome: SaveOutcome | undefined;
		if (this.repo) {
			outcome = await this.repo.save(progress, revision);
			// The device copy was erased meanwhile: the LMS keeps the record, so the device gets it back.
			if (!outcome.saved && !outcome.current) outcome = await this.repo.save(progress);
			this.revisions.set(progress.key, outcome.revision);
		}
		const kept = !outcome || outcome.saved ? progress : outcome.current!;
		const completedNow = kept.status === 'completed' && this.lessons.get(progress.key)?.status !== 'completed';
		this.lessons.set(progress.key, kept);
		this.language = progress.language;
		this.location = `${progress.language}/${progress.moduleId}/${progress.lessonId}`;
		if (answered && kept === progress) this.outbox.push(answered);
		if (this.repo) {
			await this.repo.setSetting(PENDING, true);
			await this.repo.setSetting(
				OUTBOX,
				this.outbox.map((r) => ({ ...r, at: r.at.toISOString() }))
			);
		}
		if (this.readOnly || this.finished) return outcome;
		this.writeValues();
		if (answered || completedNow || this.failed || this.refused || this.resultKey() !== this.committedResult) await this.commit(true);
		else this.commitSoon();
		return outcome;
	}

	private get courseResult() {
		return courseResult(catalogLessons(this.catalog), this.lessons);
	}

	/** What the LMS is told of the result; a change of it is worth a commit of its own. */
	private resultKey(): string {
		const result = this.courseResult;
		return JSON.stringify([result.complete ? result.score : null, lmsStatus(result, this.config.reporting), result.lessonsCompleted]);
	}

	/** Sets everything the LMS should hold now, without committing; `refused` says whether it took all of it. */
	private writeValues() {
		const lms = this.lms;
		const states = new Map([...this.lessons].map(([key, p]) => [key, p as LessonState]));
		const suspendData = encodeSuspendData({ language: this.language ?? this.config.languages[0]!, lessons: states }, this.catalog);
		this.dirty = true;
		let ok = suspendData.length <= LIMITS[this.version].suspend && lms.set('cmi.suspend_data', suspendData);
		if (this.location && this.location.length <= LIMITS[this.version].location) ok = lms.set(this.el.location, this.location) && ok;
		if (this.language && lms.supports(this.el.preferences, 'language')) lms.set(`${this.el.preferences}.language`, this.language);
		if (this.written < this.outbox.length && lms.supports('cmi.interactions', 'id')) {
			let n = Number(lms.get('cmi.interactions._count') ?? '0');
			for (const record of this.outbox.slice(this.written)) {
				let recorded = true;
				for (const [element, value] of interactionFields(this.version, record, n)) recorded = lms.set(element, value) && recorded;
				if (!recorded) {
					ok = false;
					break;
				}
				this.written++;
				n++;
			}
		}
		ok = this.writeResult() && ok;
		// Set from the first save on, not only at the end: a session the LMS closes on its own (a
		// timeout, a killed tab) must still resume next time.
		ok = lms.set(this.el.exit, 'suspend') && ok;
		this.refused = !ok;
	}

	/** Score before status (some LMSs read the status with the score they already have). */
	private writeResult(): boolean {
		const lms = this.lms;
		const result = this.courseResult;
		const status = lmsStatus(result, this.config.reporting);
		let ok = true;
		// The score goes out once the course is complete: an LMS that applies the mastery score
		// itself would otherwise pass a learner on a partial score.
		if (result.complete && result.score !== null) {
			ok = lms.set(this.version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw', String(result.score)) && ok;
			ok = lms.set(this.version === '1.2' ? 'cmi.core.score.min' : 'cmi.score.min', '0') && ok;
			ok = lms.set(this.version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max', '100') && ok;
			if (this.version === '2004') ok = lms.set('cmi.score.scaled', String(scaledScore(result.score))) && ok;
		}
		if (this.version === '1.2') {
			ok = lms.set('cmi.core.lesson_status', status.lessonStatus) && ok;
		} else {
			ok = lms.set('cmi.progress_measure', String(Number((result.lessonsCompleted / Math.max(1, result.lessonsTotal)).toFixed(4)))) && ok;
			ok = lms.set('cmi.completion_status', status.completion) && ok;
			ok = lms.set('cmi.success_status', status.success) && ok;
		}
		return ok;
	}

	/**
	 * Commits what was set (after setting it all again when something failed before, `fresh`
	 * meaning it was just set). What the LMS accepted is committed even when it refused a value,
	 * but only a clean commit ends the device copy's pending state.
	 */
	private async commit(fresh: boolean): Promise<boolean> {
		this.cancelTimer?.();
		this.cancelTimer = undefined;
		if (this.failed && !fresh) this.writeValues();
		const resultKey = this.resultKey();
		const committed = this.lms.commit();
		if (!committed || this.refused) {
			this.failed = true;
			this.setNotice('lms-error');
			return false;
		}
		this.failed = false;
		this.dirty = false;
		this.committedResult = resultKey;
		this.outbox = [];
		this.written = 0;
		if (this.repo) {
			await this.repo.setSetting(PENDING, false);
			await this.repo.setSetting(OUTBOX, []);
		}
		if (this.currentNotice === 'lms-error' || this.currentNotice === 'lms-resume-unreadable') this.setNotice(null);
		return true;
	}

	private commitSoon() {
		this.cancelTimer ??= this.scheduler.after(COMMIT_WITHIN_MS, () => {
			this.cancelTimer = undefined;
			if (this.dirty && !this.finished) void this.commit(false);
		});
	}

	/**
	 * The learner's own copy of what the course sent the LMS: every lesson as the LMS holds it
	 * (with what the device still has to send), and the LMS's status, score and bookmark as it
	 * answers now.
	 */
	async exportData(): Promise<ProgressExport> {
		const device = await this.repo?.exportData();
		const lms = this.lms;
		const read = (element: string) => lms.get(element) || undefined;
		const summary: NonNullable<ProgressExport['lms']> =
			this.version === '1.2'
				? {
						standard: 'SCORM 1.2',
						status: read('cmi.core.lesson_status') ?? '',
						score: read('cmi.core.score.raw'),
						location: read('cmi.core.lesson_location')
					}
				: {
						standard: 'SCORM 2004',
						status: [read('cmi.completion_status'), read('cmi.success_status')].filter(Boolean).join(' / '),
						score: read('cmi.score.raw'),
						progress: read('cmi.progress_measure'),
						location: read('cmi.location')
					};
		const interactions = Number(read('cmi.interactions._count') ?? NaN);
		if (Number.isFinite(interactions)) summary.interactions = interactions;
		return {
			format: EXPORT_FORMAT,
			formatVersion: 1,
			exportedAt: this.now().toISOString(),
			progress: [...this.lessons.values()],
			setAside: device?.setAside ?? [],
			lms: Object.fromEntries(Object.entries(summary).filter(([, v]) => v !== undefined)) as typeof summary
		};
	}

	/**
	 * Erases this learner's copy on the device (answers not yet committed still go to the LMS from
	 * memory). The LMS's record is the organisation's: the course cannot and does not erase it.
	 */
	async eraseData() {
		await this.repo?.eraseAll();
	}

	async getSetting<T>(key: string): Promise<T | undefined> {
		return this.repo?.getSetting<T>(key);
	}

	async setSetting(key: string, value: unknown) {
		await this.repo?.setSetting(key, value);
	}

	/** The page is hidden (tab switched, phone locked): it may never come back, so commit now. */
	flush() {
		if (!this.readOnly && !this.finished && (this.dirty || this.failed)) void this.commit(false);
	}

	async finish(): Promise<void> {
		if (this.finished) return;
		this.finished = true;
		this.cancelTimer?.();
		const lms = this.lms;
		if (!this.readOnly) {
			if (this.failed) this.writeValues();
			lms.set(this.el.sessionTime, sessionTime(this.version, Date.now() - this.startedAt));
			// Always "suspend", completed or not: the course never ends the attempt itself. A learner
			// who passed still comes back to review a lesson, retake a quiz for a better score or print
			// the certificate, and "" (1.2) or "normal" (2004) would let a conformant LMS open a new,
			// empty attempt for that. Starting over is the LMS's or the trainer's decision.
			lms.set(this.el.exit, 'suspend');
		}
		// No Commit during unload: Terminate/LMSFinish persists, and some LMSs refuse a commit then.
		const ended = lms.terminate();
		if (ended && !this.readOnly && !this.refused && this.repo) await this.repo.setSetting(PENDING, false).catch(() => {});
	}
}
