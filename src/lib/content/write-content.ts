import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	courseHeader,
	moduleDetails,
	glossaryPath,
	headerPath,
	lessonPath,
	moduleOutlinePath,
	outlinePath,
	structurePath,
	uiStringsPath,
	type CourseStructure,
	type GlossaryBundle
} from './bundle';
import { bundleCourse, glossaryFor, lessonCatalog, loadCourse, loadUiStrings, UI_LOCALES_DIR, type LoadedCourse } from './load-content';
import { renderInline } from './markdown';
import type { Language } from '../course/types';
import { bundleGuide, hasGuide, loadGuide } from './facilitator-guide';
import { guidePath } from './guide-bundle';
import { splitUiStrings } from '../i18n/ui-groups';

function glossaryBundle(course: LoadedCourse, language: Language): GlossaryBundle {
	const terms = Object.entries(glossaryFor(course, language)).map(([id, entry]) => ({
		id,
		term: renderInline(entry.term),
		definition: renderInline(entry.definition),
		references: entry.references
	}));
	const collator = new Intl.Collator(language);
	return { language, terms: terms.sort((a, b) => collator.compare(a.term, b.term)) };
}

export interface ContentSelection {
	/** Languages to write (an LMS package may carry one); default all. */
	languages?: Language[];
	/** Module numbers to write; default all. */
	modules?: number[];
	/** Also write the facilitator's guide (default true): the website has it, the package app does not. */
	guide?: boolean;
}

/**
 * Checks all of modules/ and the UI strings (always the whole course, so a package never ships
 * content the site would refuse), then writes the selected part into `outDir`.
 */
export function writeContent(modulesDir: string, outDir: string, selection: ContentSelection = {}, localesDir = UI_LOCALES_DIR) {
	const full = loadCourse(modulesDir);
	const guide = hasGuide(modulesDir) ? loadGuide(modulesDir, full) : undefined;
	const ui = loadUiStrings(localesDir, full.definition.languages);
	const course = selectContent(full, selection);
	const { outlines, lessons } = bundleCourse(course, ui);
	rmSync(join(outDir, 'content'), { recursive: true, force: true });
	const write = (path: string, value: unknown) => {
		const file = join(outDir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(value));
	};
	for (const outline of outlines) {
		write(outlinePath(outline.language), outline);
		write(headerPath(outline.language), courseHeader(outline));
		for (const module of outline.modules) write(moduleOutlinePath(outline.language, module.id), moduleDetails(module));
		for (const [group, strings] of Object.entries(splitUiStrings(ui[outline.language]!)))
			write(uiStringsPath(outline.language, group), strings);
	}
	for (const bundle of lessons) write(lessonPath(bundle.language, bundle.moduleId, bundle.lesson.id), bundle);
	for (const language of course.definition.languages) write(glossaryPath(language), glossaryBundle(course, language));
	// The guide describes the whole course for trainers, so only a whole-course write carries it.
	if (guide && selection.guide !== false && !selection.languages && !selection.modules)
		for (const language of full.definition.languages) write(guidePath(language), bundleGuide(guide, full, language));
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
