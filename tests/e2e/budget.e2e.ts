import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage, sizeOf } from '../../scripts/measure-build';
import { baseUrl, launch, passContentNote, type Learner } from './browser';

/** Budgets are in bytes of gzip -9 JavaScript, never in seconds. */
const LESSON_PAGE_LIMIT = 150 * 1024;

let learner: Learner;
beforeAll(async () => {
	learner = await launch();
});
afterAll(() => learner.close());

describe('JavaScript budget', () => {
	it('a lesson page loads less than 150 KB of gzip JS, measured in the browser', async () => {
		const scripts = new Set<string>();
		learner.page.on('response', (response) => {
			if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) scripts.add(new URL(response.url()).pathname);
		});
		await learner.page.goto(baseUrl() + '/fr/introduction/what-is-trafficking/');
		await passContentNote(learner.page, 'fr');
		const pageScripts = [...scripts].filter((p) => p !== '/service-worker.js');
		const gzip = pageScripts.map((p) => sizeOf(join('build', p)).gzip).reduce((a, b) => a + b, 0);
		console.log(`lesson page: ${pageScripts.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip in the browser`);
		expect(pageScripts.length).toBeGreaterThan(3);
		expect(gzip).toBeLessThan(LESSON_PAGE_LIMIT);
		// The bench script's static reading of the same page must agree with what the browser loaded.
		const bench = measurePage('build', '/fr/introduction/what-is-trafficking/');
		expect(Math.abs(bench.gzip - gzip)).toBeLessThan(5 * 1024);
	});
});
