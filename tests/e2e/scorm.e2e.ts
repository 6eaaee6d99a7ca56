import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportPackages } from '../../scripts/scorm/build-package';
import { LANGUAGE_NAMES } from '../../src/lib/i18n/languages';
import { playLessonRight } from './answers';
import { baseUrl, button, continueStep, continueToQuestion, launch, playerReady, shownStep, ui, type Lang, type Learner } from './browser';
import {
	commitCount,
	committed,
	committedCmi,
	installPackage,
	live,
	openLesson as openLessonAt,
	openPreview as openPreviewOf,
	packageLesson,
	packageOutline,
	removePackage,
	STANDARDS,
	type Json,
	type Standard
} from './scorm-harness';

const packageName = (standard: string) => `test-module1-${standard}`;
const LESSON_PATH = 'introduction/what-is-trafficking';

// Real packages of Module 1 in all three languages, exported by the same code as `npm run export`,
// unzipped where the site serves its LMS previews.
beforeAll(() => {
	const out = join(tmpdir(), `scorm-e2e-${process.pid}`);
	for (const p of exportPackages({
		standards: [...STANDARDS],
		languageSets: [['fr', 'en', 'es']],
		modules: [1],
		passMark: 80,
		reporting: 'passed-incomplete',
		outDir: out,
		// The package app the site build made: no second build of it here.
		parts: resolve('build/package-parts')
	}))
		installPackage(p.file, packageName(p.standard));
	rmSync(out, { recursive: true, force: true });
}, 180_000);
afterAll(() => {
	for (const s of STANDARDS) removePackage(packageName(s));
});

let learner: Learner | undefined;
afterEach(async () => {
	await learner?.close();
	learner = undefined;
});

/** The options of the step on screen in the order shown: the attempt's seed travels in suspend_data. */
const shownOrder = (frame: Frame) =>
	frame.locator('article.player form[data-order="shown"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function openPreview(standard: Standard, extra = '', started?: Learner) {
	learner = started ?? (await launch({ viewport: { width: 1000, height: 1200 } }));
	return openPreviewOf(learner, standard, packageName(standard), extra);
}

const openLesson = (frame: Frame, lang: Lang, lessonPath = LESSON_PATH) => openLessonAt(frame, lang, lessonPath);

/** The page goes to the background, as when a phone is locked: the course's own listener runs. */
const hidePage = (frame: Frame) =>
	frame.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	});

/** Plays every lesson of Module 1 and its quiz, every answer right, with the keyboard; `afterLesson` runs after each. */
async function playModuleCorrectly(frame: Frame, lang: Lang, afterLesson?: (done: number) => Promise<void>) {
	const module = packageOutline(packageName('scorm12'), lang).modules[0]!;
	for (const [n, lesson] of module.lessons.entries()) {
		await openLesson(frame, lang, `${module.id}/${lesson.id}`);
		await playLessonRight(frame, lang, packageLesson(packageName('scorm12'), lang, module.id, lesson.id));
		await afterLesson?.(n + 1);
	}
	return module;
}

