import { afterEach, describe, expect, it } from 'vitest';
import {
	baseUrl,
	button,
	continueStep,
	continueToQuestion,
	launch,
	passContentNote,
	playToEnd,
	playerReady,
	shownStep,
	ui,
	type Lang,
	type Learner
} from './browser';

let learner: Learner | undefined;
afterEach(async () => {
	await learner?.close();
	learner = undefined;
});

const LESSONS: Record<Lang, string> = {
	en: '/en/introduction/what-is-trafficking/',
	fr: '/fr/data-and-trafficking/why-data-is-scarce/',
	es: '/es/case-studies/traffik-analysis-hub/'
};

/** The options of the step on screen, in the order shown (ids, whatever the language). */
const shownOrder = (l: Learner) =>
	l.page.locator('article.player form[data-order="shown"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** Opens a lesson and answers its first question (wrongly if it can), leaving feedback on screen. */
async function answerFirstQuestion(l: Learner, lang: Lang, path: string) {
	const { page } = l;
	const t = ui[lang];
	await page.goto(baseUrl() + path);
	await passContentNote(page, lang);
	await continueToQuestion(page, lang);
	const choice = page.locator('article.player input').nth(1);
	const value = await choice.getAttribute('value');
	await choice.check();
	await button(page, t['lesson.check']).click();
	await page.locator('article.player[data-phase="feedback"]').waitFor();
	return { ...(await shownStep(page)), value };
}

describe('a learner', () => {
	it.each(Object.entries(LESSONS) as [Lang, string][])('plays a lesson to the end in %s and sees it completed', async (lang, path) => {
		learner = await launch();
		const { page } = learner;
		const t = ui[lang];
		await page.goto(baseUrl() + path);
		await playToEnd(page, lang);
		// The next action first, then the references, folded until asked for.
		const nextAction = page.locator('nav.actions .button').first();
		const fold = page.locator('details.references-fold');
		await nextAction.waitFor();
		expect(
			await nextAction.evaluate((a, f) => a.compareDocumentPosition(f!) & Node.DOCUMENT_POSITION_FOLLOWING, await fold.elementHandle())
		).toBeTruthy();
		expect(await page.getByRole('heading', { name: t['lesson.references'] }).isVisible()).toBe(false);
		await fold.locator('summary').press('Enter');
		await expect.poll(() => page.getByRole('heading', { name: t['lesson.references'] }).isVisible()).toBe(true);
		expect(await page.locator('.references li').count()).toBeGreaterThan(0);
		await page.getByRole('link', { name: t['lesson.backToModule'] }).click();
		await expect.poll(() => page.locator('.lesson[data-status="completed"]').count()).toBe(1);
		expect(await page.locator('.lesson[data-status="completed"] .status').innerText()).toContain(t['module.status.completed']);
	});

	it('resumes at the same step with the same answer after a reload and after a browser restart', async () => {
		learner = await launch();
		const answered = await answerFirstQuestion(learner, 'en', LESSONS.en);
		// The options in this attempt's shuffled order: the same after a reload and a browser restart.
		const order = await shownOrder(learner);
		expect(order.length).toBeGreaterThan(1);

		await learner.page.reload();
		await playerReady(learner.page);
		expect(await shownStep(learner.page)).toEqual({ step: answered.step, phase: 'feedback' });
		expect(await learner.page.locator(`article.player input[value="${answered.value}"]`).isChecked()).toBe(true);
		await expect.poll(() => shownOrder(learner!)).toEqual(order);

		learner = await learner.restart();
		await learner.page.goto(baseUrl() + LESSONS.en);
		await playerReady(learner.page);
		expect(await shownStep(learner.page)).toEqual({ step: answered.step, phase: 'feedback' });
		expect(await learner.page.locator(`article.player input[value="${answered.value}"]`).isChecked()).toBe(true);
		await expect.poll(() => shownOrder(learner!)).toEqual(order);

		// The home page offers to continue that lesson.
		await learner.page.goto(baseUrl() + '/en/');
		const resume = learner.page.getByRole('link', { name: /What is human trafficking\?/ }).first();
		await resume.click();
		await playerReady(learner.page);
		expect((await shownStep(learner.page)).step).toBe(answered.step);
	});

	it('shows each new learner the options in an order of their own', async () => {
		// A question with four options: two learners see the same order once in 24, so with up
		// to five learners the test fails by chance about once in 330,000 runs.
		const orders: string[] = [];
		for (let n = 0; n < 5 && new Set(orders).size < 2; n++) {
			learner = await launch();
			await learner.page.goto(baseUrl() + LESSONS.fr);
			await passContentNote(learner.page, 'fr');
			await continueToQuestion(learner.page, 'fr', 'article.player form[data-order="shown"] input');
			const order = await shownOrder(learner);
			expect(order.length).toBeGreaterThanOrEqual(3);
			orders.push(order.join());
			await learner.close();
			learner = undefined;
		}
		expect(new Set(orders).size).toBeGreaterThan(1);
	});

	it('switches language mid-lesson and stays on the same step with the same answer', async () => {
		learner = await launch();
		const { page } = learner;
		const answered = await answerFirstQuestion(learner, 'en', LESSONS.en);
		const order = await shownOrder(learner);
		const englishTitle = await page.locator('#step-title').innerText();
		// On a phone the languages are in the header's menu.
		await page.locator('header summary').click();
		await page.getByRole('link', { name: 'Español' }).click();
		await page.waitForURL(/\/es\/introduction\/what-is-trafficking\/$/);
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		expect(await shownStep(page)).toEqual({ step: answered.step, phase: 'feedback' });
		expect(await page.locator(`article.player input[value="${answered.value}"]`).isChecked()).toBe(true);
		expect(await page.locator('#step-title').innerText()).not.toBe(englishTitle);
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		await expect.poll(() => shownOrder(learner!)).toEqual(order);
		await page.reload();
		await playerReady(page);
		expect(await shownStep(page)).toEqual({ step: answered.step, phase: 'feedback' });
		await expect.poll(() => shownOrder(learner!)).toEqual(order);
	});

	it('moves an ordering item with the keyboard and keeps focus on it, and a quick Check afterwards stays on Check', async () => {
		learner = await launch();
		const { page } = learner;
		const t = ui.en;
		await page.goto(baseUrl() + '/en/introduction/recruitment-and-control/');
		await passContentNote(page, 'en');
		// Earlier questions answered with their first option, to reach the ordering question.
		for (let steps = 0; (await page.locator('fieldset.ordering').count()) === 0; steps++) {
			if (steps === 30) throw new Error('no ordering question reached');
			const check = button(page, t['lesson.check']);
			if (await check.count()) {
				await page.locator('article.player input').first().check();
				await check.click();
				await page.locator('article.player[data-phase="feedback"]').waitFor();
			}
			await continueStep(page, 'en');
		}
		const items = () => page.locator('fieldset.ordering li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
		const before = await items();
		await page.locator('fieldset.ordering li:nth-child(3) button[data-move="-1"]').press('Enter');
		await expect.poll(items).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
		// Focus stays on the moved item's own "up" button, so pressing again moves it again.
		await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-item') ?? null)).toBe(before[2]);
		// A key pressed right after a move (the next task, before the next frame) keeps its focus:
		// focus used to be taken back a frame later, so Enter meant for Check moved an item instead.
		const focusKept = await page.evaluate(async () => {
			const up = document.querySelector<HTMLButtonElement>('fieldset.ordering li:nth-child(2) button[data-move="-1"]')!;
			const check = document.querySelector<HTMLButtonElement>('article.player .check button')!;
			const nextTask = () =>
				new Promise((resolve) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = resolve;
					channel.port2.postMessage(null);
				});
			up.click();
			await nextTask();
			const movedFocused = document.activeElement?.closest('li') === document.querySelector('fieldset.ordering li:nth-child(1)');
			check.focus();
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return { movedFocused, checkFocused: document.activeElement === check };
		});
		expect(focusKept).toEqual({ movedFocused: true, checkFocused: true });
		await page.keyboard.press('Enter');
		await page.locator('article.player[data-phase="feedback"]').waitFor();
	});

	it('keeps studying offline after the first visit, even on pages never opened', async () => {
		learner = await launch();
		const { page, context } = learner;
		await page.goto(baseUrl() + '/en/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		});
		await context.setOffline(true);
		await page.reload();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('DataJam');
		// A lesson never visited, in the learner's language: served from the precache (another
		// language is fetched on switching to it, offline-language.e2e.ts).
		const answered = await answerFirstQuestion(learner, 'en', LESSONS.en);
		await page.reload();
		await playerReady(page);
		expect(await shownStep(page)).toEqual({ step: answered.step, phase: 'feedback' });
		await context.setOffline(false);
	});

	it('sets corrupted stored progress aside with a notice, and the course still works', async () => {
		learner = await launch();
		const { page } = learner;
		await answerFirstQuestion(learner, 'en', LESSONS.en);
		await page.evaluate(
			() =>
				new Promise<void>((done, fail) => {
					const open = indexedDB.open('datajam-course');
					open.onsuccess = () => {
						const tx = open.result.transaction('progress', 'readwrite');
						tx.objectStore('progress').put({ key: 'introduction/what-is-trafficking', schemaVersion: 99, path: 'garbage' });
						tx.oncomplete = () => (open.result.close(), done());
						tx.onerror = () => fail(tx.error);
					};
				})
		);
		await page.goto(baseUrl() + '/en/');
		await expect.poll(() => page.getByText(ui.en['app.setAside_one']).isVisible()).toBe(true);
		await page.goto(baseUrl() + LESSONS.en);
		await playToEnd(page, 'en');
		const exported = await page.evaluate(
			() =>
				new Promise<number>((done) => {
					const open = indexedDB.open('datajam-course');
					open.onsuccess = () => {
						const request = open.result.transaction('setAside').objectStore('setAside').count();
						request.onsuccess = () => done(request.result);
					};
				})
		);
		expect(exported).toBe(1);
	});

	it('exports progress as JSON and erases it', async () => {
		learner = await launch();
		const { page } = learner;
		await answerFirstQuestion(learner, 'en', LESSONS.en);
		await page.goto(baseUrl() + '/en/my-data/');
		await expect.poll(() => page.getByText('1 lesson has saved progress').isVisible()).toBe(true);
		const [download] = await Promise.all([page.waitForEvent('download'), button(page, ui.en['data.export']).click()]);
		const file = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
		expect(file.format).toBe('datajam-course-progress');
		expect(file.progress[0].key).toBe('introduction/what-is-trafficking');
		// Another app on the same origin keeps its own storage: erase is this course's only.
		await page.evaluate(() => localStorage.setItem('another-app', 'keep-me'));
		page.once('dialog', (dialog) => void dialog.accept());
		await button(page, ui.en['data.erase']).click();
		await expect.poll(() => page.getByText(ui.en['data.erased']).isVisible()).toBe(true);
		await expect.poll(() => page.getByText('0 lessons have saved progress').isVisible()).toBe(true);
		expect(await page.evaluate(() => [localStorage.getItem('another-app'), localStorage.getItem('datajam-course.language')])).toEqual([
			'keep-me',
			null
		]);
	});

	it('opens in the browser language on a first visit', async () => {
		learner = await launch({ locale: 'es-CO' });
		await learner.page.goto(baseUrl() + '/');
		await learner.page.waitForURL(/\/es\/$/);
		expect(await learner.page.locator('html').getAttribute('lang')).toBe('es');
	});

	it('shows the 404 page in the learner’s language', async () => {
		learner = await launch();
		const response = await learner.page.goto(baseUrl() + '/fr/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect.poll(() => learner!.page.getByRole('heading', { level: 1 }).innerText()).toBe(ui.fr['error.notFoundTitle']);
	});

	it('sends no request outside the origin', async () => {
		learner = await launch();
		await learner.page.goto(baseUrl() + '/en/');
		await playToEnd((await learner.page.goto(baseUrl() + LESSONS.en), learner.page), 'en');
		await learner.page.goto(baseUrl() + '/fr/about/');
		const outside = learner.requests.filter((url) => !url.startsWith(baseUrl()) && !/^(data|blob):/.test(url));
		expect(learner.requests.length).toBeGreaterThan(5);
		expect(outside).toEqual([]);
	});
});
