import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { specFor } from '../course/interactions';
import { checkLessonGraph } from '../course/lesson-graph';
import { lessonKind } from '../course/lesson-kind';
import { isQuiz } from '../course/quiz';
import { checkQuizBank } from '../course/quiz.authoring';
import { courseParser, lessonParser, moduleParser, referenceParser } from '../course/lesson-schema';
import { array, id, object, type Issue, type Parser } from '../course/schema-kit';
import { checkTextParity, courseTextKeys, lessonTextKeys, moduleTextKeys } from '../course/text-keys';
import type { TextKey } from '../course/interactions/authoring';
import type { CourseDefinition, Language, Lesson, ModuleDefinition, Reference } from '../course/types';
import { plainText } from '../plain-text';
import type { CourseOutline, LessonBundle } from './bundle';
import { citationLabels, type CitationLabels } from './citation';
import { referenceLinkProblems } from './reference-links';
import { illustrationTextKeys, localizeIllustration, readIllustrations, type Illustration } from './illustrations';
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
	/** The SVGs in its illustrations/ folder by name; "cover" is the module card's. */
	illustrations: Map<string, Illustration>;
}

export interface LoadedCourse {
	definition: CourseDefinition;
	texts: Texts;
	modules: LoadedModule[];
	/** Term ids in order, per language `<term>.term` / `<term>.definition`, and each term's sources. */
	glossary: { terms: string[]; texts: Texts; references: Record<string, Reference[]> };
	version: string;
}

/** Every term names the sources its definition rests on, from the glossary's own list. */
const glossaryParser = object({
	terms: array(object({ id: id(), references: array(id(), { minLength: 1 }) }), { minLength: 1 }),
	references: array(referenceParser, { minLength: 1 })
});

/** Reference ids are unique; a term names listed references; every listed reference is used. */
function checkGlossaryReferences(reader: Reader, file: string, glossary: NonNullable<ReturnType<typeof glossaryParser>>) {
	const listed = new Map<string, number>();
	glossary.references.forEach((ref, i) => {
		if (listed.has(ref.id)) reader.problem(file, `references[${i}].id`, `reference "${ref.id}" is listed twice`);
		else listed.set(ref.id, i);
	});
	const used = new Set<string>();
	glossary.terms.forEach((term, t) =>
		term.references.forEach((refId, r) => {
			used.add(refId);
			if (!listed.has(refId)) reader.problem(file, `terms[${t}].references[${r}]`, `reference "${refId}" is not in "references"`);
		})
	);
	for (const [refId, i] of listed)
		if (!used.has(refId)) reader.problem(file, `references[${i}]`, `reference "${refId}" is used by no term`);
}

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

/** The source rules (reference-links.ts) for every link a learner is given, by file and field. */
function checkReferenceLinks(reader: Reader, file: string, references: Reference[]) {
	references.forEach((ref, i) => {
		for (const { field, message } of referenceLinkProblems(ref)) reader.problem(file, `references[${i}].${field}`, message);
	});
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** Collects every problem in one pass, so an author fixes a whole file at once. */
export class Reader {
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
	const glossaryFile = join(glossaryDir, 'glossary.json');
	const glossaryDefinition = existsSync(glossaryDir) ? reader.parse(glossaryFile, glossaryParser) : undefined;
	if (glossaryDefinition) {
		checkGlossaryReferences(reader, glossaryFile, glossaryDefinition);
		checkReferenceLinks(reader, glossaryFile, glossaryDefinition.references);
	}
	const terms = glossaryDefinition?.terms.map((t) => t.id) ?? [];
	const glossaryReferences = new Map(glossaryDefinition?.references.map((ref) => [ref.id, ref]));
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
			: ({} as Texts),
		references: Object.fromEntries(
			(glossaryDefinition?.terms ?? []).map((t) => [t.id, t.references.flatMap((r) => glossaryReferences.get(r) ?? [])])
		)
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
		const { illustrations, problems: illustrationProblems } = readIllustrations(dir);
		for (const p of illustrationProblems) reader.problem(p.file, p.field, p.message);
		const cover = illustrations.get('cover');
		if (cover && !cover.decorative) reader.problem(cover.file, 'svg', 'the module cover is decorative: aria-hidden="true", no words');
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
			checkReferenceLinks(reader, lessonFile, lesson.references);
			for (const issue of isQuiz(lesson) ? checkQuizBank(lesson) : checkLessonGraph(lesson))
				reader.problem(lessonFile, issue.path, issue.message);
			for (const [path, tag] of misconceptionTags(lesson))
				if (!moduleDefinition.misconceptions.includes(tag))
					reader.problem(lessonFile, path, `myth "${tag}" is not listed in module.json "misconceptions"`);
			for (const step of Object.values(lesson.steps)) {
				if (!step.illustration) continue;
				const named = illustrations.get(step.illustration);
				if (!named) reader.problem(lessonFile, `steps.${step.id}.illustration`, `no file ${folder}/illustrations/${step.illustration}.svg`);
				else if (named.decorative)
					reader.problem(
						lessonFile,
						`steps.${step.id}.illustration`,
						`"${step.illustration}" is decorative (aria-hidden): a step's picture must teach`
					);
			}
			const lessonTexts = reader.texts(lessonDir, languages, lessonTextKeys(lesson));
			checkGlossaryLinks(reader, lessonDir, lessonTexts, terms);
			lessons.push({ lesson, texts: lessonTexts, contentVersion: hash(lesson) });
		});
		const illustrationKeys = [...illustrations.values()].flatMap(illustrationTextKeys).map((key) => ({ key, kind: 'inline' as const }));
		modules.push({
			definition: moduleDefinition,
			texts: reader.texts(dir, languages, [...moduleTextKeys(moduleDefinition), ...illustrationKeys]),
			lessons,
			illustrations
		});
	});

	if (reader.problems.length) throw new ContentError(reader.problems);
	return {
		definition,
		texts,
		modules,
		glossary,
		version: hash([
			glossary,
			modules.map((m) => [
				m.definition,
				m.lessons.map((l) => l.contentVersion),
				m.texts,
				m.lessons.map((l) => l.texts),
				[...m.illustrations.values()].map((i) => i.source)
			])
		])
	};
}

