import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTextParity } from '../course/text-keys';
import { glossaryPath, lessonPath, outlinePath, structurePath, uiStringsPath, type CourseStructure, type GlossaryBundle } from './bundle';
import { ContentError } from './load-content';
import { bundleCourse, glossaryFor, lessonCatalog, loadCourse, type LoadedCourse } from './load-content';
import { renderInline } from './markdown';

function glossaryBundle(course: LoadedCourse, language: Language): GlossaryBundle {
	const terms = Object.entries(glossaryFor(course, language)).map(([id, entry]) => ({
		id,
		term: renderInline(entry.term),
		definition: renderInline(entry.definition)
	}));
	const collator = new Intl.Collator(language);
	return { language, terms: terms.sort((a, b) => collator.compare(a.term, b.term)) };
}
import type { Language } from '../course/types';

/** UI strings: French is the reference; every other language has exactly its keys, none empty. */
function loadUiStrings(localesDir: string, languages: string[]): Record<string, Record<string, string>> {
	const read = (lang: string) => JSON.parse(readFileSync(join(localesDir, `${lang}.json`), 'utf8')) as Record<string, string>;
	const reference = read('fr');
	const required = Object.keys(reference).map((key) => ({ key, kind: 'inline' as const }));
	const strings: Record<string, Record<string, string>> = {};
	const problems = [];
	for (const lang of languages) {
		strings[lang] = read(lang);
		for (const issue of checkTextParity(required, strings[lang]))
			problems.push({ file: `src/lib/i18n/locales/${lang}.json`, field: issue.key, message: issue.message });
	}
	if (problems.length) throw new ContentError(problems);
	return strings;
}

export interface ContentSelection {
	/** Languages to write (an LMS package may carry one); default all. */
	languages?: Language[];
	/** Module numbers to write; default all. */
	modules?: number[];
}

/**
 * Checks all of modules/ and the UI strings (always the whole course, so a package never ships
 * content the site would refuse), then writes the selected part into `outDir`.
 */
export function writeContent(modulesDir: string, outDir: string, selection: ContentSelection = {}, localesDir = 'src/lib/i18n/locales') {
	const full = loadCourse(modulesDir);
	const ui = loadUiStrings(localesDir, full.definition.languages);
	const course = selectContent(full, selection);
	const { outlines, lessons } = bundleCourse(course);
	rmSync(join(outDir, 'content'), { recursive: true, force: true });
	const write = (path: string, value: unknown) => {
		const file = join(outDir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(value));
	};
	for (const outline of outlines) {
		write(outlinePath(outline.language), outline);
		write(uiStringsPath(outline.language), ui[outline.language]);
	}
	for (const bundle of lessons) write(lessonPath(bundle.language, bundle.moduleId, bundle.lesson.id), bundle);
	for (const language of course.definition.languages) write(glossaryPath(language), glossaryBundle(course, language));
	const structure: CourseStructure = { version: course.version, lessons: lessonCatalog(course) };
	write(structurePath, structure);
	return { course, files: outlines.length + lessons.length };
}

function selectContent(course: LoadedCourse, selection: ContentSelection): LoadedCourse {
	const languages = selection.languages ?? course.definition.languages;
	const unknownLanguage = languages.find((l) => !course.definition.languages.includes(l));
	if (unknownLanguage) throw new Error(`The course has no language "${unknownLanguage}"`);
	const numbers = selection.modules ?? course.modules.map((m) => m.definition.number);
	const unknownModule = numbers.find((n) => !course.modules.some((m) => m.definition.number === n));
	if (unknownModule !== undefined) throw new Error(`The course has no module ${unknownModule}`);
	return {
		...course,
		definition: { ...course.definition, languages },
		modules: course.modules.filter((m) => numbers.includes(m.definition.number))
	};
}
