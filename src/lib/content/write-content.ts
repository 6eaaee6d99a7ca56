import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTextParity } from '../course/text-keys';
import { lessonPath, outlinePath, uiStringsPath } from './bundle';
import { ContentError } from './load-content';
import { bundleCourse, loadCourse } from './load-content';

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

/** Checks modules/ and the UI strings, and writes what the app fetches into `outDir` (static/ for the site). */
export function writeContent(modulesDir: string, outDir: string, localesDir = 'src/lib/i18n/locales') {
	const course = loadCourse(modulesDir);
	const ui = loadUiStrings(localesDir, course.definition.languages);
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
	return { course, files: outlines.length + lessons.length };
}
