import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { LessonBundle } from '../../src/lib/content/bundle';
import { webManifest } from '../../scripts/measure-build';
import { baseUrl, button, continueToQuestion, launch, playerReady, shownStep, ui, type Learner } from './browser';

let learner: Learner | undefined;
afterEach(async () => {
	await learner?.close();
	learner = undefined;
});

const bundleOf = (lang: string, path: string) =>
	JSON.parse(readFileSync(`build/content/${lang}/${path.replace(/\/$/, '')}.json`, 'utf8')) as LessonBundle;
/** The text a reader sees: glossary definitions stay folded until their term is pressed. */
const textOf = (html: string) =>
	html
		.replace(/<span class="term-definition"[^>]*>.*?<\/span>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/\s+/g, ' ')
		.trim();

/** A phone on a slow network, as the bench measures: 150 ms latency, 1.6 Mbps, CPU 4× slower. */
async function throttle(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

describe('the lesson on screen before any script', () => {
	it.each([
		['fr', 'introduction/what-is-trafficking'],
		['en', 'data-and-trafficking/why-data-is-scarce'],
		['es', 'case-studies/traffik-analysis-hub']
	])('with JavaScript off, %s /%s/ shows its content note (if any) and its first step', async (lang, path) => {
		learner = await launch({ javaScriptEnabled: false });
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/${path}/`);
		const { lesson, text } = bundleOf(lang, path);
		const first = lesson.initialStepId;
		expect((await page.locator('#step-title').innerText()).replace(/\s+/g, ' ')).toBe(textOf(text[`${first}.title`]!));
		const body = textOf(text[`${first}.body`]!);
		expect((await page.locator('#step-body').innerText()).replace(/\s+/g, ' ')).toContain(body.slice(0, 80));
		expect(await page.locator('#step-body').isVisible()).toBe(true);
		if (lesson.sensitive) {
			expect(await page.locator('.content-note').isVisible()).toBe(true);
			// Nothing to continue to without scripts: the lesson is already below the note.
			expect(await button(page, ui[lang as 'fr']['lesson.contentNoteContinue']).isVisible()).toBe(false);
		}
		expect(await page.getByText(ui[lang as 'fr']['lesson.loading']).count()).toBe(0);
	});
});

describe('storage loads after the lesson is on screen', () => {
	it('an answer given before storage has opened, on a throttled phone, is kept after a reload', async () => {
		learner = await launch({ serviceWorkers: 'block' });
		const { page, context } = learner;
		// Storage (Dexie) is held back until the learner has answered: the answer cannot wait for it.
		const storageChunk = webManifest()['src/lib/progress/progress-db.ts']!.file;
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let storageAsked = false;
		await context.route(`**/${storageChunk}`, async (route) => {
			storageAsked = true;
			await released;
			await route.continue();
		});
		await throttle(page);
		const path = '/en/data-and-trafficking/why-data-is-scarce/';
		await page.goto(baseUrl() + path);
		// Scripts run (the run has started) but storage is not open.
		await page.locator('.lesson-run[data-run="starting"]').waitFor();
		await continueToQuestion(page, 'en');
		const choice = page.locator('article.player input').nth(1);
		const value = await choice.getAttribute('value');
		await choice.check();
		await button(page, ui.en['lesson.check']).click();
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		const answered = await shownStep(page);
		expect(await page.locator('.lesson-run').getAttribute('data-run')).toBe('starting');
		expect(storageAsked).toBe(true);

		release();
		await page.locator('.lesson-run[data-run="ready"]').waitFor();
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						new Promise<string | undefined>((done) => {
							const open = indexedDB.open('datajam-course');
							open.onsuccess = () => {
								const db = open.result;
								if (!db.objectStoreNames.contains('progress')) return done(undefined);
								const get = db.transaction('progress').objectStore('progress').get('data-and-trafficking/why-data-is-scarce');
								get.onsuccess = () => done(get.result?.livePhase);
							};
							open.onerror = () => done(undefined);
						})
				)
			)
			.toBe('feedback');

		await context.unroute(`**/${storageChunk}`);
		await page.reload();
		await playerReady(page);
		expect(await shownStep(page)).toEqual(answered);
		expect(await page.locator(`article.player input[value="${value}"]`).isChecked()).toBe(true);
	});
});
