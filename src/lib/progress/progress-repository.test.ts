import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LessonProgress } from '../course/progress';
import { createProgressDb, type ProgressDb } from './progress-db';
import { EXPORT_FORMAT, ProgressRepository } from './progress-repository';

let counter = 0;
const dbs: ProgressDb[] = [];
const repos: ProgressRepository[] = [];

function repository(name = `test-${++counter}`) {
	const db = createProgressDb(name);
	const repo = new ProgressRepository(db);
	dbs.push(db);
	repos.push(repo);
	return { db, repo };
}

/** Two tabs of one browser: two connections to the same database, each with its own repository. */
function twoTabs() {
	const name = `test-${++counter}`;
	return [repository(name).repo, repository(name).repo] as const;
}

afterEach(async () => {
	for (const repo of repos.splice(0)) repo.close();
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
		expect(await repo.get('introduction/what-is-trafficking')).toEqual({ value: progress(), setAside: 0, revision: 1 });
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
		['a row with a broken answer', { ...progress(), attempts: { q1: [{ answer: { evil: true }, group: 0 }] } }],
		['a row with a negative seed', { ...progress(), seed: -1 }],
		['a row with a seed past 20 bits', { ...progress(), seed: 2 ** 20 }],
		['a row with a seed that is not a number', { ...progress(), seed: '12' }]
	])('sets aside %s, keeps it, and carries on', async (_name, raw) => {
		const { db, repo } = repository();
		await db.progress.put({ ...progress({ key: 'introduction/other', lessonId: 'other' }), revision: 1 });
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

describe('ProgressRepository: two tabs on one lesson', () => {
	const key = 'introduction/what-is-trafficking';
	// Tab A answered q1 right and went two steps on; tab B still shows q1 and answers it wrong.
	const ahead = progress({
		path: ['intro', 'q1', 'explain', 'q2'],
		position: 3,
		livePhase: 'presenting',
		updatedAt: '2026-11-29T10:06:00.000Z'
	});
	const staleWrong = progress({ attempts: { q1: [{ answer: 'c', group: null }] }, score: { earned: 0, max: 1 } });

	it('bumps the revision on every save that builds on the stored one', async () => {
		const { repo } = repository();
		expect(await repo.get(key)).toEqual({ value: undefined, setAside: 0, revision: 0 });
		expect(await repo.save(progress(), 0)).toEqual({ saved: true, revision: 1 });
		expect(await repo.save(ahead, 1)).toEqual({ saved: true, revision: 2 });
		expect(await repo.get(key)).toMatchObject({ value: ahead, revision: 2 });
	});

	it('refuses a save from an older revision, keeps the newer progress and returns it', async () => {
		const [a, b] = twoTabs();
		await a.save(progress(), 0);
		const { revision: read } = await b.get(key);
		expect((await a.save(ahead, 1)).revision).toBe(2);
		expect(await b.save(staleWrong, read)).toEqual({ saved: false, revision: 2, current: ahead });
		expect(await a.get(key)).toMatchObject({ value: ahead, revision: 2 });
		// B, now showing the newest, saves again from it.
		expect(await b.save({ ...ahead, position: 2 }, 2)).toEqual({ saved: true, revision: 3 });
	});

	it('writes what a stale save adds to the newer row (a better quiz score) as a new revision', async () => {
		const [a, b] = twoTabs();
		const quizKey = { key: 'introduction/quiz', lessonId: 'quiz' };
		const newAttempt = progress({
			...quizKey,
			path: ['intro'],
			position: 0,
			livePhase: 'presenting',
			attempts: {},
			quiz: { attempt: 2, best: { earned: 2, max: 5 } },
			passed: false
		});
		const passedFirst = progress({
			...quizKey,
			status: 'completed',
			path: ['intro', 'done'],
			livePhase: 'completed',
			position: 1,
			quiz: { attempt: 1, best: { earned: 5, max: 5 } },
			passed: true
		});
		await a.save(newAttempt, 0);
		const outcome = await b.save(passedFirst, 0);
		expect(outcome).toEqual({
			saved: false,
			revision: 2,
			current: { ...newAttempt, quiz: { attempt: 2, best: { earned: 5, max: 5 } }, passed: true }
		});
		expect((await a.get('introduction/quiz')).value).toEqual(outcome.saved ? undefined : outcome.current);
	});

	it('does not bring back progress erased in another tab', async () => {
		const [a, b] = twoTabs();
		await a.save(progress(), 0);
		await a.eraseAll();
		expect(await b.save(ahead, 1)).toEqual({ saved: false, revision: 0, current: undefined });
		expect(await b.get(key)).toEqual({ value: undefined, setAside: 0, revision: 0 });
	});

	it('checks and bumps in one transaction: of two saves from the same revision exactly one lands', async () => {
		const [a, b] = twoTabs();
		await a.save(progress(), 0);
		const outcomes = await Promise.all([a.save(ahead, 1), b.save(staleWrong, 1)]);
		expect(outcomes.filter((o) => o.saved)).toHaveLength(1);
		expect((await a.get(key)).revision).toBe(2);
	});

	it('tells the other tabs of each write, and not the tab that wrote', async () => {
		const [a, b] = twoTabs();
		const heardByA = vi.fn();
		const heardByB = vi.fn();
		a.onChange(heardByA);
		b.onChange(heardByB);
		await a.save(progress(), 0);
		await vi.waitFor(() => expect(heardByB).toHaveBeenCalledWith(key));
		await a.eraseAll();
		await vi.waitFor(() => expect(heardByB).toHaveBeenLastCalledWith(null));
		expect(heardByA).not.toHaveBeenCalled();
	});

	it('gives each row kept by version 1 a revision when the database upgrades, and loses nothing', async () => {
		const name = `test-${++counter}`;
		const old = new Dexie(name);
		old.version(1).stores({ progress: 'key, moduleId, updatedAt', setAside: '++id, at', settings: 'key' });
		const other = progress({ key: 'introduction/other', lessonId: 'other', status: 'completed', livePhase: 'completed' });
		await old.table('progress').bulkPut([progress(), other]);
		await old.table('settings').put({ key: 'certificateName', value: 'Ana' });
		old.close();

		const { db, repo } = repository(name);
		// Rows come back in key order.
		expect(await repo.all()).toEqual({ value: [other, progress()], setAside: 0 });
		expect(await db.progress.toArray()).toEqual([
			{ ...other, revision: 1 },
			{ ...progress(), revision: 1 }
		]);
		expect(await repo.getSetting('certificateName')).toBe('Ana');
		expect(db.verno).toBe(2);
		expect(await repo.save(ahead, 0)).toMatchObject({ saved: false, current: progress() });
		expect(await repo.save(ahead, 1)).toEqual({ saved: true, revision: 2 });
		expect((await repo.exportData()).progress).toContainEqual(ahead);
	});
});
