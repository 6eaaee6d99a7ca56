import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exportPackages } from '../../scripts/scorm/build-package';
import type { CourseOutline, LessonBundle } from '../../src/lib/content/bundle';
import type { PackageOptions } from '../../src/lib/packaging/package-options';
import { giveAnswer, playLessonRight, rightAnswer, wrongAnswer } from './answers';
import { baseUrl, button, expectNoAxeViolations, launch, ui, type Lang, type Learner } from './browser';
import {
	checkedZip,
	committedCmi,
	expectedLanguage,
	expectFitsItsLanguages,
	expectLmsExitShown,
	openLessonInFrame,
	openPackagePreview,
	servePackage,
	shownLanguage,
	type Json
} from './package-preview';

const builder = Object.fromEntries(
	(['fr', 'en', 'es'] as const).map((l) => [
		l,
		JSON.parse(readFileSync(resolve(`src/lib/packaging/locales/${l}.json`), 'utf8')) as Record<string, string>
	])
) as Record<Lang, Record<string, string>>;
const PARTS = resolve('build/package-parts');

type Choice = PackageOptions;

let learner: Learner | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
	await learner?.close();
	learner = undefined;
});
afterAll(() => cleanups.forEach((c) => c()));

async function openTrainers(lang: Lang): Promise<Page> {
	learner = await launch({ viewport: { width: 1000, height: 1200 } });
	await learner.page.goto(`${baseUrl()}/${lang}/trainers/`);
	await learner.page.locator('#builder-courseId').waitFor();
	return learner.page;
}

/** Fills the form as a trainer does, with the keyboard where it matters: every control by its label. */
async function choose(page: Page, lang: Lang, choice: Choice) {
	const b = builder[lang];
	await page.getByLabel(b[`builder.standard.${choice.standard}`]!, { exact: true }).check();
	for (const l of ['fr', 'en', 'es'] as const) await page.locator(`#builder-language-${l}`).setChecked(choice.languages.includes(l));
	for (const m of [1, 2, 3]) await page.locator(`#builder-module-${m}`).setChecked(choice.modules.includes(m));
	await page.getByLabel(b['builder.passMark']!).fill(String(choice.passMark));
	await page.getByLabel(b[`builder.reporting.${choice.reporting}`]!, { exact: true }).check();
	await page.getByLabel(b['builder.courseId']!).fill(choice.courseId);
	await page.getByLabel(b['builder.title']!).fill(choice.title ?? '');
	await page.getByLabel(b['builder.quickExitUrl']!).fill(choice.quickExitUrl ?? '');
}

/** Builds on the page and returns the zip the browser downloaded, with the size the page showed. */
async function buildOnPage(page: Page, lang: Lang) {
	const [download] = await Promise.all([page.waitForEvent('download'), button(page, builder[lang]['builder.build']!).click()]);
	const zip = new Uint8Array(readFileSync((await download.path())!));
	const built = page.locator('[data-file]');
	await built.waitFor();
	expect(await built.getAttribute('data-file')).toBe(download.suggestedFilename());
	expect(Number(await built.getAttribute('data-bytes'))).toBe(zip.length);
	return { zip, file: download.suggestedFilename() };
}

/** The same options through the two other doors: the export code in this process, and `npm run export` itself. */
function buildInNode(choice: Choice) {
	const out = mkdtempSync(join(tmpdir(), 'trainers-e2e-'));
	cleanups.push(() => rmSync(out, { recursive: true, force: true }));
	const [exported] = exportPackages({
		standards: [choice.standard],
		languageSets: [choice.languages],
		modules: choice.modules,
		passMark: choice.passMark,
		reporting: choice.reporting,
		courseId: choice.courseId,
		title: choice.title,
		quickExitUrl: choice.quickExitUrl,
		outDir: join(out, 'module'),
		parts: PARTS
	});
	const cli = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/export.ts',
			'--standard',
			choice.standard,
			'--lang',
			choice.languages.join(','),
			'--modules',
			choice.modules.join(','),
			'--pass',
			String(choice.passMark),
			'--reporting',
			choice.reporting,
			'--id',
			choice.courseId,
			...(choice.title ? ['--title', choice.title] : []),
			...(choice.quickExitUrl ? ['--quick-exit', choice.quickExitUrl] : []),
			'--prebuilt',
			PARTS,
			'--out',
			join(out, 'cli')
		],
		{ encoding: 'utf8' }
	);
	expect(cli.status, cli.stderr).toBe(0);
	const file = (dir: string) => new Uint8Array(readFileSync(join(out, dir, exported!.file.split('/').pop()!)));
	return { module: file('module'), cli: file('cli'), name: exported!.file.split('/').pop()! };
}

