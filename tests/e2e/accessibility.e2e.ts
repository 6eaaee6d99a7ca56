import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	button,
	continueToQuestion,
	expectNoAxeViolations,
	launch,
	passContentNote,
	ui,
	type Lang,
	type Learner
} from './browser';

const LANGS: Lang[] = ['fr', 'en', 'es'];

describe.each(LANGS)('axe finds no violations (%s)', (lang) => {
	const t = ui[lang];
	// A fresh browser profile per language, so each lesson starts from its beginning.
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch();
	});
	afterAll(() => learner.close());

	it.each([
		['home', `/${lang}/`],
		['module', `/${lang}/introduction/`],
		['about', `/${lang}/about/`],
		['my data', `/${lang}/my-data/`],
		['glossary', `/${lang}/glossary/`],
		['support', `/${lang}/support/`],
		['settings', `/${lang}/settings/`],
		['certificate (not yet earned)', `/${lang}/certificate/`],
		['trainers', `/${lang}/trainers/`],
		['404', `/${lang}/no-such-page/`]
	])('on the %s page', async (name, path) => {
		await learner.page.goto(baseUrl() + path);
		await learner.page.locator('main h1').waitFor();
		await expectNoAxeViolations(learner.page, `${name} (${lang})`);
	});

	it('with the phone header menu open, in the light and the dark theme', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/introduction/what-is-trafficking/`);
		const menu = page.locator('header details');
		await menu.locator('summary').press('Enter');
		await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await expect.poll(() => menu.locator('.menu-panel a').first().isVisible()).toBe(true);
		await expectNoAxeViolations(page, `open menu (${lang})`);
		await page.emulateMedia({ colorScheme: 'dark' });
		try {
			await expectNoAxeViolations(page, `open menu, dark (${lang})`);
		} finally {
			await page.emulateMedia({ colorScheme: 'light' });
		}
	});

	it('on a lesson: content note, question, feedback and end', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/introduction/what-is-trafficking/`);
		await button(page, t['lesson.contentNoteContinue']).waitFor();
		await expectNoAxeViolations(page, `content note (${lang})`);
		await passContentNote(page, lang);
		await expectNoAxeViolations(page, `first step (${lang})`);
		await continueToQuestion(page, lang);
		await expectNoAxeViolations(page, `question (${lang})`);
		await page.locator('article.player input').nth(1).check();
		await button(page, t['lesson.check']).click();
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		await expectNoAxeViolations(page, `feedback (${lang})`);
	});
});

describe.each(LANGS)('axe in the dark theme at desktop width (%s)', (lang) => {
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: { width: 1280, height: 900 } });
		await learner.page.emulateMedia({ colorScheme: 'dark' });
	});
	afterAll(() => learner.close());

	it.each([
		['home', `/${lang}/`],
		['module', `/${lang}/data-and-trafficking/`],
		['glossary', `/${lang}/glossary/`],
		['settings', `/${lang}/settings/`]
	])('on the %s page', async (name, path) => {
		await learner.page.goto(baseUrl() + path);
		await learner.page.locator('main h1').waitFor();
		expect(await learner.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
		await expectNoAxeViolations(learner.page, `${name}, dark (${lang})`);
	});

	it('on a lesson with a chart, in its question and feedback states', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/data-and-trafficking/reading-the-numbers/`);
		await passContentNote(page, lang);
		await continueToQuestion(page, lang);
		await expectNoAxeViolations(page, `chart question, dark (${lang})`);
		await page.locator('article.player form input').first().check();
		await button(page, ui[lang]['lesson.check']).click();
		await page.locator('article.player[data-phase="feedback"]').waitFor();
		await expectNoAxeViolations(page, `chart feedback, dark (${lang})`);
	});

	it('the settings page switches to the light theme and 200% text, and both stay after a reload', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/settings/`);
		await page.getByLabel(ui[lang]['settings.theme.light']).check();
		await page.getByLabel('200 %').check();
		await page.reload();
		await page.locator('main h1').waitFor();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		await expectNoAxeViolations(page, `settings, light, 200% (${lang})`);
	});
});
