import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launch, ui, type Lang, type Learner } from './browser';

const LANGS: Lang[] = ['fr', 'en', 'es'];
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Each module's lessons and their estimated minutes, read from modules/ as an author wrote them. */
const course = (read('modules/course.json').modules as string[]).map((folder) => {
	const definition = read(join('modules', folder, 'module.json'));
	return {
		id: definition.id as string,
		lessons: (definition.lessons as string[]).map((id) => ({
			id,
			minutes: read(join('modules', folder, 'lessons', id, 'lesson.json')).estimatedMinutes as number
		}))
	};
});
const guideText = (lang: Lang) => read(`modules/facilitator-guide/locales/${lang}.json`) as Record<string, string>;

describe.each(LANGS)('the facilitator’s guide (%s)', (lang) => {
	const t = ui[lang];
	let learner: Learner;
	beforeAll(async () => {
		learner = await launch({ viewport: { width: 320, height: 640 } });
	});
	afterAll(() => learner.close());

	it('is one link away from the Trainers page and from About', async () => {
		const { page } = learner;
		for (const [from, label] of [
			['trainers', t['trainers.guide']],
			['about', t['about.guide']]
		] as const) {
			await page.goto(baseUrl() + `/${lang}/${from}/`);
			await page.getByRole('link', { name: label, exact: true }).click();
			await page.waitForURL(`**/${lang}/guide/`);
			await expect.poll(() => page.locator('main h1').textContent()).toBe(t['guide.title']);
		}
	});

	it('gives each module and lesson the time its lessons estimate, and the course total', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/guide/`);
		let total = 0;
		for (const module of course) {
			const card = page.locator(`article[data-module="${module.id}"]`);
			const sum = module.lessons.reduce((s, l) => s + l.minutes, 0);
			total += sum;
			expect(await card.locator('.module-time').getAttribute('data-minutes')).toBe(String(sum));
			// What the reader sees: "1 h 57 min" for 117, in each language's own units.
			const shown = (await card.locator('.module-time').textContent())!.replace(/\s/g, ' ');
			expect(shown).toMatch(new RegExp(`^${Math.floor(sum / 60)} \\S+ ${sum % 60} min,`));
			expect(await card.locator('.lessons li').evaluateAll((items) => items.map((li) => li.getAttribute('data-lesson')))).toEqual(
				module.lessons.map((l) => l.id)
			);
			for (const lesson of module.lessons) {
				const time = card.locator(`li[data-lesson="${lesson.id}"] .lesson-time`);
				expect(await time.getAttribute('data-minutes'), `${module.id}/${lesson.id}`).toBe(String(lesson.minutes));
				expect((await time.textContent())!.replace(/\s/g, ' ')).toContain(`(${lesson.minutes} min`);
			}
		}
		expect(await page.locator('.course-time').getAttribute('data-minutes')).toBe(String(total));
		// A lesson time quoted in the text is the lesson's own estimate too.
		const scenario = course[0]!.lessons.find((l) => l.id === 'a-friend-online')!;
		const workshop = (await page.locator('[data-part="during.workshop"]').textContent())!.replace(/\s/g, ' ');
		expect(workshop).toContain(`(${scenario.minutes} min)`);
	});

	it('gives the help lines and the limits of confidentiality, with numbers that can be dialled', async () => {
		const { page } = learner;
		const help = page.locator('[data-part="disclosure.help-lines"]');
		for (const [number, tel] of [
			['1-833-900-1010', 'tel:+18339001010'],
			['1-888-373-7888', 'tel:+18883737888'],
			['01 8000 52 20 20', 'tel:018000522020']
		])
			expect(await help.getByRole('link', { name: number, exact: true }).getAttribute('href')).toBe(tel);
		await expect.poll(() => help.textContent()).toMatch(/233733[\s\S]*911[\s\S]*123/);
		expect(await page.locator('[data-part="disclosure.confidentiality"] strong').first().textContent()).toBe(
			guideText(lang)['disclosure.confidentiality.body']!.match(/^\*\*(.+?)\*\*/)![1]
		);
	});

	it('shows what the LMS receives in each reporting mode', async () => {
		const { page } = learner;
		const failedRow = page.locator('[data-reporting="passed-failed"] tr[data-situation="quiz-not-passed"]');
		await expect.poll(() => failedRow.locator('td').first().textContent()).toBe('failed');
		const defaultRow = page.locator('[data-reporting="passed-incomplete"] tr[data-situation="quiz-not-passed"]');
		await expect.poll(() => defaultRow.locator('td').first().textContent()).toBe('incomplete');
	});

	it('names the quick exit address as the Trainers page’s package builder labels it', async () => {
		const { page } = learner;
		// The field's label without its "(optional)".
		const label = (read(`src/lib/packaging/locales/${lang}.json`)['builder.quickExitUrl'] as string).replace(/\s*\([^)]*\)$/, '');
		await page.goto(baseUrl() + `/${lang}/guide/`);
		const part = page.locator('[data-part="lms.quick-exit"]');
		await expect.poll(() => part.textContent()).toContain(label);
		expect(await part.locator('code').allTextContents()).toContain('npm run export -- --quick-exit https://…');
	});

	it('fits 320 px without sideways scrolling, and axe finds nothing in the light theme', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/guide/`);
		await page.locator('main h1').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectNoAxeViolations(page, `guide, light, 320 px (${lang})`);
	});

	it('at 200% text on 320 px, only the status tables scroll, and the keyboard reaches them', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/settings/`);
		await page.getByLabel('200 %').check();
		await page.goto(baseUrl() + `/${lang}/guide/`);
		await page.locator('main h1').waitFor();
		expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		const table = page.locator('[data-reporting="passed-failed"] .table-wrap');
		await table.focus();
		expect(await table.evaluate((el) => el === document.activeElement && el.scrollWidth > el.clientWidth)).toBe(true);
		await expectNoAxeViolations(page, `guide, 200% text, 320 px (${lang})`);
		await page.goto(baseUrl() + `/${lang}/settings/`);
		await page.getByLabel('100 %').check();
	});

	it('is axe-clean in the dark theme at desktop width', async () => {
		const { page } = learner;
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(baseUrl() + `/${lang}/guide/`);
		await page.locator('main h1').waitFor();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
		await expectNoAxeViolations(page, `guide, dark, 1280 px (${lang})`);
		await page.emulateMedia({ colorScheme: 'light' });
	});

	it('prints without navigation, with each link’s address and dark text even in the dark theme', async () => {
		const { page } = learner;
		await page.goto(baseUrl() + `/${lang}/guide/`);
		await page.evaluate(() => {
			document.documentElement.dataset.theme = 'dark';
			(window as unknown as { printed: boolean }).printed = false;
			window.print = () => ((window as unknown as { printed: boolean }).printed = true);
		});
		await page.getByRole('button', { name: t['guide.print'], exact: true }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('nav').count()).toBeGreaterThanOrEqual(3);
		for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
		for (const hidden of ['header.site-header', 'footer.support', `button:has-text("${t['guide.print']}")`])
			expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
		// Dark ink on white paper, whatever the palette: at least 7:1 against white.
		const ink = (await page.evaluate(() => getComputedStyle(document.body).color)).match(/\d+/g)!.slice(0, 3).map(Number);
		const luminance = ink.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
		const contrast = 1.05 / (0.2126 * luminance[0]! + 0.7152 * luminance[1]! + 0.0722 * luminance[2]! + 0.05);
		expect(contrast, `body text ${ink.join(',')} on white`).toBeGreaterThanOrEqual(7);
		const reference = page.locator('.references a').first();
		const url = await reference.getAttribute('href');
		expect(await reference.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${url})"`);
		await expect.poll(() => page.locator('.print-only').textContent()).toContain(`/${lang}/guide/`);

		// What a trainer gets from "Save as PDF": the guide's text, its sources, and none of the site's menus.
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pdfDocument = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
		expect(pdfDocument.numPages).toBeGreaterThan(4);
		let text = '';
		for (let n = 1; n <= pdfDocument.numPages; n++)
			text += (await (await pdfDocument.getPage(n)).getTextContent()).items.map((i) => (i as TextItem).str).join(' ') + '\n';
		const flat = text.replace(/\s+/g, '');
		expect(flat).toContain('1-833-900-1010');
		expect(flat).toContain(url!.replace(/\s+/g, ''));
		const guideWords = Object.values(guideText(lang)).join(' ');
		for (const menu of [t['app.home'], t['app.settings']]) {
			expect(guideWords, 'precondition: the guide itself never says it').not.toContain(menu);
			expect(text).not.toContain(menu);
		}
		await page.emulateMedia({ media: 'screen' });
	});
});
