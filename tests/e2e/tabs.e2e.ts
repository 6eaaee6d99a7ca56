import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LessonBundle } from '../../src/lib/content/bundle';
import type { AnswerableInteraction } from '../../src/lib/course/types';
import { giveAnswer, rightAnswer, wrongAnswer } from './answers';
import {
	baseUrl,
	button,
	continueStep,
	expectNoAxeViolations,
	launch,
	passContentNote,
	playerReady,
	shownStep,
	ui,
	type Lang,
	type Learner
} from './browser';

// Two tabs of one browser (one context, one IndexedDB) on the same lesson of the built site.

let learner: Learner;
let errors: string[];
beforeEach(async () => {
	learner = await launch();
	errors = [];
});
afterEach(async () => {
	await learner.close();
	expect(errors, 'uncaught errors in the second tab').toEqual([]);
});

/** A second tab; `deaf`: it never hears of the other tab's saves (as if the message were lost), so only the revision check protects it. */
async function secondTab({ deaf = false } = {}): Promise<Page> {
	const page = await learner.context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	if (deaf) await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
	return page;
}

async function bundleOf(lang: Lang, moduleId: string, lessonId: string) {
	return (await (await learner.page.request.get(`${baseUrl()}/content/${lang}/${moduleId}/${lessonId}.json`)).json()) as LessonBundle;
}

async function open(page: Page, lang: Lang, moduleId: string, lessonId: string) {
	await page.goto(`${baseUrl()}/${lang}/${moduleId}/${lessonId}/`);
	await passContentNote(page, lang, lessonId);
	await playerReady(page);
}

/** The lesson's row as the app stored it in IndexedDB. */
function storedRow(page: Page, key: string) {
	return page.evaluate(async (key) => {
		const request = indexedDB.open('datajam-course');
		const db = await new Promise<IDBDatabase>(
			(resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = reject))
		);
		const get = db.transaction('progress').objectStore('progress').get(key);
		const row = await new Promise<Record<string, unknown> | undefined>((resolve) => (get.onsuccess = () => resolve(get.result)));
		db.close();
		return row as
			| {
					path: string[];
					livePhase: string;
					score: { earned: number; max: number };
					attempts: Record<string, unknown[]>;
					quiz?: { attempt: number; best?: { earned: number; max: number } };
					passed?: boolean;
					revision: number;
			  }
			| undefined;
	}, key);
}

async function answer(page: Page, lang: Lang, bundle: LessonBundle, right: boolean) {
	const { step } = await shownStep(page);
	const interaction = bundle.lesson.steps[step!]!.interaction as AnswerableInteraction;
	await giveAnswer(page, step!, interaction, right ? rightAnswer(interaction) : wrongAnswer(interaction));
	await button(page, ui[lang]['lesson.check']).press('Enter');
}

const notice = (page: Page, lang: Lang) => page.getByRole('status').filter({ hasText: ui[lang]['lesson.changedElsewhere'] });
const where = (page: Page) => shownStep(page);