describe.each(STANDARDS)('%s package in a real SCORM runtime (scorm-again)', (standard) => {
	// About 30 s on an idle machine, minutes on a busy shared one: the module tests get room.
	it('completes Module 1 and commits status, score, interactions, session time and a small suspend_data', async () => {
		const { page, frame } = await openPreview(standard);
		const lessons = packageOutline(packageName(standard), 'fr').modules[0]!.lessons.length;
		// SCORM 2004's progress_measure rises, committed, as each lesson ends (no pagehide needed).
		const module = await playModuleCorrectly(frame(), 'fr', async (done) => {
			if (standard === 'scorm2004')
				await expect.poll(async () => (await committedCmi(page)).progress_measure).toBe(String(Number((done / lessons).toFixed(4))));
		});
		await button(frame(), ui.fr['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.fr['app.exited']).isVisible()).toBe(true);
		const cmi = (await committed(page)).cmi as Json;
		const interactions = Object.values(cmi.interactions as Json) as Json[];
		expect(interactions.length).toBeGreaterThanOrEqual(4);
		expect(interactions.every((i) => i.result === 'correct')).toBe(true);
		expect(interactions.every((i) => String(i.id).startsWith('introduction.'))).toBe(true);
		expect(new Set(interactions.map((i) => i.id)).size).toBe(interactions.length);
		// Every lesson of the module, the quiz included, reported its answers.
		expect(new Set(interactions.map((i) => String(i.id).split('.')[1]))).toEqual(new Set(module.lessons.map((l) => l.id)));
		if (standard === 'scorm12') {
			expect(cmi.core.lesson_status).toBe('passed');
			expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).toEqual(['100', '0', '100']);
			expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
			// Passed, and still "suspend": the next launch resumes this attempt instead of an empty one.
			expect(cmi.core.exit).toBe('suspend');
			for (const i of interactions) expect(i.student_response).toMatch(/^[0-9a-z](\.[0-9a-z])?(,[0-9a-z](\.[0-9a-z])?)*$|^[tf]$/);
			expect(String(cmi.suspend_data).length).toBeLessThan(4096);
		} else {
			expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', 'passed']);
			expect([cmi.score.raw, cmi.score.min, cmi.score.max, cmi.score.scaled]).toEqual(['100', '0', '100', '1']);
			expect(cmi.session_time).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
			expect(cmi.exit).toBe('suspend');
			expect(cmi.progress_measure).toBe('1');
		}
		expect(String(cmi.suspend_data)).toMatch(/^D2[A-Za-z0-9_-]+$/);
		expect(String(cmi.suspend_data).length).toBeLessThan(2000);
		expect(learner!.requests.filter((u) => !u.startsWith(baseUrl()) && !/^(data|blob):/.test(u))).toEqual([]);
	}, 240_000);

	it('relaunches a returning learner on the same step, in the same language, with the same answer', async () => {
		const { page, frame } = await openPreview(standard);
		await frame().getByRole('link', { name: 'English' }).click();
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en', 'article.player input');
		const choice = frame().locator('article.player input').nth(1);
		const value = await choice.getAttribute('value');
		await choice.check();
		await button(frame(), ui.en['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		const before = await shownStep(frame());
		const order = await shownOrder(frame());
		expect(order.length).toBeGreaterThan(1);
		// Leaving with the course's own Exit control: the LMS keeps the attempt open.
		await button(frame(), ui.en['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.en['app.exited']).isVisible()).toBe(true);
		const cmi = (await committed(page)).cmi as Json;
		expect(standard === 'scorm12' ? cmi.core.lesson_status : cmi.completion_status).toBe('incomplete');
		expect(standard === 'scorm12' ? cmi.core.exit : cmi.exit).toBe('suspend');

		await page.getByRole('button', { name: ui.en['preview.relaunch'] }).click();
		await expect.poll(() => frame()?.url() ?? '').toContain(`#/en/${LESSON_PATH}/`);
		await playerReady(frame());
		expect(await shownStep(frame())).toEqual(before);
		expect(await frame().locator(`article.player input[value="${value}"]`).isChecked()).toBe(true);
		await expect.poll(() => shownOrder(frame())).toEqual(order);
	});

	it('switches language in every direction mid-lesson, on the same step with the same answer, and relaunches in the last one', async () => {
		const { page, frame } = await openPreview(standard);
		await openLesson(frame(), 'fr');
		await continueToQuestion(frame(), 'fr');
		const choice = frame().locator('article.player input').nth(1);
		const value = await choice.getAttribute('value');
		await choice.check();
		await button(frame(), ui.fr['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		const at = await shownStep(frame());
		const order = await shownOrder(frame());
		const titles = new Set<string>();
		for (const to of ['en', 'es', 'fr', 'es', 'en', 'fr', 'en'] as const) {
			// The header's language links, as a learner uses them.
			await frame().locator('header').getByRole('link', { name: LANGUAGE_NAMES[to], exact: true }).click();
			await expect.poll(() => frame().url()).toContain(`#/${to}/${LESSON_PATH}/`);
			await frame().locator(`html[lang="${to}"]`).waitFor();
			await frame().locator('article.player[data-phase="feedback"]').waitFor();
			expect(await frame().getByText(ui[to]['error.notFoundTitle']).count()).toBe(0);
			expect(await shownStep(frame())).toEqual(at);
			expect(await frame().locator(`article.player input[value="${value}"]`).isChecked()).toBe(true);
			await expect.poll(() => shownOrder(frame())).toEqual(order);
			titles.add(await frame().locator('main h1').innerText());
		}
		expect(titles.size).toBe(3);
		// The LMS session never restarted (a document reload would have opened a second one)...
		expect(await page.locator('[data-field="commits"]').innerText()).not.toContain(ui.en['preview.finished']);
		// ...and the next launch opens where the learner was, in the language they chose last.
		await button(frame(), ui.en['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.en['app.exited']).isVisible()).toBe(true);
		expect(standard === 'scorm12' ? (await committedCmi(page)).core.lesson_location : (await committedCmi(page)).location).toBe(
			`en/${LESSON_PATH}`
		);
		await page.getByRole('button', { name: ui.en['preview.relaunch'] }).click();
		await expect.poll(() => frame()?.url() ?? '').toContain(`#/en/${LESSON_PATH}/`);
		await playerReady(frame());
		expect(await shownStep(frame())).toEqual(at);
		await expect.poll(() => shownOrder(frame())).toEqual(order);
	});

	it('keeps every answer when the LMS refuses saves or cannot commit, and sends them once it recovers', async () => {
		const { page, frame } = await openPreview(standard);
		await openLesson(frame(), 'fr');
		await page.getByLabel(ui.en['preview.refuseSaves']).check();
		await page.getByLabel(ui.en['preview.failCommit']).check();
		await continueToQuestion(frame(), 'fr', 'article.player input');
		const firstQuestion = (await shownStep(frame())).step;
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.fr['lesson.check']).click();
		await expect.poll(() => frame().getByText(ui.fr['lms.lms-error']).isVisible()).toBe(true);
		expect(Object.keys(((await committed(page)).cmi as Json).interactions)).toEqual([]);

		await page.getByLabel(ui.en['preview.refuseSaves']).uncheck();
		await page.getByLabel(ui.en['preview.failCommit']).uncheck();
		await continueStep(frame(), 'fr');
		await continueToQuestion(frame(), 'fr', 'article.player input');
		const secondQuestion = (await shownStep(frame())).step;
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.fr['lesson.check']).click();
		await expect.poll(() => frame().getByText(ui.fr['lms.lms-error']).isVisible()).toBe(false);
		const committedIds = async () =>
			(Object.values(((await committed(page)).cmi as Json).interactions) as Json[]).map((i) => String(i.id).split('.')[2]);
		await expect.poll(committedIds).toEqual([firstQuestion, secondQuestion]);
	});

	it('commits each answer at once, a step when the page is hidden, and any other step within 30 seconds, without pagehide', async () => {
		const { page, frame } = await openPreview(standard);
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.en['lesson.check']).click();
		await expect.poll(async () => Object.keys((await committedCmi(page)).interactions as Json)).toHaveLength(1);
		const suspendData = async (data: Promise<Json>) => String(((await data).cmi as Json).suspend_data);
		await expect.poll(() => suspendData(committed(page))).toBe(await suspendData(live(page)));

		// A step with no answer (here: on to a text step) is set at once and committed with the next milestone...
		await continueStep(frame(), 'en');
		await expect.poll(() => suspendData(live(page))).not.toBe(await suspendData(committed(page)));
		// ...or as soon as the page is hidden (well before the 30-second commit).
		await hidePage(frame());
		await expect.poll(() => suspendData(committed(page)), { timeout: 10_000 }).toBe(await suspendData(live(page)));

		// A learner who keeps reading, and whose phone then kills the tab, loses at most 30 seconds.
		await frame().evaluate(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }));
		const before = await commitCount(page);
		await continueStep(frame(), 'en');
		await expect.poll(() => suspendData(live(page))).not.toBe(await suspendData(committed(page)));
		await expect.poll(() => suspendData(committed(page)), { timeout: 45_000 }).toBe(await suspendData(live(page)));
		expect(await commitCount(page)).toBe(before + 1);
	}, 90_000);

	it('saves, resumes, records time and exits as usual in a no-credit launch', async () => {
		const { page, frame } = await openPreview(standard, '&launch=no-credit');
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.en['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		const before = await shownStep(frame());
		const order = await shownOrder(frame());
		expect(order.length).toBeGreaterThan(1);
		expect(await frame().getByText(ui.en['lms.lms-review']).count()).toBe(0);
		await button(frame(), ui.en['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.en['app.exited']).isVisible()).toBe(true);
		const cmi = await committedCmi(page);
		expect(standard === 'scorm12' ? cmi.core.credit : cmi.credit).toBe('no-credit');
		expect(String(cmi.suspend_data)).toMatch(/^D2/);
		expect(Object.keys(cmi.interactions as Json)).toHaveLength(1);
		expect(standard === 'scorm12' ? cmi.core.session_time : cmi.session_time).toMatch(/[1-9]/);
		expect(standard === 'scorm12' ? cmi.core.exit : cmi.exit).toBe('suspend');

		await page.getByRole('button', { name: ui.en['preview.relaunch'] }).click();
		await expect.poll(() => frame()?.url() ?? '').toContain(`#/en/${LESSON_PATH}/`);
		await playerReady(frame());
		expect(await shownStep(frame())).toEqual(before);
	});

	it('writes nothing back in a review launch, and says so', async () => {
		const { page, frame } = await openPreview(standard, '&launch=review');
		await expect.poll(() => frame().getByText(ui.en['lms.lms-review']).isVisible()).toBe(true);
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.en['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		await button(frame(), ui.en['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.en['app.exited']).isVisible()).toBe(true);
		const cmi = await committedCmi(page);
		expect([cmi.suspend_data ?? '', Object.keys((cmi.interactions ?? {}) as Json)]).toEqual(['', []]);
		expect(await page.locator('[data-field="location"]').innerText()).toBe('—');
	});

	it.each([
		['Escape twice, to a blank frame', undefined],
		['the button, to the address the trainer configured', 'https://example.org/neutral']
	])('quick exit by %s ends the LMS session with everything saved and leaves the LMS page alone', async (_how, trainerUrl) => {
		learner = await launch({ viewport: { width: 1000, height: 1200 } });
		if (trainerUrl) {
			// The trainer's address is in the package's config file; the neutral page is served locally (no internet here).
			await learner.context.route('**/lms-package.json', async (route) => {
				const config = (await (await route.fetch()).json()) as Json;
				await route.fulfill({ json: { ...config, quickExitUrl: trainerUrl } });
			});
			await learner.context.route(`${trainerUrl}**`, (route) =>
				route.fulfill({ contentType: 'text/html', body: '<title>News</title><p>neutral</p>' })
			);
		}
		const { page, frame } = await openPreview(standard, '', learner);
		const previewUrl = page.url();
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.en['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		await continueStep(frame(), 'en');
		const step = await shownStep(frame());
		const iframe = (await page.locator('iframe').elementHandle())!;
		if (trainerUrl)
			await frame()
				.getByRole('button', { name: new RegExp(ui.en['app.quickExit']) })
				.press('Enter');
		else {
			await frame().locator('main h1').click();
			await page.keyboard.press('Escape');
			await page.keyboard.press('Escape');
		}
		await expect.poll(async () => (await iframe.contentFrame())?.url()).toBe(trainerUrl ?? 'about:blank');
		expect(page.url()).toBe(previewUrl);
		expect(await page.getByRole('heading', { level: 1 }).first().innerText()).toContain('SCORM');
		await expect.poll(() => page.locator('[data-field="commits"]').innerText()).toContain(ui.en['preview.finished']);
		const cmi = await committedCmi(page);
		expect(standard === 'scorm12' ? cmi.core.exit : cmi.exit).toBe('suspend');
		expect(standard === 'scorm12' ? cmi.core.session_time : cmi.session_time).toMatch(/[1-9]/);

		// The step the learner was on when they left, not yet committed then, is what the LMS kept.
		await page.getByRole('button', { name: ui.en['preview.relaunch'] }).click();
		await expect.poll(() => frame()?.url() ?? '').toContain(`#/en/${LESSON_PATH}/`);
		await playerReady(frame());
		expect(await shownStep(frame())).toEqual(step);
	});

	it('exports the learner’s LMS copy from My data, and erasing removes only this course’s own data on the device', async () => {
		const { page, frame } = await openPreview(standard);
		// The LMS's own storage on its origin: not the course's to touch.
		await page.evaluate(() => localStorage.setItem('lms-session', 'keep-me'));
		await openLesson(frame(), 'en');
		await continueToQuestion(frame(), 'en');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.en['lesson.check']).click();
		await frame().locator('article.player[data-phase="feedback"]').waitFor();
		await frame().locator('header').getByRole('link', { name: ui.en['app.settings'], exact: true }).click();
		await frame().getByRole('radio', { name: '150 %' }).check();
		await frame().getByRole('link', { name: ui.en['data.title'], exact: true }).click();
		await expect.poll(() => frame().getByText(ui.en['data.summaryLms_one'].replace('{{count}}', '1')).isVisible()).toBe(true);
		expect(await frame().getByText(ui.en['data.introLms']).isVisible()).toBe(true);

		const [download] = await Promise.all([page.waitForEvent('download'), button(frame(), ui.en['data.export']).click()]);
		const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json;
		expect(file.format).toBe('datajam-course-progress');
		expect((file.progress as Json[]).map((p) => [p.key, Object.keys(p.attempts).length])).toEqual([[LESSON_PATH, 1]]);
		expect(file.lms).toMatchObject({ standard: standard === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004', location: `en/${LESSON_PATH}` });

		const stored = () =>
			frame().evaluate(async () => {
				const names = (await indexedDB.databases()).map((d) => d.name!);
				const rows = async (name: string) => {
					const db = await new Promise<IDBDatabase>((ok, fail) =>
						Object.assign(indexedDB.open(name), { onsuccess: (e: Event) => ok((e.target as IDBOpenDBRequest).result), onerror: fail })
					);
					const count = await new Promise<number>((ok) =>
						Object.assign(db.transaction('progress').objectStore('progress').count(), {
							onsuccess: (e: Event) => ok((e.target as IDBRequest<number>).result)
						})
					);
					db.close();
					return count;
				};
				const learnerCopies = names.filter((n) => n.startsWith('datajam-lms-'));
				return { names, learnerRows: await Promise.all(learnerCopies.map(rows)), keys: Object.keys(localStorage).sort() };
			});
		const before = await stored();
		expect(before.learnerRows).toEqual([1]);
		expect(before.keys).toEqual(expect.arrayContaining(['datajam-display', 'lms-session']));

		frame()
			.page()
			.once('dialog', (dialog) => void dialog.accept());
		await button(frame(), ui.en['data.erase']).click();
		await expect.poll(() => frame().getByText(ui.en['data.erasedLms']).isVisible()).toBe(true);
		const after = await stored();
		expect(after.learnerRows).toEqual([0]);
		expect(after.keys).toContain('lms-session');
		expect(after.keys).not.toContain('datajam-display');
		// What the LMS holds stays: the learner's record belongs to their organisation.
		expect(String((await committedCmi(page)).suspend_data)).toMatch(/^D2/);
		expect(await frame().getByText(ui.en['data.summaryLms_one'].replace('{{count}}', '1')).isVisible()).toBe(true);
	});

	it('starts cleanly on a damaged saved state, with a notice, and overwrites nothing until the learner answers', async () => {
		const { page, frame } = await openPreview(standard);
		await openLesson(frame(), 'fr');
		await continueStep(frame(), 'fr');
		await page.getByRole('button', { name: ui.en['preview.damaged'] }).click();
		await expect.poll(() => frame()?.getByText(ui.fr['lms.lms-resume-unreadable']).isVisible() ?? false).toBe(true);
		expect(String(((await committed(page)).cmi as Json).suspend_data)).toMatch(/^\{"damaged":/);
		await openLesson(frame(), 'fr');
		expect((await shownStep(frame())).step).toBe('welcome');
		await continueToQuestion(frame(), 'fr', 'article.player input');
		await frame().locator('article.player input').first().check();
		await button(frame(), ui.fr['lesson.check']).click();
		await expect.poll(async () => String(((await committed(page)).cmi as Json).suspend_data)).toMatch(/^D2/);
	});
});

describe('SCORM 1.2 against a strict LMS (4,096-character suspend_data, no optional elements)', () => {
	it('completes Module 1 without a single refused call', async () => {
		const { page, frame } = await openPreview('scorm12', '&strict=1');
		const module = await playModuleCorrectly(frame(), 'es');
		await button(frame(), ui.es['app.exit']).click();
		await expect.poll(() => frame().getByText(ui.es['app.exited']).isVisible()).toBe(true);
		expect(await page.locator('[data-field="rejected"]').innerText()).toBe(ui.en['preview.none']);
		const cmi = await committedCmi(page);
		expect(cmi.core.lesson_status).toBe('passed');
		// One commit per answer and per lesson completed (plus the first save and a timed one now and
		// then), never one per step: the strict LMS is not flooded.
		const answers = Object.keys(cmi.interactions as Json).length;
		expect(await commitCount(page)).toBeGreaterThanOrEqual(answers);
		expect(await commitCount(page)).toBeLessThanOrEqual(answers + module.lessons.length + 4);
	}, 240_000);
});

describe('a package with no LMS around it', () => {
	it('runs on device progress, says so, and resumes after a reload', async () => {
		learner = await launch();
		const { page } = learner;
		await page.goto(`${baseUrl()}/lms-preview/${packageName('scorm12')}/index.html`);
		await expect.poll(() => page.getByText(ui.en['lms.lms-not-found']).isVisible()).toBe(true);
		await openLesson(page.mainFrame(), 'en');
		await continueToQuestion(page, 'en', 'article.player input');
		await page.locator('article.player input').first().check();
		await button(page, ui.en['lesson.check']).click();
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		const before = await shownStep(page);
		await page.reload();
		await openLesson(page.mainFrame(), 'en');
		expect(await shownStep(page)).toEqual(before);
	});
});
