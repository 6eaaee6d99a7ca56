import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { specFor } from '../course/interactions';
import { checkLessonGraph } from '../course/lesson-graph';
import { checkQuizBank, isQuiz } from '../course/quiz';
import { courseParser, lessonParser, moduleParser } from '../course/lesson-schema';
import { array, id, object, type Issue, type Parser } from '../course/schema-kit';
import { checkTextParity, courseTextKeys, lessonTextKeys, moduleTextKeys } from '../course/text-keys';
import type { TextKey } from '../course/interactions';
import type { CourseDefinition, Language, Lesson, ModuleDefinition } from '../course/types';
import type { CourseOutline, LessonBundle } from './bundle';
import { GLOSSARY_LINK, renderBlock, renderInline, type GlossaryEntry, type RenderEnv } from './markdown';

export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`The course content has ${problems.length} problem(s):\n` +
				problems.map((p) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

type Texts = Record<Language, Record<string, string>>;

interface LoadedLesson {
	lesson: Lesson;
	texts: Texts;
	contentVersion: string;
}

interface LoadedModule {
	definition: ModuleDefinition;
	texts: Texts;
	lessons: LoadedLesson[];
}

export interface LoadedCourse {
	definition: CourseDefinition;
	texts: Texts;
	modules: LoadedModule[];
	/** Term ids in order, and per language `<term>.term` / `<term>.definition`. */
	glossary: { terms: string[]; texts: Texts };
	version: string;
}

const glossaryParser = object({ terms: array(id(), { minLength: 1 }) });

/** Every `[words](glossary:<id>)` in a text file must name a term of the glossary. */
function checkGlossaryLinks(reader: Reader, dir: string, texts: Texts, terms: string[]) {
	for (const [language, text] of Object.entries(texts)) {
		for (const [key, value] of Object.entries(text)) {
			for (const match of String(value).matchAll(GLOSSARY_LINK)) {
				if (!terms.includes(match[1]!))
					reader.problem(
						join(dir, 'locales', `${language}.json`),
						key,
						`glossary term "${match[1]}" is not in modules/glossary/glossary.json`
					);
			}
		}
	}
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** Collects every problem in one pass, so an author fixes a whole file at once. */
class Reader {
	readonly problems: ContentProblem[] = [];
	constructor(readonly root: string) {}

	private name(file: string) {
		return relative(this.root, file) || file;
	}

	problem(file: string, field: string, message: string) {
		this.problems.push({ file: this.name(file), field, message });
	}

	json(file: string): unknown {
		if (!existsSync(file)) {
			this.problem(file, '', 'file is missing');
			return undefined;
		}
		try {
			return JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			this.problem(file, '', `is not valid JSON: ${(error as Error).message}`);
			return undefined;
		}
	}

	parse<T>(file: string, parser: Parser<T>): T | undefined {
		const raw = this.json(file);
		if (raw === undefined) return undefined;
		const issues: Issue[] = [];
		const value = parser(raw, '', issues);
		for (const issue of issues) this.problem(file, issue.path, issue.message);
		return issues.length ? undefined : value;
	}

	texts(dir: string, languages: Language[], required: TextKey[]): Texts {
		const texts = {} as Texts;
		for (const language of languages) {
			const file = join(dir, 'locales', `${language}.json`);
			const raw = this.json(file);
			if (raw === undefined) continue;
			if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
				this.problem(file, '', 'must be an object of "key": "text" pairs');
				continue;
			}
			for (const issue of checkTextParity(required, raw as Record<string, unknown>)) this.problem(file, issue.key, issue.message);
			texts[language] = raw as Record<string, string>;
		}
		return texts;
	}
}

function subfolders(dir: string) {
	return existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()) : [];
}

/** Every myth tag in a lesson, with the field that carries it. */
function misconceptionTags(lesson: Lesson): [string, string][] {
	return Object.values(lesson.steps).flatMap((step) =>
		specFor(step.interaction)
			.outcomes(step.interaction)
			.flatMap((o) => (o.misconception ? [[`steps.${step.id}`, o.misconception] as [string, string]] : []))
	);
}

