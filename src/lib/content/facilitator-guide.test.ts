import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../course/types';
import { bundleGuide, loadGuide } from './facilitator-guide';
import { formatMinutes } from './guide-bundle';
import { ContentError, loadCourse, type ContentProblem } from './load-content';
import { writeContent } from './write-content';

const FIXTURE = resolve('tests/fixtures/course');
const LANGS: Language[] = ['fr', 'en', 'es'];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const reference = { id: 'r1', publisher: 'Publisher', title: 'Title', year: '2021', url: 'https://example.org/page' };
const structure = {
	schemaVersion: 1,
	sections: [
		{ id: 'modules', include: 'modules' },
		{ id: 'plan', parts: ['before'] },
		{ id: 'lms', include: 'lms-status' }
	],
	references: [reference]
};
function text(lang: Language): Record<string, string> {
	return {
		title: `Guide ${lang}`,
		summary: 'Summary.',
		'modules.title': 'Modules',
		'modules.body': 'The sample lesson takes {{minutes:sample/sample}}; the course {{minutes:course}}.',
		'modules.objectives.sample': '- one objective',
		'plan.title': 'Plan',
		'plan.body': 'Play {{lesson:sample/sample}} in {{module:sample}}.',
		'plan.before.title': 'Before',
		'plan.before.body': 'Prepare.',
		'lms.title': 'LMS',
		'lms.body': 'What the LMS gets.',
		'lms.reporting.passed-incomplete': 'Passed or incomplete.',
		'lms.reporting.passed-failed': 'Passed or failed.',
		'lms.reporting.completed-incomplete': 'Completed or incomplete.',
		'lms.situations.in-progress': 'In progress',
		'lms.situations.quiz-not-passed': 'A quiz not passed',
		'lms.situations.passed': 'Passed'
	};
}

/** The fixture course with a guide, each language's text changed as a test needs. */
function courseWithGuide(change: (lang: Language, text: Record<string, string>) => void = () => {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'guide-'));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	mkdirSync(join(dir, 'facilitator-guide', 'locales'), { recursive: true });
	writeFileSync(join(dir, 'facilitator-guide', 'guide.json'), JSON.stringify(structure));
	for (const lang of LANGS) {
		const t = text(lang);
		change(lang, t);
		writeFileSync(join(dir, 'facilitator-guide', 'locales', `${lang}.json`), JSON.stringify(t));
	}
	return dir;
}

