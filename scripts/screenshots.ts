// `npm run screenshots`: the key screens of the built site (build/) in Debian's Chromium, at phone
// and desktop widths, in each language, written to screenshots/ with a contact sheet
// (screenshots/index.html). States are reached by playing the real app as a learner does: every
// answer given with the keyboard helpers of the e2e tests, progress kept by the app itself.
//
//   npm run screenshots                       every screen, fr en es, 320 and 1280
//   npm run screenshots -- --only lesson      one screen (or a group: --only question, --only lab)
//   npm run screenshots -- --lang fr --width 320 --only home,module
//   npm run screenshots -- --fold             the first screen only, not the whole page
//   npm run screenshots -- --theme dark       the dark theme (folders <lang>/<width>-dark/)
//   npm run screenshots -- --list             the screen names
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { CourseOutline, LessonBundle } from '../src/lib/content/bundle';
import type { Lesson, Step } from '../src/lib/course/types';
import { giveAnswer, playLessonRight, rightAnswer } from '../tests/e2e/answers';
import { button, CHROMIUM_ARGS, continueStep, shownStep, ui, type Lang } from '../tests/e2e/browser';
import { serveStatic } from './static-host.js';

const LANGS: Lang[] = ['fr', 'en', 'es'];
const HEIGHTS: Record<number, number> = { 320: 640, 1280: 800 };
/** The name written on the certificate: one that the PDF must carry as typed. */
const CERTIFICATE_NAME = 'Nguyễn Thị Minh Khai';

type StepState = 'contentNote' | 'shown' | 'answered' | 'feedback';

interface PageShot {
	name: string;
	path: (lang: Lang) => string;
	/** What shows once the page has loaded what it needs. */
	ready: (page: Page, lang: Lang) => Promise<unknown>;
}

interface StepShot {
	name: string;
	/** The first step (in course order, when the lessons are played with right answers) that matches. */
	match: (step: Step, lesson: Lesson) => boolean;
	state: StepState;
}

const heading = (page: Page) => page.locator('main h1').first().waitFor();
const isQuestion = (step: Step) => !['continue', 'end'].includes(step.interaction.type);
const ofType = (type: string) => (step: Step, lesson: Lesson) => step.interaction.type === type && !lesson.quiz;

const PAGE_SHOTS: PageShot[] = [
	{ name: 'home', path: (l) => `/${l}/`, ready: (page) => page.locator('main a[href$="/introduction/"]').first().waitFor() },
	{ name: 'module', path: (l) => `/${l}/introduction/`, ready: (page) => page.locator('main a[href*="/introduction/"]').first().waitFor() },
	// Module 2's cards show the lab kind, which Module 1 has none of.
	{
		name: 'module-data',
		path: (l) => `/${l}/data-and-trafficking/`,
		ready: (page) => page.locator('main a[href*="/data-and-trafficking/"]').first().waitFor()
	},
	{ name: 'support', path: (l) => `/${l}/support/`, ready: heading },
	{ name: 'trainers', path: (l) => `/${l}/trainers/`, ready: heading },
	{ name: 'guide', path: (l) => `/${l}/guide/`, ready: heading },
	{ name: 'settings', path: (l) => `/${l}/settings/`, ready: heading },
	{
		name: 'certificate-locked',
		path: (l) => `/${l}/certificate/`,
		ready: (page, l) => page.getByText(ui[l]['certificate.notYet']).waitFor()
	}
];