/** Reads and checks all of modules/: schema, graph and language parity. Throws ContentError. */
export function loadCourse(root: string, options: { drafts?: boolean } = {}): LoadedCourse {
	const reader = new Reader(root);
	const definition = reader.parse(join(root, 'course.json'), courseParser);
	if (!definition) throw new ContentError(reader.problems);
	const languages = definition.languages;
	const texts = reader.texts(root, languages, courseTextKeys);
	const modules: LoadedModule[] = [];
	const seenModuleIds = new Set<string>();

	const glossaryDir = join(root, 'glossary');
	const glossaryDefinition = existsSync(glossaryDir) ? reader.parse(join(glossaryDir, 'glossary.json'), glossaryParser) : undefined;
	const terms = glossaryDefinition?.terms ?? [];
	const glossary = {
		terms,
		texts: glossaryDefinition
			? reader.texts(
					glossaryDir,
					languages,
					terms.flatMap((t) => [
						{ key: `${t}.term`, kind: 'inline' as const },
						{ key: `${t}.definition`, kind: 'inline' as const }
					])
				)
			: ({} as Texts)
	};

	const onDisk = subfolders(root).filter((name) => /^\d{2}-/.test(name));
	for (const folder of onDisk) {
		if (!definition.modules.includes(folder))
			reader.problem(join(root, folder), '', 'module folder is not listed in course.json "modules"');
	}

	definition.modules.forEach((folder, index) => {
		const dir = join(root, folder);
		if (!existsSync(dir)) {
			reader.problem(join(root, 'course.json'), `modules[${index}]`, `folder "${folder}" does not exist`);
			return;
		}
		const moduleFile = join(dir, 'module.json');
		const moduleDefinition = reader.parse(moduleFile, moduleParser);
		if (!moduleDefinition) return;
		if (seenModuleIds.has(moduleDefinition.id)) reader.problem(moduleFile, 'id', `module id "${moduleDefinition.id}" is used twice`);
		seenModuleIds.add(moduleDefinition.id);
		if (moduleDefinition.number !== Number(folder.slice(0, 2))) {
			reader.problem(moduleFile, 'number', `is ${moduleDefinition.number} but the folder is numbered ${folder.slice(0, 2)}`);
		}
		const lessonsDir = join(dir, 'lessons');
		const unlisted = subfolders(lessonsDir).filter((name) => !moduleDefinition.lessons.includes(name));
		// Drafts: authors check a lesson before it is listed; it is appended, never shipped this way.
		if (options.drafts) moduleDefinition.lessons.push(...unlisted);
		else for (const name of unlisted) reader.problem(join(lessonsDir, name), '', 'lesson folder is not listed in module.json "lessons"');
		const lessons: LoadedLesson[] = [];
		moduleDefinition.lessons.forEach((lessonId, lessonIndex) => {
			const lessonDir = join(lessonsDir, lessonId);
			if (!existsSync(lessonDir)) {
				reader.problem(moduleFile, `lessons[${lessonIndex}]`, `lesson folder "lessons/${lessonId}" does not exist`);
				return;
			}
			const lessonFile = join(lessonDir, 'lesson.json');
			const lesson = reader.parse(lessonFile, lessonParser);
			if (!lesson) return;
			if (lesson.id !== lessonId) reader.problem(lessonFile, 'id', `is "${lesson.id}" but the folder is "${lessonId}"`);
			for (const issue of isQuiz(lesson) ? checkQuizBank(lesson) : checkLessonGraph(lesson))
				reader.problem(lessonFile, issue.path, issue.message);
			for (const [path, tag] of misconceptionTags(lesson))
				if (!moduleDefinition.misconceptions.includes(tag))
					reader.problem(lessonFile, path, `myth "${tag}" is not listed in module.json "misconceptions"`);
			const lessonTexts = reader.texts(lessonDir, languages, lessonTextKeys(lesson));
			checkGlossaryLinks(reader, lessonDir, lessonTexts, terms);
			lessons.push({ lesson, texts: lessonTexts, contentVersion: hash(lesson) });
		});
		modules.push({ definition: moduleDefinition, texts: reader.texts(dir, languages, moduleTextKeys(moduleDefinition)), lessons });
	});

	if (reader.problems.length) throw new ContentError(reader.problems);
	return {
		definition,
		texts,
		modules,
		glossary,
		version: hash([
			glossary,
			modules.map((m) => [m.definition, m.lessons.map((l) => l.contentVersion), m.texts, m.lessons.map((l) => l.texts)])
		])
	};
}

/** A language's glossary as plain text (definitions are shown in place, escaped on render). */
export function glossaryFor(course: LoadedCourse, language: Language): Record<string, GlossaryEntry> {
	const text = course.glossary.texts[language] ?? {};
	return Object.fromEntries(course.glossary.terms.map((t) => [t, { term: text[`${t}.term`]!, definition: text[`${t}.definition`]! }]));
}

function render(required: TextKey[], text: Record<string, string>, env: RenderEnv = {}): Record<string, string> {
	return Object.fromEntries(
		required.map(({ key, kind }) => [key, kind === 'inline' ? renderInline(text[key]!, env) : renderBlock(text[key]!, env)])
	);
}

/** Turns a checked course into what the app fetches: outlines and lesson bundles per language. */
export function bundleCourse(course: LoadedCourse): { outlines: CourseOutline[]; lessons: LessonBundle[] } {
	const outlines: CourseOutline[] = [];
	const lessons: LessonBundle[] = [];
	for (const language of course.definition.languages) {
		const courseText = render(courseTextKeys, course.texts[language]);
		outlines.push({
			id: course.definition.id,
			language,
			languages: course.definition.languages,
			version: course.version,
			title: courseText.title!,
			summary: courseText.summary!,
			credits: courseText.credits!,
			licence: courseText.licence!,
			modules: course.modules.map((m) => {
				const moduleText = render(moduleTextKeys(m.definition), m.texts[language]);
				return {
					id: m.definition.id,
					number: m.definition.number,
					title: moduleText.title!,
					summary: moduleText.summary!,
					misconceptions: m.definition.misconceptions.map((id) => ({
						id,
						myth: moduleText[`misconceptions.${id}.myth`]!,
						fact: moduleText[`misconceptions.${id}.fact`]!
					})),
					lessons: m.lessons.map((l) => {
						const text = render(lessonTextKeys(l.lesson), l.texts[language], { glossary: glossaryFor(course, language) });
						lessons.push({ moduleId: m.definition.id, language, contentVersion: l.contentVersion, lesson: l.lesson, text });
						return {
							id: l.lesson.id,
							title: text.title!,
							summary: text.summary!,
							estimatedMinutes: l.lesson.estimatedMinutes,
							sensitive: l.lesson.sensitive,
							contentVersion: l.contentVersion,
							...(l.lesson.quiz ? { quiz: l.lesson.quiz } : {})
						};
					})
				};
			})
		});
	}
	return { outlines, lessons };
}

/** Every lesson of the course in order, with its module and content version (the LMS catalog). */
export function lessonCatalog(course: LoadedCourse) {
	return course.modules.flatMap((m) =>
		m.lessons.map((l) => ({
			key: `${m.definition.id}/${l.lesson.id}`,
			moduleId: m.definition.id,
			contentVersion: l.contentVersion,
			lesson: l.lesson
		}))
	);
}
