import { mergeProgress } from '../course/progress-merge';
import { parseLessonProgress, type LessonProgress } from '../course/progress';
import type { ProgressDb, ProgressRow, SetAsideRecord } from './progress-db';

export const EXPORT_FORMAT = 'datajam-course-progress';

export interface ProgressExport {
	format: typeof EXPORT_FORMAT;
	formatVersion: 1;
	exportedAt: string;
	progress: LessonProgress[];
	setAside: SetAsideRecord[];
	/** Inside an LMS package: what the learning platform was sent, as it answers now (its record is the organisation's). */
	lms?: {
		standard: 'SCORM 1.2' | 'SCORM 2004';
		status: string;
		score?: string;
		progress?: string;
		location?: string;
		interactions?: number;
	};
}

export interface ReadResult<T> {
	value: T;
	/** How many records this read found unreadable and set aside. */
	setAside: number;
}

/** One lesson's stored progress and the revision it was read at (0: no row yet). */
export interface LessonRead extends ReadResult<LessonProgress | undefined> {
	revision: number;
}

/**
 * What became of a save. `saved`: written as given, now at `revision`. Otherwise the save built
 * on an older revision than the stored one (another tab saved meanwhile): nothing of it was
 * written over the newer row; `current` is the newest progress, merged with what the save had
 * that the newer row lacks (course/progress-merge.ts), or undefined when the progress was erased.
 */
export type SaveOutcome = { saved: true; revision: number } | { saved: false; revision: number; current: LessonProgress | undefined };

/** A lesson's progress changed in another tab (its key), or everything did (null: erased). */
export type ChangeListener = (key: string | null) => void;

/** The progress a row holds: the revision belongs to the row. */
function progressOf(row: unknown): unknown {
	if (typeof row !== 'object' || row === null || !('revision' in row)) return row;
	const { revision: _revision, ...progress } = row as ProgressRow;
	return progress;
}

const revisionOf = (row: unknown) => {
	const revision = (row as { revision?: unknown } | undefined)?.revision;
	return typeof revision === 'number' ? revision : 0;
};

/**
 * The device's progress: every read checks rows, and a row that does not parse (a future
 * version, a hand edit, a broken disk) moves to `setAside` with the reason. Nothing crashes and
 * nothing is lost.
 *
 * Tabs of one browser share the rows. Each save names the revision it builds on; the check and
 * the bump happen in one transaction, so of two tabs saving from the same revision the second is
 * refused and given the newest progress. After each write the other tabs hear of it (a
 * BroadcastChannel named after the database), so an idle tab can update before its learner acts.
 */
export class ProgressRepository {
	readonly #channel: BroadcastChannel | null;
	readonly #listeners = new Set<ChangeListener>();

	constructor(private readonly db: ProgressDb) {
		this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${db.name}:changes`) : null;
		if (this.#channel)
			this.#channel.onmessage = (message: MessageEvent<{ key: string | null }>) => {
				for (const listener of this.#listeners) listener(message.data.key);
			};
	}

	/** Hears of changes made in other tabs (never of this one's own saves). Returns the function that stops listening. */
	onChange(listener: ChangeListener): () => void {
		this.#listeners.add(listener);
		return () => void this.#listeners.delete(listener);
	}

	/** Stops telling and hearing other tabs (tests; a page simply goes away). */
	close() {
		this.#listeners.clear();
		this.#channel?.close();
	}

	#changed(key: string | null) {
		this.#channel?.postMessage({ key });
	}

	private async setAsideRow(key: string, raw: unknown, reason: string) {
		await this.db.transaction('rw', this.db.progress, this.db.setAside, async () => {
			await this.db.setAside.add({ table: 'progress', key, raw, reason, at: new Date().toISOString() });
			await this.db.progress.delete(key);
		});
	}

	private async check(raw: unknown): Promise<LessonProgress | undefined> {
		const result = parseLessonProgress(progressOf(raw));
		if ('progress' in result) return result.progress;
		const key = String((raw as { key?: unknown } | null)?.key ?? '?');
		await this.setAsideRow(key, raw, result.issues.map((i) => `${i.path || 'record'}: ${i.message}`).join('; '));
		return undefined;
	}

	async get(key: string): Promise<LessonRead> {
		const row = await this.db.progress.get(key);
		if (row === undefined) return { value: undefined, setAside: 0, revision: 0 };
		const progress = await this.check(row);
		return progress ? { value: progress, setAside: 0, revision: revisionOf(row) } : { value: undefined, setAside: 1, revision: 0 };
	}

	async all(): Promise<ReadResult<LessonProgress[]>> {
		const rows = await this.db.progress.toArray();
		const checked = await Promise.all(rows.map((row) => this.check(row)));
		const value = checked.filter((p): p is LessonProgress => p !== undefined);
		return { value, setAside: rows.length - value.length };
	}

	/** Every lesson's revision, for a tracker that keeps its own copy of the progress (an LMS's). */
	async revisions(): Promise<Map<string, number>> {
		const rows = await this.db.progress.toArray();
		return new Map(rows.map((row) => [row.key, revisionOf(row)]));
	}

	/**
	 * Saves a lesson's progress if the stored row is still at `base`, the revision this progress
	 * builds on (the one read, or the last saved). Without `base` the save is unconditional.
	 */
	async save(progress: LessonProgress, base?: number): Promise<SaveOutcome> {
		let wrote = false;
		const put = async (value: LessonProgress, revision: number) => {
			await this.db.progress.put({ ...value, revision });
			wrote = true;
			return revision;
		};
		const outcome = await this.db.transaction('rw', this.db.progress, this.db.setAside, async (): Promise<SaveOutcome> => {
			const row = await this.db.progress.get(progress.key);
			const revision = revisionOf(row);
			if (base === undefined || base === revision) return { saved: true, revision: await put(progress, revision + 1) };
			// Erased (or set aside) meanwhile: this tab's progress does not come back.
			const stored = row === undefined ? undefined : await this.check(row);
			if (!stored) return { saved: false, revision: 0, current: undefined };
			const current = mergeProgress(stored, progress);
			return { saved: false, revision: current === stored ? revision : await put(current, revision + 1), current };
		});
		if (wrote) this.#changed(progress.key);
		return outcome;
	}

	async getSetting<T>(key: string): Promise<T | undefined> {
		return (await this.db.settings.get(key))?.value as T | undefined;
	}

	async setSetting(key: string, value: unknown): Promise<void> {
		await this.db.settings.put({ key, value });
	}

	async setAsideCount(): Promise<number> {
		return this.db.setAside.count();
	}

	async exportData(now = new Date()): Promise<ProgressExport> {
		const { value } = await this.all();
		return {
			format: EXPORT_FORMAT,
			formatVersion: 1,
			exportedAt: now.toISOString(),
			progress: value,
			setAside: await this.db.setAside.toArray()
		};
	}

	async eraseAll(): Promise<void> {
		await this.db.transaction('rw', [this.db.progress, this.db.setAside, this.db.settings], async () => {
			await Promise.all([this.db.progress.clear(), this.db.setAside.clear(), this.db.settings.clear()]);
		});
		this.#changed(null);
	}
}
