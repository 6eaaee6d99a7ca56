import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CourseOutline, LessonBundle } from '../../src/lib/content/bundle';
import type { AnswerableInteraction } from '../../src/lib/course/types';
import { giveAnswer, rightAnswer } from './answers';
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

const outlineOf = async (learner: Learner, lang: Lang) =>
	(await (await learner.page.request.get(`${baseUrl()}/content/${lang}/course.json`)).json()) as CourseOutline;

/** How far the page reaches past the right edge of the screen, in CSS pixels (0: no sideways scroll). */
const overflow = (learner: Learner) => learner.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each(LANGS)('the header on a 320×640 phone (%s)', (lang) => {
	const t = ui[lang];
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: PHONE });
	});
	afterAll(() => learner.close());

	it('takes at most 20% of the screen on a lesson, with the quick exit on screen all the way down', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/introduction/what-is-trafficking/`);
		await passContentNote(page, lang);
		const header = page.locator('header.site-header');
		const height = await header.evaluate((el) => el.getBoundingClientRect().height);
		expect(height, 'header height in px').toBeLessThanOrEqual(PHONE.height * 0.2);
		const quickExit = page.getByRole('button', { name: `${t['app.quickExit']} ${t['app.quickExitHint']}` });
		await expect.poll(() => quickExit.isVisible()).toBe(true);
		// The menu's pages are folded away on a phone: not visible until asked for.
		expect(await page.getByRole('link', { name: t['app.glossary'], exact: true }).isVisible()).toBe(false);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
		const box = await quickExit.boundingBox();
		expect(box, 'the quick exit after scrolling to the bottom').not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
	});

	it('wraps the course title on the home page to at most three lines', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/`);
		const lines = await page
			.locator('main h1')
			.evaluate((h1) => Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight)));
		expect(lines).toBeGreaterThanOrEqual(1);
		expect(lines).toBeLessThanOrEqual(3);
	});

	it('opens its menu with the keyboard, reaches a page and a language in it, and closes with Escape', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/`);
		const summary = page.locator('header summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		const glossary = page.getByRole('link', { name: t['app.glossary'], exact: true });
		await expect.poll(() => glossary.isVisible()).toBe(true);
		const other = LANGS.find((l) => l !== lang)!;
		expect(await page.locator(`header a[hreflang="${other}"]`).isVisible()).toBe(true);
		// The open menu covers the page, never pushes it sideways.
		expect(await overflow(learner)).toBeLessThanOrEqual(0);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect.poll(() => glossary.isVisible()).toBe(false);
		expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
		// A page opened from the menu shows with the menu folded again.
		await page.keyboard.press('Enter');
		await glossary.press('Enter');
		await page.waitForURL(`**/${lang}/glossary/`);
		await page.locator('main h1').waitFor();
		await expect.poll(() => glossary.isVisible()).toBe(false);
		expect(await page.locator('header details').getAttribute('open')).toBeNull();
	});
});

describe('the header on a desktop', () => {
	it('shows the full title, every page and every language in the bar, in one or two rows', async () => {
		const learner = await launch({ viewport: { width: 1280, height: 800 } });
		try {
			for (const lang of LANGS) {
				await learner.page.goto(`${baseUrl()}/${lang}/`);
				const t = ui[lang];
				await expect.poll(() => learner.page.getByRole('link', { name: t['app.settings'], exact: true }).isVisible()).toBe(true);
				for (const other of LANGS) expect(await learner.page.locator(`header a[hreflang="${other}"]`).isVisible()).toBe(true);
				expect(await learner.page.locator('header summary').isVisible()).toBe(false);
				expect(await learner.page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(
					130
				);
			}
		} finally {
			await learner.close();
		}
	});
});

describe.each(LANGS)('no page scrolls sideways at 320 px (%s)', (lang) => {
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: PHONE });
	});
	afterAll(() => learner.close());

	it('a comparison table in a lesson fits the screen (trafficking or smuggling, its three differences)', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/introduction/trafficking-vs-smuggling/`);
		await passContentNote(page, lang);
		for (let steps = 0; (await page.locator('article.player .prose table').count()) === 0; steps++) {
			if (steps === 10) throw new Error('no table within 10 steps');
			// A question on the way is answered with its first option.
			const check = button(page, ui[lang]['lesson.check']);
			if (await check.count()) {
				await page.locator('article.player input').first().check();
				await check.click();
				await page.locator('article.player[data-phase="feedback"]').waitFor();
			}
			await continueStep(page, lang);
		}
		expect(await overflow(learner), 'px past the right edge').toBeLessThanOrEqual(0);
		const table = page.locator('article.player .prose table');
		expect(await table.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
		// Stacked on a phone, it is still a table with its row and column headers for a screen reader.
		expect(await table.ariaSnapshot()).toMatch(/- table[\s\S]*- (rowheader|columnheader)/);
		await expectNoAxeViolations(page, `comparison table at 320 px (${lang})`);
	});

	it('on every page of the site, each module and the first screen of each lesson', async () => {
		const outline = await outlineOf(learner, lang);
		const paths = [
			`/${lang}/`,
			...['about', 'my-data', 'glossary', 'support', 'settings', 'certificate', 'trainers', 'guide', 'no-such-page'].map(
				(page) => `/${lang}/${page}/`
			),
			...outline.modules.flatMap((m) => [`/${lang}/${m.id}/`, ...m.lessons.map((l) => `/${lang}/${m.id}/${l.id}/`)])
		];
		expect(paths.length).toBeGreaterThan(15);
		const wide: string[] = [];
		for (const path of paths) {
			await learner.page.goto(baseUrl() + path);
			await learner.page.locator('main h1').first().waitFor();
			const lesson = path.split('/').filter(Boolean).length === 3;
			if (lesson) await passContentNote(learner.page, lang);
			const over = await overflow(learner);
			if (over > 0) wide.push(`${path} (${over} px)`);
		}
		expect(wide, 'pages wider than the screen').toEqual([]);
	});
});

