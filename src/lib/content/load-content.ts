import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLessonGraph } from '../course/lesson-graph';
import { courseParser, lessonParser, moduleParser } from '../course/lesson-schema';
import type { Issue, Parser } from '../course/schema-kit';
import { checkTextParity, courseTextKeys, lessonTextKeys, moduleTextKeys } from '../course/text-keys';
import type { TextKey } from '../course/interactions';
import type { CourseDefinition, Language, Lesson, ModuleDefinition } from '../course/types';
import type { CourseOutline, LessonBundle } from './bundle';
import { renderBlock, renderInline } from './markdown';

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
	version: string;
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

/** Reads and checks all of modules/: schema, graph and language parity. Throws ContentError. */
export function loadCourse(root: string): LoadedCourse {
	const reader = new Reader(root);
	const definition = reader.parse(join(root, 'course.json'), courseParser);
	if (!definition) throw new ContentError(reader.problems);
	const languages = definition.languages;
	const texts = reader.texts(root, languages, courseTextKeys);
	const modules: LoadedModule[] = [];
	const seenModuleIds = new Set<string>();

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
		for (const name of subfolders(lessonsDir)) {
			if (!moduleDefinition.lessons.includes(name))
				reader.problem(join(lessonsDir, name), '', 'lesson folder is not listed in module.json "lessons"');
		}
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
			for (const issue of checkLessonGraph(lesson)) reader.problem(lessonFile, issue.path, issue.message);
			const lessonTexts = reader.texts(lessonDir, languages, lessonTextKeys(lesson));
			lessons.push({ lesson, texts: lessonTexts, contentVersion: hash(lesson) });
		});
		modules.push({ definition: moduleDefinition, texts: reader.texts(dir, languages, moduleTextKeys), lessons });
	});

	if (reader.problems.length) throw new ContentError(reader.problems);
	return {
		definition,
		texts,
		modules,
		version: hash(modules.map((m) => [m.definition, m.lessons.map((l) => l.contentVersion), m.texts, m.lessons.map((l) => l.texts)]))
	};
}

function render(required: TextKey[], text: Record<string, string>): Record<string, string> {
	return Object.fromEntries(required.map(({ key, kind }) => [key, kind === 'inline' ? renderInline(text[key]!) : renderBlock(text[key]!)]));
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
				const moduleText = render(moduleTextKeys, m.texts[language]);
				return {
					id: m.definition.id,
					number: m.definition.number,
					title: moduleText.title!,
					summary: moduleText.summary!,
					lessons: m.lessons.map((l) => {
						const text = render(lessonTextKeys(l.lesson), l.texts[language]);
						lessons.push({ moduleId: m.definition.id, language, contentVersion: l.contentVersion, lesson: l.lesson, text });
						return {
							id: l.lesson.id,
							title: text.title!,
							summary: text.summary!,
							estimatedMinutes: l.lesson.estimatedMinutes,
							sensitive: l.lesson.sensitive,
							contentVersion: l.contentVersion
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
