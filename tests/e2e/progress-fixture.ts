import type { Page } from 'playwright-core';
import type { ModuleOutline } from '../../src/lib/content/bundle';

/**
 * Fixture: completed progress for every lesson, each quiz passed at 90%, written where the app keeps it (the page
 * must be on the site, which opens its database first).
 */
export async function seedCompletedCourse(page: Page, modules: ModuleOutline[]) {
	await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'datajam-course'));
	await page.evaluate(async (modules) => {
		const open = indexedDB.open('datajam-course');
		const db = await new Promise<IDBDatabase>(
			(resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = reject))
		);
		const tx = db.transaction('progress', 'readwrite');
		const now = new Date().toISOString();
		for (const m of modules)
			for (const l of m.lessons)
				tx.objectStore('progress').put({
					schemaVersion: 1,
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
