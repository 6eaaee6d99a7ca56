import { afterAll, beforeAll, describe, it } from 'vitest';
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
		['trainers', `/${lang}/trainers/`],
		['404', `/${lang}/no-such-page/`]
	])('on the %s page', async (name, path) => {
		await learner.page.goto(baseUrl() + path);
		await learner.page.locator('main h1').waitFor();
		await expectNoAxeViolations(learner.page, `${name} (${lang})`);
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