const STEP_SHOTS: StepShot[] = [
	{ name: 'content-note', match: (_s, lesson) => lesson.sensitive && !lesson.quiz, state: 'contentNote' },
	{ name: 'lesson', match: (step, lesson) => step.id === lesson.initialStepId && !lesson.quiz, state: 'shown' },
	{ name: 'feedback', match: (step, lesson) => isQuestion(step) && !lesson.quiz, state: 'feedback' },
	{ name: 'question-single-choice', match: ofType('singleChoice'), state: 'answered' },
	{ name: 'question-multiple-response', match: ofType('multipleResponse'), state: 'answered' },
	{ name: 'question-true-false', match: ofType('trueFalse'), state: 'answered' },
	{ name: 'question-matching', match: ofType('matching'), state: 'answered' },
	{ name: 'question-categorise', match: ofType('categorise'), state: 'answered' },
	{ name: 'question-ordering', match: ofType('ordering'), state: 'answered' },
	{ name: 'question-scenario', match: ofType('scenarioChoice'), state: 'answered' },
	{ name: 'lab-near-duplicates', match: ofType('similarityLab'), state: 'answered' },
	{ name: 'lab-near-duplicates-feedback', match: ofType('similarityLab'), state: 'feedback' },
	{ name: 'lab-k-anonymity', match: ofType('kAnonymityLab'), state: 'answered' },
	{ name: 'lab-red-flags', match: ofType('redFlagLab'), state: 'shown' },
	{ name: 'lab-red-flags-answered', match: ofType('redFlagLab'), state: 'answered' },
	{ name: 'lab-red-flags-feedback', match: ofType('redFlagLab'), state: 'feedback' },
	// One shot per illustrated lesson: the first illustrated step of each (modules/*/illustrations/).
	...readdirSync(resolve('modules'))
		.filter((m) => /^\d{2}-/.test(m))
		.flatMap((m) => readdirSync(resolve('modules', m, 'lessons')).map((lesson) => resolve('modules', m, 'lessons', lesson)))
		.filter((dir) => readFileSync(resolve(dir, 'lesson.json'), 'utf8').includes('"illustration"'))
		.map((dir) => dir.split(/[\\/]/).at(-1)!)
		.map((lesson) => ({
			name: `illustration-${lesson}`,
			match: (step: Step, l: Lesson) => l.id === lesson && step.illustration !== undefined,
			state: 'shown' as const
		})),
	{ name: 'lab-chart', match: (step, lesson) => step.figure !== undefined && !lesson.quiz, state: 'answered' },
	{ name: 'lab-capstone', match: ofType('capstonePlan'), state: 'answered' },
	{ name: 'lab-capstone-feedback', match: ofType('capstonePlan'), state: 'feedback' }
];

/** Screens that need more than one lesson played. */
const COURSE_SHOTS = ['quiz-result', 'certificate', 'certificate-too-long'] as const;
/** The language chooser ("/") as browsers in languages the course lacks see it: German, and Arabic (a right-to-left language). */
const CHOOSERS = [
	{ name: 'chooser-de', locale: 'de-DE' },
	{ name: 'chooser-ar', locale: 'ar' }
];

const ALL_NAMES = [...CHOOSERS.map((c) => c.name), ...PAGE_SHOTS.map((s) => s.name), ...STEP_SHOTS.map((s) => s.name), ...COURSE_SHOTS];

interface Options {
	names: Set<string>;
	langs: Lang[];
	widths: number[];
	out: string;
	fold: boolean;
	theme: 'light' | 'dark';
}

function options(): Options | undefined {
	const { values } = parseArgs({
		options: {
			only: { type: 'string', multiple: true },
			lang: { type: 'string', multiple: true },
			width: { type: 'string', multiple: true },
			out: { type: 'string', default: 'screenshots' },
			fold: { type: 'boolean', default: false },
			theme: { type: 'string', default: 'light' },
			list: { type: 'boolean', default: false }
		}
	});
	if (values.list) {
		console.log(ALL_NAMES.join('\n'));
		return undefined;
	}
	const list = (given: string[] | undefined) => given?.flatMap((v) => v.split(',')).filter(Boolean);
	const only = list(values.only);
	// "--only question" takes every question-* screen; "--only lab-capstone" takes it and its feedback.
	const names = new Set(only ? ALL_NAMES.filter((n) => only.some((o) => n === o || n.startsWith(`${o}-`))) : ALL_NAMES);
	const unknown = only?.filter((o) => !ALL_NAMES.some((n) => n === o || n.startsWith(`${o}-`)));
	if (unknown?.length) throw new Error(`unknown screen ${unknown.join(', ')}; the screens are: ${ALL_NAMES.join(' ')}`);
	const langs = (list(values.lang) ?? LANGS) as Lang[];
	const badLang = langs.find((l) => !LANGS.includes(l));
	if (badLang) throw new Error(`unknown language ${badLang}; the course has ${LANGS.join(', ')}`);
	const widths = (list(values.width) ?? Object.keys(HEIGHTS)).map(Number);
	const badWidth = widths.find((w) => !Number.isInteger(w) || w < 200 || w > 4000);
	if (badWidth !== undefined) throw new Error(`--width takes pixel widths such as 320 or 1280, not ${badWidth}`);
	if (values.theme !== 'light' && values.theme !== 'dark') throw new Error(`--theme takes light or dark, not ${values.theme}`);
	return { names, langs, widths, out: resolve(values.out), fold: values.fold, theme: values.theme };
}

