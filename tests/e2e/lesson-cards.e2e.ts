import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CourseOutline, LessonBundle } from '../../src/lib/content/bundle';
import { giveAnswer, playLesson, rightAnswer, wrongAnswer } from './answers';
import {
	baseUrl,
	button,
	continueStep,
	expectNoAxeViolations,
	launch,
	passContentNote,
	shownStep,
	ui,
	type Lang,
	type Learner
} from './browser';

const LANGS: Lang[] = ['fr', 'en', 'es'];
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * What each lesson is, as a learner would describe it (the rest are readings): the module quizzes,
 * the one branching story, the data labs (the chart questions of "reading the numbers" included,
 * as the facilitator's guide counts it) and the capstone plan.
 */
const KINDS: Record<string, 'scenario' | 'lab' | 'quiz'> = {
	'introduction/a-friend-online': 'scenario',
	'introduction/quiz': 'quiz',
	'data-and-trafficking/reading-the-numbers': 'lab',
	'data-and-trafficking/industries-and-data': 'lab',
	'data-and-trafficking/methods-and-limits': 'lab',
	'data-and-trafficking/data-protection': 'lab',
	'data-and-trafficking/quiz': 'quiz',
	'case-studies/capstone': 'lab',
	'case-studies/quiz': 'quiz'
};

const json = async <T>(page: Page, path: string) => (await (await page.request.get(baseUrl() + path)).json()) as T;

/** How far the page reaches past the right edge of the screen, in CSS pixels (0: no sideways scroll). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A lesson's card on its module page, found by its link. */
const card = (page: Page, lang: Lang, moduleId: string, lessonId: string) =>
	page.locator('ol.lessons > li').filter({ has: page.locator(`a[href="/${lang}/${moduleId}/${lessonId}/"]`) });

/** The module page once it has read stored progress (the cards say "not started" until then too, so wait on the data). */
async function openModule(page: Page, lang: Lang, moduleId: string) {
	await page.goto(`${baseUrl()}/${lang}/${moduleId}/`);
	await page.locator('ol.lessons > li').first().waitFor();
}

describe.each(LANGS)('lesson cards on the module pages (%s)', (lang) => {
	const t = ui[lang];
	let learner: Learner;
	let outline: CourseOutline;
	beforeAll(async () => {
		learner = await launch({ viewport: DESKTOP });
		outline = await json<CourseOutline>(learner.page, `/content/${lang}/course.json`);
	});
	afterAll(() => learner.close());

	it('name each lesson’s kind in words beside a hidden icon, with its time, under a hidden cover', async () => {
		const { page } = learner;
		for (const module of outline.modules) {
			await openModule(page, lang, module.id);
			const cover = page.locator('.module-page > .cover');
			expect(await cover.getAttribute('aria-hidden'), `${module.id} cover`).toBe('true');
			expect(await cover.locator('svg').isVisible(), `${module.id} cover drawn`).toBe(true);
			expect(await page.locator('ol.lessons > li').count()).toBe(module.lessons.length);
			for (const lesson of module.lessons) {
				const kind = KINDS[`${module.id}/${lesson.id}`] ?? 'reading';
				const label = card(page, lang, module.id, lesson.id).locator('.kind');
				const others = (['reading', 'scenario', 'lab', 'quiz'] as const).filter((k) => k !== kind);
				const text = (await label.innerText()).replace(/\s+/g, ' ');
				expect(text, `${module.id}/${lesson.id}`).toContain(t[`module.kind.${kind}`]);
				for (const other of others) expect(text, `${module.id}/${lesson.id} is not ${other}`).not.toContain(t[`module.kind.${other}`]);
				expect(text).toContain(t['module.minutes'].replace('{{count}}', String(lesson.estimatedMinutes)));
				expect(await label.locator('svg').getAttribute('aria-hidden'), 'the icon is decorative').toBe('true');
				expect(await label.locator('svg').isVisible()).toBe(true);
			}
		}
	});

	it('sit in a grid of columns at 1280 px and in one column at 320 px, with no sideways scroll', async () => {
		const { page } = learner;
		const columns = () =>
			page.locator('ol.lessons > li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().left))).size);
		await page.setViewportSize(DESKTOP);
		await openModule(page, lang, 'introduction');
		expect(await columns(), 'columns at 1280 px').toBeGreaterThanOrEqual(2);
		await page.setViewportSize(PHONE);
		for (const module of outline.modules) {
			await openModule(page, lang, module.id);
			expect(await columns(), `${module.id}: columns at 320 px`).toBe(1);
			expect(await overflow(page), `${module.id} at 320 px`).toBeLessThanOrEqual(0);
		}
		await page.goto(`${baseUrl()}/${lang}/`);
		await page.locator('ol.modules .cover svg').first().waitFor();
		expect(await overflow(page), 'home at 320 px').toBeLessThanOrEqual(0);
		await page.setViewportSize(DESKTOP);
	});

	it('are axe-clean on the module page in the light and the dark theme, at both widths', async () => {
		const { page } = learner;
		for (const viewport of [PHONE, DESKTOP]) {
			await page.setViewportSize(viewport);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await openModule(page, lang, 'data-and-trafficking');
				await expectNoAxeViolations(page, `module page, ${colorScheme}, ${viewport.width} px (${lang})`);
			}
		}
		await page.emulateMedia({ colorScheme: 'light' });
	});
});

describe('a lesson card’s status follows the learner’s progress (IndexedDB), across a reload and a restart', () => {
	const lang: Lang = 'es';
	const t = ui[lang];
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: PHONE });
	});
	afterAll(() => learner.close());

	const statusOf = (lessonPath: [string, string]) => card(learner.page, lang, ...lessonPath).locator('.status');
	const lessonId: [string, string] = ['data-and-trafficking', 'why-data-is-scarce'];
	const quizId: [string, string] = ['data-and-trafficking', 'quiz'];

	it('goes from not started to in progress after one step, then to completed at the end', async () => {
		const { page } = learner;
		await openModule(page, lang, lessonId[0]);
		await expect.poll(() => statusOf(lessonId).innerText()).toBe(t['module.status.not-started']);
		await card(page, lang, ...lessonId)
			.getByRole('link')
			.press('Enter');
		await passContentNote(page, lang, lessonId[1]);
		await continueStep(page, lang);
		await openModule(page, lang, lessonId[0]);
		await expect.poll(() => statusOf(lessonId).innerText()).toBe(t['module.status.in-progress']);

		await page.goto(`${baseUrl()}/${lang}/${lessonId.join('/')}/`);
		const bundle = await json<LessonBundle>(page, `/content/${lang}/${lessonId.join('/')}.json`);
		await playLesson(page, lang, bundle, rightAnswer);
		expect((await shownStep(page)).phase).toBe('completed');
		await openModule(page, lang, lessonId[0]);
		await expect.poll(() => statusOf(lessonId).innerText()).toBe(t['module.status.completed']);
		expect(
			await card(page, lang, ...lessonId)
				.locator('article')
				.getAttribute('data-status')
		).toBe('completed');
		await page.reload();
		await expect.poll(() => statusOf(lessonId).innerText()).toBe(t['module.status.completed']);
	});

	it('says “not passed yet” with the best result on the quiz, by the course’s pass rule, after a failed attempt', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/${quizId.join('/')}/`);
		const bundle = await json<LessonBundle>(page, `/content/${lang}/${quizId.join('/')}.json`);
		await playLesson(page, lang, bundle, wrongAnswer);
		await openModule(page, lang, quizId[0]);
		await expect.poll(() => statusOf(quizId).innerText()).toBe(t['module.quizNotPassed']);
		const best = new RegExp(t['module.quizBest'].replace('{{percent}}', '\\d+'));
		expect(await card(page, lang, ...quizId).innerText()).toMatch(best);
	});

	it('keeps both after the browser restarts', async () => {
		learner = await learner.restart();
		await openModule(learner.page, lang, lessonId[0]);
		await expect.poll(() => statusOf(lessonId).innerText()).toBe(t['module.status.completed']);
		await expect.poll(() => statusOf(quizId).innerText()).toBe(t['module.quizNotPassed']);
	});
});

describe.each(LANGS)('the k-anonymity lab on a 320 px phone (%s)', (lang) => {
	const t = ui[lang];
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: PHONE });
	});
	afterAll(() => learner.close());

	it('shows the table’s caption above its scrolling box, where scrolling the table sideways leaves it in view', async () => {
		const { page } = learner;
		const path = 'data-and-trafficking/data-protection';
		const bundle = await json<LessonBundle>(page, `/content/${lang}/${path}.json`);
		await page.goto(`${baseUrl()}/${lang}/${path}/`);
		await passContentNote(page, lang);
		const lab = page.locator('article.player .lab').filter({ has: page.locator('.table-box') });
		// Walks by the step's type, not by what is drawn: the lab's code loads on use, so a lab step
		// can be on screen a moment before its table is (and must not be answered and passed).
		const isLab = async () => bundle.lesson.steps[(await shownStep(page)).step!]!.interaction.type === 'kAnonymityLab';
		for (let i = 0; !(await isLab()); i++) {
			if (i === 40) throw new Error('no k-anonymity lab within 40 steps');
			const { step, phase } = await shownStep(page);
			const interaction = bundle.lesson.steps[step!]!.interaction;
			if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
				await giveAnswer(page, step!, interaction, rightAnswer(interaction));
				await button(page, t['lesson.check']).press('Enter');
				await page.locator('article.player[data-phase="feedback"]').waitFor();
			}
			await continueStep(page, lang);
		}
		await lab.waitFor();
		const step = bundle.lesson.steps[(await shownStep(page)).step!]!.interaction;
		expect(step.type).toBe('kAnonymityLab');
		const rows = step.type === 'kAnonymityLab' ? step.rows.length : 0;
		const words = t['lab.tableCaption'].replace('{{rows}}', String(rows));
		const title = lab.locator('.table-title');
		const box = lab.locator('.table-box');
		expect(await title.innerText()).toBe(words);
		// Screen readers still meet the caption once, in the table, and it names the scrolling region.
		expect(await title.getAttribute('aria-hidden')).toBe('true');
		expect(await box.locator('caption').textContent()).toBe(words);
		expect(await page.getByRole('region', { name: words }).count()).toBe(1);

		await title.scrollIntoViewIfNeeded();
		const inView = async () => {
			const r = (await title.boundingBox())!;
			return r.x >= 0 && r.x + r.width <= PHONE.width && r.y >= 0 && r.y + r.height <= PHONE.height;
		};
		expect(await title.isVisible()).toBe(true);
		expect(await inView(), 'the caption on the screen').toBe(true);
		// The table really is wider than the phone: otherwise this test would prove nothing.
		expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
		const titleAbove = (await title.boundingBox())!.y + (await title.boundingBox())!.height <= (await box.boundingBox())!.y + 1;
		expect(titleAbove, 'the caption is above the box').toBe(true);
		await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(await inView(), 'the caption after scrolling the table to its end').toBe(true);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});
});
