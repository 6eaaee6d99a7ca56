import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonBundle } from '../../src/lib/content/bundle';
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
/** Each picture checked: its lesson's address, its module folder (for its words) and one of its <text> keys. */
const PICTURES = [
	{ lesson: 'introduction/what-is-trafficking', dir: '01-introduction', name: 'act-means-purpose', key: 'means' },
	{ lesson: 'introduction/recruitment-and-control', dir: '01-introduction', name: 'recruitment-then-control', key: 'control-how' },
	{ lesson: 'data-and-trafficking/data-sources', dir: '02-data-and-trafficking', name: 'hotline-to-count', key: 'contact-2' },
	{ lesson: 'data-and-trafficking/methods-and-limits', dir: '02-data-and-trafficking', name: 'near-duplicate-ads', key: 'jaccard-1' },
	{ lesson: 'case-studies/project-protect', dir: '03-case-studies', name: 'project-protect-path', key: 'fintrac-3' },
	{ lesson: 'case-studies/traffik-analysis-hub', dir: '03-case-studies', name: 'traffik-analysis-hub-flow', key: 'hub-1' },
	{ lesson: 'case-studies/ctdc', dir: '03-case-studies', name: 'ctdc-pooling', key: 'lined-up' },
	{ lesson: 'case-studies/pasos-libres-and-datajam', dir: '03-case-studies', name: 'datajam-format', key: 'prototypes' }
];
const words = (dir: string, lang: Lang) =>
	JSON.parse(readFileSync(`modules/${dir}/locales/${lang}.json`, 'utf8')) as Record<string, string>;

describe.each(LANGS)('an illustration in a lesson (%s)', (lang) => {
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: { width: 320, height: 640 } });
	});
	afterAll(() => learner.close());

	describe.each(PICTURES)('$name', ({ lesson, dir, name, key }) => {
		const word = (l: Lang, k: string) => words(dir, l)[`illustrations.${name}.${k}`]!;

		it('is in the prerendered page with its words in the page’s language, not another’s', async () => {
			const html = await (await learner.page.request.get(`${baseUrl()}/${lang}/${lesson}/`)).text();
			expect(html).toContain(word(lang, key));
			for (const other of LANGS.filter((l) => l !== lang)) expect(html).not.toContain(word(other, key));
		});

		it('shows on its step, named by its text alternative, with no sideways scroll at 320 px, and axe finds nothing in light and dark', async () => {
			const { page } = learner;
			const bundle = (await (await page.request.get(`${baseUrl()}/content/${lang}/${lesson}.json`)).json()) as LessonBundle;
			await page.goto(`${baseUrl()}/${lang}/${lesson}/`);
			await passContentNote(page, lang);
			const figure = page.locator(`figure[data-illustration="${name}"]`);
			for (let i = 0; (await figure.count()) === 0; i++) {
				if (i === 30) throw new Error(`no step with ${name} within 30 steps`);
				const { step, phase } = await shownStep(page);
				const interaction = bundle.lesson.steps[step!]!.interaction;
				if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
					await giveAnswer(page, step!, interaction, rightAnswer(interaction));
					await button(page, ui[lang]['lesson.check']).press('Enter');
					await page.locator('article.player[data-phase="feedback"]').waitFor();
				}
				await continueStep(page, lang);
			}
			const picture = figure.getByRole('img', { name: word(lang, 'alt'), exact: true });
			await picture.waitFor();
			await expect.poll(() => figure.locator(`text[data-text="${key}"]`).textContent()).toBe(word(lang, key));
			await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
			// Each word stays inside the picture: none is cut at its left or right edge (text-anchor
			// "middle" and "end" can push a word past the left one).
			const overflow = await figure.locator('svg').evaluate((svg) => {
				const width = (svg as SVGSVGElement).viewBox.baseVal.width;
				return [...svg.querySelectorAll('text')]
					.filter((t) => t.getBBox().x < 0 || t.getBBox().x + t.getBBox().width > width)
					.map((t) => t.textContent);
			});
			expect(overflow).toEqual([]);
			await expectNoAxeViolations(page, `illustration (${lang})`);
			await page.emulateMedia({ colorScheme: 'dark' });
			try {
				await expectNoAxeViolations(page, `illustration, dark (${lang})`);
			} finally {
				await page.emulateMedia({ colorScheme: 'light' });
			}
		});
	});

	it('gives each module card a decorative cover, hidden from screen readers', async () => {
		const { page } = learner;
		await page.goto(`${baseUrl()}/${lang}/`);
		const covers = page.locator('main article.module .cover svg');
		await expect.poll(() => covers.count()).toBe(3);
		expect(await covers.evaluateAll((svgs) => svgs.every((s) => s.getAttribute('aria-hidden') === 'true'))).toBe(true);
	});
});
