import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, button, launch, ui, type Learner } from './browser';

const WORKER = resolve('build/service-worker.js');
let learner: Learner | undefined;
let original: string | undefined;

afterEach(async () => {
	if (original !== undefined) writeFileSync(WORKER, original);
	original = undefined;
	await learner?.close();
	learner = undefined;
});

describe('a new version of the site', () => {
	it('is announced to a learner who has the old one, and reloading switches to it', async () => {
		learner = await launch();
		const { page } = learner;
		await page.goto(baseUrl() + '/en/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		});
		expect(await page.getByText(ui.en['app.updateAvailable']).count()).toBe(0);

		// What the update must clear (an older version's cache) and must keep (another part of the
		// site's own cache: the Trainers page's package parts).
		await page.evaluate(async () => {
			await (await caches.open('datajam-course-an-older-version')).put('/old', new Response('old'));
			await (await caches.open('datajam-package-parts')).put('/package-parts/kept', new Response('kept'));
		});

		// "Deploy": a service worker that differs by one byte is a new version to the browser.
		original = readFileSync(WORKER, 'utf8');
		writeFileSync(WORKER, `${original}\n// deployed again`);
		await page.reload();
		await expect.poll(() => page.getByText(ui.en['app.updateAvailable']).isVisible()).toBe(true);

		await Promise.all([page.waitForEvent('load'), button(page, ui.en['app.reload']).click()]);
		await expect.poll(() => page.getByText(ui.en['app.updateAvailable']).count()).toBe(0);
		const workerText = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return (await fetch(registration!.active!.scriptURL, { cache: 'no-store' })).text();
		});
		expect(workerText).toContain('// deployed again');
		// The new version keeps the learner's language offline, in its own cache (the old one is gone).
		const kept = await page.evaluate(async () => ({
			caches: (await caches.keys()).filter((key) => key.startsWith('datajam-course-')).length,
			packageParts: (await caches.match('/package-parts/kept')) !== undefined,
			english: (await caches.match('/__offline-language/en')) !== undefined,
			lesson: (await caches.match('/content/en/introduction/what-is-trafficking.json')) !== undefined
		}));
		expect(kept).toEqual({ caches: 1, packageParts: true, english: true, lesson: true });
	});
});
