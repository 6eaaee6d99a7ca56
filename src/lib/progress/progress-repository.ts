import { parseLessonProgress, type LessonProgress } from '../course/progress';
import type { ProgressDb, SetAsideRecord } from './progress-db';

export const EXPORT_FORMAT = 'datajam-course-progress';

export interface ProgressExport {
	format: typeof EXPORT_FORMAT;
	formatVersion: 1;
	exportedAt: string;
	progress: LessonProgress[];
	setAside: SetAsideRecord[];
}

export interface ReadResult<T> {
	value: T;
	/** How many records this read found unreadable and set aside. */
	setAside: number;
}

/**
 * The device's progress: every read checks rows, and a row that does not parse (a future
 * version, a hand edit, a broken disk) moves to `setAside` with the reason. Nothing crashes and
 * nothing is lost.
 */
export class ProgressRepository {
	constructor(private readonly db: ProgressDb) {}

	private async setAsideRow(key: string, raw: unknown, reason: string) {
		await this.db.transaction('rw', this.db.progress, this.db.setAside, async () => {
			await this.db.setAside.add({ table: 'progress', key, raw, reason, at: new Date().toISOString() });
			await this.db.progress.delete(key);
		});
	}

	private async check(raw: unknown): Promise<LessonProgress | undefined> {
		const result = parseLessonProgress(raw);
		if ('progress' in result) return result.progress;
		const key = String((raw as { key?: unknown } | null)?.key ?? '?');
		await this.setAsideRow(key, raw, result.issues.map((i) => `${i.path || 'record'}: ${i.message}`).join('; '));
		return undefined;
	}

	async get(key: string): Promise<ReadResult<LessonProgress | undefined>> {
		const raw = await this.db.progress.get(key);
		if (raw === undefined) return { value: undefined, setAside: 0 };
		const progress = await this.check(raw);
		return { value: progress, setAside: progress ? 0 : 1 };
	}

	async all(): Promise<ReadResult<LessonProgress[]>> {
		const rows = await this.db.progress.toArray();
		const checked = await Promise.all(rows.map((row) => this.check(row)));
		const value = checked.filter((p): p is LessonProgress => p !== undefined);
		return { value, setAside: rows.length - value.length };
	}

	async save(progress: LessonProgress): Promise<void> {
		await this.db.progress.put(progress);
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
	}
}