/** The three doors give the same files; the page's zip passes the XSDs, the reference checks and #11 items 8 and 10. */
function expectSamePackage(page: { zip: Uint8Array; file: string }, node: ReturnType<typeof buildInNode>, choice: Choice) {
	const { standard } = choice;
	expect(page.file).toBe(node.name);
	const fromPage = checkedZip(page.zip, standard);
	expectFitsItsLanguages(fromPage, choice.languages);
	expectLmsExitShown(fromPage, standard);
	for (const other of [node.module, node.cli]) {
		const fromNode = checkedZip(other, standard);
		expect(Object.keys(fromPage.files)).toEqual(Object.keys(fromNode.files));
		expect(fromPage.manifest).toBe(fromNode.manifest);
		for (const path of Object.keys(fromNode.files))
			expect(Buffer.from(fromPage.files[path]!).equals(Buffer.from(fromNode.files[path]!)), path).toBe(true);
	}
	return fromPage;
}

/**
 * Plays one quiz attempt with the keyboard, the first `right` questions drawn answered right and the
 * others wrong; returns how many questions the attempt drew.
 */
async function playQuiz(frame: Frame, lang: Lang, bundle: LessonBundle, right: number) {
	const player = frame.locator(`article.player[data-lesson="${bundle.lesson.id}"]`);
	await player.waitFor();
	let answered = 0;
	for (let i = 0; i < 40; i++) {
		const step = await player.getAttribute('data-step');
		const phase = await player.getAttribute('data-phase');
		if (phase === 'completed') return answered;
		const interaction = bundle.lesson.steps[step!]!.interaction;
		if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
			await giveAnswer(frame, step!, interaction, answered < right ? rightAnswer(interaction) : wrongAnswer(interaction));
			answered++;
			await button(frame, ui[lang]['lesson.check']).press('Enter');
			await frame.locator('article.player[data-phase="feedback"]').waitFor();
			continue;
		}
		await button(frame, ui[lang]['lesson.continue']).press('Enter');
		await expect
			.poll(async () => `${await player.getAttribute('data-step')}/${await player.getAttribute('data-phase')}`)
			.not.toBe(`${step}/${phase}`);
	}
	throw new Error('the quiz did not end');
}

const lessonBundle = (files: Record<string, Uint8Array>, lang: Lang, moduleId: string, lessonId: string) =>
	JSON.parse(Buffer.from(files[`content/${lang}/${moduleId}/${lessonId}.json`]!).toString('utf8')) as LessonBundle;

