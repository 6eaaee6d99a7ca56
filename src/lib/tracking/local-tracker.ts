import type { LessonProgress } from '../course/progress';
import {
	EXPORT_FORMAT,
	type ChangeListener,
	type ProgressExport,
	type ProgressRepository,
	type SaveOutcome
} from '../progress/progress-repository';
import type { ReadResult, Tracker, TrackerNotice } from './tracker';

/** The website's tracker: progress lives on the device only. */
export class LocalTracker implements Tracker {
	readonly kind = 'device' as const;
	private readonly memory = new Map<string, LessonProgress>();
	private readonly settings = new Map<string, unknown>();

	/** `repo` is null when the browser refuses storage: progress then lasts as long as the page. */
	constructor(private readonly repo: ProgressRepository | null) {}

	async get(key: string): Promise<ReadResult<LessonProgress | undefined>> {
		return this.repo ? this.repo.get(key) : { value: this.memory.get(key), setAside: 0 };
	}

	async all(): Promise<ReadResult<LessonProgress[]>> {
		return this.repo ? this.repo.all() : { value: [...this.memory.values()], setAside: 0 };
	}

	async save(progress: LessonProgress, _answered?: unknown, revision?: number): Promise<SaveOutcome | void> {
		if (this.repo) return this.repo.save(progress, revision);
		this.memory.set(progress.key, progress);
	}

	onChange(listener: ChangeListener): () => void {
		return this.repo?.onChange(listener) ?? (() => {});
	}

	resumePath = () => undefined;
	preferredLanguage = () => undefined;
	/** The website keeps the language in the address and in localStorage (language-preference.ts). */
	useLanguage = () => {};
	learnerName = () => undefined;
	notice = (): TrackerNotice => null;
	onNotice = () => () => {};
	finish = async () => {};

	async exportData(): Promise<ProgressExport> {
		if (this.repo) return this.repo.exportData();
		return {
			format: EXPORT_FORMAT,
			formatVersion: 1,
			exportedAt: new Date().toISOString(),
			progress: [...this.memory.values()],
			setAside: []
		};
	}

	async eraseData() {
		await this.repo?.eraseAll();
		this.memory.clear();
		this.settings.clear();
	}

	async getSetting<T>(key: string): Promise<T | undefined> {
		return this.repo ? this.repo.getSetting<T>(key) : (this.settings.get(key) as T | undefined);
	}

	async setSetting(key: string, value: unknown) {
		if (this.repo) await this.repo.setSetting(key, value);
		else this.settings.set(key, value);
	}
}
