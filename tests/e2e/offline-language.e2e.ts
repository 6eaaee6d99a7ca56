import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sizeOf } from '../../scripts/measure-build';
import { baseUrl, launch, passContentNote, ui, type Lang, type Learner } from './browser';

const KB = 1024;
/** A first visit stores the app and one language (every lesson and lab of it), not the whole site. */
const FIRST_VISIT = 600 * KB;
let learner: Learner | undefined;
afterEach(async () => {
	await learner?.context.setOffline(false);
	await learner?.close();
	learner = undefined;
});

/** Waits until a service worker controls the page (the first visit's precache is then complete). */
const controlled = (page: Page) =>
	page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});

/** The paths of everything the service worker holds. */
const cachedPaths = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys())
			for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});

/** A link of the language menu, the header's menu opened first (on a phone it folds away). */
async function languageLink(page: Page, lang: Lang, name: string) {
	const menu = page.locator('header details.menu');
	if ((await menu.count()) && !(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
	return page.getByRole('navigation', { name: ui[lang]['app.language'] }).getByRole('link', { name });
}

describe('offline, one language at a time', () => {
	it('the first visit keeps the app and the learner’s language only; another language is fetched on switching, and offline the page says it is missing', async () => {
		learner = await launch({ locale: 'en-CA' });
		const { page, context } = learner;
		await page.goto(baseUrl() + '/en/');
		await controlled(page);

		const first = await cachedPaths(page);
		expect(first).toContain('/content/en/data-and-trafficking/data-protection.json');
		expect(first.filter((p) => /^\/(content\/)?(fr|es)\//.test(p))).toEqual([]);
		// What a first visit downloads, gzip as a server sends it (the markers are not files).
		const files = first
			.filter((p) => !p.startsWith('/__offline-language/'))
			.map((p) => join('build', p.endsWith('/') ? p + 'index.html' : p));
		expect(files.filter((f) => !existsSync(f))).toEqual([]);
		const bytes = files.map((f) => sizeOf(f).gzip).reduce((a, b) => a + b, 0);
		console.log(`first-visit precache (en): ${(bytes / KB).toFixed(1)} KB gzip in ${files.length} files`);
		expect(bytes).toBeLessThanOrEqual(FIRST_VISIT);
		expect(first).not.toContain('/content/structure.json');

		// Offline, Spanish is not on the device: the page says so, in English, and stays.
		await context.setOffline(true);
		await (await languageLink(page, 'en', 'Español')).click();
		await expect.poll(() => page.getByText(ui.en['app.languageNotOffline.es']).isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/en/');

		// Online, the switch works and the worker fetches the whole of Spanish.
		await context.setOffline(false);
		await (await languageLink(page, 'en', 'Español')).click();
		await page.waitForURL(/\/es\/$/);
		await expect.poll(() => page.getByText(ui.en['app.languageNotOffline.es']).count()).toBe(0);
		await expect
			.poll(() => page.evaluate(async () => (await caches.match('/__offline-language/es')) !== undefined), { timeout: 30_000 })
			.toBe(true);

		// Offline again: a Spanish Module 2 lab lesson never opened plays from the cache ...
		await context.setOffline(true);
		await page.goto(baseUrl() + '/es/data-and-trafficking/data-protection/');
		await passContentNote(page, 'es');
		expect((await page.locator('article.player').innerText()).length).toBeGreaterThan(20);
		// ... and so does a page that is not precached (only a language's home page is): the shell
		// renders it from the cached content.
		await page.goto(baseUrl() + '/es/glossary/');
		await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(ui.es['glossary.title']);
		expect(await page.locator('main dl, main dt').count()).toBeGreaterThan(0);
		// ... and French, never asked for, is still missing: said in Spanish.
		await page.goto(baseUrl() + '/es/');
		await (await languageLink(page, 'es', 'Français')).click();
		await expect.poll(() => page.getByText(ui.es['app.languageNotOffline.fr']).isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/es/');
	});
});