describe('a trainer builds packages on the Trainers page', () => {
	it('is told, in the page’s language, what is wrong with the options, and nothing is built', async () => {
		const page = await openTrainers('fr');
		const b = builder.fr;
		await choose(page, 'fr', {
			standard: 'scorm12',
			languages: [],
			modules: [],
			passMark: 150,
			reporting: 'passed-failed',
			courseId: 'mon cours'
		});
		await page.getByLabel(b['builder.title']!).fill('t'.repeat(201));
		await page.getByLabel(b['builder.quickExitUrl']!).fill('javascript:alert(1)');
		let downloads = 0;
		page.on('download', () => downloads++);
		await button(page, b['builder.build']!).press('Enter');
		const summary = page.locator('.problems');
		await summary.waitFor();
		expect(await summary.locator('li').allInnerTexts()).toEqual([
			b['builder.problem.noLanguage'],
			b['builder.problem.noModule'],
			b['builder.problem.passMark']!.replace('{{value}}', '150'),
			b['builder.problem.courseIdCharacters']!.replace('{{value}}', 'mon cours'),
			b['builder.problem.titleLength']!.replace('{{length}}', '201').replace('{{max}}', '200'),
			b['builder.problem.quickExitUrl']!.replace('{{value}}', 'javascript:alert(1)')
		]);
		// The summary takes the focus; each message leads to its field, which says what is wrong.
		expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
		await summary.getByRole('link', { name: b['builder.problem.passMark']!.replace('{{value}}', '150') }).press('Enter');
		const pass = page.getByLabel(b['builder.passMark']!);
		expect(await pass.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await pass.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator(`#${await pass.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[1])}`).innerText()).toBe(
			b['builder.problem.passMark']!.replace('{{value}}', '150')
		);
		// Each message also stands in the field's own box.
		const beside = (control: string) => page.locator('.card', { has: page.locator(control) }).locator('.field-error');
		expect(await beside('#builder-module-1').innerText()).toBe(b['builder.problem.noModule']);
		expect(await beside('#builder-language-fr').innerText()).toBe(b['builder.problem.noLanguage']);
		expect(await beside('#builder-passMark').innerText()).toBe(b['builder.problem.passMark']!.replace('{{value}}', '150'));
		await expectNoAxeViolations(page, 'the builder with problems (fr)');
		expect(downloads).toBe(0);
		// Put right, the messages go as the trainer types; an empty identifier gets its own.
		await pass.fill('70');
		await expect.poll(() => summary.locator('li').count()).toBe(5);
		await expect.poll(() => beside('#builder-passMark').count()).toBe(0);
		const id = page.getByLabel(b['builder.courseId']!);
		await id.fill('');
		await expect.poll(() => beside('#builder-courseId').innerText()).toBe(b['builder.problem.courseIdEmpty']);
		expect(await id.getAttribute('aria-invalid')).toBe('true');
		await button(page, b['builder.build']!).press('Enter');
		expect(await summary.locator('li').allInnerTexts()).toContain(b['builder.problem.courseIdEmpty']);
		expect(downloads).toBe(0);
	});

	it.each(['fr', 'en', 'es'] as const)('fits 320 px, passes axe and builds with the keyboard alone (%s)', async (lang) => {
		learner = await launch({ viewport: { width: 320, height: 640 } });
		const { page } = learner;
		const b = builder[lang];
		await page.goto(`${baseUrl()}/${lang}/trainers/`);
		await page.locator('#builder-courseId').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectNoAxeViolations(page, `the package builder at 320 px (${lang})`);
		// Arrow keys move between the standards, Space toggles a module; what the LMS receives follows.
		await page.locator('#builder-standard-scorm12').focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.locator('#builder-standard-scorm2004').isChecked()).toBe(true);
		expect(await page.locator('[data-field="progress"]').innerText()).toBe(b['builder.receives.progress.scorm2004']);
		for (const m of [1, 3]) {
			await page.locator(`#builder-module-${m}`).focus();
			await page.keyboard.press('Space');
		}
		await page.locator('#builder-courseId').focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('keyboard-course');
		const downloading = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		const download = await downloading;
		await page.locator('[data-file]').waitFor();
		expect(download.suggestedFilename()).toBe(`keyboard-course-${lang}-m2-scorm2004.zip`);
		expect(await page.locator('.status[role="status"]').innerText()).toContain(download.suggestedFilename());
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectNoAxeViolations(page, `the package builder after a build (${lang})`);
	});

	it('builds Module 2 alone in English for SCORM 2004, pass mark 60, passed/failed: the same package as `npm run export`; 50 % reports “failed”, 60 % “passed”', async () => {
		const choice: Choice = {
			standard: 'scorm2004',
			languages: ['en'],
			modules: [2],
			passMark: 60,
			reporting: 'passed-failed',
			courseId: 'workshop',
			title: 'Data and trafficking: a workshop'
		};
		const page = await openTrainers('en');
		await choose(page, 'en', choice);
		// What the LMS will receive, for this choice.
		expect(await page.locator('[data-field="status"]').innerText()).toBe(builder.en['builder.receives.status.scorm2004.passed-failed']);
		expect(await page.locator('[data-field="score"]').innerText()).toContain('60%');
		const built = await buildOnPage(page, 'en');
		expect(built.file).toBe('workshop-en-m2-scorm2004.zip');
		const pkg = expectSamePackage(built, buildInNode(choice), choice);
		expect(pkg.manifest).toContain('<lom:string language="en">Data and trafficking: a workshop</lom:string>');
		// The mark is recorded, but the course, not the LMS, judges success (every quiz passed).
		expect(pkg.manifest).toContain('<imsss:minNormalizedMeasure>0.60</imsss:minNormalizedMeasure>');
		expect(pkg.manifest).toContain('satisfiedByMeasure="false"');
		expect(
			Object.keys(pkg.files)
				.filter((p) => p.startsWith('content/') && p !== 'content/structure.json')
				.every((p) => p.startsWith('content/en/'))
		).toBe(true);
		expect(pkg.json('lms-package.json')).toEqual({
			courseId: 'workshop',
			standard: 'scorm2004',
			passMark: 60,
			reporting: 'passed-failed',
			languages: ['en'],
			modules: [2]
		});

		cleanups.push(servePackage('trainer-m2', pkg.files));
		const frame = await openPackagePreview(page, 'scorm2004', 'trainer-m2');
		const outline = pkg.json('content/en/course.json') as CourseOutline;
		expect(outline.modules.map((m) => m.number)).toEqual([2]);
		const module = outline.modules[0]!;
		expect(await frame().locator('article.module .eyebrow').allInnerTexts()).toEqual([ui.en['home.module'].replace('{{number}}', '2')]);
		for (const lesson of module.lessons.filter((l) => !l.quiz)) {
			await openLessonInFrame(frame(), 'en', `${module.id}/${lesson.id}`);
			await playLessonRight(frame(), 'en', lessonBundle(pkg.files, 'en', module.id, lesson.id));
		}
		const quiz = module.lessons.find((l) => l.quiz)!;
		const bundle = lessonBundle(pkg.files, 'en', module.id, quiz.id);
		expect(bundle.lesson.quiz?.draw).toBe(10);
		await openLessonInFrame(frame(), 'en', `${module.id}/${quiz.id}`);
		// Five of ten right: 50 %, under the package's mark of 60 (the module's own mark is 80).
		expect(await playQuiz(frame(), 'en', bundle, 5)).toBe(10);
		await expect
			.poll(() => frame().getByText(ui.en['quiz.notPassed'].replace('{{mark}}', '60'), { exact: false }).count())
			.toBeGreaterThan(0);
		await expect.poll(async () => (await committedCmi(page)).success_status).toBe('failed');
		let cmi = await committedCmi(page);
		expect(cmi.score.raw).toBe('50');
		expect(cmi.exit).toBe('suspend');
		expect((Object.values(cmi.interactions as Json) as Json[]).every((i) => String(i.id).startsWith(`${module.id}.`))).toBe(true);
		// A new attempt, six of ten right: exactly the mark, and the LMS now holds "passed".
		await button(frame(), ui.en['quiz.newAttempt']).press('Enter');
		await expect.poll(() => frame().locator('article.player').getAttribute('data-phase')).not.toBe('completed');
		expect(await playQuiz(frame(), 'en', bundle, 6)).toBe(10);
		await expect.poll(() => frame().getByText(ui.en['quiz.passed'].replace('{{mark}}', '60'), { exact: false }).count()).toBeGreaterThan(0);
		await expect.poll(async () => (await committedCmi(page)).success_status).toBe('passed');
		cmi = await committedCmi(page);
		expect(cmi.score.raw).toBe('60');
		expect(cmi.completion_status).toBe('completed');
	}, 300_000);

	it('builds French and Spanish with Modules 1 and 3 for SCORM 1.2 while offline, and the package offers only those', async () => {
		const choice: Choice = {
			standard: 'scorm12',
			languages: ['fr', 'es'],
			modules: [1, 3],
			passMark: 80,
			reporting: 'passed-incomplete',
			courseId: 'ngo-course',
			quickExitUrl: 'https://www.example.org/'
		};
		const page = await openTrainers('es');
		const b = builder.es;
		// Who asks for a service worker, in any frame: the site does; a package never may (#11 item 10).
		await learner!.context.addInitScript(() => {
			const workers = navigator.serviceWorker;
			if (!workers) return;
			const register = workers.register.bind(workers);
			workers.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
				const top = window.top as unknown as { swAskedBy?: string[] };
				(top.swAskedBy ??= []).push(location.href);
				return register(...args);
			};
		});
		// The site's service worker is in charge, as for any visitor once the first page has loaded.
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await button(page, b['builder.offline.keep']!).click();
		await page.locator('[data-offline="ready"]').waitFor({ timeout: 60_000 });
		await learner!.context.setOffline(true);
		await page.reload();
		await page.locator('#builder-courseId').waitFor();
		await page.locator('[data-offline="ready"]').waitFor();
		await choose(page, 'es', choice);
		const built = await buildOnPage(page, 'es');
		await learner!.context.setOffline(false);
		expect(built.file).toBe('ngo-course-fr-es-m1-m3-scorm12.zip');
		const pkg = expectSamePackage(built, buildInNode(choice), choice);
		const contentDirs = new Set(
			Object.keys(pkg.files)
				.filter((p) => /^content\/[a-z]{2}\/[^/]+\//.test(p))
				.map((p) => p.split('/').slice(1, 3).join('/'))
		);
		// The chosen modules' folders, and each language's interface strings.
		expect(contentDirs).toEqual(new Set(['fr/introduction', 'fr/case-studies', 'fr/ui', 'es/introduction', 'es/case-studies', 'es/ui']));
		expect(pkg.manifest).not.toContain('masteryscore');
		expect(pkg.json('lms-package.json')).toMatchObject({
			languages: ['fr', 'es'],
			modules: [1, 3],
			quickExitUrl: 'https://www.example.org/'
		});

		cleanups.push(servePackage('trainer-m13', pkg.files));
		// An English browser: the package's own chooser, with only its two languages.
		const lang: Lang = 'es';
		const frame = await openPackagePreview(page, 'scorm12', 'trainer-m13', { lang, offered: ['fr', 'es'] });
		expect(frame().url()).toContain(`#/${lang}/`);
		// The page speaks the learner's language, and follows a switch (#11 item 10).
		await expect.poll(() => shownLanguage(frame())).toEqual(expectedLanguage(pkg.files, 'es'));
		for (const to of ['fr', 'es'] as const) {
			await frame().locator(`header a[hreflang="${to}"]`).click();
			await expect.poll(() => frame().url()).toContain(`#/${to}/`);
			await expect.poll(() => shownLanguage(frame())).toEqual(expectedLanguage(pkg.files, to));
		}
		// The course offers the package's languages and modules, no others.
		const links = frame().locator('header a[hreflang]');
		expect((await links.allInnerTexts()).sort()).toEqual(['Español', 'Français']);
		const outline = pkg.json(`content/${lang}/course.json`) as CourseOutline;
		expect(await frame().locator('article.module .eyebrow').allInnerTexts()).toEqual(
			[1, 3].map((n) => ui[lang]['home.module'].replace('{{number}}', String(n)))
		);
		const module = outline.modules[0]!;
		const quiz = module.lessons.find((l) => l.quiz)!;
		await openLessonInFrame(frame(), lang, `${module.id}/${quiz.id}`);
		await playLessonRight(frame(), lang, lessonBundle(pkg.files, lang, module.id, quiz.id));
		await expect
			.poll(() => frame().getByText(ui[lang]['quiz.passed'].replace('{{mark}}', '80'), { exact: false }).count())
			.toBeGreaterThan(0);
		// One quiz of two, no lesson done: the LMS holds the answers, and the course is not over.
		await expect.poll(async () => Object.keys((await committedCmi(page)).interactions ?? {}).length).toBeGreaterThan(0);
		const cmi = await committedCmi(page);
		expect(cmi.core.lesson_status).toBe('incomplete');
		expect((Object.values(cmi.interactions as Json) as Json[]).every((i) => String(i.id).startsWith(`${module.id}.${quiz.id}.`))).toBe(
			true
		);
		const asked = () => page.evaluate(() => (window as unknown as { swAskedBy?: string[] }).swAskedBy ?? []);
		// The site itself does ask, so the spy works.
		await expect.poll(async () => (await asked()).length).toBeGreaterThan(0);
		expect((await asked()).filter((url) => url.includes('/lms-preview/'))).toEqual([]);
	}, 300_000);

	it('builds Module 1 alone in Spanish for SCORM 2004, completed/incomplete: the whole module reports “completed” and no success', async () => {
		const choice: Choice = {
			standard: 'scorm2004',
			languages: ['es'],
			modules: [1],
			passMark: 50,
			reporting: 'completed-incomplete',
			courseId: 'curso-ong'
		};
		const page = await openTrainers('en');
		await choose(page, 'en', choice);
		expect(await page.locator('[data-field="status"]').innerText()).toBe(
			builder.en['builder.receives.status.scorm2004.completed-incomplete']
		);
		const built = await buildOnPage(page, 'en');
		const pkg = expectSamePackage(built, buildInNode(choice), choice);
		// No pass mark for the LMS to judge by in this mode.
		expect(pkg.manifest).not.toContain('minNormalizedMeasure');
		expect(pkg.files['index.html'] && Buffer.from(pkg.files['index.html']).toString()).toContain('<html lang="es"');

		cleanups.push(servePackage('trainer-m1', pkg.files));
		const frame = await openPackagePreview(page, 'scorm2004', 'trainer-m1');
		const module = (pkg.json('content/es/course.json') as CourseOutline).modules[0]!;
		for (const lesson of module.lessons) {
			await openLessonInFrame(frame(), 'es', `${module.id}/${lesson.id}`);
			await playLessonRight(frame(), 'es', lessonBundle(pkg.files, 'es', module.id, lesson.id));
		}
		await expect.poll(async () => (await committedCmi(page)).completion_status).toBe('completed');
		const cmi = await committedCmi(page);
		expect(cmi.success_status).toBe('unknown');
		expect(cmi.score.raw).toBe('100');
	}, 300_000);
});