/** The illustrations a lesson's steps name, worded in one language (absent when none). */
function lessonIllustrations(m: LoadedModule, lesson: Lesson, language: Language): { illustrations?: Record<string, string> } {
	const names = [...new Set(Object.values(lesson.steps).flatMap((s) => (s.illustration ? [s.illustration] : [])))];
	if (!names.length) return {};
	return { illustrations: Object.fromEntries(names.map((n) => [n, localizeIllustration(m.illustrations.get(n)!, m.texts[language])])) };
}

/** A language's glossary as plain text (definitions are shown in place, escaped on render). */
export function glossaryFor(course: LoadedCourse, language: Language): Record<string, GlossaryEntry> {
	const text = course.glossary.texts[language] ?? {};
	return Object.fromEntries(
		course.glossary.terms.map((t) => [
			t,
			{ term: text[`${t}.term`]!, definition: text[`${t}.definition`]!, references: course.glossary.references[t] ?? [] }
		])
	);
}

/** The interface strings (src/lib/i18n/locales): French is the reference; every other language has exactly its keys, none empty. */
export function loadUiStrings(localesDir: string, languages: readonly string[]): Record<string, Record<string, string>> {
	const read = (lang: string) => JSON.parse(readFileSync(join(localesDir, `${lang}.json`), 'utf8')) as Record<string, string>;
	const reference = read('fr');
	const required = Object.keys(reference).map((key) => ({ key, kind: 'inline' as const }));
	const strings: Record<string, Record<string, string>> = {};
	const problems: ContentProblem[] = [];
	for (const lang of languages) {
		strings[lang] = read(lang);
		for (const issue of checkTextParity(required, strings[lang]))
			problems.push({ file: `src/lib/i18n/locales/${lang}.json`, field: issue.key, message: issue.message });
	}
	if (problems.length) throw new ContentError(problems);
	return strings;
}

export const UI_LOCALES_DIR = 'src/lib/i18n/locales';

function render(required: TextKey[], text: Record<string, string>, env: RenderEnv = {}): Record<string, string> {
	return Object.fromEntries(
		required.map(({ key, kind }) => [key, kind === 'inline' ? renderInline(text[key]!, env) : renderBlock(text[key]!, env)])
	);
}

/**
 * Turns a checked course into what the app fetches: outlines and lesson bundles per language.
 * The UI strings give the words around a glossary definition's sources.
 */
export function bundleCourse(
	course: LoadedCourse,
	ui: Record<string, Record<string, string>> = loadUiStrings(UI_LOCALES_DIR, course.definition.languages)
): { outlines: CourseOutline[]; lessons: LessonBundle[] } {
	const outlines: CourseOutline[] = [];
	const lessons: LessonBundle[] = [];
	for (const language of course.definition.languages) {
		const env = glossaryEnv(course, language, ui[language]!);
		const courseText = render(courseTextKeys, course.texts[language]);
		outlines.push({
			id: course.definition.id,
			language,
			languages: course.definition.languages,
			version: course.version,
			title: courseText.title!,
			titleText: plainText(courseText.title!),
			summary: courseText.summary!,
			credits: courseText.credits!,
			licence: courseText.licence!,
			modules: course.modules.map((m) => {
				const moduleText = render(moduleTextKeys(m.definition), m.texts[language]);
				return {
					id: m.definition.id,
					number: m.definition.number,
					title: moduleText.title!,
					titleText: plainText(moduleText.title!),
					summary: moduleText.summary!,
					misconceptions: m.definition.misconceptions.map((id) => ({
						id,
						myth: moduleText[`misconceptions.${id}.myth`]!,
						fact: moduleText[`misconceptions.${id}.fact`]!
					})),
					...(m.illustrations.has('cover') ? { cover: localizeIllustration(m.illustrations.get('cover')!, {}) } : {}),
					lessons: m.lessons.map((l) => {
						const text = render(lessonTextKeys(l.lesson), l.texts[language], { ...env });
						const stepTitles = Object.fromEntries(Object.keys(l.lesson.steps).map((id) => [id, plainText(text[`${id}.title`]!)]));
						const titleText = plainText(text.title!);
						lessons.push({
							moduleId: m.definition.id,
							language,
							contentVersion: l.contentVersion,
							lesson: l.lesson,
							text,
							titleText,
							stepTitles,
							...lessonIllustrations(m, l.lesson, language)
						});
						return {
							id: l.lesson.id,
							title: text.title!,
							titleText,
							summary: text.summary!,
							estimatedMinutes: l.lesson.estimatedMinutes,
							kind: lessonKind(l.lesson),
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

/** What rendering needs to open a glossary term in place, sources included, in one language. */
function glossaryEnv(course: LoadedCourse, language: Language, ui: Record<string, string>): RenderEnv {
	const t = (key: string) => ui[key] ?? key;
	const labels: CitationLabels = citationLabels(t);
	return { glossary: glossaryFor(course, language), language, labels, sourcesLabel: t('glossary.sources') };
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
