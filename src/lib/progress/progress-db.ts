import Dexie, { type EntityTable } from 'dexie';
import type { LessonProgress } from '../course/progress';

/** A stored record that could not be read: kept, never deleted, and included in the export. */
export interface SetAsideRecord {
	id?: number;
	table: string;
	key: string;
	raw: unknown;
	reason: string;
	at: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * A lesson's row: its progress and `revision`, how many saves it has seen. A save names the
 * revision it builds on and is checked against it, so a tab that has not seen another tab's
 * save cannot overwrite it (progress-repository.ts). Rows written before version 2 have none
 * until the upgrade gives them 1.
 */
export type ProgressRow = LessonProgress & { revision: number };

export type ProgressDb = Dexie & {
	progress: EntityTable<ProgressRow, 'key'>;
	setAside: EntityTable<SetAsideRecord, 'id'>;
	settings: EntityTable<SettingRecord, 'key'>;
};

export const DEFAULT_DB_NAME = 'datajam-course';

/**
 * Every schema change is a new `version(n)` with an upgrade and a test that old rows survive;
 * an old version is never edited.
 */
export function createProgressDb(name = DEFAULT_DB_NAME): ProgressDb {
	const db = new Dexie(name) as ProgressDb;
	db.version(1).stores({ progress: 'key, moduleId, updatedAt', setAside: '++id, at', settings: 'key' });
	// 2: every progress row carries its revision (the indexes stay the same).
	db.version(2)
		.stores({ progress: 'key, moduleId, updatedAt', setAside: '++id, at', settings: 'key' })
		.upgrade((tx) =>
			tx
				.table('progress')
				.toCollection()
				.modify((row: { revision?: unknown }) => {
					if (typeof row.revision !== 'number') row.revision = 1;
				})
		);
	return db;
}
