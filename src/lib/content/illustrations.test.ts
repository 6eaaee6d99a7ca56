import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeIllustration, parseIllustration } from './illustrations';
import { ContentError, bundleCourse, loadCourse, type ContentProblem } from './load-content';

const GOOD = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 60" font-size="14" fill="var(--illustration-ink)">
	<rect width="320" height="60" fill="var(--illustration-soft)"/>
	<text x="4" y="20" data-text="label"/>
</svg>`;

describe('parseIllustration', () => {
	it('accepts a themed SVG whose words are keys', () => {
		const { illustration, problems } = parseIllustration('flow', 'flow.svg', GOOD);
		expect(problems).toEqual([]);
		expect(illustration).toMatchObject({ decorative: false, keys: ['label'] });
	});

	const broken: [string, string, string][] = [
		['a fixed width', GOOD.replace('viewBox', 'width="320" viewBox'), 'must not be fixed'],
		['no viewBox', GOOD.replace('viewBox="0 0 320 60"', ''), 'needs a viewBox'],
		['a fixed colour', GOOD.replace('var(--illustration-soft)', '#ff0000'), 'is a fixed colour'],
		['words written in the SVG', GOOD.replace('data-text="label"/>', 'data-text="label">Act</text>'), 'must be empty'],
		['a <text> without a key', GOOD.replace(' data-text="label"', ''), 'needs data-text'],
		['an external image', GOOD.replace('<rect', '<image href="https://example.org/a.png"/><rect'), 'must not contain <image>'],
		['a script', GOOD.replace('<rect', '<script>alert(1)</script><rect'), 'must not contain a script'],
		['a link to another file', GOOD.replace('<rect', '<use href="other.svg#a"/><rect'), 'must not reference another file'],
		['text too small at 320 px', GOOD.replace('font-size="14"', 'font-size="10"'), 'at least 12 px'],
		['words in a decorative picture', GOOD.replace('<svg ', '<svg aria-hidden="true" '), 'has no words']
	];
	it.each(broken)('refuses %s', (_name, source, message) => {
		const { problems } = parseIllustration('flow', 'flow.svg', source);
		expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining(message));
	});

	it('fills the words in, escaped, and names the picture by its text alternative', () => {
		const { illustration } = parseIllustration('flow', 'flow.svg', GOOD);
		const svg = localizeIllustration(illustration, { 'illustrations.flow.alt': 'A flow', 'illustrations.flow.label': 'Acte <1> & 2' });
		expect(svg).toContain('role="img" aria-labelledby="illustration-flow"');
		expect(svg).toContain('<title id="illustration-flow">A flow</title>');
		expect(svg).toContain('data-text="label">Acte &lt;1&gt; &amp; 2</text>');
	});
});

const FIXTURE = resolve('tests/fixtures/course');
const MODULE = '01-sample';
const LESSON = `${MODULE}/lessons/sample/lesson.json`;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const words: Record<string, Record<string, string>> = {
	fr: { alt: 'Un schéma', label: 'Acte' },
	en: { alt: 'A diagram', label: 'Act' },
	es: { alt: 'Un esquema', label: 'Acción' }
};

/** The fixture course with the sample lesson's first step illustrated; `edit` breaks one part. */
function courseWithIllustration(edit: { svg?: string | null; drop?: [string, string]; name?: string } = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'course-'));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	if (edit.svg !== null) {
		mkdirSync(join(dir, MODULE, 'illustrations'));
		writeFileSync(join(dir, MODULE, 'illustrations', 'flow.svg'), edit.svg ?? GOOD);
	}
	for (const lang of ['fr', 'en', 'es']) {
		const file = join(dir, MODULE, 'locales', `${lang}.json`);
		const text = JSON.parse(readFileSync(file, 'utf8'));
		for (const [key, value] of Object.entries(words[lang]!))
			if (edit.svg !== null && !(edit.drop?.[0] === lang && edit.drop[1] === key)) text[`illustrations.flow.${key}`] = value;
		writeFileSync(file, JSON.stringify(text));
	}
	const lessonFile = join(dir, LESSON);
	const lesson = JSON.parse(readFileSync(lessonFile, 'utf8'));
	lesson.steps.intro.illustration = edit.name ?? 'flow';
	writeFileSync(lessonFile, JSON.stringify(lesson));
	return dir;
}

function problemsOf(dir: string): ContentProblem[] {
	try {
		loadCourse(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected the content check to fail');
}

describe('illustrations in the course', () => {
	it('bundles a step’s illustration with its words in each language', () => {
		const { lessons } = bundleCourse(loadCourse(courseWithIllustration()));
		const es = lessons.find((l) => l.language === 'es' && l.lesson.id === 'sample')!;
		expect(es.lesson.steps.intro!.illustration).toBe('flow');
		expect(es.illustrations?.flow).toContain('>Acción</text>');
		expect(es.illustrations?.flow).toContain('<title id="illustration-flow">Un esquema</title>');
	});

	it('names the step when its file is missing', () => {
		expect(problemsOf(courseWithIllustration({ svg: null }))).toContainEqual({
			file: LESSON,
			field: 'steps.intro.illustration',
			message: `no file ${MODULE}/illustrations/flow.svg`
		});
	});

	it('names the language file and key when a word is missing', () => {
		expect(problemsOf(courseWithIllustration({ drop: ['es', 'label'] }))).toContainEqual({
			file: `${MODULE}/locales/es.json`,
			field: 'illustrations.flow.label',
			message: 'is missing'
		});
		expect(problemsOf(courseWithIllustration({ drop: ['fr', 'alt'] }))).toContainEqual({
			file: `${MODULE}/locales/fr.json`,
			field: 'illustrations.flow.alt',
			message: 'is missing'
		});
	});

	it('names the SVG file and field of a rule it breaks', () => {
		expect(problemsOf(courseWithIllustration({ svg: GOOD.replace('var(--illustration-soft)', 'red') }))).toContainEqual({
			file: `${MODULE}/illustrations/flow.svg`,
			field: 'fill',
			message: expect.stringContaining('fixed colour')
		});
	});
});
