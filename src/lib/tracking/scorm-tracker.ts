import { toProgress, type LessonProgress } from '../course/progress';
import type { LessonState } from '../course/lesson-state';
import type { Language } from '../course/types';
import { pickLanguage } from '../i18n/languages';
import type { ProgressRepository } from '../progress/progress-repository';
import { courseResult, lmsStatus, type Reporting } from './course-result';
import { interactionFields, type AnswerRecord } from './interaction-record';
import type { ScormConnection } from './scorm-connection';
import { scaledScore, sessionTime, type ScormVersion } from './scorm-formats';
import { decodeSuspendData, encodeSuspendData, type CatalogEntry } from './suspend-data';
import type { ReadResult, Tracker, TrackerNotice } from './tracker';

/** What the export writes into the package (lms-package.json), read at launch. */
export interface PackageConfig {
	courseId: string;
	standard: 'scorm12' | 'scorm2004';
	passMark: number;
	reporting: Reporting;
	languages: Language[];
}

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

type StoredRecord = Omit<AnswerRecord, 'at'> & { at: string };

/**
 * The tracker inside an LMS package. The LMS is the record (suspend_data holds the whole course,
 * location the page, interactions every answer, score then status); the device keeps a
 * write-ahead copy, so an LMS that refuses a call loses nothing: the next successful commit
 * sends everything again.
 */
export class ScormTracker implements Tracker {
	readonly kind = 'lms' as const;
	private lessons = new Map<string, LessonProgress>();
	/** Set by the LMS's preference, the saved state or the learner; until then the browser decides. */
	private language: Language | undefined;
	private readonly listeners = new Set<(notice: TrackerNotice) => void>();
	private currentNotice: TrackerNotice = null;
	private location: string | undefined;
	private readOnly = false;
	private lastReported = '';
	private outbox: AnswerRecord[] = [];
	private finished = false;
	/** A send failed: the next one commits whatever else happens, so the retry really lands. */
	private unsent = false;
	private readonly startedAt = Date.now();
	private readonly version: ScormVersion;