class Camera {
	taken: string[] = [];
	constructor(
		private readonly page: Page,
		private readonly opts: Options
	) {}

	/** The page as it is now, at every width asked for; back to the first width afterwards. */
	async shoot(lang: Lang, name: string) {
		for (const width of this.opts.widths) {
			await this.page.setViewportSize({ width, height: HEIGHTS[width] ?? Math.round(width * 0.625) });
			await settle(this.page);
			const folder = this.opts.theme === 'dark' ? `${width}-dark` : String(width);
			const dir = join(this.opts.out, lang, folder);
			mkdirSync(dir, { recursive: true });
			await this.page.screenshot({ path: join(dir, `${name}.png`), fullPage: !this.opts.fold, animations: 'disabled' });
			this.taken.push(`${lang}/${folder}/${name}.png`);
		}
		await this.page.setViewportSize({ width: this.opts.widths[0]!, height: HEIGHTS[this.opts.widths[0]!] ?? 800 });
		console.log(`  ${lang} ${name}`);
	}
}

/** Fonts loaded and two frames drawn after the last layout change. */
async function settle(page: Page) {
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	});
}

async function openBrowser(opts: Options, locale = 'en-CA') {
	const profile = mkdtempSync(join(tmpdir(), 'course-screenshots-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
		locale,
		colorScheme: opts.theme,
		reducedMotion: 'reduce',
		viewport: { width: opts.widths[0]!, height: HEIGHTS[opts.widths[0]!] ?? 800 }
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return {
		page,
		errors,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

interface Course {
	outline: CourseOutline;
	bundles: LessonBundle[];
}

function readCourse(build: string, lang: Lang): Course {
	const read = <T>(path: string) => JSON.parse(readFileSync(join(build, path), 'utf8')) as T;
	const outline = read<CourseOutline>(`content/${lang}/course.json`);
	const bundles = outline.modules.flatMap((m) => m.lessons.map((l) => read<LessonBundle>(`content/${lang}/${m.id}/${l.id}.json`)));
	return { outline, bundles };
}

async function openLesson(page: Page, url: string, lang: Lang, bundle: LessonBundle) {
	await page.goto(`${url}/${lang}/${bundle.moduleId}/${bundle.lesson.id}/`);
	const note = button(page, ui[lang]['lesson.contentNoteContinue']);
	await note
		.or(page.locator(`article.player[data-lesson="${bundle.lesson.id}"]`))
		.first()
		.waitFor();
}

/**
 * Plays one lesson with right answers and shoots each pending screen whose step comes up, in the
 * state it asks for; stops as soon as nothing more in this lesson is wanted.
 */
async function playForShots(page: Page, url: string, lang: Lang, bundle: LessonBundle, pending: StepShot[], camera: Camera) {
	const lesson = bundle.lesson;
	const wanted = () => pending.filter((shot) => Object.values(lesson.steps).some((step) => shot.match(step, lesson)));
	const take = async (step: Step, state: StepState) => {
		for (const shot of wanted().filter((s) => s.state === state && s.match(step, lesson))) {
			await camera.shoot(lang, shot.name);
			pending.splice(pending.indexOf(shot), 1);
		}
	};
	await openLesson(page, url, lang, bundle);
	const note = button(page, ui[lang]['lesson.contentNoteContinue']);
	if (await note.isVisible()) {
		await take(lesson.steps[lesson.initialStepId]!, 'contentNote');
		await note.press('Enter');
	}
	await page.locator(`article.player[data-lesson="${lesson.id}"]`).waitFor();
	for (let i = 0; i < 120 && wanted().length; i++) {
		const { step: stepId, phase } = await shownStep(page);
		if (phase === 'completed') return;
		const step = lesson.steps[stepId!]!;
		const interaction = step.interaction;
		if (phase === 'presenting') await take(step, 'shown');
		if (phase === 'presenting' && interaction.type !== 'continue' && interaction.type !== 'end') {
			await giveAnswer(page, stepId!, interaction, rightAnswer(interaction));
			await take(step, 'answered');
			await button(page, ui[lang]['lesson.check']).press('Enter');
			await page.locator('article.player[data-phase="feedback"]').waitFor();
			await take(step, 'feedback');
			continue;
		}
		await continueStep(page, lang);
	}
}

async function shootLanguage(url: string, build: string, lang: Lang, opts: Options) {
	const browser = await openBrowser(opts);
	const camera = new Camera(browser.page, opts);
	const { page } = browser;
	try {
		for (const shot of PAGE_SHOTS.filter((s) => opts.names.has(s.name))) {
			await page.goto(url + shot.path(lang));
			await shot.ready(page, lang);
			await camera.shoot(lang, shot.name);
		}
		const { bundles } = readCourse(build, lang);
		const pending = STEP_SHOTS.filter((s) => opts.names.has(s.name));
		for (const bundle of bundles) {
			if (!pending.length) break;
			const lesson = bundle.lesson;
			if (pending.some((shot) => Object.values(lesson.steps).some((step) => shot.match(step, lesson))))
				await playForShots(page, url, lang, bundle, pending, camera);
		}
		for (const shot of pending) console.warn(`  ${lang} ${shot.name}: no step reached that matches (played with right answers)`);
		if (opts.names.has('quiz-result')) {
			const quiz = bundles.find((b) => b.lesson.quiz)!;
			await openLesson(page, url, lang, quiz);
			await playLessonRight(page, lang, quiz);
			await camera.shoot(lang, 'quiz-result');
		}
	} finally {
		await browser.close();
	}
	if (browser.errors.length) throw new Error(`errors in the page (${lang}): ${browser.errors.join('; ')}`);
	return camera.taken;
}

/** Filed under the first language asked for: it shows all three. A fresh profile each, so no choice is remembered. */
async function shootChooser(url: string, opts: Options, chooser: (typeof CHOOSERS)[number]) {
	const browser = await openBrowser(opts, chooser.locale);
	const camera = new Camera(browser.page, opts);
	try {
		await browser.page.goto(`${url}/`);
		await browser.page.waitForLoadState('networkidle');
		// The app has run and chosen to stay (the chooser is in the prerendered page, so it alone proves
		// nothing): a browser the course can serve would have left "/" by now.
		if (new URL(browser.page.url()).pathname !== '/')
			throw new Error(`a ${chooser.locale} browser was sent to ${browser.page.url()}, not shown the chooser`);
		await browser.page.locator('main.chooser a[hreflang]').first().waitFor();
		await camera.shoot(opts.langs[0]!, chooser.name);
	} finally {
		await browser.close();
	}
	if (browser.errors.length) throw new Error(`errors in the page (${chooser.locale}): ${browser.errors.join('; ')}`);
	return camera.taken;
}

/** Every lesson played to its end, in the first language asked for; then the certificate in each. */
async function shootCertificate(url: string, build: string, opts: Options) {
	const browser = await openBrowser(opts);
	const camera = new Camera(browser.page, opts);
	const { page } = browser;
	const first = opts.langs[0]!;
	try {
		console.log(`  playing the whole course (${first}) to earn the certificate…`);
		for (const bundle of readCourse(build, first).bundles) {
			await openLesson(page, url, first, bundle);
			await playLessonRight(page, first, bundle);
		}
		for (const lang of opts.langs) {
			await page.goto(`${url}/${lang}/certificate/`);
			const field = page.getByLabel(ui[lang]['certificate.nameLabel']);
			for (const [name, shot] of [
				[CERTIFICATE_NAME, 'certificate'],
				[`${CERTIFICATE_NAME} `.repeat(12), 'certificate-too-long']
			] as const) {
				if (!opts.names.has(shot)) continue;
				await field.fill(name);
				await field.blur();
				await camera.shoot(lang, shot);
			}
		}
	} finally {
		await browser.close();
	}
	if (browser.errors.length) throw new Error(`errors in the page: ${browser.errors.join('; ')}`);
	return camera.taken;
}

/** screenshots/index.html: every PNG in the folder (earlier runs too), one row per screen. */
function writeContactSheet(out: string) {
	const files = new Set<string>();
	for (const lang of readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory()))
		for (const width of readdirSync(join(out, lang.name), { withFileTypes: true }).filter((d) => d.isDirectory()))
			for (const file of readdirSync(join(out, lang.name, width.name)).filter((f) => f.endsWith('.png')))
				files.add(`${lang.name}/${width.name}/${file.replace(/\.png$/, '')}`);
	const columns = [...new Set([...files].map((f) => f.split('/').slice(0, 2).join('/')))].sort((a, b) => {
		const [la, wa] = a.split('/');
		const [lb, wb] = b.split('/');
		return LANGS.indexOf(la as Lang) - LANGS.indexOf(lb as Lang) || parseInt(wa!) - parseInt(wb!) || wa!.localeCompare(wb!);
	});
	const names = [...new Set([...files].map((f) => f.split('/')[2]!))].sort(
		(a, b) => (ALL_NAMES.indexOf(a) + 1 || 999) - (ALL_NAMES.indexOf(b) + 1 || 999) || a.localeCompare(b)
	);
	const cell = (column: string, name: string) => {
		const file = `${column}/${name}.png`;
		return files.has(`${column}/${name}`)
			? `<td><a href="${file}"><img src="${file}" alt="${name}, ${column}" loading="lazy"></a></td>`
			: '<td>—</td>';
	};
	const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course screenshots</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 4px; vertical-align: top; }
th[scope=row] { text-align: start; white-space: nowrap; }
td img { display: block; inline-size: 160px; max-block-size: 320px; object-fit: cover; object-position: top; }
</style></head><body>
<h1>Course screenshots</h1>
<p>${files.size} images from <code>npm run screenshots</code>, full pages (top shown; open one for all of it).</p>
<table><thead><tr><th scope="col">screen</th>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>
${names.map((n) => `<tr><th scope="row">${n}</th>${columns.map((c) => cell(c, n)).join('')}</tr>`).join('\n')}
</tbody></table></body></html>
`;
	writeFileSync(join(out, 'index.html'), html);
}

async function main() {
	const opts = options();
	if (!opts) return;
	const build = resolve('build');
	const server = await serveStatic(build);
	console.log(`Screens of ${build} (${server.url}) → ${opts.out}`);
	const taken: string[] = [];
	try {
		for (const chooser of CHOOSERS.filter((c) => opts.names.has(c.name))) taken.push(...(await shootChooser(server.url, opts, chooser)));
		for (const lang of opts.langs) taken.push(...(await shootLanguage(server.url, build, lang, opts)));
		if (opts.names.has('certificate') || opts.names.has('certificate-too-long'))
			taken.push(...(await shootCertificate(server.url, build, opts)));
	} finally {
		await server.close();
	}
	mkdirSync(opts.out, { recursive: true });
	writeContactSheet(opts.out);
	console.log(`${taken.length} screenshots; contact sheet: ${join(opts.out, 'index.html')}`);
}

await main();
