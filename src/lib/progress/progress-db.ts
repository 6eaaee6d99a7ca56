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

export type ProgressDb = Dexie & {
	progress: EntityTable<LessonProgress, 'key'>;
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
	return db;
}
