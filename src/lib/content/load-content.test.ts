/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are edited as loose JSON on purpose, to break them */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, bundleCourse, loadCourse, type ContentProblem } from './load-content';

const FIXTURE = resolve('tests/fixtures/course');
const LESSON = '01-sample/lessons/sample/lesson.json';
const dirs: string[] = [];

/** A copy of the fixture course with one file changed. */
function courseWith(file: string, change: (json: Record<string, any>) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'course-'));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	const path = join(dir, file);
	const json = JSON.parse(readFileSync(path, 'utf8'));
	change(json);
	writeFileSync(path, JSON.stringify(json));
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

afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadCourse', () => {
	it('loads the fixture course', () => {
		const course = loadCourse(FIXTURE);
		expect(course.modules[0]!.lessons[0]!.lesson.id).toBe('sample');
		expect(course.version).toMatch(/^[0-9a-f]{12}$/);
	});

	const broken: [string, string, (json: Record<string, any>) => void, ContentProblem][] = [
		[
			'a misspelt field',
			LESSON,
			(l) => (l.steps.intro.interaction.nxt = 'x'),
			{ file: LESSON, field: 'steps.intro.interaction.nxt', message: 'unknown field "nxt"' }
		],
		[
			'a wrong type',
			LESSON,
			(l) => (l.steps['q-single'].interaction.maxAttempts = 'two'),
			{ file: LESSON, field: 'steps.q-single.interaction.maxAttempts', message: 'expected a number, got a string' }
		],
		[
			'an unknown interaction type',
			LESSON,
			(l) => (l.steps.intro.interaction.type = 'slider'),
			{ file: LESSON, field: 'steps.intro.interaction.type', message: expect.stringContaining('got "slider"') }
		],
		[
			'a rule naming a choice that does not exist',
			LESSON,
			(l) => (l.steps['q-single'].interaction.answerGroups[0].rules[0].value = 'q'),
			{
				file: LESSON,
				field: 'steps.q-single.interaction.answerGroups[0].rules[0]',
				message: expect.stringContaining('"q" is not one of the choices')
			}
		],
		[
			'a missing target',
			LESSON,
			(l) => (l.steps.intro.interaction.next = 'nowhere'),
			{ file: LESSON, field: 'steps.intro.interaction', message: expect.stringContaining('"nowhere", which does not exist') }
		],
		[
			'a lesson id that is not its folder',
			LESSON,
			(l) => (l.id = 'other'),
			{ file: LESSON, field: 'id', message: 'is "other" but the folder is "sample"' }
		],
		[
			'a reference without a link',
			LESSON,
			(l) => delete l.references[0].url,
			{ file: LESSON, field: 'references[0].url', message: expect.stringContaining('is required (or "noLink"') }
		],
		[
			'a reference with both a link and "noLink"',
			LESSON,
			(l) => (l.references[0].noLink = 'read only through a news mirror'),
			{ file: LESSON, field: 'references[0].noLink', message: 'a reference with a "url" cannot also have "noLink"' }
		],
		[
			'a reference URL keyed by a language the course does not have',
			LESSON,
			(l) => (l.references[0].url = { en: 'https://example.org/en/a', ar: 'https://example.org/ar/a' }),
			{ file: LESSON, field: 'references[0].url.ar', message: '"ar" is not a course language (fr, en, es)' }
		],
		[
			'a reference URL per language with no language',
			LESSON,
			(l) => (l.references[0].url = {}),
			{ file: LESSON, field: 'references[0].url', message: 'needs at least one language (fr, en, es)' }
		],
		[
			'a reference without a year',
			LESSON,
			(l) => delete l.references[0].year,
			{ file: LESSON, field: 'references[0].year', message: 'is required' }
		],
		[
			'a reference year that is neither a year nor "n.d."',
			LESSON,
			(l) => (l.references[0].year = 'circa 2020'),
			{ file: LESSON, field: 'references[0].year', message: expect.stringContaining('"circa 2020" does not match') }
		],
		[
			'a language missing a key',
			'01-sample/lessons/sample/locales/es.json',
			(t) => delete t['q-single.hint'],
			{ file: '01-sample/lessons/sample/locales/es.json', field: 'q-single.hint', message: 'is missing' }
		],
		[
			'a language with an extra key',
			'01-sample/lessons/sample/locales/en.json',
			(t) => (t['intro.titel'] = 'typo'),
			{ file: '01-sample/lessons/sample/locales/en.json', field: 'intro.titel', message: 'is not used by the structure (extra key)' }
		],
		[
			'a language with an empty string',
			'01-sample/lessons/sample/locales/fr.json',
			(t) => (t['intro.body'] = ''),
			{ file: '01-sample/lessons/sample/locales/fr.json', field: 'intro.body', message: 'is empty' }
		],
		[
			'a module missing a lesson folder',
			'01-sample/module.json',
			(m) => m.lessons.push('ghost'),
			{ file: '01-sample/module.json', field: 'lessons[1]', message: 'lesson folder "lessons/ghost" does not exist' }
		]
	];

	it.each(broken)('fails on %s, naming file and field', (_name, file, change, expected) => {
		expect(problemsOf(courseWith(file, change))).toContainEqual(expected);
	});

	const badLinks: [string, unknown, string, string][] = [
		[
			'a mirror or scraper host',
			'http://jwscrubs.com/crime-cops-court/did-you-know-9123466',
			'references[0].url',
			'is a mirror or scraper host'
		],
		[
			'a blog copy of an official report',
			'https://micheladrien.blogspot.com/2023/12/statistics.html',
			'references[0].url',
			'is a mirror or scraper host'
		],
		['a bare domain home page', 'https://www.uschamber.com/', 'references[0].url', 'is a home page'],
		['a tag listing', { en: 'https://cipc-icpc.org/en/tag/human-trafficking/' }, 'references[0].url.en', 'is a listing'],
		['a category listing', 'https://polarisproject.org/category/trafficking-misinformation/', 'references[0].url', 'is a listing'],
		[
			'another language’s edition under a key',
			{ en: 'https://ctdatacollaborative.org/ar/page/global-synthetic-dataset' },
			'references[0].url.en',
			'opens the "ar" edition'
		]
	];

	it.each(badLinks)('fails on a reference to %s, naming file and key', (_name, url, field, message) => {
		expect(problemsOf(courseWith(LESSON, (l) => (l.references[0].url = url)))).toContainEqual({
			file: LESSON,
			field,
			message: expect.stringContaining(message)
		});
	});

	it('accepts a URL per language, and a citation without a link that says why', () => {
		const perLanguage = courseWith(LESSON, (l) => {
			l.references[0].url = { en: 'https://example.org/en/source', fr: 'https://example.org/fr/source' };
			l.references.push({
				id: 's2',
				publisher: 'CTV News',
				title: 'A report',
				year: '2021',
				noLink: 'read only through a news mirror',
				secondary: true
			});
		});
		expect(loadCourse(perLanguage).modules[0]!.lessons[0]!.lesson.references).toEqual([
			expect.objectContaining({ url: { en: 'https://example.org/en/source', fr: 'https://example.org/fr/source' } }),
			expect.objectContaining({ id: 's2', noLink: 'read only through a news mirror', secondary: true })
		]);
	});

	it('names the file of a JSON syntax error', () => {
		const dir = courseWith(LESSON, () => {});
		writeFileSync(join(dir, LESSON), '{ "id": "sample", }');
		expect(problemsOf(dir)).toContainEqual({ file: LESSON, field: '', message: expect.stringContaining('is not valid JSON') });
	});

	describe('the glossary and its sources', () => {
		const reference = {
			id: 'iom',
			publisher: 'IOM',
			title: 'Glossary on Migration',
			year: '2019',
			url: { en: 'https://example.org/en/glossary' }
		};
		/** The fixture course with a one-term glossary, linked from the first step's text. */
		function courseWithGlossary(glossary: Record<string, any>): string {
			const dir = courseWith(LESSON, () => {});
			for (const lang of ['fr', 'en', 'es']) {
				const file = join(dir, `01-sample/lessons/sample/locales/${lang}.json`);
				writeFileSync(
					file,
					JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), 'intro.body': 'See [smuggling](glossary:smuggling).' })
				);
			}
			mkdirSync(join(dir, 'glossary/locales'), { recursive: true });
			writeFileSync(join(dir, 'glossary/glossary.json'), JSON.stringify(glossary));
			for (const lang of ['fr', 'en', 'es'])
				writeFileSync(
					join(dir, `glossary/locales/${lang}.json`),
					JSON.stringify({ 'smuggling.term': `smuggling ${lang}`, 'smuggling.definition': `Definition ${lang}.` })
				);
			return dir;
		}

		it('opens a term in place with its sources, and marks a page in another language', () => {
			const dir = courseWithGlossary({ terms: [{ id: 'smuggling', references: ['iom'] }], references: [reference] });
			const text = (language: string) => bundleCourse(loadCourse(dir)).lessons.find((b) => b.language === language)!.text['intro.body']!;
			expect(text('en')).toContain(
				'<span class="term-sources">Sources: IOM. <cite>Glossary on Migration</cite> (2019). <a href="https://example.org/en/glossary" hreflang="en"'
			);
			expect(text('en')).not.toContain('(in English)');
			expect(text('fr')).toContain('<span class="term-sources">Sources : IOM. <cite lang="en">Glossary on Migration</cite> (2019).');
			expect(text('fr')).toContain('>example.org</a> (en anglais)</span>');
		});

		const brokenGlossaries: [string, Record<string, any>, Omit<ContentProblem, 'file'>][] = [
			[
				'a term naming a reference that is not listed',
				{ terms: [{ id: 'smuggling', references: ['unodc'] }], references: [reference] },
				{ field: 'terms[0].references[0]', message: 'reference "unodc" is not in "references"' }
			],
			[
				'a listed reference no term uses',
				{ terms: [{ id: 'smuggling', references: ['iom'] }], references: [reference, { ...reference, id: 'spare' }] },
				{ field: 'references[1]', message: 'reference "spare" is used by no term' }
			],
			[
				'a reference listed twice',
				{ terms: [{ id: 'smuggling', references: ['iom'] }], references: [reference, reference] },
				{ field: 'references[1].id', message: 'reference "iom" is listed twice' }
			],
			[
				'a term without a source',
				{ terms: [{ id: 'smuggling', references: [] }], references: [reference] },
				{ field: 'terms[0].references', message: 'must list at least 1 item(s)' }
			],
			[
				'a glossary reference to a mirror host',
				{ terms: [{ id: 'smuggling', references: ['iom'] }], references: [{ ...reference, url: 'https://exbulletin.com/world/755549/' }] },
				{ field: 'references[0].url', message: expect.stringContaining('is a mirror or scraper host') }
			],
			[
				'a glossary reference without a year',
				{ terms: [{ id: 'smuggling', references: ['iom'] }], references: [{ ...reference, year: undefined }] },
				{ field: 'references[0].year', message: 'is required' }
			]
		];

		it.each(brokenGlossaries)('fails on %s, naming file and field', (_name, glossary, expected) => {
			expect(problemsOf(courseWithGlossary(glossary))).toContainEqual({ file: 'glossary/glossary.json', ...expected });
		});
	});

	it('renders Markdown to safe HTML', () => {
		const dir = courseWith('01-sample/lessons/sample/locales/en.json', (t) => {
			t['intro.body'] = '**Bold** <script>alert(1)</script> [bad](javascript:alert(1)) [ok](https://example.org) [call](tel:+18339001010)';
		});
		const bundle = bundleCourse(loadCourse(dir)).lessons.find((b) => b.language === 'en')!;
		const html = bundle.text['intro.body']!;
		expect(html).toContain('<strong>Bold</strong>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer external" target="_blank">ok</a>');
		expect(html).toContain('href="tel:+18339001010"');
		expect(bundle.text['intro.title']).toBe('Step intro');
	});

	it('emits plain-text titles for page titles and LMS descriptions', () => {
		const dir = courseWith('01-sample/lessons/sample/locales/en.json', (t) => {
			t['title'] = 'Data *and* <people> & "care"';
			t['intro.title'] = '**Step** one';
		});
		const { outlines, lessons } = bundleCourse(loadCourse(dir));
		const bundle = lessons.find((b) => b.language === 'en')!;
		expect(bundle.titleText).toBe('Data and <people> & "care"');
		expect(bundle.stepTitles.intro).toBe('Step one');
		const outline = outlines.find((o) => o.language === 'en')!;
		expect(outline.modules[0]!.lessons[0]!.titleText).toBe(bundle.titleText);
		expect(outline.titleText).not.toMatch(/[<>]|&amp;/);
	});
});
