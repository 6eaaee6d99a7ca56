import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LessonProgress } from '../course/progress';
import { createProgressDb, type ProgressDb } from './progress-db';
import { EXPORT_FORMAT, ProgressRepository } from './progress-repository';

let counter = 0;
const dbs: ProgressDb[] = [];

function repository() {
	const db = createProgressDb(`test-${++counter}`);
	dbs.push(db);
	return { db, repo: new ProgressRepository(db) };
}

afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

const progress = (overrides: Partial<LessonProgress> = {}): LessonProgress => ({
	schemaVersion: 1,
	key: 'introduction/what-is-trafficking',
	moduleId: 'introduction',
	lessonId: 'what-is-trafficking',
	contentVersion: 'abc123',
	language: 'fr',
	status: 'in-progress',
	path: ['intro', 'q1'],
	position: 1,
	livePhase: 'feedback',
	attempts: { q1: [{ answer: 'b', group: 0 }] },
	score: { earned: 1, max: 1 },
	misconceptions: [],
	startedAt: '2026-11-29T10:00:00.000Z',
	updatedAt: '2026-11-29T10:05:00.000Z',
	...overrides
});

describe('ProgressRepository', () => {
	it('saves and reads a lesson back exactly', async () => {
		const { repo } = repository();
		await repo.save(progress());
		expect(await repo.get('introduction/what-is-trafficking')).toEqual({ value: progress(), setAside: 0 });
	});

	it('keeps one row per lesson whatever the language', async () => {
		const { repo } = repository();
		await repo.save(progress({ language: 'fr' }));
		await repo.save(progress({ language: 'es', position: 0 }));
		const { value } = await repo.all();
		expect(value).toHaveLength(1);
		expect(value[0]).toMatchObject({ language: 'es', position: 0 });
	});

	it.each([
		['a row from an unknown schema version', { ...progress(), schemaVersion: 9 }],
		['a row missing its fields', { key: 'introduction/what-is-trafficking', junk: '\u0000\u0001' }],
		['a row with a position past its path', { ...progress(), position: 7 }],
		['a row with a broken answer', { ...progress(), attempts: { q1: [{ answer: { evil: true }, group: 0 }] } }]
	])('sets aside %s, keeps it, and carries on', async (_name, raw) => {
		const { db, repo } = repository();
		await db.progress.put(progress({ key: 'introduction/other', lessonId: 'other' }));
		await db.progress.put(raw as never);
		const result = await repo.all();
		expect(result.setAside).toBe(1);
		expect(result.value.map((p) => p.key)).toEqual(['introduction/other']);
		const kept = await db.setAside.toArray();
		expect(kept).toHaveLength(1);
		expect(kept[0]!.raw).toEqual(raw);
		expect(kept[0]!.reason).not.toBe('');
		expect((await repo.exportData()).setAside).toHaveLength(1);
	});

	it('exports everything as one JSON document', async () => {
		const { repo } = repository();
		await repo.save(progress());
		const exported = await repo.exportData(new Date('2026-11-29T12:00:00Z'));
		expect(exported).toEqual({
			format: EXPORT_FORMAT,
			formatVersion: 1,
			exportedAt: '2026-11-29T12:00:00.000Z',
			progress: [progress()],
			setAside: []
		});
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});

	it('erases all data', async () => {
		const { db, repo } = repository();
		await repo.save(progress());
		await db.setAside.add({ table: 'progress', key: 'x', raw: 1, reason: 'r', at: 'now' });
		await repo.eraseAll();
		expect(await db.progress.count()).toBe(0);
		expect(await db.setAside.count()).toBe(0);
	});
});