function problemsOf(dir: string): ContentProblem[] {
	try {
		loadGuide(dir, loadCourse(dir));
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected the guide check to fail');
}

describe('the facilitator guide in modules/', () => {
	const course = loadCourse(resolve('modules'));
	const guide = loadGuide(resolve('modules'), course);

	it.each(LANGS)('gives each module the sum of its lessons’ minutes, read from lesson.json (%s)', (lang) => {
		const bundle = bundleGuide(guide, course, lang);
		const modules = bundle.sections.flatMap((s) => s.modules ?? []);
		expect(modules.map((m) => m.id)).toEqual(course.modules.map((m) => m.definition.id));
		let total = 0;
		for (const folder of course.definition.modules) {
			const lessonsDir = resolve('modules', folder, 'lessons');
			const lessonIds = JSON.parse(readFileSync(resolve('modules', folder, 'module.json'), 'utf8')).lessons as string[];
			const minutes = lessonIds.map((l) => JSON.parse(readFileSync(join(lessonsDir, l, 'lesson.json'), 'utf8')).estimatedMinutes as number);
			const sum = minutes.reduce((a, b) => a + b, 0);
			const shown = modules.find((m) => folder.endsWith(m.id))!;
			expect(shown.minutes, folder).toBe(sum);
			expect(shown.lessons.map((l) => l.minutes)).toEqual(minutes);
			total += sum;
			expect(readdirSync(lessonsDir).sort()).toEqual([...lessonIds].sort());
		}
		expect(bundle.totalMinutes).toBe(total);
	});

	it.each(LANGS)('gives the help lines exactly as the brief does, with the limits of confidentiality (%s)', (lang) => {
		const help = guide.texts[lang]['disclosure.help-lines.body']!;
		for (const number of ['1-833-900-1010', '1-888-373-7888', '233733', '01 8000 52 20 20', '911', '123', '711'])
			expect(help, number).toContain(number);
		expect(help).toContain('](tel:+18339001010)');
		const limits = guide.texts[lang]['disclosure.confidentiality.body']!;
		expect(limits).toMatch(/\*\*[^*]*(unconditional|sans condition|absoluta)[^*]*\*\*/);
		const all = Object.values(guide.texts[lang]).join('\n');
		// A promise of confidentiality with no limit must never appear in the guide.
		expect(all).not.toMatch(/(fully|entirely|completely|totally) confidential|entièrement confidenti|totalmente confidencial/i);
	});

	it('renders every placeholder and leaves no Markdown or template syntax behind', () => {
		for (const lang of LANGS) {
			const strings: string[] = [];
			JSON.stringify(bundleGuide(guide, course, lang), (_, value) => (typeof value === 'string' && strings.push(value), value));
			for (const html of strings) expect(html).not.toMatch(/\{\{|\}\}|\]\(|\*\*/);
			expect(strings.join('\n')).toContain(`href="/${lang}/introduction/a-friend-online/"`);
		}
	});

	it('says in every reporting mode what the tracker sends, and never "failed" unless the mode allows it', () => {
		const lms = bundleGuide(guide, course, 'en').sections.find((s) => s.lms)!.lms!;
		const status = (mode: string, situation: string) => lms.find((m) => m.id === mode)!.rows.find((r) => r.situation === situation)!;
		expect(status('passed-incomplete', 'quiz-not-passed').lessonStatus).toBe('incomplete');
		expect(status('passed-failed', 'quiz-not-passed').lessonStatus).toBe('failed');
		expect(status('completed-incomplete', 'passed')).toMatchObject({ lessonStatus: 'completed', success: 'unknown' });
		for (const mode of lms) expect(mode.rows.find((r) => r.situation === 'in-progress')!.lessonStatus).toBe('incomplete');
	});
});

describe('loadGuide checks', () => {
	it('bundles a guide over the fixture course, minutes and links taken from it', () => {
		const dir = courseWithGuide();
		const course = loadCourse(dir);
		const bundle = bundleGuide(loadGuide(dir, course), course, 'en');
		expect(bundle.totalMinutes).toBe(5);
		expect(bundle.sections[0]!.body).toContain('takes 5\u00a0min; the course 5\u00a0min.');
		expect(bundle.sections[1]!.body).toMatch(/<a href="\/en\/sample\/sample\/">[^<]+<\/a> in <a href="\/en\/sample\/">/);
		expect(bundle.sections[1]!.parts[0]!.title).toBe('Before');
		expect(bundle.references).toEqual([reference]);
	});

	it('fails with file and key on a missing, an extra or an empty text, as lessons do', () => {
		const dir = courseWithGuide((lang, t) => {
			if (lang === 'es') delete t['plan.before.body'];
			if (lang === 'fr') t['plan.after.title'] = 'Après';
			if (lang === 'en') t['modules.objectives.sample'] = '  ';
		});
		expect(problemsOf(dir)).toEqual(
			expect.arrayContaining([
				{ file: 'facilitator-guide/locales/es.json', field: 'plan.before.body', message: 'is missing' },
				{ file: 'facilitator-guide/locales/fr.json', field: 'plan.after.title', message: 'is not used by the structure (extra key)' },
				{ file: 'facilitator-guide/locales/en.json', field: 'modules.objectives.sample', message: 'is empty' }
			])
		);
	});

	it('asks for the objectives of every module of the course', () => {
		const dir = courseWithGuide((_, t) => delete t['modules.objectives.sample']);
		expect(problemsOf(dir)).toContainEqual({
			file: 'facilitator-guide/locales/fr.json',
			field: 'modules.objectives.sample',
			message: 'is missing'
		});
	});

	it.each([
		['a lesson that does not exist', 'Play {{lesson:sample/nope}}.', '{{lesson:sample/nope}} names no lesson of the course'],
		['a module where a lesson is meant', 'Play {{lesson:sample}}.', '{{lesson:sample}} names no lesson of the course'],
		['minutes of nothing', 'About {{minutes:other}}.', '{{minutes:other}} names no module or lesson of the course'],
		['an unknown placeholder', 'About {{hours:sample}}.', 'unknown placeholder {{hours:sample}} (use minutes, lesson or module)'],
		['a malformed placeholder', 'About {{minutes sample}}.', 'has an unclosed or malformed {{…}} placeholder'],
		['a glossary link', 'See [debt](glossary:debt-bondage).', 'glossary links work in lessons only; name the term in words']
	])('fails on %s, naming the file and key', (_, body, message) => {
		const dir = courseWithGuide((lang, t) => {
			if (lang === 'en') t['plan.body'] = body;
		});
		expect(problemsOf(dir)).toEqual([{ file: 'facilitator-guide/locales/en.json', field: 'plan.body', message }]);
	});

	it('fails on a reference link that breaks the source rules (a mirror host)', () => {
		const dir = courseWithGuide();
		writeFileSync(
			join(dir, 'facilitator-guide', 'guide.json'),
			JSON.stringify({ ...structure, references: [{ ...reference, url: 'https://www.scribd.com/document/1/route' }] })
		);
		expect(problemsOf(dir)).toEqual([
			{ file: 'facilitator-guide/guide.json', field: 'references[0].url', message: expect.stringContaining('mirror or scraper host') }
		]);
	});

	it('fails on a reference without its publisher', () => {
		const dir = courseWithGuide();
		writeFileSync(
			join(dir, 'facilitator-guide', 'guide.json'),
			JSON.stringify({ ...structure, references: [{ ...reference, publisher: undefined }] })
		);
		expect(problemsOf(dir)).toEqual([{ file: 'facilitator-guide/guide.json', field: 'references[0].publisher', message: 'is required' }]);
	});
});

describe('writeContent', () => {
	it('writes the guide for the website in every language, and none for the package app', { timeout: 30_000 }, () => {
		const site = mkdtempSync(join(tmpdir(), 'site-'));
		const pkg = mkdtempSync(join(tmpdir(), 'package-'));
		dirs.push(site, pkg);
		writeContent(resolve('modules'), site);
		writeContent(resolve('modules'), pkg, { guide: false });
		for (const lang of LANGS) {
			expect(JSON.parse(readFileSync(join(site, 'content', lang, 'guide.json'), 'utf8')).language).toBe(lang);
			expect(existsSync(join(pkg, 'content', lang, 'guide.json'))).toBe(false);
			expect(existsSync(join(pkg, 'content', lang, 'course.json'))).toBe(true);
		}
	});
});

describe('formatMinutes', () => {
	it.each([
		[12, 'en', '12 min'],
		[60, 'fr', '1 h'],
		[117, 'en', '1 hr 57 min'],
		[117, 'fr', '1 h 57 min'],
		[289, 'es', '4 h 49 min']
	] as const)('%i minutes in %s is "%s"', (minutes, lang, expected) => {
		// Each language's units, as Intl writes them.
		expect(formatMinutes(minutes, lang).replace(/\s/g, ' ')).toBe(expected);
		// Only no-break spaces (narrow ones in French): a duration never splits across two lines.
		expect(formatMinutes(minutes, lang)).not.toContain(' ');
	});
});