	private constructor(
		private readonly lms: ScormConnection,
		private readonly repo: ProgressRepository | null,
		private readonly catalog: CatalogEntry[],
		private readonly config: PackageConfig,
		private readonly now: () => Date
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
	}): Promise<ScormTracker> {
		const tracker = new ScormTracker(options.lms, options.repo, options.catalog, options.config, options.now ?? (() => new Date()));
		await tracker.resume();
		return tracker;
	}

	private get el() {
		return ELEMENTS[this.version];
	}

	private async resume() {
		const lms = this.lms;
		const mode = lms.get(this.el.mode);
		this.readOnly = mode === 'review' || mode === 'browse' || lms.get(this.el.credit) === 'no-credit';
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
			} else {
				// Start cleanly; nothing is written back until the learner acts.
				this.location = undefined;
				this.setNotice('lms-resume-unreadable');
			}
		}
		// A save the LMS refused last time is still on the device: it wins, and goes out again.
		if (this.repo && (await this.repo.getSetting<boolean>(PENDING))) {
			for (const row of (await this.repo.all()).value) this.lessons.set(row.key, row);
			this.outbox = ((await this.repo.getSetting<StoredRecord[]>(OUTBOX)) ?? []).map((r) => ({ ...r, at: new Date(r.at) }));
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

	async get(key: string): Promise<ReadResult<LessonProgress | undefined>> {
		return { value: this.lessons.get(key), setAside: 0 };
	}

	async all(): Promise<ReadResult<LessonProgress[]>> {
		return { value: [...this.lessons.values()], setAside: 0 };
	}

	async save(progress: LessonProgress, answered?: AnswerRecord): Promise<void> {
		this.lessons.set(progress.key, progress);
		this.language = progress.language;
		this.location = `${progress.language}/${progress.moduleId}/${progress.lessonId}`;
		if (answered) this.outbox.push(answered);
		// Write-ahead: on the device first, marked unsent until the LMS has committed it.
		if (this.repo) {
			await this.repo.save(progress);
			await this.repo.setSetting(PENDING, true);
			await this.repo.setSetting(
				OUTBOX,
				this.outbox.map((r) => ({ ...r, at: r.at.toISOString() }))
			);
		}
		if (this.readOnly || this.finished) return;
		const sent = this.send();
		this.unsent = !sent;
		if (sent) {
			this.outbox = [];
			if (this.repo) {
				await this.repo.setSetting(PENDING, false);
				await this.repo.setSetting(OUTBOX, []);
			}
			if (this.currentNotice === 'lms-error' || this.currentNotice === 'lms-resume-unreadable') this.setNotice(null);
		} else {
			this.setNotice('lms-error');
		}
	}

	/** Everything the LMS should hold now; true when it accepted all of it and committed. */
	private send(): boolean {
		const lms = this.lms;
		const states = new Map([...this.lessons].map(([key, p]) => [key, p as LessonState]));
		const suspendData = encodeSuspendData({ language: this.language ?? this.config.languages[0]!, lessons: states }, this.catalog);
		let ok = suspendData.length <= LIMITS[this.version].suspend && lms.set('cmi.suspend_data', suspendData);
		if (this.location && this.location.length <= LIMITS[this.version].location) ok = lms.set(this.el.location, this.location) && ok;
		if (this.language && lms.supports(this.el.preferences, 'language')) lms.set(`${this.el.preferences}.language`, this.language);
		if (this.outbox.length && lms.supports('cmi.interactions', 'id')) {
			let n = Number(lms.get('cmi.interactions._count') ?? '0');
			for (const record of this.outbox) {
				for (const [element, value] of interactionFields(this.version, record, n)) ok = lms.set(element, value) && ok;
				n++;
			}
		}
		const hadAnswers = this.outbox.length > 0;
		const statusChanged = this.reportResult();
		// Commit when the status changed, answers went out, or the last send failed; other steps ride along.
		if (statusChanged || hadAnswers || this.unsent || !ok) ok = lms.commit() && ok;
		return ok;
	}

	/** Score before status (some LMSs read the status with the score they already have). */
	private reportResult(): boolean {
		const lms = this.lms;
		const states = new Map([...this.lessons].map(([key, p]) => [key, p as LessonState]));
		const result = courseResult(this.catalog, states, this.config.passMark);
		const status = lmsStatus(result, this.config.reporting);
		const key = JSON.stringify([result.complete ? result.score : null, status]);
		if (key === this.lastReported) return false;
		this.lastReported = key;
		// The score goes out once the course is complete: an LMS that applies the mastery score
		// itself would otherwise pass a learner on a partial score.
		if (result.complete && result.score !== null) {
			lms.set(this.version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw', String(result.score));
			lms.set(this.version === '1.2' ? 'cmi.core.score.min' : 'cmi.score.min', '0');
			lms.set(this.version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max', '100');
			if (this.version === '2004') lms.set('cmi.score.scaled', String(scaledScore(result.score)));
		}
		if (this.version === '1.2') {
			lms.set('cmi.core.lesson_status', status.lessonStatus);
		} else {
			lms.set('cmi.progress_measure', String(Number((result.lessonsCompleted / Math.max(1, result.lessonsTotal)).toFixed(4))));
			lms.set('cmi.completion_status', status.completion);
			lms.set('cmi.success_status', status.success);
		}
		return true;
	}

	/** The page is hidden (tab switched, phone locked): make sure the LMS has what it was sent. */
	flush() {
		if (!this.readOnly && !this.finished) this.lms.commit();
	}

	async finish(): Promise<void> {
		if (this.finished) return;
		this.finished = true;
		const lms = this.lms;
		if (!this.readOnly) {
			lms.set(this.el.sessionTime, sessionTime(this.version, Date.now() - this.startedAt));
			const states = new Map([...this.lessons].map(([key, p]) => [key, p as LessonState]));
			const complete = courseResult(this.catalog, states, this.config.passMark).complete;
			lms.set(this.el.exit, complete ? (this.version === '1.2' ? '' : 'normal') : 'suspend');
		}
		// No Commit during unload: Terminate/LMSFinish persists, and some LMSs refuse a commit then.
		lms.terminate();
	}
}