/** Opens a lesson and plays it (right answers) up to its first step of a type, answered and checked. */
async function answeredStepOfType(page: Page, lang: Lang, path: string, type: string) {
	await page.goto(baseUrl() + path);
	const bundle = (await (await page.request.get(`${baseUrl()}/content${path.replace(/\/$/, '')}.json`)).json()) as LessonBundle;
	await passContentNote(page, lang);
	for (let i = 0; i < 40; i++) {
		const { step, phase } = await shownStep(page);
		const interaction = bundle.lesson.steps[step!]!.interaction;
		// Opened again, the lesson resumes where it was left: on that step, already answered.
		if (interaction.type === type && phase === 'feedback') return;
		if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
			const answerable = interaction as AnswerableInteraction;
			await giveAnswer(page, step!, answerable, rightAnswer(answerable));
			await button(page, ui[lang]['lesson.check']).press('Enter');
			await page.locator('article.player[data-phase="feedback"]').waitFor();
			if (interaction.type === type) return;
		}
		await continueStep(page, lang);
	}
	throw new Error(`no ${type} step in ${path}`);
}

/** WCAG contrast of an element's text on its own background (or the page's, where its own is see-through). */
const contrast = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
			const style = getComputedStyle(el);
			const [r, g, b, a = 1] = rgba(style.color);
			let bg = rgba(style.backgroundColor);
			if ((bg[3] ?? 1) < 1) bg = rgba(getComputedStyle(document.body).backgroundColor);
			// The text's own transparency, blended onto the background, as a reader sees it.
			const text = [r!, g!, b!].map((v, i) => v * a + bg[i]! * (1 - a));
			const lum = (rgb: number[]) => {
				const [R, G, B] = rgb.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
				return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
			};
			const [hi, lo] = [lum(text), lum(bg)].sort((x, y) => y - x);
			return ((hi! + 0.05) / (lo! + 0.05)) * Number(style.opacity);
		});

describe('fixes a learner noticed, on a 320 px phone', () => {
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: PHONE });
	});
	afterAll(() => learner.close());

	it('after "Continue to the lesson", focus is on the step heading', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/en/introduction/what-is-trafficking/`);
		const note = page.locator('.lesson-run[data-run="ready"] .content-note button.continue');
		await note.waitFor();
		await note.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-title');
		expect(await page.locator('#step-title').isVisible()).toBe(true);
	});

	it.each(['light', 'dark'] as const)('answered matching items stay readable, at least 4.5:1 (%s)', async (theme) => {
		const { page } = learner;
		await page.emulateMedia({ colorScheme: theme });
		await answeredStepOfType(page, 'fr', '/fr/introduction/laws/', 'matching');
		const select = 'article.player fieldset:disabled select';
		expect(await page.locator(select).count()).toBeGreaterThan(1);
		expect(await contrast(page, select)).toBeGreaterThanOrEqual(4.5);
		await page.emulateMedia({ colorScheme: 'light' });
	});

	it('the k-anonymity lab keeps its group-size column on screen', async () => {
		const { page } = learner;
		await answeredStepOfType(page, 'en', '/en/data-and-trafficking/data-protection/', 'kAnonymityLab');
		const box = page.locator('article.player .table-box');
		// Precondition: the table is wider than the phone and scrolls in its own box.
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const column = page.locator('article.player .table-box thead th').last();
		expect(await column.innerText()).toBe(ui.en['lab.groupSize']);
		for (const scroll of [0, 10_000]) {
			await box.evaluate((el, x) => el.scrollTo(x, 0), scroll);
			const cell = (await column.boundingBox())!;
			const frame = (await box.boundingBox())!;
			expect(cell.x, `group size at scroll ${scroll}`).toBeGreaterThanOrEqual(frame.x - 1);
			expect(cell.x + cell.width).toBeLessThanOrEqual(Math.min(frame.x + frame.width, PHONE.width) + 1);
		}
	});

	it('the red-flag lab keeps each row’s account and its score on screen while the counts scroll', async () => {
		const { page } = learner;
		await answeredStepOfType(page, 'es', '/es/data-and-trafficking/industries-and-data/', 'redFlagLab');
		const box = page.locator('article.player .table-box');
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const account = page.locator('article.player .table-box thead th').first();
		const score = page.locator('article.player .table-box thead th').last();
		expect(await account.innerText()).toBe(ui.es['redFlag.account']);
		expect(await score.innerText()).toBe(ui.es['redFlag.result']);
		for (const scroll of [0, 10_000]) {
			await box.evaluate((el, x) => el.scrollTo(x, 0), scroll);
			const frame = (await box.boundingBox())!;
			const right = Math.min(frame.x + frame.width, PHONE.width) + 1;
			for (const [name, cell] of [
				['account', account],
				['score', score]
			] as const) {
				const at = (await cell.boundingBox())!;
				expect(at.x, `${name} at scroll ${scroll}`).toBeGreaterThanOrEqual(frame.x - 1);
				expect(at.x + at.width, `${name} at scroll ${scroll}`).toBeLessThanOrEqual(right);
			}
		}
		// Both stay apart: the account column never covers the score.
		const a = (await account.boundingBox())!;
		expect(a.x + a.width).toBeLessThanOrEqual((await score.boundingBox())!.x + 1);
	});
});