describe('two tabs on one lesson', () => {
	it('an answer in each tab, the second from a stale tab: both are kept, the stale tab is told, a reload shows both', async () => {
		const lang: Lang = 'fr';
		const bundle = await bundleOf(lang, 'case-studies', 'ctdc');
		const key = 'case-studies/ctdc';
		const a = learner.page;
		await open(a, lang, 'case-studies', 'ctdc');
		await continueStep(a, lang);
		await continueStep(a, lang);
		expect(await where(a)).toEqual({ step: 'q-founders', phase: 'presenting' });

		const b = await secondTab({ deaf: true });
		await open(b, lang, 'case-studies', 'ctdc');
		expect(await where(b)).toEqual({ step: 'q-founders', phase: 'presenting' });

		// A answers right and goes two steps on.
		await answer(a, lang, bundle, true);
		await a.locator('article.player[data-phase="feedback"]').waitFor();
		await continueStep(a, lang);
		await continueStep(a, lang);
		const ahead = await where(a);
		expect(ahead).toEqual({ step: 'tf-standard', phase: 'presenting' });
		const afterA = (await storedRow(a, key))!;
		expect(afterA.score.earned).toBeGreaterThan(0);

		// B, which never heard of it, answers the old step wrongly: refused, told, it shows A's place.
		expect(await notice(b, lang).count()).toBe(0);
		await answer(b, lang, bundle, false);
		await notice(b, lang).waitFor();
		await expect.poll(() => where(b)).toEqual(ahead);
		expect(await b.locator('.feedback').count()).toBe(0);
		expect(await storedRow(a, key)).toEqual(afterA);
		await expectNoAxeViolations(b, 'the stale tab, told');

		// From there B answers the next question: A's answer and B's are both stored.
		await answer(b, lang, bundle, true);
		await b.locator('article.player[data-phase="feedback"]').waitFor();
		expect(await notice(b, lang).count()).toBe(0);
		const both = (await storedRow(a, key))!;
		expect(Object.keys(both.attempts).sort()).toEqual(['q-founders', 'tf-standard']);
		expect(both.attempts['q-founders']).toEqual(afterA.attempts['q-founders']);
		expect(both.score.earned).toBeGreaterThan(afterA.score.earned);

		// A, stale in turn (B's tab could not tell it), answers the same question wrongly: refused, told, it shows B's answer.
		await answer(a, lang, bundle, false);
		await notice(a, lang).waitFor();
		await expect.poll(() => where(a)).toEqual({ step: 'tf-standard', phase: 'feedback' });
		expect(await storedRow(a, key)).toEqual(both);

		// A reload of both shows the merged progress: B's answer on screen, both answers and the score stored.
		for (const page of [a, b]) {
			await page.reload();
			await passContentNote(page, lang, 'ctdc');
			await playerReady(page);
			await expect.poll(() => where(page)).toEqual({ step: 'tf-standard', phase: 'feedback' });
			// The notice was for the change it saw, not for ever.
			expect(await notice(page, lang).count()).toBe(0);
		}
		expect(await storedRow(a, key)).toEqual(both);
	});

	it('an idle tab shows the other tab’s answer and step by itself, without a reload, and is told', async () => {
		const lang: Lang = 'es';
		const bundle = await bundleOf(lang, 'case-studies', 'ctdc');
		const a = learner.page;
		const b = await secondTab();
		await open(a, lang, 'case-studies', 'ctdc');
		await open(b, lang, 'case-studies', 'ctdc');
		await continueStep(a, lang);
		await expect.poll(() => where(b)).toEqual({ step: 'launch', phase: 'presenting' });
		await notice(b, lang).waitFor();
		await continueStep(a, lang);
		await answer(a, lang, bundle, true);
		await expect.poll(() => where(b)).toEqual({ step: 'q-founders', phase: 'feedback' });
		expect(await b.locator('.feedback').count()).toBe(1);
		expect(await notice(a, lang).count()).toBe(0);

		// B goes on from there; A follows it in turn, and B's notice goes once its learner acts.
		await continueStep(b, lang);
		expect(await notice(b, lang).count()).toBe(0);
		await expect.poll(() => where(a)).toEqual({ step: 'harmonise', phase: 'presenting' });
		await notice(a, lang).waitFor();
	});

	it('a quiz’s best score and pass never drop, whichever tab finishes last', async () => {
		const lang: Lang = 'en';
		const bundle = await bundleOf(lang, 'data-and-trafficking', 'quiz');
		const key = 'data-and-trafficking/quiz';
		const a = learner.page;
		const b = await secondTab();
		await open(a, lang, 'data-and-trafficking', 'quiz');
		await open(b, lang, 'data-and-trafficking', 'quiz');

		const playAttempt = async (page: Page, right: boolean) => {
			for (let i = 0; i < 40; i++) {
				const { step, phase } = await where(page);
				if (phase === 'completed') return;
				const interaction = bundle.lesson.steps[step!]!.interaction;
				if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
					await answer(page, lang, bundle, right);
					await page.locator('article.player[data-phase="feedback"]').waitFor();
				}
				await continueStep(page, lang);
			}
			throw new Error('the attempt did not end');
		};
		const bestOf = async () => {
			const row = (await storedRow(a, key))!;
			return { ratio: row.quiz?.best && row.quiz.best.earned / row.quiz.best.max, passed: row.passed, attempt: row.quiz?.attempt };
		};
		const tryAgain = async (page: Page, attempt: number) => {
			await button(page, ui[lang]['quiz.newAttempt']).press('Enter');
			await page.locator('article.player[data-step="intro"]').waitFor();
			await expect.poll(async () => (await storedRow(page, key))?.quiz?.attempt).toBe(attempt);
		};

		// A fails attempt 1; B, idle, shows A's results by itself, then passes attempt 2.
		await playAttempt(a, false);
		expect(await bestOf()).toEqual({ ratio: 0, passed: false, attempt: 1 });
		await expect.poll(() => where(b)).toEqual({ step: 'results', phase: 'completed' });
		await tryAgain(b, 2);
		await playAttempt(b, true);
		expect(await bestOf()).toEqual({ ratio: 1, passed: true, attempt: 2 });
		// A, idle, shows B's pass; its learner tries again and fails: the pass and the best stay.
		await expect.poll(() => a.locator('.results .verdict[data-passed="true"]').count()).toBe(1);
		await tryAgain(a, 3);
		expect(await bestOf()).toEqual({ ratio: 1, passed: true, attempt: 3 });
		await playAttempt(a, false);
		expect(await bestOf()).toEqual({ ratio: 1, passed: true, attempt: 3 });
		await expect.poll(() => where(b)).toEqual({ step: 'results', phase: 'completed' });

		await b.goto(`${baseUrl()}/${lang}/data-and-trafficking/`);
		await expect.poll(() => b.getByText(ui[lang]['module.quizBest'].replace('{{percent}}', '100')).isVisible()).toBe(true);
	}, 240_000);
});
