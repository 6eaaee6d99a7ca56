import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { measurePage, sizeOf, webManifest } from '../../scripts/measure-build';
import { baseUrl, button, continueToQuestion, launch, passContentNote, playerReady, ui, type Learner } from './browser';

/**
 * Budgets are on bytes and on layout, never on time. "The JS a page needs" is what its HTML
 * preloads (and what that imports): fetched with the page, needed before it responds. What the
 * page loads on its own afterwards, once it has painted (storage, the lesson machine), is
 * reported and held under a looser guard.
 */
const KB = 1024;
const LESSON_NEEDS = 85 * KB;
const HOME_NEEDS = 75 * KB;
const LESSON_ONCE_IDLE = 120 * KB;
const CLS = 0.02;
const LESSON = '/fr/introduction/what-is-trafficking/';

let learner: Learner | undefined;
afterEach(async () => {
	await learner?.close();
	learner = undefined;
});

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzipOf = (paths: string[]) => paths.map((p) => sizeOf(join('build', p)).gzip).reduce((a, b) => a + b, 0);

/** Every script the page asked for (the service worker's own excepted), with when, relative to its first paint. */
async function scriptsLoaded(page: Page) {
	return page.evaluate(() => {
		const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
		const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
			.filter((e) => new URL(e.name).pathname.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
		return { paint, scripts };
	});
}

describe('JavaScript budget (gzip -9)', () => {
	it(`a lesson page needs at most ${LESSON_NEEDS / KB} KB; storage and the lesson machine load after it has painted`, async () => {
		learner = await launch({ serviceWorkers: 'block' });
		const { page } = learner;
		await page.goto(baseUrl() + LESSON);
		await passContentNote(page, 'fr');
		await page.waitForLoadState('networkidle');
		const { paint, scripts } = await scriptsLoaded(page);
		const needed = measurePage('build', LESSON);
		const loaded = gzipOf(scripts.map((s) => s.path));
		console.log(`lesson page: needs ${kb(needed.gzip)} in ${needed.files} scripts; ${kb(loaded)} in ${scripts.length} scripts once idle`);
		expect(needed.gzip).toBeLessThanOrEqual(LESSON_NEEDS);
		expect(loaded).toBeLessThanOrEqual(LESSON_ONCE_IDLE);

		// The browser fetched every script the page needs, and the two big ones only after the first paint.
		const paths = new Set(scripts.map((s) => s.path));
		expect(needed.paths.filter((p) => !paths.has(p))).toEqual([]);
		const manifest = webManifest();
		for (const source of ['src/lib/progress/progress-db.ts', 'src/lib/lesson/lesson-session.svelte.ts']) {
			const file = '/' + manifest[source]!.file;
			expect(needed.paths, `${source} is not preloaded`).not.toContain(file);
			const request = scripts.find((s) => s.path === file);
			expect(request, `${source} was loaded`).toBeDefined();
			expect(paint, 'the page painted').toBeDefined();
			expect(request!.start, `${source} is asked for after the first paint`).toBeGreaterThan(paint!);
		}
	});

	it(`the course home needs at most ${HOME_NEEDS / KB} KB`, async () => {
		const needed = measurePage('build', '/fr/');
		console.log(`course home: needs ${kb(needed.gzip)} in ${needed.files} scripts`);
		expect(needed.gzip).toBeLessThanOrEqual(HOME_NEEDS);
		const dexie = '/' + webManifest()['src/lib/progress/progress-db.ts']!.file;
		expect(needed.paths).not.toContain(dexie);
	});
});

/** Adds up layout shifts (Chromium's layout-shift entries) not caused by the learner's own input. */
const watchShifts = () => {
	const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
	w.shifts = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[])
			if (!entry.hadRecentInput) w.shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
	}).observe({ type: 'layout-shift', buffered: true });
};
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
const score = (list: { value: number }[]) => list.reduce((sum, s) => sum + s.value, 0);

describe(`layout shift on a lesson page (CLS at most ${CLS})`, () => {
	it.each([
		[320, 640],
		[1280, 800]
	])('at %i × %i, on a first visit and on a return to a later step (the scroll restored by a reload)', async (width, height) => {
		learner = await launch({ viewport: { width, height } });
		const { page } = learner;
		await page.addInitScript(watchShifts);
		const path = '/fr/data-and-trafficking/why-data-is-scarce/';
		await page.goto(baseUrl() + path);
		await playerReady(page);
		await page.waitForLoadState('networkidle');
		const fresh = await shifts(page);
		console.log(`${width}: first visit`, JSON.stringify(fresh));
		expect(score(fresh)).toBeLessThanOrEqual(CLS);

		await continueToQuestion(page, 'fr');
		await page.locator('article.player input').nth(1).check();
		await button(page, ui.fr['lesson.check']).click();
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		await page.reload();
		await playerReady(page);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('article.player').getAttribute('data-phase')).toBe('feedback');
		const resumed = await shifts(page);
		console.log(`${width}: resumed`, JSON.stringify(resumed));
		expect(score(resumed)).toBeLessThanOrEqual(CLS);
	});
});
