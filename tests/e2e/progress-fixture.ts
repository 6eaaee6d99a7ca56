import type { Page } from 'playwright-core';
import type { ModuleOutline } from '../../src/lib/content/bundle';

/**
 * Fixture: completed progress for every lesson, each quiz passed at 90%, written where the app keeps it (the page
 * must be on the site, which opens its database first).
 */
export async function seedCompletedCourse(page: Page, modules: ModuleOutline[]) {
	await page.evaluate(async (modules) => {
		// The app creates its database after the first paint, and Chromium may list it before its
		// stores exist; opening it then would create it empty. Open only the listed version, and
		// give up (never create) when it is not there yet.
		const openExisting = async () => {
			const listed = (await indexedDB.databases()).find((d) => d.name === 'datajam-course');
			if (!listed?.version || listed.version <= 1) return undefined;
			const open = indexedDB.open('datajam-course', listed.version);
			open.onupgradeneeded = () => open.transaction?.abort();
			const db = await new Promise<IDBDatabase | undefined>((resolve) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => resolve(undefined);
			});
			if (db && !db.objectStoreNames.contains('progress')) return void db.close();
			return db;
		};
		let db: IDBDatabase | undefined;
		for (let tries = 0; !db && tries < 200; tries++) {
			db = await openExisting();
			if (!db) await new Promise((resolve) => setTimeout(resolve, 100));
		}
		if (!db) throw new Error('the app never created its database');
		const tx = db.transaction('progress', 'readwrite');
		const now = new Date().toISOString();
		for (const m of modules)
			for (const l of m.lessons)
				tx.objectStore('progress').put({
					schemaVersion: 1,
					revision: 1,
					key: `${m.id}/${l.id}`,
					moduleId: m.id,
					lessonId: l.id,
					contentVersion: l.contentVersion,
					language: 'en',
					status: 'completed',
					path: ['done'],
					position: 0,
					livePhase: 'completed',
					attempts: {},
					score: { earned: 9, max: 10 },
					misconceptions: [],
					...(l.quiz ? { quiz: { attempt: 1, best: { earned: 9, max: 10 } }, passed: true } : {}),
					startedAt: now,
					updatedAt: now
				});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, modules);
}
