import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import en from '../../src/lib/i18n/locales/en.json';
import es from '../../src/lib/i18n/locales/es.json';
import fr from '../../src/lib/i18n/locales/fr.json';

export const ui = { fr, en, es };
export type Lang = keyof typeof ui;
export const baseUrl = () => inject('baseUrl');

// Debian's Chromium, started the way this machine allows: no background network, no sandbox (root).
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Learner {
	context: BrowserContext;
	page: Page;
	profile: string;
	/** Every URL the pages asked for, to prove nothing leaves the origin. */
	requests: string[];
	/** Closes the browser and starts it again on the same profile: a real restart. */
	restart(): Promise<Learner>;
	close(): Promise<void>;
}

export async function launch(
	options: {
		profile?: string;
		locale?: string;
		viewport?: { width: number; height: number };
		javaScriptEnabled?: boolean;
		/** 'block': the page talks to the network itself (request routing then sees every request). */
		serviceWorkers?: 'allow' | 'block';
	} = {}
): Promise<Learner> {
	const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'course-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
		locale: options.locale ?? 'en-CA',
		viewport: options.viewport ?? { width: 390, height: 844 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		serviceWorkers: options.serviceWorkers ?? 'allow'
	});
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const learner: Learner = {
		context,
		page,
		profile,
		requests,
		async restart() {
			await context.close();
			return launch({ ...options, profile });
		},
		async close() {
			await context.close();
			expect(errors, 'uncaught errors in the page').toEqual([]);
			rmSync(profile, { recursive: true, force: true });
		}
	};
	return learner;
}

export async function expectNoAxeViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const button = (page: Page | Frame, name: string) => page.getByRole('button', { name, exact: true });

/** The lesson on screen once it plays from stored progress (before, the page shows the lesson's start). */
const READY = '.lesson-run[data-run="ready"]';

/** Waits until the lesson player has loaded stored progress and shows a step. */
export async function playerReady(page: Page | Frame) {
	await page.locator(`${READY} article.player`).waitFor();
}

export async function shownStep(page: Page | Frame) {
	const player = page.locator('article.player');
	return { step: await player.getAttribute('data-step'), phase: await player.getAttribute('data-phase') };
}

/** The lesson a page's address names: its last path segment (a package's path follows "#"). */
function lessonInAddress(page: Page | Frame) {
	const url = new URL(page.url());
	const path = url.hash.startsWith('#/') ? url.hash.slice(1) : url.pathname;
	return path.split('/').filter(Boolean).at(-1);
}

/**
 * Waits for the lesson to load; passes its content note when it has one. `lessonId` (by default
 * the one in the address) tells this lesson from the one still on screen right after a link.
 */
export async function passContentNote(page: Page | Frame, lang: Lang, lessonId = lessonInAddress(page)) {
	const note = page
		.locator(`${READY} .content-note[data-lesson="${lessonId}"]`)
		.getByRole('button', { name: ui[lang]['lesson.contentNoteContinue'], exact: true });
	const player = page.locator(`${READY} article.player[data-lesson="${lessonId}"]`);
	await note.or(player).first().waitFor();
	if (await note.isVisible()) await note.click();
	await player.waitFor();
}

/**
 * Plays the open lesson to its end as a learner would: on a question, pick the first option,
 * check it, then continue; pass the content note when there is one.
 */
export async function playToEnd(page: Page | Frame, lang: Lang, maxSteps = 60) {
	const t = ui[lang];
	await passContentNote(page, lang);
	for (let i = 0; i < maxSteps; i++) {
		const { phase } = await shownStep(page);
		if (phase === 'completed') return;
		if (phase === 'presenting') {
			const check = button(page, t['lesson.check']);
			if (await check.count()) {
				if (await check.isDisabled()) await answerAnything(page);
				await check.click();
				await page.locator('article.player[data-phase="feedback"]').waitFor();
				continue;
			}
		}
		await continueStep(page, lang);
	}
	throw new Error('the lesson did not end');
}

/** Fills whatever the question on screen needs with its first options (not necessarily right). */
async function answerAnything(page: Page | Frame) {
	const root = page.locator('article.player form');
	for (const select of await root.locator('select').all()) await select.selectOption({ index: 1 });
	const groups = root.locator('.pair__choices');
	for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input').first().check();
	if (await root.locator('button[type="submit"]').isDisabled())
		await root.locator('input[type="radio"], input[type="checkbox"]').first().check();
}

/** Presses Continue and waits until another step or phase is on screen. */
export async function continueStep(page: Page | Frame, lang: Lang) {
	const before = await shownStep(page);
	await button(page, ui[lang]['lesson.continue']).press('Enter');
	await page.waitForFunction((prev) => {
		const el = document.querySelector('article.player');
		return el && (el.getAttribute('data-step') !== prev.step || el.getAttribute('data-phase') !== prev.phase);
	}, before);
}

/** Continues until the step on screen is a question (`until` is on screen); a lesson without one fails, it does not hang. */
export async function continueToQuestion(page: Page | Frame, lang: Lang, until = 'article.player form', maxSteps = 40) {
	for (let steps = 0; (await page.locator(until).count()) === 0; steps++) {
		if (steps === maxSteps) throw new Error(`no ${until} within ${maxSteps} steps`);
		await continueStep(page, lang);
	}
}
