import type { ProgressRepository } from './progress-repository';

let opening: Promise<ProgressRepository | null> | undefined;

/**
 * The progress kept in this browser, opened once, in the browser only. Dexie loads here, on
 * first use (after the page has painted), not with the page. Resolves to null when IndexedDB is
 * unavailable (some private modes) or refuses to open: the course then runs without saving and
 * says so, rather than failing.
 */
export function deviceProgress(): Promise<ProgressRepository | null> {
	opening ??= (async () => {
		try {
			const [{ createProgressDb }, { ProgressRepository }] = await Promise.all([import('./progress-db'), import('./progress-repository')]);
			const db = createProgressDb();
			await db.open();
			return new ProgressRepository(db);
		} catch {
			return null;
		}
	})();
	return opening;
}
